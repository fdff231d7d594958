import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/kpi';

export type Kpi = components['schemas']['Kpi'];
export type KpiRequest = components['schemas']['KpiRequest'];
export type KpiNode = components['schemas']['KpiNode'];
export type Metric = components['schemas']['Metric'];
export type SmartCheck = components['schemas']['SmartCheck'];
export type DriverCheck = components['schemas']['DriverCheck'];

export const treeKey = ['goal-tree'] as const;
export const kpiKey = (id: string) => ['kpi', id] as const;

export function useTree() {
  const api = useApi();
  return useQuery({ queryKey: treeKey, queryFn: async () => (await api.kpi.GET('/api/kpi/tree')).data! });
}

export function useDriverChecks() {
  const api = useApi();
  return useQuery({
    queryKey: [...treeKey, 'driver-checks'],
    queryFn: async () => (await api.kpi.GET('/api/kpi/tree/driver-checks')).data!,
  });
}

export function useMetrics() {
  const api = useApi();
  return useQuery({
    queryKey: ['metrics'],
    queryFn: async () => (await api.kpi.GET('/api/kpi/metrics')).data!,
    staleTime: Infinity,
  });
}

export function useKpi(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: kpiKey(id),
    queryFn: async () => {
      const { data, response } = await api.kpi.GET('/api/kpi/kpis/{id}', { params: { path: { id } } });
      return { kpi: data!, etag: response.headers.get('ETag') ?? undefined };
    },
  });
}

export function useKpiVersions(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...kpiKey(id), 'versions'],
    queryFn: async () => (await api.kpi.GET('/api/kpi/kpis/{id}/versions', { params: { path: { id } } })).data!,
  });
}

/** The SMART check of a draft, asked again (in the UI's language) once the user pauses typing. */
export function useSmartCheck(draft: KpiRequest | undefined, pause = 400) {
  const api = useApi();
  const { i18n } = useTranslation();
  const [settled, setSettled] = useState(draft);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(draft), pause);
    return () => clearTimeout(timer);
  }, [draft, pause]);
  return useQuery({
    queryKey: ['smart-check', settled, i18n.resolvedLanguage],
    queryFn: async () => (await api.kpi.POST('/api/kpi/smart-check', { body: settled! })).data!,
    enabled: settled !== undefined,
    placeholderData: (previous) => previous,
  });
}
