import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { components } from '../../api/generated/kpi';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';

type Objective = components['schemas']['Objective'];
type KeyResult = components['schemas']['KeyResult'];

const OKRS = ['objectives'] as const;

/** OKRs beside the KPIs: each objective with its key results, their scores and confidence, and check-ins. */
export function OkrBoard() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const objectives = useQuery({
    queryKey: OKRS,
    queryFn: async () => (await api.kpi.GET('/api/kpi/objectives')).data!,
  });
  const manages = session.roles.some((role) => role === 'admin' || role === 'manager');
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.okrs')}</h1>
      </header>
      <p className="muted">{t('okrs.intro')}</p>
      {manages && <NewObjective />}
      {objectives.isError && <ErrorMessage error={objectives.error} onRetry={() => void objectives.refetch()} />}
      {objectives.data?.length === 0 && <p className="muted">{t('okrs.empty')}</p>}
      <div className="okr-board">
        {objectives.data?.map((objective) => (
          <ObjectiveCard key={objective.id} objective={objective} manages={manages} />
        ))}
      </div>
    </section>
  );
}

function ObjectiveCard({ objective, manages }: { objective: Objective; manages: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="card objective" aria-label={objective.title}>
      <h2>{objective.title}</h2>
      <p className="muted">
        {format.date(objective.periodStart)} – {format.date(objective.periodEnd)}
      </p>
      <Score label={t('okrs.score')} value={objective.score} />
      <ul className="key-results">
        {objective.keyResults.map((keyResult) => (
          <KeyResultRow key={keyResult.id} keyResult={keyResult} manages={manages} />
        ))}
      </ul>
      {manages && <NewKeyResult objectiveId={objective.id} />}
    </article>
  );
}

function Score({ label, value }: { label: string; value: number | null }) {
  return (
    <div className="score" aria-label={label}>
      <progress max={1} value={value ?? 0} />
      <span>{value === null ? '—' : value.toFixed(2)}</span>
    </div>
  );
}

function KeyResultRow({ keyResult, manages }: { keyResult: KeyResult; manages: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const mayCheckIn = manages || session.userId === keyResult.ownerId;
  return (
    <li aria-label={keyResult.title}>
      <strong>{keyResult.title}</strong>
      <Score label={t('okrs.score')} value={keyResult.score} />
      <span className="muted">
        {t('okrs.progress', {
          current: format.number(keyResult.currentValue),
          target: format.number(keyResult.targetValue),
          confidence: keyResult.confidence,
        })}
      </span>{' '}
      {mayCheckIn && (
        <button type="button" onClick={() => setOpen(!open)}>
          {t('okrs.checkIn')}
        </button>
      )}
      {open && <CheckIn keyResult={keyResult} onDone={() => setOpen(false)} />}
    </li>
  );
}

function CheckIn({ keyResult, onDone }: { keyResult: KeyResult; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [value, setValue] = useState(String(keyResult.currentValue));
  const [confidence, setConfidence] = useState(String(keyResult.confidence));
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: async () =>
      api.kpi.POST('/api/kpi/key-results/{id}/check-ins', {
        params: { path: { id: keyResult.id } },
        body: { value: Number(value), confidence: Number(confidence), note: note || undefined },
      }),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: OKRS });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="inline-form" aria-label={t('okrs.checkIn')} onSubmit={submit}>
      <label>
        {t('okrs.value')}
        <input type="number" step="any" required value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      <label>
        {t('okrs.confidence')}
        <input type="number" min={0} max={10} required value={confidence}
          onChange={(event) => setConfidence(event.target.value)} />
      </label>
      <label>
        {t('okrs.note')}
        <input maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={save.isPending}>
        {t('okrs.save')}
      </button>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}

function NewObjective() {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [fields, setFields] = useState({ title: '', periodStart: '', periodEnd: '' });
  const create = useMutation({
    mutationFn: async () => api.kpi.POST('/api/kpi/objectives', { body: fields }),
    onSuccess: () => {
      setFields({ title: '', periodStart: '', periodEnd: '' });
      return queries.invalidateQueries({ queryKey: OKRS });
    },
  });
  const field = (name: keyof typeof fields, type: string) => (
    <label>
      {t(`okrs.${name}`)}
      <input type={type} required value={fields[name]}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })} />
    </label>
  );
  return (
    <form className="inline-form" aria-label={t('okrs.newObjective')}
      onSubmit={(event) => { event.preventDefault(); create.mutate(); }}>
      {field('title', 'text')}
      {field('periodStart', 'date')}
      {field('periodEnd', 'date')}
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('okrs.newObjective')}
      </button>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}

function NewKeyResult({ objectiveId }: { objectiveId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [fields, setFields] = useState({ title: '', startValue: '0', targetValue: '' });
  const add = useMutation({
    mutationFn: async () =>
      api.kpi.POST('/api/kpi/objectives/{id}/key-results', {
        params: { path: { id: objectiveId } },
        body: { title: fields.title, startValue: Number(fields.startValue), targetValue: Number(fields.targetValue) },
      }),
    onSuccess: () => {
      setFields({ title: '', startValue: '0', targetValue: '' });
      return queries.invalidateQueries({ queryKey: OKRS });
    },
  });
  return (
    <form className="inline-form" aria-label={t('okrs.newKeyResult')}
      onSubmit={(event) => { event.preventDefault(); add.mutate(); }}>
      <label>
        {t('okrs.keyResult')}
        <input required maxLength={200} value={fields.title}
          onChange={(event) => setFields({ ...fields, title: event.target.value })} />
      </label>
      <label>
        {t('okrs.start')}
        <input type="number" step="any" required value={fields.startValue}
          onChange={(event) => setFields({ ...fields, startValue: event.target.value })} />
      </label>
      <label>
        {t('okrs.target')}
        <input type="number" step="any" required value={fields.targetValue}
          onChange={(event) => setFields({ ...fields, targetValue: event.target.value })} />
      </label>
      <button type="submit" disabled={add.isPending}>
        {t('okrs.add')}
      </button>
      {add.isError && <ErrorMessage error={add.error} />}
    </form>
  );
}
