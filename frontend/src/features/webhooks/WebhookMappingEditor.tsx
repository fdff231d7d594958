import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLossReasons } from '../deals/useDeal';
import { ErrorMessage } from '../errors/ErrorMessage';
import { fieldErrorsOf, hasUnplacedError } from '../errors/fieldErrors';
import { useLeadSources } from '../leads/useLeads';
import { usePipelines, type Pipeline } from '../pipeline/usePipelines';
import { Field } from './Field';
import {
  DEAL_OUTCOMES, MAPPED_LEAD_STATUSES, useWebhookMapping, useWebhookMappingActions, type WebhookEndpoint,
  type WebhookMapping,
} from './useWebhooks';

/** A provider's deal stage as edited: `pipeline` '' is the tenant's default pipeline, `stage` '' none chosen yet. */
interface StageRow {
  key: number;
  from: string;
  status: string;
  pipeline: string;
  stage: string;
}

interface StatusRow {
  key: number;
  from: string;
  status: string;
}

interface Draft {
  dealStages: StageRow[];
  leadStatuses: StatusRow[];
  leadSource: string;
  lostReason: string;
  currency: string;
}

let rowKeys = 0;
const nextKey = () => ++rowKeys;

/** The mapping as edited; rows keep the keys of `previous` by position, so that no control is replaced. */
function toDraft(mapping: WebhookMapping, previous?: Draft): Draft {
  return {
    dealStages: (mapping.dealStages ?? []).map((entry, i) => ({
      key: previous?.dealStages[i]?.key ?? nextKey(),
      from: entry.from ?? '',
      status: entry.status ?? 'OPEN',
      pipeline: entry.pipeline ?? '',
      stage: entry.stage ?? '',
    })),
    leadStatuses: (mapping.leadStatuses ?? []).map((entry, i) => ({
      key: previous?.leadStatuses[i]?.key ?? nextKey(),
      from: entry.from ?? '',
      status: entry.status ?? 'NEW',
    })),
    leadSource: mapping.leadSource ?? '',
    lostReason: mapping.lostReason ?? '',
    currency: mapping.currency ?? '',
  };
}

/** The whole mapping to store: only an open deal's stage has a pipeline and a stage. */
function toMapping(draft: Draft): WebhookMapping {
  return {
    dealStages: draft.dealStages.map(({ from, status, pipeline, stage }) => ({
      from: from.trim(),
      status,
      pipeline: status === 'OPEN' ? pipeline || null : null,
      stage: status === 'OPEN' ? stage || null : null,
    })),
    leadStatuses: draft.leadStatuses.map(({ from, status }) => ({ from: from.trim(), status })),
    leadSource: draft.leadSource,
    lostReason: draft.lostReason,
    currency: draft.currency.trim().toUpperCase(),
  };
}

/** The name of the list that `value` stands for, ignoring case as the server does; `value` itself if none. */
const canonical = (names: string[], value: string) =>
  names.find((name) => name.toLowerCase() === value.toLowerCase()) ?? value;

/** The pipeline a row names, or the default one for ''; undefined while loading or for a name the tenant lacks. */
const pipelineOf = (pipelines: Pipeline[], name: string) =>
  name ? pipelines.find((p) => p.name.toLowerCase() === name.toLowerCase()) : pipelines.find((p) => p.isDefault);

const activeStagesOf = (pipeline?: Pipeline) =>
  (pipeline?.stages ?? []).filter((stage) => !stage.retired).map((stage) => stage.name);

/**
 * How an endpoint's provider names deal stages and lead statuses, as Stride's, and what Stride fills in where the
 * provider says nothing: the provider's defaults until saved, and back to them on reset. Not for `standard`.
 */
