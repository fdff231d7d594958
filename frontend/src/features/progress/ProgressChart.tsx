import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import type { FigureFormat } from './figures';
import { lastDay } from './KpiCard';
import { daysBetween, paceLine, type DayValue } from './series';
import type { KpiProgress } from './useProgress';

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 64;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 28;

/**
 * A KPI's period as a chart: the actual day by day (the running total for counts and sums) up to today, the target
 * as a horizontal line, the pace (where a cumulative actual should be each day to reach the target evenly over the
 * working days; approximated by calendar days when the tenant's days off are not known, see `paceLine`) and the
 * forecast at the period's end with its 80 % interval. An image for assistive technology, with a description of where
 * the KPI stands.
 */
export function ProgressChart({ progress, values, cumulative, daysOff, figure, axis }: {
  progress: KpiProgress;
  values: DayValue[];
  cumulative: boolean;
  daysOff?: ReadonlySet<string>;
  figure: FigureFormat;
  axis: FigureFormat;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const descriptionId = useId();
  const { periodStart, periodEnd, target, forecast, forecastLow, forecastHigh } = progress;
  const days = Math.max(daysBetween(periodStart, periodEnd), 1);
  const pace = cumulative && target != null
    ? paceLine(periodStart, periodEnd, target, progress.workingDays, daysOff)
    : [];
  const known = values.flatMap((point) =>
    point.value == null ? [] : [{ i: daysBetween(periodStart, point.day), value: point.value }]);
  const highest = Math.max(target ?? 0, forecastHigh ?? 0, forecast ?? 0, ...known.map((point) => point.value));
  const { bottom, top, ticks } = scale(Math.min(0, forecastLow ?? 0, ...known.map((point) => point.value)), highest);
  // a count or sum accrues over the day, so a day's total belongs at its end; other values are the day's, at its middle
  const x = (elapsed: number) => LEFT + (elapsed / days) * (WIDTH - LEFT - RIGHT);
  const y = (value: number) => TOP + (1 - (value - bottom) / (top - bottom)) * (HEIGHT - TOP - BOTTOM);
  const at = (i: number) => x(cumulative ? i + 1 : i + 0.5);
  const points = (line: { i: number; value: number }[]) =>
    line.map((point) => `${at(point.i).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
  const start = cumulative ? `${x(0)},${y(0)} ` : '';
  const latest = values.length > 0 ? values[values.length - 1] : undefined;
  const description = latest
    ? t(cumulative ? 'progress.chart.cumulative' : 'progress.chart.daily', {
        date: format.date(latest.day),
        actual: figure(latest.value),
        target: figure(target),
        pace: figure(progress.expected),
      })
    : t('progress.chart.noData');
  return (
    <figure className="progress-chart">
      <svg role="img" aria-labelledby={titleId} aria-describedby={descriptionId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        data-testid="progress-chart">
        <title id={titleId}>
          {t(cumulative ? 'progress.chart.titleCumulative' : 'progress.chart.titleDaily', { name: progress.name })}
        </title>
        <desc id={descriptionId}>{description}</desc>
        <g className="chart-grid" aria-hidden="true">
          {ticks.map((tick, i) => (
            <g key={i}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
              <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end">{axis(tick)}</text>
            </g>
          ))}
          <text x={LEFT} y={HEIGHT - 8}>{format.date(periodStart)}</text>
          <text x={WIDTH - RIGHT} y={HEIGHT - 8} textAnchor="end">{format.date(lastDay(progress))}</text>
        </g>
        {target != null && (
          <line className="chart-target" data-testid="chart-target" x1={LEFT} x2={WIDTH - RIGHT} y1={y(target)}
            y2={y(target)} />
        )}
        {pace.length > 0 && (
          <polyline className="chart-pace" data-testid="chart-pace" fill="none"
            points={start + points(pace.map((point, i) => ({ i, value: point.value ?? 0 })))} />
        )}
        {known.length > 0 && (
          <polyline className="chart-actual" data-testid="chart-actual" fill="none" points={start + points(known)} />
        )}
        {known.length > 0 && (
          <circle className="chart-actual" cx={at(known[known.length - 1].i)} cy={y(known[known.length - 1].value)}
            r={3} />
        )}
        {forecast != null && (
          <g className="chart-forecast" data-testid="chart-forecast">
            {forecastLow != null && forecastHigh != null && (
              <line x1={x(days)} x2={x(days)} y1={y(forecastLow)} y2={y(forecastHigh)} />
            )}
            <circle cx={x(days)} cy={y(forecast)} r={4} />
          </g>
        )}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li className="chart-actual">{t('progress.actual')}</li>
          {target != null && <li className="chart-target">{t('progress.target')}</li>}
          {pace.length > 0 && <li className="chart-pace">{t('progress.pace')}</li>}
          {forecast != null && <li className="chart-forecast">{t('progress.forecast')}</li>}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A y axis from `lowest` to a little above `highest` in round steps (1, 2, 2.5 or 5 times a power of ten). */
function scale(lowest: number, highest: number) {
  const range = highest > lowest ? highest - lowest : 1;
  const power = 10 ** Math.floor(Math.log10(range / 4));
  const step = [1, 2, 2.5, 5, 10].map((multiple) => multiple * power).find((size) => size >= range / 4)!;
  const bottom = Math.floor(lowest / step) * step;
  const top = Math.max(Math.ceil((lowest + range * 1.02) / step) * step, bottom + step);
  const ticks = Array.from({ length: Math.round((top - bottom) / step) + 1 }, (_, i) => bottom + i * step);
  return { bottom, top, ticks };
}
