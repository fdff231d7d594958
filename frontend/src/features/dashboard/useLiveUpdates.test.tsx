import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, vi } from 'vitest';
import { SessionContext } from '../../auth/SessionContext';
import { aSession, eventStream, urlOf } from '../../testing/render';
import { useLiveUpdates } from './useLiveUpdates';

afterEach(() => vi.unstubAllGlobals());

describe('useLiveUpdates', () => {
  it('keeps one stream open however often the screen renders again', async () => {
    const streams: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      streams.push(urlOf(input));
      return eventStream(': connected\n\n');
    });
    const session = aSession();
    const queries = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SessionContext.Provider value={session}>
        <QueryClientProvider client={queries}>{children}</QueryClientProvider>
      </SessionContext.Provider>
    );

    const { result, rerender, unmount } = renderHook(() => useLiveUpdates(), { wrapper });
    await waitFor(() => expect(result.current).toBe('live'));
    for (let i = 0; i < 5; i++) {
      rerender();
    }
    await waitFor(() => expect(result.current).toBe('live'));

    expect(streams).toEqual(['/api/analytics/stream']);
    unmount();
  });
});
