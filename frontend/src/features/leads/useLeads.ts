import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';

export type Lead = components['schemas']['Lead'];

export const leadKey = (id: string) => ['lead', id] as const;

export function useLead(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: leadKey(id),
    queryFn: async () => (await api.crm.GET('/api/crm/leads/{id}', { params: { path: { id } } })).data as Lead,
  });
}

export function useLeadSources() {
  const api = useApi();
  return useQuery({
    queryKey: ['lead-sources'],
    queryFn: async () => (await api.crm.GET('/api/crm/leads/sources')).data!.sources,
  });
}
