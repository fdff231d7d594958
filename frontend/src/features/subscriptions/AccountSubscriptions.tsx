import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/crm';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';

type Subscription = components['schemas']['Subscription'];
type Action = 'mrr' | 'cancel';

const today = () => new Date().toISOString().slice(0, 10);

/** An account's subscriptions: start one, change a subscription's MRR from a date, or cancel it with a reason. */
export function AccountSubscriptions({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const key = ['account', accountId, 'subscriptions'];
  const subscriptions = useQuery({
    queryKey: key,
    queryFn: async () =>
      (await api.crm.GET('/api/crm/subscriptions', { params: { query: { accountId, limit: 200 } } })).data!,
  });
  const [open, setOpen] = useState<{ id: string; action: Action }>();
  return (
    <section aria-label={t('accounts.subscriptions')}>
      <h2>{t('accounts.subscriptions')}</h2>
      {subscriptions.isError && <ErrorMessage error={subscriptions.error} />}
      <ul className="timeline">
        {subscriptions.data?.items.map((subscription) => (
          <li key={subscription.id} aria-label={subscription.plan}>
            <strong>{subscription.plan}</strong>{' '}
            {t('accounts.mrr', { mrr: format.money(subscription.mrr, subscription.currency) })}{' '}
            <span className="muted">
              {format.date(subscription.startedOn)}
              {subscription.cancelledOn && ` – ${format.date(subscription.cancelledOn)}`}
            </span>{' '}
            {subscription.status === 'ACTIVE' &&
              (['mrr', 'cancel'] as const).map((action) => (
                <button key={action} type="button" onClick={() => setOpen({ id: subscription.id, action })}>
                  {t(`subscriptions.actions.${action}`)}
                </button>
              ))}
            {open?.id === subscription.id && (
              <Change subscription={subscription} action={open.action} onDone={() => setOpen(undefined)} />
            )}
          </li>
        ))}
      </ul>
      <Start accountId={accountId} />
    </section>
  );
}

function Start({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [fields, setFields] = useState({ plan: '', mrr: '', currency: 'JPY', startedOn: today() });
  const start = useMutation({
    mutationFn: async () =>
      (
        await api.crm.POST('/api/crm/subscriptions', {
          body: {
            accountId,
            plan: fields.plan,
            mrr: Number(fields.mrr),
            currency: fields.currency.toUpperCase(),
            startedOn: fields.startedOn,
          },
        })
      ).data!,
    onSuccess: () => {
      setFields({ ...fields, plan: '', mrr: '' });
      return queries.invalidateQueries({ queryKey: ['account', accountId, 'subscriptions'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate();
  };
  const field = (name: keyof typeof fields, type = 'text') => (
    <label>
      {t(`subscriptions.${name}`)}
      <input
        type={type}
        required
        min={type === 'number' ? 0 : undefined}
        step={type === 'number' ? 'any' : undefined}
        value={fields[name]}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
      />
    </label>
  );
  return (
    <form className="inline-form" aria-label={t('subscriptions.start')} onSubmit={submit}>
      {field('plan')}
      {field('mrr', 'number')}
      {field('currency')}
      {field('startedOn', 'date')}
      <button type="submit" className="primary" disabled={start.isPending}>
        {t('subscriptions.start')}
      </button>
      {start.isError && <ErrorMessage error={start.error} />}
    </form>
  );
}

function Change({ subscription, action, onDone }: {
  subscription: Subscription;
  action: Action;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [value, setValue] = useState(action === 'mrr' ? String(subscription.mrr) : '');
  const [on, setOn] = useState(today());
  const path = { params: { path: { id: subscription.id } } };
  const change = useMutation({
    mutationFn: async () =>
      action === 'mrr'
        ? api.crm.POST('/api/crm/subscriptions/{id}/mrr', { ...path, body: { mrr: Number(value), effectiveOn: on } })
        : api.crm.POST('/api/crm/subscriptions/{id}/cancel', { ...path, body: { cancelledOn: on, reason: value } }),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: ['account', subscription.accountId, 'subscriptions'] });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <form className="inline-form" aria-label={t(`subscriptions.actions.${action}`)} onSubmit={submit}>
      <label>
        {t(action === 'mrr' ? 'subscriptions.newMrr' : 'subscriptions.reason')}
        <input
          type={action === 'mrr' ? 'number' : 'text'}
          min={action === 'mrr' ? 0 : undefined}
          step={action === 'mrr' ? 'any' : undefined}
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
      <label>
        {t(action === 'mrr' ? 'subscriptions.effectiveOn' : 'subscriptions.cancelledOn')}
        <input type="date" required value={on} onChange={(event) => setOn(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={change.isPending}>
        {t('subscriptions.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('subscriptions.close')}
      </button>
      {change.isError && <ErrorMessage error={change.error} />}
    </form>
  );
}
