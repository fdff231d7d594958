import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { ExportButton } from '../imports/ExportButton';
import { useFormat } from '../format';

type View = 'overdue' | 'open' | 'all';

/** Activities: what is overdue first (open tasks past their time), what is planned, or everything. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const queries = useQueryClient();
  const [view, setView] = useState<View>('overdue');
  const filters = {
    overdue: view === 'overdue',
    completed: view === 'open' ? false : undefined,
    sort: view === 'all' ? '-at' : 'at',
  };
  const activities = useQuery({
    queryKey: ['activities', view],
    queryFn: async () =>
      (await api.crm.GET('/api/crm/activities', { params: { query: { ...filters, limit: 200 } } })).data!,
  });
  const complete = useMutation({
    mutationFn: async (id: string) =>
      (await api.crm.POST('/api/crm/activities/{id}/complete', { params: { path: { id } }, body: {} })).data,
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['activities'] }),
  });
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.activities')}</h1>
        <div className="actions" role="group" aria-label={t('activities.view')}>
          {(['overdue', 'open', 'all'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`activities.views.${v}`)}
            </button>
          ))}
        </div>
        <ExportButton path="/api/crm/activities/export" filters={filters} />
      </header>
      {activities.isError && <ErrorMessage error={activities.error} onRetry={() => void activities.refetch()} />}
      {complete.isError && <ErrorMessage error={complete.error} />}
      {activities.data && (
        <>
          <p className="muted">{t('activities.total', { count: activities.data.total })}</p>
          <table className="list">
            <thead>
              <tr>
                <th>{t('activities.when')}</th>
                <th>{t('activities.kind')}</th>
                <th>{t('activities.subject')}</th>
                <th>{t('activities.about')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {activities.data.items.map((activity) => (
                <tr key={activity.id} className={activity.overdue ? 'overdue' : undefined}>
                  <td>{format.dateTime(activity.at)}</td>
                  <td>{t(`activities.type.${activity.type}`)}</td>
                  <td>{activity.subject}</td>
                  <td>
                    {activity.dealId && <Link to={`/deals/${activity.dealId}`}>{t('activities.deal')}</Link>}{' '}
                    {activity.leadId && <Link to={`/leads/${activity.leadId}`}>{t('activities.lead')}</Link>}{' '}
                    {activity.accountId && (
                      <Link to={`/accounts/${activity.accountId}`}>{t('activities.account')}</Link>
                    )}
                  </td>
                  <td>
                    {activity.completedAt ? (
                      <span className="muted">{t('activities.done')}</span>
                    ) : (
                      <button type="button" onClick={() => complete.mutate(activity.id)} disabled={complete.isPending}>
                        {t('activities.complete')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
