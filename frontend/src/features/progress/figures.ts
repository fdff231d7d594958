import { useTranslation } from 'react-i18next';
import type { components } from '../../api/generated/kpi';

export type Unit = components['schemas']['Unit'];

/** A figure as text, "—" when it has no value (a ratio with nothing to divide by is not 0). */
export type FigureFormat = (value: number | null | undefined) => string;

/**
 * Figures in a metric's unit for the reader's language, through Intl: money in the tenant currency, rates (fractions)
 * as percentages, days as days, counts as numbers. `compact` shortens large numbers for chart axes.
 */
export function useFigureFormat(unit: Unit | undefined, currency: string | undefined, compact = false): FigureFormat {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const format = new Intl.NumberFormat(locale, figureOptions(unit, currency, compact));
  return (value) => (value == null ? '—' : format.format(value));
}

/** Attainment (a fraction, 1 = 100 %) as a whole percentage. */
export function usePercentFormat(): FigureFormat {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { style: 'percent', maximumFractionDigits: 0 });
  return (value) => (value == null ? '—' : format.format(value));
}

function figureOptions(
  unit: Unit | undefined,
  currency: string | undefined,
  compact: boolean,
): Intl.NumberFormatOptions {
  const shorten: Intl.NumberFormatOptions = compact ? { notation: 'compact', maximumFractionDigits: 1 } : {};
  switch (unit) {
    case 'MONEY':
      return currency ? { style: 'currency', currency, ...shorten } : { maximumFractionDigits: 0, ...shorten };
    case 'RATE':
      return { style: 'percent', maximumFractionDigits: 1 };
    case 'DAYS':
      return { style: 'unit', unit: 'day', unitDisplay: compact ? 'narrow' : 'long', maximumFractionDigits: 1 };
    default:
      return { maximumFractionDigits: 1, ...shorten };
  }
}

/** The unit of what each record behind a figure adds: to its numerator (or only set) and to a ratio's denominator. */
export interface RecordUnits {
  numerator: Unit;
  denominator: Unit;
}

/**
 * What the records behind a metric's figure add up to (METRICS.md). A count's or sum's records add its own unit. A
 * ratio's sets mostly count records (win rate, conversion, retention, churn and upsell rates: 1 each), except the
 * average deal size (amounts ÷ deals), the sales cycle (days ÷ deals) and the MRR ratios (MRR ÷ MRR).
 */
export function recordUnits(metric: { id: string; kind: string; unit: Unit }): RecordUnits {
  switch (metric.id) {
    case 'deals.avg_size':
      return { numerator: 'MONEY', denominator: 'COUNT' };
    case 'deals.cycle_days':
      return { numerator: 'DAYS', denominator: 'COUNT' };
    case 'revenue.nrr':
    case 'revenue.churn_rate':
      return { numerator: 'MONEY', denominator: 'MONEY' };
  }
  if (metric.kind === 'RATIO') {
    return { numerator: 'COUNT', denominator: 'COUNT' };
  }
  return { numerator: metric.unit, denominator: 'COUNT' };
}
