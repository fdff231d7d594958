import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../errors/ErrorMessage';
import { useMetrics, useTree } from '../goals/useGoals';
import { groupByKgi } from './grouping';
import { KgiCard } from './KgiCard';
import { KpiCard } from './KpiCard';
import { useKgiProgressList, useProgressList, useTenantSettings } from './useProgress';

/**
 * Every KPI's card, under the KGI it serves (from the goal tree), with the KPIs serving none last. Each KGI's group
 * opens with the KGI's own card: the goal the KPIs below drive. Should the KGIs' progress fail, the KPIs still show.
 */
export function KpiBoard() {
  const { t } = useTranslation();
  const progress = useProgressList();
  const kgiProgress = useKgiProgressList();
  const tree = useTree();
  const metrics = useMetrics();
  const settings = useTenantSettings();
  const failed = [progress, tree, metrics, settings].find((query) => query.isError);
  if (failed) {
    return <ErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />;
  }
  if (!progress.data || !tree.data || !metrics.data || !settings.data || kgiProgress.isPending) {
    return <p className="muted">{t('common.loading')}</p>;
  }
  if (progress.data.length === 0) {
    return (
      <div className="empty-state" data-testid="kpi-empty">
        <p>{t('progress.empty')}</p>
        <Link to="/kpis">{t('progress.define')}</Link>
      </div>
    );
  }
  const metricOf = (id: string | null) => metrics.data.find((metric) => metric.id === id);
  const kgiProgressOf = (id: string) => kgiProgress.data?.find((entry) => entry.kgiId === id);
  return (
    <>
      {kgiProgress.isError && (
        <ErrorMessage error={kgiProgress.error} onRetry={() => void kgiProgress.refetch()} />
      )}
      {groupByKgi(tree.data, progress.data).map(({ kgi, entries }) => {
        const title = kgi?.name ?? t('progress.otherKpis');
        const goal = kgi ? kgiProgressOf(kgi.id) : undefined;
        return (
          <section key={kgi?.id ?? 'other'} className="kpi-group" aria-label={title}>
            {kgi ? (
              <KgiCard kgi={kgi} progress={goal} metric={metricOf(goal ? goal.metricId : kgi.metricId)}
                currency={settings.data.currency} />
            ) : (
              <h2>{title}</h2>
            )}
            <div className="cards">
              {entries.map(({ progress: entry, definition }) => (
                <KpiCard key={entry.kpiId} progress={entry} definition={definition} metric={metricOf(entry.metricId)}
                  currency={settings.data.currency} timeZone={settings.data.timeZone} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
