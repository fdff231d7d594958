import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ConnectionIndicator } from '../dashboard/ConnectionIndicator';
import { useLiveUpdates } from '../dashboard/useLiveUpdates';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import { useKpi, useMetrics } from '../goals/useGoals';
import { Breakdown } from './Breakdown';
import { Drilldown } from './Drilldown';
import { useFigureFormat, usePercentFormat, type FigureFormat } from './figures';
import { Caveats, lastDay, StatusBadge } from './KpiCard';
import { ProgressChart } from './ProgressChart';
import { isCumulative, previousPeriodStart, todayIn } from './series';
import {
  filterQuery, useDaysOff, useKpiProgress, useKpiSeries, useTenantSettings, type KpiProgress,
} from './useProgress';

/**
 * One KPI's progress in a period (the current one unless `?periodStart=` names another): figures and chart, then its
 * figure per owner and per team, and the records behind it.
 */
export function ProgressPage() {
  const { kpiId = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const connection = useLiveUpdates();
  const progress = useKpiProgress(kpiId, search.get('periodStart') ?? undefined);
  const kpi = useKpi(kpiId);
  const metrics = useMetrics();
  const settings = useTenantSettings();
  const metric = metrics.data?.find((candidate) => candidate.id === progress.data?.metricId);
  const series = useKpiSeries(progress.data, kpi.data?.kpi, metric, settings.data?.timeZone);
  const daysOff = useDaysOff(progress.data?.periodStart, progress.data?.periodEnd);
  const figure = useFigureFormat(metric?.unit, settings.data?.currency);
  const axis = useFigureFormat(metric?.unit, settings.data?.currency, true);
  const filters = kpi.data && filterQuery(kpi.data.kpi.filters);
  const failed = [progress, kpi, metrics, settings, series].find((query) => query.isError);
  const ready = progress.data && metrics.data && settings.data;
  return (
    <section>
      <p>
        <Link to="/">← {t('nav.dashboard')}</Link>
      </p>
      <header className="page-header">
        <h1>{progress.data?.name ?? kpi.data?.kpi.name ?? t('common.loading')}</h1>
        <ConnectionIndicator connection={connection} />
      </header>
      {failed && <ErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />}
      {ready && (
        <>
          <PeriodHeader progress={progress.data} today={todayIn(settings.data.timeZone)} />
          <Figures progress={progress.data} figure={figure} />
          <Caveats progress={progress.data} />
          {series.data && (
            <ProgressChart progress={progress.data} values={series.data} cumulative={isCumulative(metric?.kind)}
              daysOff={daysOff} figure={figure} axis={axis} />
          )}
          {filters && metric && (
            <>
              <Breakdown progress={progress.data} filters={filters} figure={figure} />
              <Drilldown progress={progress.data} metric={metric} filters={filters} currency={settings.data.currency}
                timeZone={settings.data.timeZone} />
            </>
          )}
          <p>
            <Link to={`/kpis/${kpiId}`}>{t('goals.edit')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/** The period shown, with the periods before and (once it has begun) after it. */
function PeriodHeader({ progress, today }: { progress: KpiProgress; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const at = (periodStart: string) => `/progress/${progress.kpiId}?periodStart=${periodStart}`;
  return (
    <nav className="period-nav" aria-label={t('goals.period')}>
      <Link to={at(previousPeriodStart(progress.periodStart, progress.periodType))}>← {t('progress.previous')}</Link>
      <strong data-testid="progress-period">
        {t('dashboard.period', { from: format.date(progress.periodStart), to: format.date(lastDay(progress)) })}
      </strong>
      <span className="muted">{t(`goals.periods.${progress.periodType}`)}</span>
      {progress.periodEnd <= today && <Link to={at(progress.periodEnd)}>{t('progress.next')} →</Link>}
    </nav>
  );
}

function Figures({ progress, figure }: { progress: KpiProgress; figure: FigureFormat }) {
  const { t } = useTranslation();
  const percent = usePercentFormat();
  const { forecast, forecastLow, forecastHigh } = progress;
  return (
    <dl className="big-figures">
      <div>
        <dt>{t('progress.actual')}</dt>
        <dd className="figure" data-testid="progress-actual">{figure(progress.actual)}</dd>
      </div>
      <div>
        <dt>{t('progress.target')}</dt>
        <dd className="figure" data-testid="progress-target">
          {progress.target == null ? t('progress.noTarget') : figure(progress.target)}
        </dd>
      </div>
      <div>
        <dt>{t('progress.attainment')}</dt>
        <dd className="figure" data-testid="progress-attainment">{percent(progress.attainment)}</dd>
      </div>
      <div>
        <dt>{t('progress.expected')}</dt>
        <dd className="figure" data-testid="progress-expected">{figure(progress.expected)}</dd>
        <dd className="muted">
          {t('progress.workingDays', { elapsed: progress.elapsedWorkingDays, total: progress.workingDays })}
        </dd>
      </div>
      <div>
        <dt>{t('progress.forecast')}</dt>
        <dd className="figure" data-testid="progress-forecast">{figure(forecast)}</dd>
        {forecastLow != null && forecastHigh != null && (
          <dd className="muted" data-testid="progress-interval">
            {t('progress.interval', { low: figure(forecastLow), high: figure(forecastHigh) })}
          </dd>
        )}
      </div>
      <div>
        <dt>{t('progress.status')}</dt>
        <dd>
          <StatusBadge status={progress.status} testId="progress-status" />
        </dd>
      </div>
    </dl>
  );
}
