import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components as analytics } from '../../api/generated/analytics';
import type { components as kpi } from '../../api/generated/kpi';
import { treeKey, type Kpi, type Metric } from '../goals/useGoals';
import { addDays, dailyValues, daysBetween, isCumulative, todayIn } from './series';

export type KpiProgress = analytics['schemas']['KpiProgress'];
export type KgiProgress = analytics['schemas']['KgiProgress'];
export type ProgressStatus = analytics['schemas']['Status'];
export type TenantSettings = kpi['schemas']['TenantSettings'];
export type KpiFilters = kpi['schemas']['KpiFilters'];

/** The filters every metric endpoint takes: ownerId, teamId, source, pipelineId, activityType. */
export interface FilterQuery {
  ownerId?: string;
  teamId?: string;
  source?: string;
  pipelineId?: string;
  activityType?: string;
}

/** Every KPI's progress in its current period; the live stream's `progress` events replace its entries. */
export const progressKey = ['kpi-progress'] as const;
/** One KPI's progress in a period (`current` without one); the live stream updates the current one. */
export const kpiProgressKey = (kpiId: string, periodStart?: string) =>
  ['kpi-progress', kpiId, periodStart ?? 'current'] as const;
/** Every KGI's progress over its span; the live stream's `kgi-progress` events replace its entries. */
export const kgiProgressKey = ['kgi-progress'] as const;
/** A KPI's daily series; `seriesKey(kpiId)` alone matches all of its periods, for invalidation. */
export const seriesKey = (kpiId: string, ...period: string[]) => ['kpi-series', kpiId, ...period] as const;

export function useProgressList() {
  const api = useApi();
  return useQuery({
    queryKey: progressKey,
    queryFn: async () => (await api.analytics.GET('/api/analytics/kpis/progress')).data!,
  });
}

export function useKgiProgressList() {
  const api = useApi();
  return useQuery({
    queryKey: kgiProgressKey,
    queryFn: async () => (await api.analytics.GET('/api/analytics/kgis/progress')).data!,
  });
}

export function useKpiProgress(kpiId: string, periodStart?: string) {
  const api = useApi();
  return useQuery({
    queryKey: kpiProgressKey(kpiId, periodStart),
    queryFn: async () =>
      (await api.analytics.GET('/api/analytics/kpis/{kpiId}/progress', {
        params: { path: { kpiId }, query: periodStart ? { periodStart } : {} },
      })).data!,
  });
}

/** The tenant's settings (currency, time zone), under a key of their own below the settings page's. */
export function useTenantSettings() {
  const api = useApi();
  return useQuery({
    queryKey: ['settings', 'tenant'],
    queryFn: async () => (await api.kpi.GET('/api/kpi/settings')).data!,
    staleTime: 5 * 60_000,
  });
}

/** The tenant's days off in the years a period touches, once all of them are known. */
export function useDaysOff(from: string | undefined, to: string | undefined): ReadonlySet<string> | undefined {
  const api = useApi();
  const years = from && to ? yearsOf(from, addDays(to, -1)) : [];
  const holidays = useQueries({
    queries: years.map((year) => ({
      queryKey: ['holidays', year],
      queryFn: async () => (await api.kpi.GET('/api/kpi/settings/holidays', { params: { query: { year } } })).data!,
      staleTime: 60 * 60_000,
    })),
  });
  if (years.length === 0 || holidays.some((query) => !query.data)) {
    return undefined;
  }
  return new Set(holidays.flatMap((query) => query.data!.map((holiday) => holiday.date)));
}

function yearsOf(first: string, last: string): number[] {
  const years: number[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    years.push(year);
  }
  return years;
}

/** A KPI's filters as the analytics API's query parameters (a filter without a value is left out). */
export function filterQuery(filters: KpiFilters | undefined): FilterQuery {
  return {
    ownerId: filters?.ownerId ?? undefined,
    teamId: filters?.teamId ?? undefined,
    source: filters?.source ?? undefined,
    pipelineId: filters?.pipelineId ?? undefined,
    activityType: filters?.activityType ?? undefined,
  };
}

/**
 * A KPI's metric day by day over its period up to today (with the KPI's filters): the running total for counts and
 * sums, each day's own value for the others.
 */
export function useKpiSeries(
  progress: KpiProgress | undefined,
  definition: Kpi | undefined,
  metric: Metric | undefined,
  timeZone: string | undefined,
) {
  const api = useApi();
  const from = progress?.periodStart ?? '';
  const tomorrow = timeZone ? addDays(todayIn(timeZone), 1) : '';
  const to = progress && tomorrow < progress.periodEnd ? tomorrow : (progress?.periodEnd ?? '');
  const cumulative = isCumulative(metric?.kind);
  return useQuery({
    queryKey: seriesKey(progress?.kpiId ?? '', from, to),
    enabled: Boolean(progress && definition && metric && timeZone) && daysBetween(from, to) > 0,
    queryFn: async () =>
      (await api.analytics.GET('/api/analytics/metrics/{metricId}/series', {
        params: {
          path: { metricId: progress!.metricId },
          query: {
            from,
            to,
            bucket: 'day',
            ...filterQuery(definition?.filters),
          },
        },
      })).data!,
    select: (series) => dailyValues(series.points, cumulative),
  });
}

/**
 * Puts a KPI's new progress (a `progress` event of the live stream) into the cache: it replaces the KPI's entry in the
 * progress list and its current progress, so the cards change at once without a refetch. Progress of an older period
 * than the one shown is ignored; a KPI the list does not know yet is added, and the goal tree fetched again for it.
 */
export function applyProgress(queries: QueryClient, progress: KpiProgress) {
  const newer = (shown: KpiProgress | undefined) => !shown || shown.periodStart <= progress.periodStart;
  let added = false;
  queries.setQueryData<KpiProgress[]>(progressKey, (list) => {
    if (!list) {
      return list;
    }
    const index = list.findIndex((entry) => entry.kpiId === progress.kpiId);
    if (index < 0) {
      added = true;
      return [...list, progress];
    }
    return newer(list[index]) ? list.map((entry, i) => (i === index ? progress : entry)) : list;
  });
  queries.setQueryData<KpiProgress>(kpiProgressKey(progress.kpiId), (shown) =>
    shown && newer(shown) ? progress : shown);
  queries.setQueryData<KpiProgress>(kpiProgressKey(progress.kpiId, progress.periodStart), (shown) =>
    shown ? progress : shown);
  if (added) {
    void queries.invalidateQueries({ queryKey: treeKey });
  }
}

/**
 * Puts a KGI's new progress (a `kgi-progress` event of the live stream) into the cache: it replaces the KGI's entry in
 * the KGI progress list, so its card changes at once without a refetch. A KGI spans one fixed period, so the latest
 * event is always the one to show; a KGI the list does not know yet is added, and the goal tree fetched again for it.
 */
export function applyKgiProgress(queries: QueryClient, progress: KgiProgress) {
  let added = false;
  queries.setQueryData<KgiProgress[]>(kgiProgressKey, (list) => {
    if (!list) {
      return list;
    }
    if (!list.some((entry) => entry.kgiId === progress.kgiId)) {
      added = true;
      return [...list, progress];
    }
    return list.map((entry) => (entry.kgiId === progress.kgiId ? progress : entry));
  });
  if (added) {
    void queries.invalidateQueries({ queryKey: treeKey });
  }
}
