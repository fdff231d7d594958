import type { components as analytics } from '../../api/generated/analytics';
import type { components as kpi } from '../../api/generated/kpi';

type MetricPoint = analytics['schemas']['MetricPoint'];
type PeriodType = analytics['schemas']['PeriodType'];
type MetricKind = kpi['schemas']['Kind1'];

/** A day (YYYY-MM-DD, a local day of the tenant) and the value plotted for it. */
export interface DayValue {
  day: string;
  value: number | null;
}

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (`to` exclusive, so [2026-11-01, 2026-12-01) has 30). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export function addMonths(day: string, months: number): string {
  const date = new Date(utc(day));
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

const MONTHS: Record<PeriodType, number> = { MONTH: 1, QUARTER: 3, HALF: 6, FISCAL_YEAR: 12 };

/** First day of the period before the one starting on `periodStart` (periods are whole, fiscal-aligned months). */
export function previousPeriodStart(periodStart: string, periodType: PeriodType): string {
  return addMonths(periodStart, -MONTHS[periodType]);
}

/** Today in the tenant's time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Counts and sums add up over a period; ratios, averages and snapshots do not. */
export const isCumulative = (kind: MetricKind | undefined) => kind === 'COUNT' || kind === 'SUM';

/**
 * One value per day from a daily series: the running total for a count or sum (a day without a value adds nothing),
 * the day's own value otherwise (null stays null: no value that day).
 */
export function dailyValues(points: MetricPoint[], cumulative: boolean): DayValue[] {
  let total = 0;
  return points.map(({ from, value }) => {
    if (!cumulative) {
      return { day: from, value };
    }
    total += value ?? 0;
    return { day: from, value: total };
  });
}

/** Whether a day is a working day: Monday to Friday, and not one of the tenant's days off. */
export function isWorkingDay(day: string, daysOff: ReadonlySet<string>): boolean {
  const weekday = new Date(utc(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !daysOff.has(day);
}

/**
 * The pace through the end of each day of [from, to): target × working days elapsed ÷ working days of the period, as
 * METRICS.md defines `expected`. The working days come from the tenant's days off when they are known and agree with
 * the server's count (`workingDays`); otherwise (the calendar could not be read, or disagrees) the pace is
 * approximated by calendar days: target × days elapsed ÷ days of the period.
 */
export function paceLine(
  from: string,
  to: string,
  target: number,
  workingDays: number,
  daysOff: ReadonlySet<string> | undefined,
): DayValue[] {
  const days = Array.from({ length: daysBetween(from, to) }, (_, i) => addDays(from, i));
  const working = daysOff ? days.map((day) => isWorkingDay(day, daysOff)) : [];
  const byWorkingDays = daysOff !== undefined && workingDays > 0
    && working.filter(Boolean).length === workingDays;
  let elapsed = 0;
  return days.map((day, i) => {
    if (byWorkingDays) {
      elapsed += working[i] ? 1 : 0;
      return { day, value: (target * elapsed) / workingDays };
    }
    return { day, value: (target * (i + 1)) / days.length };
  });
}
