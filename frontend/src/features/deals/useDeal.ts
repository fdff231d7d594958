import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';

export type Deal = components['schemas']['Deal'];
export type StageVisit = components['schemas']['StageVisit'];

export const dealKey = (id: string) => ['deal', id] as const;
export const historyKey = (id: string) => ['deal', id, 'history'] as const;

export function useDeal(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: dealKey(id),
    queryFn: async () =>
      (await api.crm.GET('/api/crm/deals/{id}', { params: { path: { id } } })).data as Deal,
  });
}

export function useDealHistory(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: historyKey(id),
    queryFn: async () =>
      (await api.crm.GET('/api/crm/deals/{id}/history', { params: { path: { id } } })).data as StageVisit[],
  });
}

export function useLossReasons() {
  const api = useApi();
  return useQuery({
    queryKey: ['loss-reasons'],
    queryFn: async () => (await api.crm.GET('/api/crm/deals/loss-reasons')).data!.reasons,
  });
}

/** The deal's actions; each refreshes the deal, its history and the board. */
export function useDealActions(id: string) {
  const api = useApi();
  const queries = useQueryClient();
  const settle = {
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: dealKey(id) });
      void queries.invalidateQueries({ queryKey: ['board'] });
    },
  };
  const path = { params: { path: { id } } };
  return {
    move: useMutation({
      mutationFn: async (stageId: string) =>
        (await api.crm.POST('/api/crm/deals/{id}/stage', { ...path, body: { stageId } })).data as Deal,
      ...settle,
    }),
    win: useMutation({
      mutationFn: async () => (await api.crm.POST('/api/crm/deals/{id}/win', { ...path, body: {} })).data as Deal,
      ...settle,
    }),
    lose: useMutation({
      mutationFn: async (body: { reason: string; note?: string }) =>
        (await api.crm.POST('/api/crm/deals/{id}/lose', { ...path, body })).data as Deal,
      ...settle,
    }),
    reopen: useMutation({
      mutationFn: async () => (await api.crm.POST('/api/crm/deals/{id}/reopen', path)).data as Deal,
      ...settle,
    }),
  };
}
