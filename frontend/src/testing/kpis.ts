import type { KgiProgress, KpiProgress } from '../features/progress/useProgress';
import { json, urlOf } from './render';

/**
 * A KPI's progress in November 2026 (Asia/Tokyo): 19 working days (3 and 23 November are holidays), 12 of them gone by
 * the 18th; 9 deals won against 20, pace 12.63, forecast 15 (12–18): at risk.
 */
export function aProgress(overrides: Partial<KpiProgress> = {}): KpiProgress {
  return {
    kpiId: 'k1',
    name: '月間受注件数',
    ownerId: null,
    ownerTeamId: null,
    filters: { ownerId: null, teamId: null, source: null, pipelineId: null, activityType: null },
    metricId: 'deals.won.count',
    direction: 'HIGHER',
    periodType: 'MONTH',
    periodStart: '2026-11-01',
    periodEnd: '2026-12-01',
    actual: 9,
    target: 20,
    attainment: 0.45,
    expected: (20 * 12) / 19,
    forecast: 15,
    forecastLow: 12,
    forecastHigh: 18,
    status: 'AT_RISK',
    workingDays: 19,
    elapsedWorkingDays: 12,
    provisional: false,
    leftOut: 0,
    ...overrides,
  };
}

/**
 * A revenue KGI's progress over fiscal 2026 (April 2026 to its deadline, 31 March 2027): 160 of 243 working days gone;
 * ¥45,000,000 won against ¥120,000,000, pace ¥79,012,346, forecast ¥68,000,000 (¥60,000,000–¥76,000,000): off track.
 */
export function aKgiProgress(overrides: Partial<KgiProgress> = {}): KgiProgress {
  return {
    kgiId: 'g1',
    name: '年間売上目標',
    metricId: 'deals.won.amount',
    direction: 'HIGHER',
    periodStart: '2026-04-01',
    periodEnd: '2027-04-01',
    actual: 45000000,
    baseline: null,
    target: 120000000,
    attainment: 0.375,
    expected: (120000000 * 160) / 243,
    forecast: 68000000,
    forecastLow: 60000000,
    forecastHigh: 76000000,
    status: 'OFF_TRACK',
    workingDays: 243,
    elapsedWorkingDays: 160,
    leftOut: 0,
    ...overrides,
  };
}

/** 18 November 2026, noon in Tokyo: the 18th day of the fixtures' period. */
export const NOW = new Date('2026-11-18T03:00:00Z');

export const HOLIDAYS_2026 = [
  { date: '2026-11-03', name: '文化の日', nameEn: 'Culture Day', national: true },
  { date: '2026-11-23', name: '勤労感謝の日', nameEn: 'Labor Thanksgiving Day', national: true },
];

export const METRICS = [
  metric('deals.won.count', 'Deals won', '受注件数', 'COUNT', 'COUNT'),
  metric('deals.won.amount', 'Revenue', '売上', 'SUM', 'MONEY'),
  metric('deals.win_rate', 'Win rate', '受注率', 'RATIO', 'RATE'),
  metric('deals.cycle_days', 'Sales cycle', '営業サイクル', 'RATIO', 'DAYS'),
  metric('deals.avg_size', 'Average deal size', '平均受注単価', 'RATIO', 'MONEY'),
  metric('customers.ltv', 'Lifetime value', '顧客生涯価値 (LTV)', 'RATIO', 'MONEY'),
];

function metric(id: string, name: string, nameJa: string, kind: string, unit: string) {
  return { id, name, nameJa, kind, unit, direction: 'HIGHER', filters: [], maximum: null, source: 'deals' };
}

export const SETTINGS = {
  timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4, currency: 'JPY', grossMarginPercent: 100,
  leadConversionWindowDays: 90, nationalHolidays: 'JP', exchangeRates: [], daysOff: [], version: 0,
};

/** The tenant's users as crm-service lists them (u-gone owns records but is no longer known by name). */
export const USERS = [
  { id: 'u-sato', username: 'acme-rep', displayName: '佐藤 花子', email: null, active: true },
  { id: 'u-ito', username: 'acme-rep-2', displayName: 'Kenta Ito', email: null, active: true },
  { id: 'u-mori', username: 'acme-manager', displayName: '森 大輔', email: null, active: true },
];

export const TEAMS = [
  { id: 'team-east', name: '東日本営業部', managerId: 'u-mori', memberIds: ['u-sato'], createdAt: '', updatedAt: '',
    version: 0 },
  { id: 'team-west', name: '西日本営業部', managerId: 'u-mori', memberIds: ['u-ito'], createdAt: '', updatedAt: '',
    version: 0 },
];

