import type { components } from '../../api/generated/kpi';
import type { Kpi, KpiNode } from '../goals/useGoals';
import type { KpiProgress } from './useProgress';

type GoalTree = components['schemas']['GoalTree'];
type Kgi = components['schemas']['Kgi'];

/** A KPI's progress with its definition from the goal tree (filters, parents), when the tree has it. */
export interface KpiEntry {
  progress: KpiProgress;
  definition?: Kpi;
}

/** The KPIs serving one KGI (through a KSF, directly, or as sub-KPIs), or those serving none (`kgi` null). */
export interface KpiGroup {
  kgi: Kgi | null;
  entries: KpiEntry[];
}

/**
 * Groups progress by KGI, in the goal tree's order: a KPI belongs to the KGI above it, however deep; KPIs under no
 * KGI, and any the tree does not know (yet), form the last group. Groups without progress are left out.
 */
export function groupByKgi(tree: GoalTree | undefined, progress: KpiProgress[]): KpiGroup[] {
  const byId = new Map(progress.map((entry) => [entry.kpiId, entry]));
  const placed = new Set<string>();
  const entriesOf = (nodes: KpiNode[]): KpiEntry[] =>
    flatten(nodes).flatMap((definition) => {
      const entry = byId.get(definition.id);
      if (!entry || placed.has(definition.id)) {
        return [];
      }
      placed.add(definition.id);
      return [{ progress: entry, definition }];
    });
  const groups: KpiGroup[] = (tree?.kgis ?? []).map(({ kgi, ksfs, kpis }) => ({
    kgi,
    entries: [...ksfs.flatMap((ksf) => entriesOf(ksf.kpis)), ...entriesOf(kpis)],
  }));
  const others = [
    ...entriesOf(tree?.unlinked ?? []),
    ...progress.filter((entry) => !placed.has(entry.kpiId)).map((entry) => ({ progress: entry })),
  ];
  return [...groups, { kgi: null, entries: others }].filter((group) => group.entries.length > 0);
}

/** A KPI and its sub-KPIs, parents first. */
function flatten(nodes: KpiNode[]): Kpi[] {
  return nodes.flatMap((node) => [node.kpi, ...flatten(node.subKpis)]);
}
