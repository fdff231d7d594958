import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../format';
import type { Kpi, Metric } from '../goals/useGoals';
import { useFigureFormat, usePercentFormat, type FigureFormat } from './figures';
import { addDays, daysBetween, isCumulative } from './series';
import { Sparkline } from './Sparkline';
import { useKpiSeries, type KpiProgress, type ProgressStatus } from './useProgress';

/** One KPI's progress in its current period: actual against target, attainment and pace, forecast, status, trend. */
export function KpiCard({ progress, definition, metric, currency, timeZone }: {
  progress: KpiProgress;
  definition?: Kpi;
  metric?: Metric;
  currency?: string;
  timeZone?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const figure = useFigureFormat(metric?.unit, currency);
  const series = useKpiSeries(progress, definition, metric, timeZone);
  const id = progress.kpiId;
  const cumulative = isCumulative(metric?.kind);
  return (
    <article className={`card kpi-card ${statusClass(progress.status)}`} aria-label={progress.name}
      data-testid={`kpi-card-${id}`}>
      <h3>
        <Link to={`/progress/${id}`}>{progress.name}</Link>
      </h3>
      <p className="muted">
        {t('dashboard.period', { from: format.date(progress.periodStart), to: format.date(lastDay(progress)) })}
      </p>
      <p className="kpi-figures">
        <span className="figure" data-testid={`kpi-actual-${id}`}>{figure(progress.actual)}</span>{' '}
        <span className="muted">
          {progress.target == null
            ? t('progress.noTarget')
            : t('progress.ofTarget', { target: figure(progress.target) })}
        </span>
      </p>
      <AttainmentBar figures={progress} figure={figure} paceTestId={`kpi-pace-${id}`} />
      <Forecast figures={progress} figure={figure} testId={`kpi-forecast-${id}`} />
      <p className="kpi-status-line">
        <StatusBadge status={progress.status} testId={`kpi-status-${id}`} />
        {series.data && (
          <Sparkline values={series.data} days={daysBetween(progress.periodStart, progress.periodEnd)}
            ceiling={cumulative ? progress.target : undefined} testId={`kpi-sparkline-${id}`}
            label={t(cumulative ? 'progress.sparklineCumulative' : 'progress.sparklineDaily',
              { name: progress.name })} />
        )}
      </p>
      <Caveats progress={progress} />
    </article>
  );
}

export const statusClass = (status: ProgressStatus) => `status-${status.toLowerCase().replace('_', '-')}`;

/** The day before `periodEnd` (the API's end is the day after the period's last day, or after a KGI's deadline). */
export const lastDay = (progress: { periodEnd: string }) => addDays(progress.periodEnd, -1);

/** What the attainment bar and the forecast show, alike for a KPI's period and a KGI's span. */
export interface Figures {
  direction: KpiProgress['direction'];
  actual: number | null;
  target: number | null;
  attainment: number | null;
  expected: number | null;
  forecast: number | null;
  forecastLow: number | null;
  forecastHigh: number | null;
}

export function StatusBadge({ status, testId }: { status: ProgressStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status ${statusClass(status)}`} data-testid={testId}>
      {t(`progress.statuses.${status}`)}
    </span>
  );
}

/**
 * Attainment as a bar, full at 100 % however far beyond it, with a marker where the pace (expected ÷ target) stands
 * today. Pace is only defined for cumulative metrics, and only means "where the bar should be" when higher is better
 * (a lower-is-better attainment is target ÷ actual), so other KPIs show no marker.
 */
export function AttainmentBar({ figures, figure, paceTestId }: {
  figures: Figures;
  figure: FigureFormat;
  paceTestId: string;
}) {
  const { t } = useTranslation();
  const percent = usePercentFormat();
  const { attainment, expected, target } = figures;
  const filled = attainment == null ? 0 : Math.min(Math.max(attainment, 0), 1);
  const pace = expected != null && target && figures.direction === 'HIGHER'
    ? Math.min(Math.max(expected / target, 0), 1)
    : null;
  return (
    <>
      <div className="attainment-bar" role="progressbar" aria-label={t('progress.attainment')}
        aria-valuemin={0} aria-valuemax={100} aria-valuenow={attainment == null ? undefined : Math.round(filled * 100)}
        aria-valuetext={percent(attainment)}>
        <div className="attainment-fill" style={{ width: `${filled * 100}%` }} />
        {pace != null && (
          <div className="pace-marker" data-testid={paceTestId} style={{ left: `${pace * 100}%` }}
            title={t('progress.paceValue', { value: figure(expected) })} />
        )}
      </div>
      {(attainment != null || expected != null) && (
        <p className="muted">
          {[
            attainment != null && t('progress.attainmentValue', { value: percent(attainment) }),
            expected != null && t('progress.paceValue', { value: figure(expected) }),
          ].filter(Boolean).join(' · ')}
        </p>
      )}
    </>
  );
}

export function Forecast({ figures, figure, testId }: { figures: Figures; figure: FigureFormat; testId: string }) {
  const { t } = useTranslation();
  const { forecast, forecastLow, forecastHigh } = figures;
  if (forecast == null) {
    return null;
  }
  return (
    <p className="forecast" data-testid={testId}>
      {forecastLow != null && forecastHigh != null
        ? t('progress.forecastInterval',
          { value: figure(forecast), low: figure(forecastLow), high: figure(forecastHigh) })
        : t('progress.forecastValue', { value: figure(forecast) })}
    </p>
  );
}

/** What the reader should know about the figure: it can still rise, or amounts were left out. */
export function Caveats({ progress }: { progress: { provisional?: boolean; leftOut: number } }) {
  const { t } = useTranslation();
  if (!progress.provisional && progress.leftOut === 0) {
    return null;
  }
  return (
    <p className="muted caveat">
      {progress.provisional && t('progress.provisional')}
      {progress.provisional && progress.leftOut > 0 && ' '}
      {progress.leftOut > 0 && t('progress.leftOut', { count: progress.leftOut })}
    </p>
  );
}
