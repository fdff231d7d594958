import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureFormat } from '../progress/figures';
import { useNames } from '../teams/useTeams';
import type { Leaderboard, RankedBy } from './useLeaderboard';

const CHOICES: readonly RankedBy[] = ['owner', 'team'];

/** A choice between ranking by owner and by team, as tabs over the panel that shows the ranking. */
export function RankedByTabs({ by, onChange, label, children }: {
  by: RankedBy;
  onChange: (by: RankedBy) => void;
  label: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div role="tablist" aria-label={label} className="tabs">
        {CHOICES.map((choice) => (
          <button key={choice} type="button" role="tab" id={`${id}-${choice}`} aria-selected={choice === by}
            aria-controls={`${id}-panel`} onClick={() => onChange(choice)}>
            {t(`leaderboard.by.${choice}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${by}`}>
        {children}
      </div>
    </>
  );
}

/**
 * A leaderboard as a table: rank (equal values share one), the owner's or team's name (its id when crm-service does
 * not know it), the value in the metric's unit and a bar of it against the largest. Rows are `<testId>-row-<key>`.
 */
export function RankingTable({ board, figure, label, testId }: {
  board: Leaderboard;
  figure: FigureFormat;
  label: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const rank = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  if (board.entries.length === 0) {
    return <p className="muted" data-testid={`${testId}-empty`}>{t('leaderboard.empty')}</p>;
  }
  const team = board.by === 'TEAM';
  const largest = Math.max(0, ...board.entries.map((entry) => entry.value ?? 0));
  return (
    <table className="list ranking" aria-label={label} data-testid={testId}>
      <thead>
        <tr>
          <th className="number">{t('leaderboard.rank')}</th>
          <th>{t(team ? 'leaderboard.team' : 'leaderboard.owner')}</th>
          <th className="number">{t('leaderboard.value')}</th>
          <th aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {board.entries.map((entry) => (
          <tr key={entry.key} data-testid={`${testId}-row-${entry.key}`}>
            <td className="number">{rank.format(entry.rank)}</td>
            <td>{team ? names.team(entry.key) : names.user(entry.key)}</td>
            <td className="number">{figure(entry.value)}</td>
            <td className="bar-cell" aria-hidden="true">
              {largest > 0 && entry.value != null && entry.value > 0 && (
                <span className="bar" style={{ width: `${(entry.value / largest) * 100}%` }} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
