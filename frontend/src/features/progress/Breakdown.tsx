import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../errors/ErrorMessage';
import { RankedByTabs, RankingTable } from '../leaderboard/RankingTable';
import { useLeaderboard, type RankedBy } from '../leaderboard/useLeaderboard';
import { useNames } from '../teams/useTeams';
import type { FigureFormat } from './figures';
import type { FilterQuery, KpiProgress } from './useProgress';

/**
 * A KPI's metric over its period and with its filters, per owner or per team: the leaderboard of its figure. A KPI
 * that counts only one owner's (or one team's) records has nothing to break down by that dimension, and says so.
 */
export function Breakdown({ progress, filters, figure }: {
  progress: KpiProgress;
  filters: FilterQuery;
  figure: FigureFormat;
}) {
  const { t } = useTranslation();
  const id = useId();
  const names = useNames();
  const [by, setBy] = useState<RankedBy>(filters.ownerId ? 'team' : 'owner');
  const only = by === 'owner' ? filters.ownerId : filters.teamId;
  const board = useLeaderboard(only ? undefined : {
    metricId: progress.metricId, from: progress.periodStart, to: progress.periodEnd, by, filters,
  });
  return (
    <section className="breakdown" aria-labelledby={id}>
      <h2 id={id}>{t('breakdown.title')}</h2>
      <RankedByTabs by={by} onChange={setBy} label={t('leaderboard.rankBy')}>
        {only && (
          <p className="muted" data-testid="breakdown-only">
            {by === 'owner'
              ? t('breakdown.onlyOwner', { name: names.user(only) })
              : t('breakdown.onlyTeam', { name: names.team(only) })}
          </p>
        )}
        {!only && board.isError && <ErrorMessage error={board.error} onRetry={() => void board.refetch()} />}
        {!only && board.isPending && <p className="muted">{t('common.loading')}</p>}
        {!only && board.data && (
          <RankingTable board={board.data} figure={figure} testId="breakdown"
            label={t(`breakdown.table.${by}`, { name: progress.name })} />
        )}
      </RankedByTabs>
    </section>
  );
}
