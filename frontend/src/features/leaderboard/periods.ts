import { addMonths } from '../progress/series';

/** The periods a leaderboard offers, relative to today. */
export const PERIODS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisFiscalYear'] as const;
export type PeriodChoice = (typeof PERIODS)[number];

/** A period of local days: `from` inclusive, `to` exclusive (the day after the last), as the APIs take them. */
export interface Period {
  from: string;
  to: string;
}

/**
 * The period a choice means on `today` (a local day of the tenant, YYYY-MM-DD). Quarters and fiscal years are
 * fiscal-aligned by the tenant's fiscal year start month (METRICS.md): with April, the quarters start in April, July,
 * October and January, and the fiscal year of 2026-11-18 is [2026-04-01, 2027-04-01).
 */
export function periodOf(choice: PeriodChoice, today: string, fiscalYearStartMonth: number): Period {
  const month = `${today.slice(0, 7)}-01`;
  const intoFiscalYear = (Number(today.slice(5, 7)) - fiscalYearStartMonth + 12) % 12;
  const span = (from: string, months: number) => ({ from, to: addMonths(from, months) });
  switch (choice) {
    case 'thisMonth':
      return span(month, 1);
    case 'lastMonth':
      return span(addMonths(month, -1), 1);
    case 'thisQuarter':
      return span(addMonths(month, -(intoFiscalYear % 3)), 3);
    case 'thisFiscalYear':
      return span(addMonths(month, -intoFiscalYear), 12);
  }
}
