import { SseParser } from './sse';

describe('SseParser', () => {
  it('reads named events with JSON data and drops comments', () => {
    const events = new SseParser().push(': keep-alive\n\nevent: metrics-changed\ndata: {"metrics":["a"]}\n\n');
    expect(events).toEqual([{ event: 'metrics-changed', data: '{"metrics":["a"]}' }]);
  });

  it('keeps an event split across chunks until it is complete', () => {
    const parser = new SseParser();
    expect(parser.push('event: metrics-chan')).toEqual([]);
    expect(parser.push('ged\ndata: x\r\n\r')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'metrics-changed', data: 'x' }]);
  });

  it('joins multi-line data and defaults the name to message', () => {
    expect(new SseParser().push('data: one\ndata: two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });
});
