import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import { MetricSelect } from '../goals/MetricSelect';
import { useMetrics, type Metric } from '../goals/useGoals';
import { useFigureFormat } from '../progress/figures';
import { addDays, todayIn } from '../progress/series';
import { useTenantSettings } from '../progress/useProgress';
import { PERIODS, periodOf, type PeriodChoice } from './periods';
import { RankedByTabs, RankingTable } from './RankingTable';
import { useLeaderboard, type RankedBy } from './useLeaderboard';

/** The metric a leaderboard opens with: revenue, when the catalogue has it. */
const DEFAULT_METRIC = 'deals.won.amount';

const defaultMetric = (metrics: Metric[] | undefined) =>
  metrics?.find((metric) => metric.id === DEFAULT_METRIC)?.id ?? metrics?.[0]?.id ?? '';

const periodChoice = (value: string | null): PeriodChoice =>
  PERIODS.find((choice) => choice === value) ?? 'thisMonth';

/**
 * Owners or teams ranked by any metric of the catalogue over this or last month, this quarter or this fiscal year
 * (fiscal-aligned by the tenant's settings, in its time zone). The choices live in the URL (`?metric=&period=&by=`),
 * so a ranking can be shared.
 */
export function LeaderboardPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const metrics = useMetrics();
  const settings = useTenantSettings();
  const metricId = search.get('metric') ?? defaultMetric(metrics.data);
  const choice = periodChoice(search.get('period'));
  const by: RankedBy = search.get('by') === 'team' ? 'team' : 'owner';
  const metric = metrics.data?.find((candidate) => candidate.id === metricId);
  const period = settings.data
    && periodOf(choice, todayIn(settings.data.timeZone), settings.data.fiscalYearStartMonth);
  const board = useLeaderboard(period && { metricId, ...period, by });
  const figure = useFigureFormat(metric?.unit, settings.data?.currency);
  const failed = [metrics, settings, board].find((query) => query.isError);
  const choose = (name: string, value: string) =>
    setSearch((shown) => {
      const next = new URLSearchParams(shown);
      next.set(name, value);
      return next;
    }, { replace: true });
  const metricName = metric && (i18n.resolvedLanguage === 'ja' ? metric.nameJa : metric.name);
  return (
    <section>
      <header className="page-header">
        <h1>{t('leaderboard.title')}</h1>
      </header>
      <div className="filters">
        <label>
          {t('goals.metric')}
          <MetricSelect value={metricId} onChange={(id) => choose('metric', id)} />
        </label>
        <label>
          {t('goals.period')}
          <select value={choice} onChange={(event) => choose('period', event.target.value)}>
            {PERIODS.map((option) => (
              <option key={option} value={option}>{t(`leaderboard.periods.${option}`)}</option>
            ))}
          </select>
        </label>
        {period && (
          <span className="muted" data-testid="leaderboard-period">
            {t('dashboard.period', { from: format.date(period.from), to: format.date(addDays(period.to, -1)) })}
          </span>
        )}
      </div>
      <RankedByTabs by={by} onChange={(next) => choose('by', next)} label={t('leaderboard.rankBy')}>
        {failed && <ErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />}
        {!failed && !board.data && <p className="muted">{t('common.loading')}</p>}
        {board.data && (
          <RankingTable board={board.data} figure={figure} testId="leaderboard"
            label={t('leaderboard.tableLabel', { metric: metricName ?? metricId })} />
        )}
      </RankedByTabs>
    </section>
  );
}
