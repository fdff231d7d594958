import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import { leadKey, useLead, useLeadActivities, type Lead } from './useLeads';

const OPEN_STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED'] as const;

/** One lead: its status, the activities logged on it, and its conversion into a deal. */
export function LeadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lead = useLead(id);
  if (lead.isPending) {
    return <p>{t('common.loading')}</p>;
  }
  if (lead.isError) {
    return <ErrorMessage error={lead.error} onRetry={() => void lead.refetch()} />;
  }
  const l = lead.data;
  return (
    <section>
      <p>
        <Link to="/leads">← {t('nav.leads')}</Link>
      </p>
      <header className="page-header">
        <h1>{l.name}</h1>
        <span className="badge" data-testid="lead-status">
          {t(`lead.status.${l.status}`)}
        </span>
      </header>
      <dl className="facts">
        <dt>{t('leads.company')}</dt>
        <dd>{l.company ?? '—'}</dd>
        <dt>{t('leads.email')}</dt>
        <dd>{l.email ?? '—'}</dd>
        <dt>{t('leads.phone')}</dt>
        <dd>{l.phone ?? '—'}</dd>
        <dt>{t('leads.source')}</dt>
        <dd>{l.source}</dd>
      </dl>
      {l.status === 'CONVERTED' && l.dealId ? (
        <p>
          <Link to={`/deals/${l.dealId}`}>{t('lead.openDeal')}</Link>
        </p>
      ) : (
        <>
          <StatusButtons lead={l} />
          <Convert lead={l} />
        </>
      )}
      <Activities lead={l} />
    </section>
  );
}

function StatusButtons({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const change = useMutation({
    mutationFn: async (body: { status: (typeof OPEN_STATUSES)[number] }) =>
      (await api.crm.POST('/api/crm/leads/{id}/status', { params: { path: { id: lead.id } }, body })).data,
    onSuccess: () => void queries.invalidateQueries({ queryKey: leadKey(lead.id) }),
  });
  return (
    <div className="actions" role="group" aria-label={t('leads.status')}>
      {OPEN_STATUSES.filter((status) => status !== lead.status).map((status) => (
        <button key={status} type="button" onClick={() => change.mutate({ status })} disabled={change.isPending}>
          {t(`lead.setStatus.${status}`)}
        </button>
      ))}
      {change.isError && <ErrorMessage error={change.error} />}
    </div>
  );
}

function Convert({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [name, setName] = useState(lead.company ?? lead.name);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('JPY');
  const convert = useMutation({
    mutationFn: async () =>
      (
        await api.crm.POST('/api/crm/leads/{id}/convert', {
          params: { path: { id: lead.id } },
          body: { deal: { name, amount: Number(amount), currency } },
        })
      ).data!,
    onSuccess: (conversion) => void navigate(`/deals/${conversion.deal.id}`),
  });
  return (
    <form
      className="inline-form"
      aria-label={t('lead.convert')}
      onSubmit={(event) => {
        event.preventDefault();
        convert.mutate();
      }}
    >
      <h2>{t('lead.convert')}</h2>
      <label>
        {t('lead.dealName')}
        <input required value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('deal.amount')}
        <input required type="number" min="0" value={amount} onChange={(event) => setAmount(event.target.value)} />
      </label>
      <label>
        {t('deal.currency')}
        <input required pattern="[A-Z]{3}" maxLength={3} value={currency}
          onChange={(event) => setCurrency(event.target.value.toUpperCase())} />
      </label>
      <button type="submit" className="primary" disabled={convert.isPending}>
        {t('lead.convertButton')}
      </button>
      {convert.isError && <ErrorMessage error={convert.error} />}
    </form>
  );
}

function Activities({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const queries = useQueryClient();
  const activities = useLeadActivities(lead.id);
  const [subject, setSubject] = useState('');
  const [outcome, setOutcome] = useState('');
  const log = useMutation({
    mutationFn: async () =>
      (
        await api.crm.POST('/api/crm/activities', {
          body: { type: 'CALL', subject, outcome: outcome || undefined, at: new Date().toISOString(),
            leadId: lead.id, dealId: lead.dealId ?? undefined },
        })
      ).data,
    onSuccess: () => {
      setSubject('');
      setOutcome('');
      void queries.invalidateQueries({ queryKey: [...leadKey(lead.id), 'activities'] });
    },
  });
  return (
    <section aria-label={t('activities.title')}>
      <h2>{t('activities.title')}</h2>
      <form
        className="inline-form"
        aria-label={t('activities.logCall')}
        onSubmit={(event) => {
          event.preventDefault();
          log.mutate();
        }}
      >
        <label>
          {t('activities.subject')}
          <input required value={subject} maxLength={200} onChange={(event) => setSubject(event.target.value)} />
        </label>
        <label>
          {t('activities.outcome')}
          <input value={outcome} maxLength={500} onChange={(event) => setOutcome(event.target.value)} />
        </label>
        <button type="submit" disabled={log.isPending}>
          {t('activities.logCall')}
        </button>
        {log.isError && <ErrorMessage error={log.error} />}
      </form>
      {activities.isError && <ErrorMessage error={activities.error} />}
      <ul className="timeline">
        {activities.data?.items.map((activity) => (
          <li key={activity.id}>
            <strong>{t(`activities.type.${activity.type}`)}</strong> {activity.subject}
            {activity.outcome && ` — ${activity.outcome}`} <span className="muted">{format.dateTime(activity.at)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
