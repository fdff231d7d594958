import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';

/** Query key of one metric's current-period value; the live stream invalidates it when the metric changes. */
export const metricKey = (metricId: string) => ['metric', metricId] as const;

/** A metric over the current month of the tenant (analytics' default period). */
export function useMetric(metricId: string) {
  const api = useApi();
  return useQuery({
    queryKey: metricKey(metricId),
    queryFn: async () => {
      const { data } = await api.analytics.GET('/api/analytics/metrics/{metricId}', {
        params: { path: { metricId } },
      });
      if (!data) {
        throw new Error(`no value for ${metricId}`);
      }
      return data;
    },
  });
}
