import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSession } from '../../auth/SessionContext';
import {
  applyKgiProgress, applyProgress, seriesKey, type KgiProgress, type KpiProgress,
} from '../progress/useProgress';
import { SseParser } from './sse';
import { metricKey } from './useMetric';

export type Connection = 'connecting' | 'live' | 'offline';

const RETRY_MS = [1000, 2000, 5000, 10000];

/**
 * The browser's fetch, looked up at each call (so a test's stub is seen), and one function for every render: a
 * default made afresh per render restarted the stream at every render (a progress page reconnected several times a
 * second while its figures moved).
 */
const browserFetch: typeof fetch = (input, init) => fetch(input, init);

/**
 * Follows analytics' live stream for the signed-in tenant: refreshes the metrics a `metrics-changed` event names, and
 * puts the KPI progress a `progress` event carries straight into the cache (and refreshes that KPI's series), and the
 * KGI progress of a `kgi-progress` event likewise.
 * Reconnects after a drop, waiting a little longer each time. Returns the connection state for the indicator.
 */
export function useLiveUpdates(fetchImpl: typeof fetch = browserFetch): Connection {
  const session = useSession();
  const queries = useQueryClient();
  const [connection, setConnection] = useState<Connection>('connecting');

  useEffect(() => {
    const stop = new AbortController();
    let attempt = 0;

    async function follow() {
      while (!stop.signal.aborted) {
        try {
          const response = await fetchImpl('/api/analytics/stream', {
            headers: { Accept: 'text/event-stream', Authorization: `Bearer ${await session.token()}` },
            signal: stop.signal,
          });
          if (!response.ok || !response.body) {
            throw new Error(`stream answered ${response.status}`);
          }
          setConnection('live');
          attempt = 0;
          const parser = new SseParser();
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) {
              break;
            }
            for (const event of parser.push(value)) {
              if (event.event === 'metrics-changed') {
                const { metrics } = JSON.parse(event.data) as { metrics: string[] };
                metrics.forEach((id) => void queries.invalidateQueries({ queryKey: metricKey(id) }));
              } else if (event.event === 'progress') {
                const progress = JSON.parse(event.data) as KpiProgress;
                applyProgress(queries, progress);
                void queries.invalidateQueries({ queryKey: seriesKey(progress.kpiId) });
              } else if (event.event === 'kgi-progress') {
                applyKgiProgress(queries, JSON.parse(event.data) as KgiProgress);
              }
            }
          }
        } catch {
          // dropped, refused or unreachable: fall through to the retry below
        }
        if (stop.signal.aborted) {
          return;
        }
        setConnection('offline');
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]));
      }
    }

    void follow();
    return () => stop.abort();
  }, [session, queries, fetchImpl]);

  return connection;
}
