import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';

/** The PDCA reviews due: every KPI whose last closed month or quarter has no review yet, most overdue first. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const due = useQuery({
    queryKey: ['reviews', 'due'],
    queryFn: async () => (await api.kpi.GET('/api/kpi/reviews/due')).data!,
  });
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.reviews')}</h1>
      </header>
      <h2>{t('reviews.due')}</h2>
      {due.isError && <ErrorMessage error={due.error} onRetry={() => void due.refetch()} />}
      {due.data?.length === 0 && <p className="muted">{t('reviews.noneDue')}</p>}
      {due.data && due.data.length > 0 && (
        <table className="list" aria-label={t('reviews.due')}>
          <thead>
            <tr>
              <th>{t('reviews.kpi')}</th>
              <th>{t('reviews.period')}</th>
              <th>{t('reviews.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {due.data.map((review) => (
              <tr key={`${review.kpiId}:${review.periodStart}`}>
                <td>
                  <Link to={`/reviews/${review.kpiId}/${review.periodStart}`}>{review.kpiName}</Link>
                </td>
                <td>
                  {format.date(review.periodStart)} ({t(`reviews.cadence.${review.cadence}`)})
                </td>
                <td>{t('reviews.days', { count: review.daysOverdue })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Quarterly />
    </section>
  );
}

/** The first day of the fiscal quarter that contains today (fiscal years start in April unless the tenant says not). */
function currentQuarter(fiscalStartMonth: number): string {
  const today = new Date();
  const months = (today.getMonth() + 1 - fiscalStartMonth + 12) % 12;
  const start = new Date(Date.UTC(today.getFullYear(), today.getMonth() - (months % 3), 1));
  return start.toISOString().slice(0, 10);
}

/** The quarterly review: every KPI with the quarter's target, actual and attainment. */
function Quarterly() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const settings = useQuery({
    queryKey: ['settings'],
    queryFn: async () => (await api.kpi.GET('/api/kpi/settings')).data!,
  });
  const [quarter, setQuarter] = useState<string>();
  const shown = quarter ?? (settings.data ? currentQuarter(settings.data.fiscalYearStartMonth) : undefined);
  const rows = useQuery({
    queryKey: ['reviews', 'quarterly', shown],
    queryFn: async () =>
      (await api.kpi.GET('/api/kpi/reviews/quarterly', { params: { query: { quarterStart: shown! } } })).data!,
    enabled: shown !== undefined,
  });
  const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10} %`);
  return (
    <section aria-label={t('reviews.quarterly')}>
      <h2>{t('reviews.quarterly')}</h2>
      <label>
        {t('reviews.quarterStart')}
        <input type="date" value={shown ?? ''} onChange={(event) => setQuarter(event.target.value)} />
      </label>
      {rows.isError && <ErrorMessage error={rows.error} />}
      {rows.data && (
        <table className="list">
          <thead>
            <tr>
              <th>{t('reviews.kpi')}</th>
              <th className="number">{t('goals.target')}</th>
              <th className="number">{t('reviews.actual')}</th>
              <th className="number">{t('reviews.attainment')}</th>
              <th>{t('reviews.reviewed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.data.map((row) => (
              <tr key={row.kpiId}>
                <td>
                  <Link to={`/kpis/${row.kpiId}`}>{row.name}</Link>
                </td>
                <td className="number">{row.target === null ? '—' : format.number(row.target)}</td>
                <td className="number">{row.actual === null ? '—' : format.number(row.actual)}</td>
                <td className="number">{percent(row.attainment)}</td>
                <td>{row.reviewed ? '✓' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
