import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { fieldErrorsOf, hasUnplacedError } from '../errors/fieldErrors';
import { useFormat } from '../format';
import { Field } from './Field';
import {
  DELIVERIES_SHOWN, hasMapping, PROVIDERS, ROTATES, urlOf, useCreateWebhookEndpoint, useReplayWebhookDelivery,
  useWebhookActions, useWebhookDeliveries, useWebhookEndpoints, type WebhookDelivery, type WebhookEndpoint,
  type WebhookEndpointRequest, type WebhookProvider,
} from './useWebhooks';
import { WebhookMappingEditor } from './WebhookMappingEditor';

/** What the one-time panel shows: an endpoint as created or rotated, with its secret. */
interface Revealed {
  endpoint: WebhookEndpoint;
  rotated: boolean;
}

/**
 * The tenant's webhook endpoints (admins only): create one per sender, give it the URL and secret (shown once, right
 * after creating or rotating), disable, enable, rotate or replace the secret, delete, read the delivery log, and edit
 * how a provider's deal stages and lead statuses become Stride's (its mapping).
 */
export function WebhooksPage() {
  const { t } = useTranslation();
  const session = useSession();
  const admin = session.roles.includes('admin');
  const endpoints = useWebhookEndpoints(admin);
  const [revealed, setRevealed] = useState<Revealed>();
  const [selected, setSelected] = useState<string>();
  const [mapped, setMapped] = useState<string>();
  const shown = endpoints.data?.find((endpoint) => endpoint.id === selected);
  const mapping = endpoints.data?.find((endpoint) => endpoint.id === mapped && hasMapping(endpoint.provider));
  const forget = (id: string) => {
    setSelected((current) => (current === id ? undefined : current));
    setMapped((current) => (current === id ? undefined : current));
    setRevealed((current) => (current?.endpoint.id === id ? undefined : current));
  };
  return (
    <section>
      <header className="page-header">
        <h1>{t('webhooks.title')}</h1>
      </header>
      {!admin ? (
        <p className="muted">{t('webhooks.adminsOnly')}</p>
      ) : (
        <>
          <p className="muted">{t('webhooks.intro')}</p>
          {revealed && (
            <OneTimePanel
              key={`${revealed.endpoint.id}-${revealed.endpoint.version}`}
              revealed={revealed}
              onDismiss={() => setRevealed(undefined)}
            />
          )}
          <NewEndpoint onCreated={(endpoint) => setRevealed({ endpoint, rotated: false })} />
          {endpoints.isError && <ErrorMessage error={endpoints.error} onRetry={() => void endpoints.refetch()} />}
          {endpoints.isPending && <p className="muted">{t('common.loading')}</p>}
          {endpoints.data && (
            <EndpointTable
              endpoints={endpoints.data}
              selected={selected}
              onSelect={(id) => setSelected((current) => (current === id ? undefined : id))}
              mapped={mapped}
              onMap={(id) => setMapped((current) => (current === id ? undefined : id))}
              onRotated={(endpoint) => setRevealed({ endpoint, rotated: true })}
              onDeleted={forget}
            />
          )}
          {mapping && (
            <WebhookMappingEditor key={mapping.id} endpoint={mapping} onClose={() => setMapped(undefined)} />
          )}
          {shown && <Deliveries endpoint={shown} onClose={() => setSelected(undefined)} />}
        </>
      )}
    </section>
  );
}

/** The fields the create form shows its server errors next to. */
const PLACED = ['provider', 'name', 'secret', 'organizationId', 'acceptLegacySignatures', 'allowedSenders'];

/** The server's word on the sender ranges: on the list as a whole, or on one of its lines (`allowedSenders[2]`). */
const isRangesField = (field: string) => field === 'allowedSenders' || field.startsWith('allowedSenders[');

