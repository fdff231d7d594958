import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { MetricSelect } from './MetricSelect';
import { useFormat } from '../format';
import {
  kpiKey,
  treeKey,
  useKpi,
  useKpiVersions,
  useSmartCheck,
  type Kpi,
  type KpiRequest,
  type SmartCheck,
} from './useGoals';

/** One KPI: its definition and targets to edit, the SMART check following every keystroke, and its versions. */
export function KpiEditor() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const kpi = useKpi(id);
  if (kpi.isPending) {
    return <p>{t('common.loading')}</p>;
  }
  if (kpi.isError) {
    return <ErrorMessage error={kpi.error} onRetry={() => void kpi.refetch()} />;
  }
  return <Editor key={`${kpi.data.kpi.id}:${kpi.data.kpi.version}`} kpi={kpi.data.kpi} etag={kpi.data.etag} />;
}

/** What the form edits: the KPI's request, targets as text while typed. */
type Fields = Omit<KpiRequest, 'targets'> & { targets: { periodStart: string; value: string }[] };

function fieldsOf(kpi: Kpi): Fields {
  return {
    name: kpi.name,
    description: kpi.description ?? undefined,
    ownerId: kpi.ownerId,
    ownerTeamId: kpi.ownerTeamId,
    metricId: kpi.metricId,
    filters: kpi.filters,
    direction: kpi.direction,
    periodType: kpi.periodType,
    targets: kpi.targets.map((target) => ({ periodStart: target.periodStart, value: String(target.value) })),
    kgiId: kpi.kgiId,
    ksfId: kpi.ksfId,
    parentKpiId: kpi.parentKpiId,
    benchmarks: kpi.benchmarks,
    reviewCadence: kpi.reviewCadence,
  };
}

function requestOf(fields: Fields): KpiRequest {
  return {
    ...fields,
    description: fields.description || undefined,
    targets: fields.targets.map((target) => ({ periodStart: target.periodStart, value: Number(target.value) })),
  };
}

function Editor({ kpi, etag }: { kpi: Kpi; etag?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(kpi));
  const draft = useMemo(() => requestOf(fields), [fields]);
  const smart = useSmartCheck(draft);
  const save = useMutation({
    mutationFn: async () =>
      (
        await api.kpi.PUT('/api/kpi/kpis/{id}', {
          params: { path: { id: kpi.id }, header: etag ? { 'If-Match': etag } : undefined },
          body: draft,
        })
      ).data!,
    onSuccess: () =>
      Promise.all([
        queries.invalidateQueries({ queryKey: kpiKey(kpi.id) }),
        queries.invalidateQueries({ queryKey: treeKey }),
      ]),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  /** A target row for the period after the last one (or this month's first day, or the KPI's period type's). */
  const addPeriod = () => {
    const lengths: Record<string, number> = { MONTH: 1, QUARTER: 3, HALF: 6, FISCAL_YEAR: 12 };
    const months = lengths[fields.periodType ?? 'MONTH'] ?? 1;
    const last = fields.targets.at(-1)?.periodStart;
    const start = last ? new Date(`${last}T00:00:00Z`) : new Date();
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + (last ? months : 0), 1));
    setFields({ ...fields, targets: [...fields.targets, { periodStart: next.toISOString().slice(0, 10), value: '' }] });
  };
  const setTarget = (index: number, value: string) =>
    setFields({ ...fields, targets: fields.targets.map((target, i) => (i === index ? { ...target, value } : target)) });
  return (
    <section>
      <p>
        <Link to="/kpis">← {t('nav.kpis')}</Link>
      </p>
      <header className="page-header">
        <h1>{kpi.name}</h1>
        <span className="badge" data-testid="kpi-version">
          {t('goals.version', { version: kpi.version })}
        </span>
      </header>
      <div className="editor">
        <form className="stacked-form" aria-label={t('goals.edit')} onSubmit={submit}>
          <label>
            {t('goals.name')}
            <input required maxLength={200} value={fields.name}
              onChange={(event) => setFields({ ...fields, name: event.target.value })} />
          </label>
          <label>
            {t('goals.description')}
            <textarea maxLength={2000} value={fields.description ?? ''}
              onChange={(event) => setFields({ ...fields, description: event.target.value })} />
          </label>
          <label>
            {t('goals.metric')}
            <MetricSelect value={fields.metricId}
              onChange={(metricId) => setFields({ ...fields, metricId })} />
          </label>
          <table className="list" aria-label={t('goals.targets')}>
            <thead>
              <tr>
                <th>{t('goals.period')}</th>
                <th>{t('goals.target')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.targets.map((target, index) => (
                <tr key={target.periodStart}>
                  <td>{target.periodStart.slice(0, 7)}</td>
                  <td>
                    <input type="number" step="any" min={0} required aria-label={target.periodStart.slice(0, 7)}
                      value={target.value} onChange={(event) => setTarget(index, event.target.value)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={addPeriod}>
            {t('goals.addPeriod')}
          </button>
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('goals.save')}
          </button>
          {save.isError && <ErrorMessage error={save.error} />}
        </form>
        <SmartPanel check={smart.data} pending={smart.isFetching} />
      </div>
      <Versions id={kpi.id} />
    </section>
  );
}

function SmartPanel({ check, pending }: { check?: SmartCheck; pending: boolean }) {
  const { t } = useTranslation();
  return (
    <aside className="smart" aria-label={t('goals.smart')} aria-busy={pending}>
      <h2>{t('goals.smart')}</h2>
      <ul>
        {check?.criteria.map((result) => (
          <li key={result.criterion} className={`verdict ${result.verdict.toLowerCase()}`}
            data-testid={`smart-${result.criterion}`}>
            <strong>{t(`goals.criteria.${result.criterion}`)}</strong>{' '}
            <span className="badge">{t(`goals.verdicts.${result.verdict}`)}</span>
            <p>{result.explanation}</p>
          </li>
        ))}
      </ul>
      {check?.suggestedTarget && (
        <p className="muted" data-testid="suggested-target">
          {t('goals.suggested')} {check.suggestedTarget.working}
        </p>
      )}
    </aside>
  );
}

function Versions({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useKpiVersions(id);
  const [shown, setShown] = useState(5);
  return (
    <section aria-label={t('goals.versions')}>
      <h2>{t('goals.versions')}</h2>
      {versions.isError && <ErrorMessage error={versions.error} />}
      <ol className="timeline">
        {versions.data?.slice(0, shown).map((version) => (
          <li key={version.version}>
            {t('goals.version', { version: version.version })} ·{' '}
            <span className="muted">
              {format.dateTime(version.changedAt)} · {version.changedBy}
            </span>
          </li>
        ))}
      </ol>
      {versions.data && versions.data.length > shown && (
        <button type="button" onClick={() => setShown(shown + 20)}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
