import { aKgi, aKpi, aProgress } from '../../testing/kpis';
import { groupByKgi } from './grouping';
import { addDays, dailyValues, daysBetween, paceLine, previousPeriodStart, todayIn } from './series';

const NOVEMBER_HOLIDAYS = new Set(['2026-11-03', '2026-11-23']);

describe('series', () => {
  it('adds up a count day by day, and keeps a ratio\'s own daily values and gaps', () => {
    const points = [
      { from: '2026-11-01', to: '2026-11-02', value: 2 },
      { from: '2026-11-02', to: '2026-11-03', value: null },
      { from: '2026-11-03', to: '2026-11-04', value: 3 },
    ];
    expect(dailyValues(points, true).map((point) => point.value)).toEqual([2, 2, 5]);
    expect(dailyValues(points, false).map((point) => point.value)).toEqual([2, null, 3]);
  });

  it('paces the target over working days: flat on weekends and holidays, at `expected` today', () => {
    const pace = paceLine('2026-11-01', '2026-12-01', 20, 19, NOVEMBER_HOLIDAYS);

    expect(pace).toHaveLength(30);
    expect(pace[0]).toEqual({ day: '2026-11-01', value: 0 }); // a Sunday
    expect(pace[2].value).toBeCloseTo(20 / 19); // Tuesday the 3rd is Culture Day
    expect(pace[17].value).toBeCloseTo((20 * 12) / 19); // the 18th: 12 of 19 working days
    expect(pace[29].value).toBeCloseTo(20);
  });

  it('falls back to calendar days when the days off are unknown or disagree with the server\'s working days', () => {
    expect(paceLine('2026-11-01', '2026-12-01', 30, 19, undefined)[17].value).toBeCloseTo(18);
    expect(paceLine('2026-11-01', '2026-12-01', 30, 19, new Set())[17].value).toBeCloseTo(18);
  });

  it('counts days with the end exclusive, finds the previous period and today in the tenant\'s zone', () => {
    expect(daysBetween('2026-11-01', '2026-12-01')).toBe(30);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(previousPeriodStart('2026-04-01', 'QUARTER')).toBe('2026-01-01');
    expect(previousPeriodStart('2026-04-01', 'FISCAL_YEAR')).toBe('2025-04-01');
    expect(todayIn('Asia/Tokyo', new Date('2026-11-17T16:00:00Z'))).toBe('2026-11-18');
    expect(todayIn('UTC', new Date('2026-11-17T16:00:00Z'))).toBe('2026-11-17');
  });
});

describe('groupByKgi', () => {
  it('puts sub-KPIs with their KGI and keeps progress the tree does not know among the others', () => {
    const parent = { kpi: aKpi('k1', 'parent', 'deals.won.count'), subKpis: [
      { kpi: aKpi('k2', 'child', 'deals.won.count'), subKpis: [] },
    ] };
    const tree = {
      kgis: [{ kgi: aKgi('g1', 'KGI'), ksfs: [], kpis: [parent] }],
      unlinked: [],
    } as unknown as Parameters<typeof groupByKgi>[0];
    const progress = ['k3', 'k2', 'k1'].map((kpiId) => aProgress({ kpiId }));

    const groups = groupByKgi(tree, progress);

    expect(groups.map((group) => [group.kgi?.id ?? null, group.entries.map((entry) => entry.progress.kpiId)]))
      .toEqual([['g1', ['k1', 'k2']], [null, ['k3']]]);
    expect(groups[0].entries[1].definition?.name).toBe('child');
  });
});
