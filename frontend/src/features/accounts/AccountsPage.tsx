import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';
import { ErrorMessage } from '../errors/ErrorMessage';
import { ExportButton } from '../imports/ExportButton';

type Account = components['schemas']['Account'];

/** The tenant's accounts by name, with a search and a form to add one. */
export function AccountsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState<string>();
  const accounts = useQuery({
    queryKey: ['accounts', query, cursor],
    queryFn: async () =>
      (await api.crm.GET('/api/crm/accounts', { params: { query: { q: query || undefined, cursor, limit: 50 } } }))
        .data!,
  });
  const [name, setName] = useState('');
  const [industry, setIndustry] = useState('');
  const create = useMutation({
    mutationFn: async () =>
      (await api.crm.POST('/api/crm/accounts', { body: { name, industry: industry || undefined } })).data!,
    onSuccess: (account) => void navigate(`/accounts/${account.id}`),
  });
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.accounts')}</h1>
      </header>
      <form
        className="inline-form"
        aria-label={t('accounts.new')}
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <label>
          {t('accounts.name')}
          <input required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t('accounts.industry')}
          <input maxLength={100} value={industry} onChange={(event) => setIndustry(event.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('accounts.create')}
        </button>
        {create.isError && <ErrorMessage error={create.error} />}
      </form>
      <div className="filters" role="search">
        <label className="search">
          {t('accounts.search')}
          <input
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setCursor(undefined);
            }}
          />
        </label>
        <ExportButton path="/api/crm/accounts/export" filters={{ q: query || undefined }} />
      </div>
      {accounts.isError && <ErrorMessage error={accounts.error} onRetry={() => void accounts.refetch()} />}
      {accounts.data && (
        <>
          <p className="muted">{t('accounts.total', { count: accounts.data.total })}</p>
          <table className="list">
            <thead>
              <tr>
                <th>{t('accounts.name')}</th>
                <th>{t('accounts.industry')}</th>
                <th>{t('accounts.sizeBand')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.items.map((account: Account) => (
                <tr key={account.id}>
                  <td>
                    <Link to={`/accounts/${account.id}`}>{account.name}</Link>
                  </td>
                  <td>{account.industry ?? '—'}</td>
                  <td>{account.sizeBand ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {accounts.data.nextCursor && (
            <button type="button" onClick={() => setCursor(accounts.data.nextCursor ?? undefined)}>
              {t('common.next')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
