import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import { AccountSubscriptions } from '../subscriptions/AccountSubscriptions';

type Account = components['schemas']['Account'];

/** One account with what hangs on it: contacts, deals, subscriptions (started and changed here) and activities. */
export function AccountPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const account = useQuery({
    queryKey: ['account', id],
    queryFn: async () => (await api.crm.GET('/api/crm/accounts/{id}', { params: { path: { id } } })).data as Account,
  });
  const contacts = useQuery({
    queryKey: ['account', id, 'contacts'],
    queryFn: async () => (await api.crm.GET('/api/crm/contacts', { params: { query: { account: id, limit: 200 } } }))
      .data!,
  });
  const deals = useQuery({
    queryKey: ['account', id, 'deals'],
    queryFn: async () => (await api.crm.GET('/api/crm/deals', { params: { query: { accountId: id, limit: 200 } } }))
      .data!,
  });
  if (account.isPending) {
    return <p>{t('common.loading')}</p>;
  }
  if (account.isError) {
    return <ErrorMessage error={account.error} onRetry={() => void account.refetch()} />;
  }
  const a = account.data;
  return (
    <section>
      <p>
        <Link to="/accounts">← {t('nav.accounts')}</Link>
      </p>
      <header className="page-header">
        <h1>{a.name}</h1>
      </header>
      <dl className="facts">
        <dt>{t('accounts.industry')}</dt>
        <dd>{a.industry ?? '—'}</dd>
        <dt>{t('accounts.sizeBand')}</dt>
        <dd>{a.sizeBand ?? '—'}</dd>
      </dl>
      <section aria-label={t('accounts.contacts')}>
        <h2>{t('accounts.contacts')}</h2>
        {contacts.isError && <ErrorMessage error={contacts.error} />}
        <ul className="timeline">
          {contacts.data?.items.map((contact) => (
            <li key={contact.id}>
              <strong>{contact.name}</strong> {contact.kana && <span className="muted">({contact.kana})</span>}{' '}
              {contact.title} {contact.email && <span className="muted">{contact.email}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('accounts.deals')}>
        <h2>{t('accounts.deals')}</h2>
        {deals.isError && <ErrorMessage error={deals.error} />}
        <ul className="timeline">
          {deals.data?.items.map((deal) => (
            <li key={deal.id}>
              <Link to={`/deals/${deal.id}`}>{deal.name}</Link> {format.money(deal.amount, deal.currency)}{' '}
              <span className="muted">
                {t(`deal.status.${deal.status}`)} · {deal.stageName}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <AccountSubscriptions accountId={id} />
      <ActivityTimeline of={{ accountId: id }} />
    </section>
  );
}
