import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import { ExportButton } from '../imports/ExportButton';
import type { Deal } from './useDeal';

const PAGE = 50;
const STATUSES: Deal['status'][] = ['OPEN', 'WON', 'LOST'];
const SORTS = ['-createdAt', '-amount', 'name'] as const;

type DealFilters = { q?: string; status?: string; sort: (typeof SORTS)[number] };

/** Every deal of the tenant, open or closed, filtered by text and status, sorted, paged, and exportable. */
export function DealsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [filters, setFilters] = useState<DealFilters>({ sort: '-createdAt' });
  const [cursor, setCursor] = useState<string>();
  const filter = (changed: Partial<DealFilters>) => {
    setFilters({ ...filters, ...changed });
    setCursor(undefined);
  };
  const deals = useQuery({
    queryKey: ['deals', filters, cursor],
    queryFn: async () =>
      (await api.crm.GET('/api/crm/deals', { params: { query: { ...filters, limit: PAGE, cursor } } })).data!,
  });
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.deals')}</h1>
      </header>
      <div className="filters" role="search">
        <label className="search">
          {t('deals.search')}
          <input
            type="search"
            value={filters.q ?? ''}
            onChange={(event) => filter({ q: event.target.value || undefined })}
          />
        </label>
        <label>
          {t('deals.status')}
          <select
            value={filters.status ?? ''}
            onChange={(event) => filter({ status: event.target.value || undefined })}
          >
            <option value="">{t('common.all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`deal.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('deals.sort')}
          <select
            value={filters.sort}
            onChange={(event) => filter({ sort: event.target.value as DealFilters['sort'] })}
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`deals.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        <ExportButton path="/api/crm/deals/export" filters={filters} />
      </div>
      {deals.isError && <ErrorMessage error={deals.error} onRetry={() => void deals.refetch()} />}
      {deals.data && (
        <>
          <p className="muted">{t('deals.total', { count: deals.data.total })}</p>
          <table className="list">
            <thead>
              <tr>
                <th>{t('deals.name')}</th>
                <th>{t('deal.stage')}</th>
                <th>{t('deals.status')}</th>
                <th className="number">{t('deal.amount')}</th>
                <th>{t('deal.expectedClose')}</th>
              </tr>
            </thead>
            <tbody>
              {deals.data.items.map((deal: Deal) => (
                <tr key={deal.id}>
                  <td>
                    <Link to={`/deals/${deal.id}`}>{deal.name}</Link>
                  </td>
                  <td>{deal.stageName}</td>
                  <td>{t(`deal.status.${deal.status}`)}</td>
                  <td className="number">{format.money(deal.amount, deal.currency)}</td>
                  <td>{deal.expectedCloseDate ? format.date(deal.expectedCloseDate) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {deals.data.nextCursor && (
            <button type="button" onClick={() => setCursor(deals.data.nextCursor ?? undefined)}>
              {t('common.next')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
