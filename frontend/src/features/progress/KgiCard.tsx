import { useTranslation } from 'react-i18next';
import type { components } from '../../api/generated/kpi';
import { useFormat } from '../format';
import type { Metric } from '../goals/useGoals';
import { useFigureFormat } from './figures';
import { AttainmentBar, Caveats, Forecast, lastDay, StatusBadge, statusClass, type Figures } from './KpiCard';
import type { KgiProgress } from './useProgress';

type Kgi = components['schemas']['Kgi'];

/** A KGI the tree knows but analytics has no progress for (yet): its target and span, nothing measured. */
const unmeasured = (kgi: Kgi): Figures => ({
  direction: kgi.direction, actual: null, target: kgi.target, attainment: null, expected: null, forecast: null,
  forecastLow: null, forecastHigh: null,
});

/**
 * The goal at the head of its group: the KGI's actual against its target over its whole span (in its metric's unit,
 * plain numbers for a manual KGI), attainment with the pace marker, forecast at the deadline and status. Without
 * progress it shows the tree's target and span with "—" for the rest.
 */
export function KgiCard({ kgi, progress, metric, currency }: {
  kgi: Kgi;
  progress?: KgiProgress;
  metric?: Metric;
  currency?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const figure = useFigureFormat(metric?.unit, currency);
  const id = kgi.id;
  const name = progress?.name ?? kgi.name;
  const figures = progress ?? unmeasured(kgi);
  const status = progress?.status ?? 'NO_DATA';
  const from = progress?.periodStart ?? kgi.startsOn;
  const deadline = progress ? lastDay(progress) : kgi.deadline;
  return (
    <article className={`card kgi-card ${statusClass(status)}`} aria-label={name} data-testid={`kgi-card-${id}`}>
      <header className="kgi-card-header">
        <h2>
          <span className="badge">{t('progress.kgi')}</span> {name}
        </h2>
        <StatusBadge status={status} testId={`kgi-status-${id}`} />
      </header>
      <p className="muted">
        {t('progress.kgiSpan', { from: format.date(from), to: format.date(deadline) })}
        {progress && progress.workingDays > 0 && (
          <>
            {' · '}
            {t('progress.workingDays', {
              elapsed: format.number(progress.elapsedWorkingDays), total: format.number(progress.workingDays),
            })}
          </>
        )}
      </p>
      <p className="kpi-figures">
        <span className="figure" data-testid={`kgi-actual-${id}`}>{figure(figures.actual)}</span>{' '}
        <span className="muted">{t('progress.ofTarget', { target: figure(figures.target) })}</span>
      </p>
      {progress?.baseline != null && (
        <p className="muted">{t('progress.baselineValue', { value: figure(progress.baseline) })}</p>
      )}
      <AttainmentBar figures={figures} figure={figure} paceTestId={`kgi-pace-${id}`} />
      <Forecast figures={figures} figure={figure} testId={`kgi-forecast-${id}`} />
      {progress && <Caveats progress={progress} />}
    </article>
  );
}