/** A record behind a figure: by default a deal of 佐藤 won on 5 November (Tokyo), counted once. */
export function aRecord(id: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'DEAL', id, at: '2026-11-04T16:30:00Z', on: null, ownerId: 'u-sato', amount: null, currency: null, value: 1,
    ...overrides,
  };
}

/** A set of records as the drill-down lists it: their number and sum, all of them listed unless `total` says more. */
export function aRecordSet(records: { value: number | null }[], total = records.length, sum?: number) {
  return {
    total, truncated: total > records.length, records,
    sum: sum ?? records.reduce((all, record) => all + (record.value ?? 0), 0),
  };
}

/** What the records endpoint answers for November 2026. */
export function theRecords(metric: string, value: number | null, numerator: unknown, denominator: unknown = null) {
  return { metric, from: '2026-11-01', to: '2026-12-01', timeZone: 'Asia/Tokyo', value, numerator, denominator };
}

/** What the leaderboard endpoint answers for November 2026. */
export function aLeaderboard(metric: string, by: 'OWNER' | 'TEAM', entries: [number, string, number | null][]) {
  return {
    metric, from: '2026-11-01', to: '2026-12-01', timeZone: 'Asia/Tokyo', by,
    entries: entries.map(([rank, key, value]) => ({ rank, key, value })),
  };
}

/** A KPI definition as the goal tree holds it. */
export function aKpi(id: string, name: string, metricId: string, filters: Record<string, string> = {}) {
  return {
    id, name, description: null, ownerId: null, ownerTeamId: null, metricId, filters, direction: 'HIGHER',
    periodType: 'MONTH', targets: [], kgiId: null, ksfId: null, parentKpiId: null, benchmarks: [],
    reviewCadence: 'MONTHLY', createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z', version: 0,
  };
}

/** A KGI as the goal tree holds it: by default fiscal 2026's revenue goal of ¥120,000,000. */
export const aKgi = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  id, name, description: null, metricId: 'deals.won.amount', unit: null, direction: 'HIGHER', baseline: null,
  target: 120000000, currentValue: null, startsOn: '2026-04-01', deadline: '2027-03-31', ownerId: null,
  createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z', version: 0, ...overrides,
});

/** A daily series from `from` to `to`: by default a deal won every other day, starting on the first. */
export function aSeries(from: string, to: string, value = (i: number) => (i % 2 === 0 ? 1 : 0)) {
  const points = [];
  for (let day = from, i = 0; day < to; i++) {
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    points.push({ from: day, to: next, value: value(i) });
    day = next;
  }
  return { metric: 'deals.won.count', from, to, timeZone: 'Asia/Tokyo', bucket: 'DAY', points };
}

/** An SSE response the test writes to as it goes. */
export function liveStream() {
  let write: (text: string) => void = () => undefined;
  const response = () =>
    new Response(new ReadableStream<Uint8Array>({
      start: (controller) => {
        write = (text) => controller.enqueue(new TextEncoder().encode(text));
      },
    }), { headers: { 'Content-Type': 'text/event-stream' } });
  return { response, send: (text: string) => write(text) };
}

/**
 * A fake of the gateway for the progress screens: answers from `answers` by path (a function gets the URL), the
 * catalogue, settings, holidays, users and teams by default, the live stream from `stream`; records every request's
 * path and query.
 */
export function fakeGateway(answers: Record<string, unknown>, stream: () => Response) {
  const calls: URL[] = [];
  const defaults: Record<string, unknown> = {
    '/api/kpi/metrics': METRICS,
    '/api/kpi/settings': SETTINGS,
    '/api/kpi/settings/holidays': (url: URL) => (url.searchParams.get('year') === '2026' ? HOLIDAYS_2026 : []),
    '/api/crm/teams/users': USERS,
    '/api/crm/teams': TEAMS,
  };
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(urlOf(input), window.location.origin);
    calls.push(url);
    if (url.pathname === '/api/analytics/stream') {
      return stream();
    }
    const answer = answers[url.pathname] ?? defaults[url.pathname];
    if (answer === undefined) {
      return json({ status: 404, title: 'Not Found', detail: `No fake for ${url.pathname}` }, 404,
        'application/problem+json');
    }
    const body = typeof answer === 'function' ? (answer as (url: URL) => unknown)(url) : answer;
    return body instanceof Response ? body : json(body);
  };
  return { fetch, calls: (path: string) => calls.filter((url) => url.pathname === path) };
}
