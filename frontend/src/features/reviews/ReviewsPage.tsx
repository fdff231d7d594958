import { useQuery } from '@tanstack/react-query';
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
    </section>
  );
}
