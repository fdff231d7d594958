import type { DayValue } from './series';

const WIDTH = 120;
const HEIGHT = 32;

/**
 * A small line of the period so far: x spans the whole period (`days` long), so where the line stops shows how much
 * of it has passed; y runs from 0 to the larger of the values and `ceiling` (the target, for counts and sums).
 */
export function Sparkline({ values, days, ceiling, label, testId }: {
  values: DayValue[];
  days: number;
  ceiling?: number | null;
  label: string;
  testId?: string;
}) {
  const known = values.flatMap((point, i) => (point.value == null ? [] : [{ i, value: point.value }]));
  const top = Math.max(ceiling ?? 0, ...known.map((point) => point.value), 0) || 1;
  const bottom = Math.min(0, ...known.map((point) => point.value));
  const x = (i: number) => ((i + 1) / Math.max(days, 1)) * WIDTH;
  const y = (value: number) => HEIGHT - 1 - ((value - bottom) / (top - bottom)) * (HEIGHT - 2);
  const line = known.map((point) => `${x(point.i).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" role="img" aria-label={label} data-testid={testId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH} height={HEIGHT} preserveAspectRatio="none">
      <line x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} className="sparkline-base" />
      {known.length === 1 && <circle cx={x(known[0].i)} cy={y(known[0].value)} r={1.5} />}
      {known.length > 1 && <polyline points={line} fill="none" />}
    </svg>
  );
}
