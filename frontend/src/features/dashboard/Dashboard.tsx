import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../errors/ErrorMessage';
import { KpiBoard } from '../progress/KpiBoard';
import { ConnectionIndicator } from './ConnectionIndicator';
import { useLiveUpdates } from './useLiveUpdates';
import { useMetric } from './useMetric';

export function Dashboard() {
  const { t } = useTranslation();
  const connection = useLiveUpdates();
  return (
    <section>
      <header className="page-header">
        <h1>{t('dashboard.title')}</h1>
        <ConnectionIndicator connection={connection} />
      </header>
      <div className="cards summary">
        <MetricCard metricId="deals.won.count" label={t('dashboard.dealsWon')} />
      </div>
      <KpiBoard />
    </section>
  );
}

function MetricCard({ metricId, label }: { metricId: string; label: string }) {
  const { t, i18n } = useTranslation();
  const metric = useMetric(metricId);
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <article className="card" aria-label={label}>
      <h2>{label}</h2>
      {metric.isPending && <p className="figure placeholder">…</p>}
      {metric.isError && <ErrorMessage error={metric.error} onRetry={() => void metric.refetch()} />}
      {metric.data && (
        <>
          <p className="figure" data-testid={`metric-${metricId}`}>
            {metric.data.value == null ? '—' : new Intl.NumberFormat(locale).format(metric.data.value)}
          </p>
          <p className="period">{t('dashboard.period', periodOf(metric.data.from, metric.data.to, locale))}</p>
        </>
      )}
    </article>
  );
}

/** The period for people: its first and last day (the API's `to` is the day after the last). */
function periodOf(from: string, to: string, locale: string) {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const last = new Date(`${to}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  return { from: format.format(new Date(`${from}T00:00:00Z`)), to: format.format(last) };
}