export function WebhookMappingEditor({ endpoint, onClose }: { endpoint: WebhookEndpoint; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const mapping = useWebhookMapping(endpoint.id);
  return (
    <section className="mapping" aria-labelledby={id}>
      <header className="page-header">
        <h2 id={id}>{t('webhooks.mapping.title', { name: endpoint.name })}</h2>
        <button type="button" onClick={onClose}>
          {t('webhooks.close')}
        </button>
      </header>
      <p className="muted">{t('webhooks.mapping.intro', { provider: t(`webhooks.providers.${endpoint.provider}`) })}</p>
      {mapping.isError && <ErrorMessage error={mapping.error} onRetry={() => void mapping.refetch()} />}
      {mapping.isPending && <p className="muted">{t('common.loading')}</p>}
      {mapping.data && <MappingForm endpoint={endpoint} initial={mapping.data} />}
    </section>
  );
}

/** The form holds its own copy: a refetch never overwrites edits, only a save's or a reset's answer does. */
function MappingForm({ endpoint, initial }: { endpoint: WebhookEndpoint; initial: WebhookMapping }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(() => toDraft(initial));
  const [added, setAdded] = useState<number>();
  const [confirming, setConfirming] = useState(false);
  const { save, reset } = useWebhookMappingActions(endpoint.id);
  const pipelines = usePipelines();
  const sources = useLeadSources();
  const reasons = useLossReasons();
  const errors = fieldErrorsOf(save.error);
  const provider = t(`webhooks.providers.${endpoint.provider}`);
  const done = save.isSuccess ? 'saved' : reset.isSuccess ? 'resetDone' : undefined;
  const placed = [
    ...draft.dealStages.flatMap((_, i) => ['from', 'status', 'pipeline', 'stage'].map((f) => `dealStages[${i}].${f}`)),
    ...draft.leadStatuses.flatMap((_, i) => ['from', 'status'].map((f) => `leadStatuses[${i}].${f}`)),
    'leadSource', 'lostReason', 'currency',
  ];

  /** Applies an edit; a confirmation no longer holds, nor do errors placed by a row's index once rows move. */
  const edit = (update: (current: Draft) => Draft, rowsMoved = false) => {
    setDraft(update);
    if (save.isSuccess || (rowsMoved && save.isError)) {
      save.reset();
    }
    if (reset.isSuccess) {
      reset.reset();
    }
  };
  const editStage = (key: number, change: Partial<StageRow>) =>
    edit((d) => ({ ...d, dealStages: d.dealStages.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const editStatus = (key: number, change: Partial<StatusRow>) =>
    edit((d) => ({ ...d, leadStatuses: d.leadStatuses.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const removeStage = (key: number) =>
    edit((d) => ({ ...d, dealStages: d.dealStages.filter((row) => row.key !== key) }), true);
  const removeStatus = (key: number) =>
    edit((d) => ({ ...d, leadStatuses: d.leadStatuses.filter((row) => row.key !== key) }), true);
  const addStage = () => {
    const key = nextKey();
    setAdded(key);
    edit((d) => ({ ...d, dealStages: [...d.dealStages, { key, from: '', status: 'OPEN', pipeline: '', stage: '' }] }),
      true);
  };
  const addStatus = () => {
    const key = nextKey();
    setAdded(key);
    edit((d) => ({ ...d, leadStatuses: [...d.leadStatuses, { key, from: '', status: 'NEW' }] }), true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.reset();
    save.mutate(toMapping(draft), { onSuccess: (stored) => setDraft((current) => toDraft(stored, current)) });
  };
  const resetToDefaults = () => {
    save.reset();
    reset.mutate(undefined, {
      onSuccess: (defaults) => {
        setDraft((current) => toDraft(defaults, current));
        setConfirming(false);
      },
    });
  };

  return (
    <form className="stacked-form mapping-form" onSubmit={submit}>
      <h3 id={`${id}-stages`}>{t('webhooks.mapping.dealStages')}</h3>
      <p className="muted">{t(`webhooks.mapping.dealStagesHint.${endpoint.provider}`)}</p>
      {draft.dealStages.length === 0 ? (
        <p className="muted">{t('webhooks.mapping.noDealStages')}</p>
      ) : (
        <table className="list mapping-table" aria-labelledby={`${id}-stages`}>
          <thead>
            <tr>
              <th>{t('webhooks.mapping.stageFrom', { provider })}</th>
              <th>{t('webhooks.mapping.dealStatus')}</th>
              <th>{t('webhooks.mapping.pipeline')}</th>
              <th>{t('webhooks.mapping.stage')}</th>
              <th>{t('webhooks.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.dealStages.map((row, index) => (
              <DealStageRow key={row.key} id={`${id}-stage-${row.key}`} row={row} index={index} provider={provider}
                pipelines={pipelines.data} errors={errors} focus={row.key === added}
                onChange={(change) => editStage(row.key, change)}
                onRemove={() => removeStage(row.key)} />
            ))}
          </tbody>
        </table>
      )}
      <div className="row-actions">
        <button type="button" onClick={addStage}>
          {t('webhooks.mapping.addDealStage')}
        </button>
      </div>

      <h3 id={`${id}-statuses`}>{t('webhooks.mapping.leadStatuses')}</h3>
      <p className="muted">{t(`webhooks.mapping.leadStatusesHint.${endpoint.provider}`)}</p>
      {draft.leadStatuses.length === 0 ? (
        <p className="muted">{t('webhooks.mapping.noLeadStatuses')}</p>
      ) : (
        <table className="list mapping-table" aria-labelledby={`${id}-statuses`}>
          <thead>
            <tr>
              <th>{t('webhooks.mapping.statusFrom', { provider })}</th>
              <th>{t('webhooks.mapping.leadStatus')}</th>
              <th>{t('webhooks.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.leadStatuses.map((row, index) => (
              <LeadStatusRow key={row.key} id={`${id}-status-${row.key}`} row={row} index={index} provider={provider}
                errors={errors} focus={row.key === added} onChange={(change) => editStatus(row.key, change)}
                onRemove={() => removeStatus(row.key)} />
            ))}
          </tbody>
        </table>
      )}
      <div className="row-actions">
        <button type="button" onClick={addStatus}>
          {t('webhooks.mapping.addLeadStatus')}
        </button>
      </div>

      <h3>{t('webhooks.mapping.fillIn')}</h3>
      <div className="mapping-defaults">
        <Field id={`${id}-source`} error={errors.leadSource} hint={t('webhooks.mapping.leadSourceHint', { provider })}>
          {(described) => (
            <label>
              {t('webhooks.mapping.leadSource')}
              <select {...described} required value={canonical(sources.data ?? [], draft.leadSource)}
                onChange={(event) => edit((d) => ({ ...d, leadSource: event.target.value }))}>
                <Options names={sources.data} loaded={sources.isSuccess} value={draft.leadSource} />
              </select>
            </label>
          )}
        </Field>
        <Field id={`${id}-reason`} error={errors.lostReason} hint={t('webhooks.mapping.lostReasonHint', { provider })}>
          {(described) => (
            <label>
              {t('webhooks.mapping.lostReason')}
              <select {...described} required value={canonical(reasons.data ?? [], draft.lostReason)}
                onChange={(event) => edit((d) => ({ ...d, lostReason: event.target.value }))}>
                <Options names={reasons.data} loaded={reasons.isSuccess} value={draft.lostReason} />
              </select>
            </label>
          )}
        </Field>
        <Field id={`${id}-currency`} error={errors.currency} hint={t('webhooks.mapping.currencyHint', { provider })}>
          {(described) => (
            <label>
              {t('webhooks.mapping.currency')}
              <input {...described} required minLength={3} maxLength={3} pattern="[A-Za-z]{3}" spellCheck={false}
                autoCapitalize="characters" value={draft.currency}
                onChange={(event) => edit((d) => ({ ...d, currency: event.target.value.toUpperCase() }))} />
            </label>
          )}
        </Field>
      </div>

      <div className="row-actions">
        <button type="submit" className="primary" disabled={save.isPending || reset.isPending}>
          {t('webhooks.mapping.save')}
        </button>
        {confirming ? (
          <div className="row-actions" role="group" aria-label={t('webhooks.mapping.confirmResetLabel')}>
            <span>{t('webhooks.mapping.confirmReset', { provider })}</span>
            <button type="button" className="danger" disabled={reset.isPending} onClick={resetToDefaults}>
              {t('webhooks.mapping.confirmResetYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('webhooks.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" disabled={save.isPending} onClick={() => setConfirming(true)}>
            {t('webhooks.mapping.reset')}
          </button>
        )}
      </div>
      {done && (
        <p role="status" className="muted">
          {t(`webhooks.mapping.${done}`, { provider })} {t('webhooks.mapping.replayHint')}
        </p>
      )}
      {hasUnplacedError(save.error, placed) && <ErrorMessage error={save.error} />}
      {reset.isError && <ErrorMessage error={reset.error} />}
    </form>
  );
}

/** A list's names as options, with the current value among them even when the list lacks it (marked once loaded). */
function Options({ names = [], loaded, value }: { names?: string[]; loaded: boolean; value: string }) {
  const { t } = useTranslation();
  const known = names.some((name) => name.toLowerCase() === value.toLowerCase());
  return (
    <>
      {!value && <option value="">—</option>}
      {value && !known && (
        <option value={value}>{loaded ? t('webhooks.mapping.unknownChoice', { name: value }) : value}</option>
      )}
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </>
  );
}

function DealStageRow({ id, row, index, provider, pipelines, errors, focus, onChange, onRemove }: {
  id: string;
  row: StageRow;
  index: number;
  provider: string;
  pipelines?: Pipeline[];
  errors: Record<string, string>;
  focus: boolean;
  onChange: (change: Partial<StageRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const at = { row: index + 1 };
  const error = (field: string) => errors[`dealStages[${index}].${field}`];
  const open = row.status === 'OPEN';
  const pipeline = pipelines && pipelineOf(pipelines, row.pipeline);
  const stages = activeStagesOf(pipeline);
  const defaultPipeline = pipelines?.find((p) => p.isDefault);
  // a won or lost deal keeps the stage it was in: only an open one is put in a stage
  const chooseStatus = (status: string) =>
    onChange(status === 'OPEN' ? { status } : { status, pipeline: '', stage: '' });
  const choosePipeline = (name: string) => {
    const next = pipelines && pipelineOf(pipelines, name);
    const kept = activeStagesOf(next).find((stage) => stage.toLowerCase() === row.stage.toLowerCase());
    onChange({ pipeline: name, stage: kept ?? '' });
  };
  return (
    <tr>
      <td>
        <Field id={`${id}-from`} error={error('from')}>
          {(described) => (
            <input {...described} aria-label={t('webhooks.mapping.stageFromOf', { provider, ...at })} required
              maxLength={255} spellCheck={false} autoFocus={focus} value={row.from}
              onChange={(event) => onChange({ from: event.target.value })} />
          )}
        </Field>
      </td>
      <td>
        <Field id={`${id}-status`} error={error('status')}>
          {(described) => (
            <select {...described} aria-label={t('webhooks.mapping.dealStatusOf', at)} value={row.status}
              onChange={(event) => chooseStatus(event.target.value)}>
              {DEAL_OUTCOMES.map((status) => (
                <option key={status} value={status}>
                  {t(`deal.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </td>
      <td>
        <Field id={`${id}-pipeline`} error={error('pipeline')}>
          {(described) => (
            <select {...described} aria-label={t('webhooks.mapping.pipelineOf', at)} disabled={!open}
              value={canonical((pipelines ?? []).map((p) => p.name), row.pipeline)}
              onChange={(event) => choosePipeline(event.target.value)}>
              <option value="">
                {defaultPipeline
                  ? t('webhooks.mapping.defaultPipelineNamed', { name: defaultPipeline.name })
                  : t('webhooks.mapping.defaultPipeline')}
              </option>
              {row.pipeline && !pipeline && (
                <option value={row.pipeline}>
                  {pipelines ? t('webhooks.mapping.unknownChoice', { name: row.pipeline }) : row.pipeline}
                </option>
              )}
              {(pipelines ?? []).map((p) => (
                <option key={p.id} value={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </td>
      <td>
        <Field id={`${id}-stage`} error={error('stage')}>
          {(described) => (
            <select {...described} aria-label={t('webhooks.mapping.stageOf', at)} disabled={!open} required={open}
              value={canonical(stages, row.stage)} onChange={(event) => onChange({ stage: event.target.value })}>
              <Options names={stages} loaded={!!pipeline} value={row.stage} />
            </select>
          )}
        </Field>
      </td>
      <td>
        <button type="button" onClick={onRemove}>
          {t('webhooks.mapping.removeDealStage', at)}
        </button>
      </td>
    </tr>
  );
}

function LeadStatusRow({ id, row, index, provider, errors, focus, onChange, onRemove }: {
  id: string;
  row: StatusRow;
  index: number;
  provider: string;
  errors: Record<string, string>;
  focus: boolean;
  onChange: (change: Partial<StatusRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const at = { row: index + 1 };
  const error = (field: string) => errors[`leadStatuses[${index}].${field}`];
  return (
    <tr>
      <td>
        <Field id={`${id}-from`} error={error('from')}>
          {(described) => (
            <input {...described} aria-label={t('webhooks.mapping.statusFromOf', { provider, ...at })} required
              maxLength={255} spellCheck={false} autoFocus={focus} value={row.from}
              onChange={(event) => onChange({ from: event.target.value })} />
          )}
        </Field>
      </td>
      <td>
        <Field id={`${id}-status`} error={error('status')}>
          {(described) => (
            <select {...described} aria-label={t('webhooks.mapping.leadStatusOf', at)} value={row.status}
              onChange={(event) => onChange({ status: event.target.value })}>
              {!(MAPPED_LEAD_STATUSES as readonly string[]).includes(row.status) && (
                <option value={row.status}>{row.status}</option>
              )}
              {MAPPED_LEAD_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`lead.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </td>
      <td>
        <button type="button" onClick={onRemove}>
          {t('webhooks.mapping.removeLeadStatus', at)}
        </button>
      </td>
    </tr>
  );
}
