import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { MetricSelect } from './MetricSelect';
import { treeKey, useTree } from './useGoals';

/** Where a new KPI hangs: nowhere yet, a KGI, a KSF or another KPI (as "kind:id"). */
type Parent = '' | `${'kgi' | 'ksf' | 'kpi'}:${string}`;

/** Defines a KPI under any goal of the tree, owned by the caller, and opens it to set its targets. */
export function NewKpi() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const navigate = useNavigate();
  const tree = useTree();
  const [name, setName] = useState('');
  const [metricId, setMetricId] = useState('leads.new');
  const [periodType, setPeriodType] = useState<'MONTH' | 'QUARTER' | 'HALF' | 'FISCAL_YEAR'>('MONTH');
  const [parent, setParent] = useState<Parent>('');
  const create = useMutation({
    mutationFn: async () => {
      const [kind, id] = parent.split(':');
      return (
        await api.kpi.POST('/api/kpi/kpis', {
          body: {
            name, metricId, periodType, ownerId: session.userId,
            kgiId: kind === 'kgi' ? id : undefined,
            ksfId: kind === 'ksf' ? id : undefined,
            parentKpiId: kind === 'kpi' ? id : undefined,
          },
        })
      ).data!;
    },
    onSuccess: (kpi) => void navigate(`/kpis/${kpi.id}`),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const parents: { value: Parent; label: string }[] = [];
  tree.data?.kgis.forEach(({ kgi, ksfs, kpis }) => {
    parents.push({ value: `kgi:${kgi.id}`, label: `KGI ${kgi.name}` });
    ksfs.forEach(({ ksf, kpis: under }) => {
      parents.push({ value: `ksf:${ksf.id}`, label: `　KSF ${ksf.name}` });
      under.forEach(({ kpi }) => parents.push({ value: `kpi:${kpi.id}`, label: `　　KPI ${kpi.name}` }));
    });
    kpis.forEach(({ kpi }) => parents.push({ value: `kpi:${kpi.id}`, label: `　KPI ${kpi.name}` }));
  });
  return (
    <form className="inline-form" aria-label={t('goals.newKpi')} onSubmit={submit}>
      <label>
        {t('goals.name')}
        <input required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        {t('goals.metric')}
        <MetricSelect value={metricId} onChange={setMetricId} />
      </label>
      <label>
        {t('goals.periodType')}
        <select value={periodType} onChange={(event) => setPeriodType(event.target.value as typeof periodType)}>
          {(['MONTH', 'QUARTER', 'HALF', 'FISCAL_YEAR'] as const).map((type) => (
            <option key={type} value={type}>
              {t(`goals.periods.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('goals.parent')}
        <select value={parent} onChange={(event) => setParent(event.target.value as Parent)}>
          <option value="">{t('goals.noParent')}</option>
          {parents.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('goals.newKpi')}
      </button>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}

/** Defines a KGI over a span, bound to a metric, owned by the caller. */
export function NewKgi() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const queries = useQueryClient();
  const [fields, setFields] = useState({
    name: '', metricId: 'deals.won.amount', target: '', startsOn: '', deadline: '',
  });
  const create = useMutation({
    mutationFn: async () =>
      api.kpi.POST('/api/kpi/kgis', {
        body: { ...fields, target: Number(fields.target), ownerId: session.userId },
      }),
    onSuccess: () => {
      setFields({ ...fields, name: '', target: '' });
      return queries.invalidateQueries({ queryKey: treeKey });
    },
  });
  const input = (name: 'name' | 'target' | 'startsOn' | 'deadline', type: string) => (
    <label>
      {t(`goals.kgiFields.${name}`)}
      <input type={type} step="any" required value={fields[name]}
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })} />
    </label>
  );
  return (
    <form className="inline-form" aria-label={t('goals.newKgi')}
      onSubmit={(event) => { event.preventDefault(); create.mutate(); }}>
      {input('name', 'text')}
      <label>
        {t('goals.metric')}
        <MetricSelect value={fields.metricId}
          onChange={(metricId) => setFields({ ...fields, metricId })} />
      </label>
      {input('target', 'number')}
      {input('startsOn', 'date')}
      {input('deadline', 'date')}
      <button type="submit" disabled={create.isPending}>
        {t('goals.newKgi')}
      </button>
      {create.isError && <ErrorMessage error={create.error} />}
    </form>
  );
}
