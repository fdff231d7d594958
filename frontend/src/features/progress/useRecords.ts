import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/analytics';
import { metricKey } from '../dashboard/useMetric';
import type { FilterQuery } from './useProgress';

export type MetricRecords = components['schemas']['MetricRecords'];
export type MetricRecordSet = components['schemas']['MetricRecordSet'];
export type MetricRecord = components['schemas']['MetricRecord'];

/** How many records of each set are listed (the API's default; its sums always cover them all). */
export const RECORDS_LIMIT = 500;

/**
 * The records behind a metric's figure over [from, to) with the given filters: they reproduce it. Keyed under the
 * metric's own key, so a `metrics-changed` event of the live stream that names the metric refreshes them too.
 */
export function useFigureRecords(metricId: string, from: string, to: string, filters: FilterQuery) {
  const api = useApi();
  return useQuery({
    queryKey: [...metricKey(metricId), 'records', from, to, filters],
    queryFn: async () =>
      (await api.analytics.GET('/api/analytics/metrics/{metricId}/records', {
        params: { path: { metricId }, query: { from, to, ...filters, limit: String(RECORDS_LIMIT) } },
      })).data!,
  });
}
