import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useFormat } from '../format';
import { NewKgi, NewKpi } from './NewDefinitions';
import { treeKey, useDriverChecks, useTree, type DriverCheck, type KpiNode } from './useGoals';

/** The goal tree: KGI → KSF → KPI → sub-KPI, collapsible, with the starter templates to begin from. */
export function GoalTree() {
  const { t } = useTranslation();
  const tree = useTree();
  const session = useSession();
  const manages = session.roles.some((role) => role === 'admin' || role === 'manager');
  const checks = useDriverChecks();
  const format = useFormat();
  const checkOf = (id: string) => checks.data?.find((check) => check.nodeId === id);
  return (
    <section>
      <header className="page-header">
        <h1>{t('nav.kpis')}</h1>
      </header>
      <Templates />
      {manages && (
        <details className="define">
          <summary>{t('goals.define')}</summary>
          <NewKgi />
          <NewKpi />
        </details>
      )}
      {tree.isError && <ErrorMessage error={tree.error} onRetry={() => void tree.refetch()} />}
      {tree.data && tree.data.kgis.length === 0 && tree.data.unlinked.length === 0 && (
        <p className="muted">{t('goals.empty')}</p>
      )}
      <ul className="goal-tree" aria-label={t('goals.tree')}>
        {tree.data?.kgis.map(({ kgi, ksfs, kpis }) => (
          <li key={kgi.id}>
            <details open>
              <summary>
                <span className="badge">KGI</span> <strong>{kgi.name}</strong>{' '}
                <span className="muted">
                  {t('goals.target')} {format.number(kgi.target)} · {format.date(kgi.startsOn)} –{' '}
                  {format.date(kgi.deadline)}
                </span>
                <AddsUp check={checkOf(kgi.id)} />
              </summary>
              <ul>
                {ksfs.map(({ ksf, kpis: under }) => (
                  <li key={ksf.id}>
                    <details open>
                      <summary>
                        <span className="badge">KSF</span> {ksf.name}
                      </summary>
                      <KpiList nodes={under} />
                    </details>
                  </li>
                ))}
              </ul>
              <KpiList nodes={kpis} />
            </details>
          </li>
        ))}
      </ul>
      {tree.data && tree.data.unlinked.length > 0 && (
        <section aria-label={t('goals.unlinked')}>
          <h2>{t('goals.unlinked')}</h2>
          <KpiList nodes={tree.data.unlinked} />
        </section>
      )}
    </section>
  );
}

/** Whether the KPIs below a goal multiply or add up to its target, and by how much they fall short. */
function AddsUp({ check }: { check?: DriverCheck }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!check) {
    return null;
  }
  const short = check.shortfall > 0;
  return (
    <p className={short ? 'adds-up short' : 'adds-up'} data-testid="driver-check" title={check.formula}>
      {short
        ? t('goals.fallsShort', { derived: format.number(check.derived), shortfall: format.number(check.shortfall) })
        : t('goals.addsUp', { derived: format.number(check.derived) })}
    </p>
  );
}

function KpiList({ nodes }: { nodes: KpiNode[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (nodes.length === 0) {
    return null;
  }
  return (
    <ul>
      {nodes.map(({ kpi, subKpis }) => {
        const next = kpi.targets.find((target) => target.periodStart >= new Date().toISOString().slice(0, 8) + '01');
        return (
          <li key={kpi.id}>
            <span className="badge">KPI</span> <Link to={`/kpis/${kpi.id}`}>{kpi.name}</Link>{' '}
            {next && (
              <span className="muted">
                {t('goals.nextTarget', { value: format.number(next.value), period: format.date(next.periodStart) })}
              </span>
            )}
            <KpiList nodes={subKpis} />
          </li>
        );
      })}
    </ul>
  );
}

function Templates() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const session = useSession();
  const queries = useQueryClient();
  const templates = useQuery({
    queryKey: ['templates', i18n.resolvedLanguage],
    queryFn: async () => (await api.kpi.GET('/api/kpi/templates')).data!,
  });
  const apply = useMutation({
    mutationFn: async (id: string) =>
      (await api.kpi.POST('/api/kpi/templates/{id}/apply', { params: { path: { id }, query: {} } })).data,
    onSuccess: () => queries.invalidateQueries({ queryKey: treeKey }),
  });
  if (!session.roles.some((role) => role === 'admin' || role === 'manager')) {
    return null;
  }
  return (
    <section aria-label={t('goals.templates')} className="templates">
      <h2>{t('goals.templates')}</h2>
      {templates.data?.map((template) => (
        <article key={template.id} aria-label={template.name} className="card">
          <h3>{template.name}</h3>
          <p className="muted">{template.description}</p>
          <p>
            {template.kgi} → {template.kpis.join('・')}
          </p>
          <button type="button" onClick={() => apply.mutate(template.id)} disabled={apply.isPending}>
            {t('goals.apply')}
          </button>
        </article>
      ))}
      {apply.isError && <ErrorMessage error={apply.error} />}
    </section>
  );
}
