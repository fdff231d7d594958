import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';

export type Pipeline = components['schemas']['Pipeline'];
export type Stage = components['schemas']['Stage'];

export const pipelinesKey = ['pipelines'] as const;

/** The tenant's pipelines, the default first, each with its stages in board order (active first, then retired). */
export function usePipelines() {
  const api = useApi();
  return useQuery({
    queryKey: pipelinesKey,
    queryFn: async () => (await api.crm.GET('/api/crm/pipelines')).data as Pipeline[],
  });
}