function NewEndpoint({ onCreated }: { onCreated: (endpoint: WebhookEndpoint) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [provider, setProvider] = useState<WebhookProvider>('standard');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [legacy, setLegacy] = useState(false);
  const [ranges, setRanges] = useState('');
  const create = useCreateWebhookEndpoint();
  const errors = fieldErrorsOf(create.error);
  const rangesError = Object.entries(errors).filter(([field]) => isRangesField(field))
    .map(([, message]) => message).join(' ') || undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // only the provider's own fields: one given for another provider is refused
    const allowedSenders = ranges.split('\n').map((line) => line.trim()).filter(Boolean);
    const body: WebhookEndpointRequest = { provider, name: name.trim() };
    if (allowedSenders.length) {
      body.allowedSenders = allowedSenders;
    }
    if (provider === 'hubspot') {
      body.secret = secret || undefined;
      body.acceptLegacySignatures = legacy;
    }
    if (provider === 'salesforce') {
      body.organizationId = organizationId.trim() || undefined;
    }
    create.mutate(body, {
      onSuccess: (endpoint) => {
        onCreated(endpoint);
        setName('');
        setSecret('');
        setOrganizationId('');
        setLegacy(false);
        setRanges('');
        // the answer carries the secret: the panel holds it now, and only the panel
        create.reset();
      },
    });
  };
  return (
    <form className="inline-form webhook-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`}>{t('webhooks.new')}</h2>
      <Field id={`${id}-provider`} error={errors.provider} hint={t(`webhooks.providerHints.${provider}`)}>
        {(described) => (
          <label>
            {t('webhooks.provider')}
            <select
              {...described}
              value={provider}
              onChange={(event) => {
                setProvider(event.target.value as WebhookProvider);
                create.reset();
              }}
            >
              {PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {t(`webhooks.providers.${p}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </Field>
      <Field id={`${id}-name`} error={errors.name}>
        {(described) => (
          <label>
            {t('webhooks.name')}
            <input {...described} required maxLength={120} value={name}
              onChange={(event) => setName(event.target.value)} />
          </label>
        )}
      </Field>
      {provider === 'hubspot' && (
        <>
          <Field id={`${id}-secret`} error={errors.secret} hint={t('webhooks.secretHint')}>
            {(described) => (
              <label>
                {t('webhooks.secret')}
                <input {...described} type="password" autoComplete="off" maxLength={512} value={secret}
                  onChange={(event) => setSecret(event.target.value)} />
              </label>
            )}
          </Field>
          <Field id={`${id}-legacy`} error={errors.acceptLegacySignatures} hint={t('webhooks.acceptLegacyHint')}>
            {(described) => (
              <label className="check">
                <input {...described} type="checkbox" checked={legacy}
                  onChange={(event) => setLegacy(event.target.checked)} />
                {t('webhooks.acceptLegacy')}
              </label>
            )}
          </Field>
        </>
      )}
      {provider === 'salesforce' && (
        <Field id={`${id}-organization`} error={errors.organizationId} hint={t('webhooks.organizationIdHint')}>
          {(described) => (
            <label>
              {t('webhooks.organizationId')}
              <input {...described} maxLength={18} spellCheck={false} value={organizationId}
                onChange={(event) => setOrganizationId(event.target.value)} />
            </label>
          )}
        </Field>
      )}
      <Field id={`${id}-senders`} error={rangesError}
        hint={t(provider === 'salesforce' ? 'webhooks.allowedSendersSalesforceHint' : 'webhooks.allowedSendersHint')}>
        {(described) => (
          <label>
            {t('webhooks.allowedSenders')}
            <textarea {...described} rows={3} spellCheck={false} placeholder="203.0.113.0/24" value={ranges}
              onChange={(event) => setRanges(event.target.value)} />
          </label>
        )}
      </Field>
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('webhooks.create')}
      </button>
      {hasUnplacedError(create.error, [...PLACED, ...Object.keys(errors).filter(isRangesField)])
        && <ErrorMessage error={create.error} />}
    </form>
  );
}

function EndpointTable({ endpoints, selected, onSelect, mapped, onMap, onRotated, onDeleted }: {
  endpoints: WebhookEndpoint[];
  selected?: string;
  onSelect: (id: string) => void;
  mapped?: string;
  onMap: (id: string) => void;
  onRotated: (endpoint: WebhookEndpoint) => void;
  onDeleted: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (endpoints.length === 0) {
    return <p className="muted">{t('webhooks.none')}</p>;
  }
  return (
    <table className="list webhooks" aria-label={t('webhooks.endpoints')}>
      <thead>
        <tr>
          <th>{t('webhooks.name')}</th>
          <th>{t('webhooks.provider')}</th>
          <th>{t('webhooks.url')}</th>
          <th>{t('webhooks.state')}</th>
          <th className="number">{t('webhooks.rejected')}</th>
          <th>{t('webhooks.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {endpoints.map((endpoint) => (
          <EndpointRow key={endpoint.id} endpoint={endpoint} selected={endpoint.id === selected}
            onSelect={() => onSelect(endpoint.id)} mapped={endpoint.id === mapped} onMap={() => onMap(endpoint.id)}
            onRotated={onRotated} onDeleted={() => onDeleted(endpoint.id)} />
        ))}
      </tbody>
    </table>
  );
}

function EndpointRow({ endpoint, selected, onSelect, mapped, onMap, onRotated, onDeleted }: {
  endpoint: WebhookEndpoint;
  selected: boolean;
  onSelect: () => void;
  mapped: boolean;
  onMap: () => void;
  onRotated: (endpoint: WebhookEndpoint) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const actions = useWebhookActions(endpoint.id);
  const [mode, setMode] = useState<'idle' | 'confirm-delete' | 'replace-secret'>('idle');
  const toggle = endpoint.enabled ? actions.disable : actions.enable;
  const failed = [actions.disable, actions.enable, actions.rotate, actions.remove].find((action) => action.isError);
  const rotate = () =>
    actions.rotate.mutate(undefined, {
      onSuccess: (rotated) => {
        onRotated(rotated);
        // the answer carries the new secret: the panel holds it now, and only the panel
        actions.rotate.reset();
      },
    });
  return (
    <tr>
      <td>
        <strong>{endpoint.name}</strong>
        {endpoint.organizationId && (
          <div className="muted">{t('webhooks.organization', { id: endpoint.organizationId })}</div>
        )}
        {endpoint.acceptLegacySignatures && <div className="muted">{t('webhooks.legacyAccepted')}</div>}
        {endpoint.previousSecretValidUntil && new Date(endpoint.previousSecretValidUntil) > new Date() && (
          <div className="muted">
            {t('webhooks.previousValidUntil', { time: format.dateTime(endpoint.previousSecretValidUntil) })}
          </div>
        )}
      </td>
      <td>{t(`webhooks.providers.${endpoint.provider}`)}</td>
      <td>
        <code className="webhook-value">{urlOf(endpoint)}</code>
        <CopyButton value={urlOf(endpoint)} label={t('webhooks.copy.url')} />
      </td>
      <td>
        <span className={endpoint.enabled ? 'badge won' : 'badge lost'}>
          {t(endpoint.enabled ? 'webhooks.enabled' : 'webhooks.disabled')}
        </span>
      </td>
      <td className="number">{format.number(endpoint.rejected)}</td>
      <td>
        {mode === 'confirm-delete' ? (
          <div className="row-actions" role="group" aria-label={t('webhooks.confirmDeleteLabel')}>
            <span>{t('webhooks.confirmDelete', { name: endpoint.name })}</span>
            <button type="button" className="danger" disabled={actions.remove.isPending}
              onClick={() => actions.remove.mutate(undefined, { onSuccess: onDeleted })}>
              {t('webhooks.confirmDeleteYes')}
            </button>
            <button type="button" onClick={() => setMode('idle')}>
              {t('webhooks.cancel')}
            </button>
          </div>
        ) : (
          <div className="row-actions">
            <button type="button" aria-pressed={selected} onClick={onSelect}>
              {t('webhooks.deliveries')}
            </button>
            {hasMapping(endpoint.provider) && (
              <button type="button" aria-pressed={mapped} onClick={onMap}>
                {t('webhooks.editMapping')}
              </button>
            )}
            <button type="button" disabled={toggle.isPending} onClick={() => toggle.mutate()}>
              {t(endpoint.enabled ? 'webhooks.disable' : 'webhooks.enable')}
            </button>
            {ROTATES.includes(endpoint.provider) && (
              <button type="button" disabled={actions.rotate.isPending} onClick={rotate}>
                {t('webhooks.rotate')}
              </button>
            )}
            {endpoint.provider === 'hubspot' && (
              <button type="button" aria-expanded={mode === 'replace-secret'}
                onClick={() => setMode(mode === 'replace-secret' ? 'idle' : 'replace-secret')}>
                {t('webhooks.replaceSecret')}
              </button>
            )}
            <button type="button" onClick={() => setMode('confirm-delete')}>
              {t('webhooks.delete')}
            </button>
          </div>
        )}
        {mode === 'replace-secret' && (
          <ReplaceSecret endpoint={endpoint} actions={actions} onDone={() => setMode('idle')} />
        )}
        {actions.replaceSecret.isSuccess && mode === 'idle' && (
          <p role="status" className="muted">
            {actions.replaceSecret.data.previousSecretValidUntil
              ? t('webhooks.secretReplacedUntil', {
                time: format.dateTime(actions.replaceSecret.data.previousSecretValidUntil),
              })
              : t('webhooks.secretReplaced')}
          </p>
        )}
        {failed && <ErrorMessage error={failed.error} />}
      </td>
    </tr>
  );
}

/** HubSpot signs with the app's client secret: after rotating it in HubSpot, the admin gives Stride the new one. */
function ReplaceSecret({ endpoint, actions, onDone }: {
  endpoint: WebhookEndpoint;
  actions: ReturnType<typeof useWebhookActions>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [secret, setSecret] = useState('');
  const replace = actions.replaceSecret;
  const errors = fieldErrorsOf(replace.error);
  return (
    <form
      className="stacked-form replace-secret"
      aria-label={t('webhooks.replaceSecretOf', { name: endpoint.name })}
      onSubmit={(event) => {
        event.preventDefault();
        replace.mutate(secret, { onSuccess: onDone });
      }}
    >
      <Field id={id} error={errors.secret} hint={t('webhooks.newSecretHint')}>
        {(described) => (
          <label>
            {t('webhooks.newSecret')}
            <input {...described} type="password" autoComplete="off" maxLength={512} value={secret}
              onChange={(event) => setSecret(event.target.value)} />
          </label>
        )}
      </Field>
      <div className="row-actions">
        <button type="submit" className="primary" disabled={replace.isPending}>
          {t('webhooks.saveSecret')}
        </button>
        <button type="button" onClick={() => {
          replace.reset();
          onDone();
        }}>
          {t('webhooks.cancel')}
        </button>
      </div>
      {hasUnplacedError(replace.error, ['secret']) && <ErrorMessage error={replace.error} />}
    </form>
  );
}

/**
 * The URL and the secret of an endpoint just created or rotated. The secret is in this component's props only: it is
 * gone for good once dismissed.
 */
function OneTimePanel({ revealed: { endpoint, rotated }, onDismiss }: { revealed: Revealed; onDismiss: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const secretLabel = endpoint.provider === 'pipedrive' ? 'password' : 'signingSecret';
  return (
    <section className="one-time" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {t(rotated ? 'webhooks.rotatedTitle' : 'webhooks.createdTitle', { name: endpoint.name })}
      </h2>
      {endpoint.secret && (
        <p className="warning">
          <strong>{t('webhooks.shownOnce')}</strong>
        </p>
      )}
      <p>{t(`webhooks.giveTo.${endpoint.provider}`)}</p>
      <dl className="facts">
        <dt>{t('webhooks.url')}</dt>
        <dd>
          <code className="webhook-value">{urlOf(endpoint)}</code>
          <CopyButton value={urlOf(endpoint)} label={t('webhooks.copy.url')} />
        </dd>
        {endpoint.username && (
          <>
            <dt>{t('webhooks.username')}</dt>
            <dd>
              <code className="webhook-value">{endpoint.username}</code>
              <CopyButton value={endpoint.username} label={t('webhooks.copy.username')} />
            </dd>
          </>
        )}
        {endpoint.secret && (
          <>
            <dt>{t(`webhooks.${secretLabel}`)}</dt>
            <dd>
              <code className="webhook-value">{endpoint.secret}</code>
              <CopyButton value={endpoint.secret} label={t(`webhooks.copy.${secretLabel}`)} />
            </dd>
          </>
        )}
      </dl>
      {rotated && endpoint.previousSecretValidUntil && (
        <p>{t('webhooks.previousValidUntil', { time: format.dateTime(endpoint.previousSecretValidUntil) })}</p>
      )}
      <button type="button" className="primary" onClick={onDismiss}>
        {t('webhooks.dismiss')}
      </button>
    </section>
  );
}

/** Copies a value to the clipboard and says whether it worked (no clipboard outside a secure context). */
function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'copied' | 'failed'>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <>
      <button type="button" className="copy" onClick={() => void copy()}>
        {label}
      </button>
      <span className="muted" aria-live="polite">
        {outcome && t(`webhooks.copyOutcome.${outcome}`)}
      </span>
    </>
  );
}

function Deliveries({ endpoint, onClose }: { endpoint: WebhookEndpoint; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const deliveries = useWebhookDeliveries(endpoint.id);
  return (
    <section className="deliveries" aria-labelledby={id}>
      <header className="page-header">
        <h2 id={id}>{t('webhooks.deliveriesOf', { name: endpoint.name })}</h2>
        <button type="button" disabled={deliveries.isFetching} onClick={() => void deliveries.refetch()}>
          {t('webhooks.refresh')}
        </button>
        <button type="button" onClick={onClose}>
          {t('webhooks.close')}
        </button>
      </header>
      <p className="muted">
        {t('webhooks.deliveriesHint', { count: DELIVERIES_SHOWN, rejected: format.number(endpoint.rejected) })}
      </p>
      {deliveries.isError && <ErrorMessage error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      {deliveries.isPending && <p className="muted">{t('common.loading')}</p>}
      {deliveries.data?.length === 0 && <p className="muted">{t('webhooks.noDeliveries')}</p>}
      {!!deliveries.data?.length && (
        <table className="list" aria-labelledby={id}>
          <thead>
            <tr>
              <th>{t('webhooks.receivedAt')}</th>
              <th>{t('webhooks.status')}</th>
              <th className="number">{t('webhooks.attempts')}</th>
              <th>{t('webhooks.reason')}</th>
              <th>{t('webhooks.dedupeKey')}</th>
              <th className="number">{t('webhooks.size')}</th>
              <th>{t('webhooks.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.data.map((delivery) => (
              <DeliveryRow key={delivery.id} endpoint={endpoint} delivery={delivery} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const STATUS_BADGES: Record<WebhookDelivery['status'], string> = {
  RECEIVED: 'badge',
  PROCESSED: 'badge won',
  SUPERSEDED: 'badge',
  FAILED: 'badge lost',
};

/** A delivery of the log; a failed one can be replayed once what its reason names is fixed. */
function DeliveryRow({ endpoint, delivery }: { endpoint: WebhookEndpoint; delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const format = useFormat();
  const replay = useReplayWebhookDelivery(endpoint.id);
  return (
    <tr>
      <td>
        <time dateTime={delivery.receivedAt}>{format.dateTime(delivery.receivedAt)}</time>
      </td>
      <td>
        <span className={STATUS_BADGES[delivery.status] ?? 'badge'}>
          {t(`webhooks.statuses.${delivery.status}`, { defaultValue: delivery.status })}
        </span>
      </td>
      <td className="number">{format.number(delivery.attempts)}</td>
      <td>{delivery.reason ?? ''}</td>
      <td>
        <code className="webhook-value">{delivery.dedupeKey}</code>
      </td>
      <td className="number">
        {t('webhooks.bytes', { count: delivery.bytes, size: format.number(delivery.bytes) })}
      </td>
      <td>
        {delivery.status === 'FAILED' && (
          <button type="button" disabled={replay.isPending} onClick={() => replay.mutate(delivery.id)}>
            {t('webhooks.replay')}
          </button>
        )}
        {replay.isError && <ErrorMessage error={replay.error} />}
      </td>
    </tr>
  );
}
