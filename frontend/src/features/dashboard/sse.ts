/** One Server-Sent Event: its name (`event:`) and data (`data:` lines joined). Comments are dropped. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * Splits an SSE byte stream into events. Incremental: feed it chunks as they arrive; it keeps the unfinished tail.
 * (EventSource cannot send an Authorization header, so the stream is read with fetch.)
 */
export class SseParser {
  private buffer = '';
  /** A chunk's final CR, held back in case the next chunk starts with the LF of the same CRLF. */
  private carriageReturn = false;

  push(chunk: string): ServerSentEvent[] {
    let text = (this.carriageReturn ? '\r' : '') + chunk;
    this.carriageReturn = text.endsWith('\r');
    if (this.carriageReturn) {
      text = text.slice(0, -1);
    }
    this.buffer += text.replace(/\r\n?/g, '\n');
    const events: ServerSentEvent[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':') || line === '') {
          continue;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') {
          event = value;
        } else if (field === 'data') {
          data.push(value);
        }
      }
      if (data.length > 0) {
        events.push({ event, data: data.join('\n') });
      }
    }
    return events;
  }
}
