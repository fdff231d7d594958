import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { ExportButton } from '../imports/ExportButton';
import { useFormat } from '../format';
import { useLeadSources, type Lead } from './useLeads';

const PAGE = 50;
const STATUSES: Lead['status'][] = ['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED'];

/** The statuses a lead can still be converted from. */
const OPEN: Lead['status'][] = ['NEW', 'CONTACTED', 'QUALIFIED'];

type LeadFilters = { q?: string; status?: string; source?: string };

/** The tenant's leads, newest first, filtered by text, status and source, with a form to add one and an export. */
export function LeadsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [filters, setFilters] = useState<LeadFilters>({});
  const [cursor, setCursor] = useState<string>();
  const filter = (changed: LeadFilters) => {
    setFilters({ ...filters, ...changed });
    setCursor(undefined);
  };
  const leads = useQuery({
    queryKey: ['leads', filters, cursor],
    queryFn: async () =>
      (await api.crm.GET('/api/crm/leads', { params: { query: { ...filters, limit: PAGE, cursor } } })).data!,
  });
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.leads')}</h1>
      </header>
      <NewLead />
      <div className="filters" role="search">
        <label className="search">
          {t('leads.search')}
          <input
            type="search"
            value={filters.q ?? ''}
            onChange={(event) => filter({ q: event.target.value || undefined })}
          />
        </label>
        <label>
          {t('leads.status')}
          <select
            value={filters.status ?? ''}
            onChange={(event) => filter({ status: event.target.value || undefined })}
          >
            <option value="">{t('common.all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`lead.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <SourceSelect value={filters.source ?? ''} empty={t('common.all')} onChange={(source) => filter({ source })} />
        <ExportButton path="/api/crm/leads/export" filters={filters} />
      </div>
      {leads.isError && <ErrorMessage error={leads.error} onRetry={() => void leads.refetch()} />}
      {leads.data && (
        <>
          <p className="muted">{t('leads.total', { count: leads.data.total })}</p>
          <table className="list">
            <thead>
              <tr>
                <th>{t('leads.name')}</th>
                <th>{t('leads.company')}</th>
                <th>{t('leads.source')}</th>
                <th>{t('leads.status')}</th>
                <th>{t('leads.created')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {leads.data.items.map((lead: Lead) => (
                <tr key={lead.id}>
                  <td>
                    <Link to={`/leads/${lead.id}`}>{lead.name}</Link>
                  </td>
                  <td>{lead.company ?? '—'}</td>
                  <td>{lead.source}</td>
                  <td>{t(`lead.status.${lead.status}`)}</td>
                  <td>{format.dateTime(lead.createdAt)}</td>
                  <td>
                    {OPEN.includes(lead.status) && (
                      <Link to={`/leads/${lead.id}#convert`} aria-label={t('leads.convertNamed', { name: lead.name })}>
                        {t('lead.convert')}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {leads.data.nextCursor && (
            <button type="button" onClick={() => setCursor(leads.data.nextCursor ?? undefined)}>
              {t('common.next')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function NewLead() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [fields, setFields] = useState({ name: '', company: '', email: '', phone: '', source: '', campaign: '' });
  const create = useMutation({
    mutationFn: async () =>
      (
        await api.crm.POST('/api/crm/leads', {
          body: {
            name: fields.name,
            company: fields.company || undefined,
            email: fields.email || undefined,
            phone: fields.phone || undefined,
            source: fields.source,
            campaign: fields.campaign || undefined,
          },
        })
      ).data!,
    onSuccess: (lead) => void navigate(`/leads/${lead.id}`),
  });
  const field = (name: keyof typeof fields, type = 'text', required = false) => (
    <label>
      {t(`leads.${name}`)}
      <input
        type={type}
        required={required}
        value={fields[name]}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
      />
    </label>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="inline-form" aria-label={t('leads.new')} onSubmit={submit}>
      {field('name', 'text', true)}
      {field('company')}
      {field('email', 'email')}
      {field('phone', 'tel')}
      <SourceSelect
        required
        value={fields.source}
        empty="—"
        onChange={(source) => setFields({ ...fields, source: source ?? '' })}
      />
      {field('campaign')}
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('leads.create')}
      </button>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}

/** The tenant's lead sources to pick from; the empty choice gives undefined. */
function SourceSelect({ value, empty, required = false, onChange }: {
  value: string;
  empty: string;
  required?: boolean;
  onChange: (source: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const sources = useLeadSources();
  return (
    <label>
      {t('leads.source')}
      <select required={required} value={value} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{empty}</option>
        {(sources.data ?? []).map((source) => (
          <option key={source} value={source}>
            {source}
          </option>
        ))}
      </select>
    </label>
  );
}
