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
