import { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import { aKgiProgress } from '../../testing/kpis';
import { treeKey } from '../goals/useGoals';
import { applyKgiProgress, kgiProgressKey, type KgiProgress } from './useProgress';

describe('applyKgiProgress', () => {
  it('replaces the KGI\'s entry and leaves the others as they were', () => {
    const queries = new QueryClient();
    const other = aKgiProgress({ kgiId: 'g2', name: '新規出店数', metricId: null });
    queries.setQueryData(kgiProgressKey, [aKgiProgress(), other]);

    applyKgiProgress(queries, aKgiProgress({ actual: 52000000, status: 'AT_RISK' }));

    const list = queries.getQueryData<KgiProgress[]>(kgiProgressKey)!;
    expect(list.map((entry) => [entry.kgiId, entry.actual, entry.status]))
      .toEqual([['g1', 52000000, 'AT_RISK'], ['g2', 45000000, 'OFF_TRACK']]);
    expect(list[1]).toBe(other);
  });

  it('adds a KGI the list does not know and fetches the goal tree again for it', () => {
    const queries = new QueryClient();
    const invalidate = vi.spyOn(queries, 'invalidateQueries');
    queries.setQueryData(kgiProgressKey, [aKgiProgress()]);

    applyKgiProgress(queries, aKgiProgress({ kgiId: 'g3', name: '解約率の低減' }));

    expect(queries.getQueryData<KgiProgress[]>(kgiProgressKey)!.map((entry) => entry.kgiId)).toEqual(['g1', 'g3']);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: treeKey });
  });

  it('leaves a list not fetched yet to its fetch', () => {
    const queries = new QueryClient();

    applyKgiProgress(queries, aKgiProgress());

    expect(queries.getQueryData(kgiProgressKey)).toBeUndefined();
  });
});
