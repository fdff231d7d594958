import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/analytics';
import { metricKey } from '../dashboard/useMetric';
import type { FilterQuery } from '../progress/useProgress';

export type Leaderboard = components['schemas']['Leaderboard'];
export type LeaderboardEntry = components['schemas']['LeaderboardEntry'];
/** Who is ranked: the records' owners, or their teams. */
export type RankedBy = 'owner' | 'team';

/** What a leaderboard ranks: a metric over [from, to) (local days, `to` exclusive) with filters, by owner or team. */
export interface LeaderboardRequest {
  metricId: string;
  from: string;
  to: string;
  by: RankedBy;
  filters?: FilterQuery;
}

/**
 * A metric per owner or team, best first; nothing is asked without a request. Keyed under the metric's own key, so a
 * `metrics-changed` event of the live stream that names the metric refreshes it too.
 */
export function useLeaderboard(request: LeaderboardRequest | undefined) {
  const api = useApi();
  const { metricId = '', from = '', to = '', by = 'owner', filters = {} } = request ?? {};
  return useQuery({
    queryKey: [...metricKey(metricId), 'leaderboard', from, to, by, filters],
    enabled: Boolean(metricId && from && to),
    queryFn: async () =>
      (await api.analytics.GET('/api/analytics/metrics/{metricId}/leaderboard', {
        params: { path: { metricId }, query: { from, to, by, ...filters } },
      })).data!,
  });
}
