import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { ErrorMessage } from '../errors/ErrorMessage';
import { leadKey, useLead, type Lead } from './useLeads';

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
      <ActivityTimeline of={{ leadId: l.id }} linkTo={{ leadId: l.id, dealId: l.dealId ?? undefined }} />
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
  const { hash } = useLocation();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (hash === '#convert') {
      form.current?.scrollIntoView();
      form.current?.querySelector('input')?.focus();
    }
  }, [hash]);
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
      ref={form}
      className="inline-form"
      id="convert"
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
