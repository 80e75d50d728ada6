import type { PhaseOutCohort } from '../../../server/schema/vehicle-progress.ts';

/** Chart size, SVG user units (pixels at 1:1). */
const WIDTH = 280;
const HEIGHT = 90;
const PAD = 18;

/**
 * A small line chart of a phase-out cohort's trucks in use at each month's end, from the plan's start month to as-of
 * (the y axis from 0; the first and last counts labelled).
 */
export function PhaseOutChart({ monthly, label }: { monthly: PhaseOutCohort['monthly']; label: string }) {
  if (monthly.length === 0) return null;
  const max = Math.max(1, ...monthly.map((m) => m.inUse));
  const x = (i: number) => PAD + (monthly.length === 1 ? 0 : (i * (WIDTH - 2 * PAD)) / (monthly.length - 1));
  const y = (v: number) => HEIGHT - PAD - (v / max) * (HEIGHT - 2 * PAD);
  const points = monthly.map((m, i) => `${x(i).toFixed(1)},${y(m.inUse).toFixed(1)}`).join(' ');
  const first = monthly[0];
  const last = monthly[monthly.length - 1];
  return (
    <svg
      class="phase-out-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
      data-phase-out-chart=""
    >
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} class="axis" />
      <polyline points={points} class="series" fill="none" />
      {monthly.map((m, i) => (
        <circle key={m.month} cx={x(i)} cy={y(m.inUse)} r={2.5} class="dot">
          <title>{`${m.day}: ${m.inUse}`}</title>
        </circle>
      ))}
      {first ? (
        <text x={x(0)} y={y(first.inUse) - 5} class="value">
          {first.inUse}
        </text>
      ) : null}
      {last && monthly.length > 1 ? (
        <text x={x(monthly.length - 1)} y={y(last.inUse) - 5} class="value" text-anchor="end">
          {last.inUse}
        </text>
      ) : null}
      <text x={PAD} y={HEIGHT - 4} class="tick">
        {first?.month}
      </text>
      <text x={WIDTH - PAD} y={HEIGHT - 4} class="tick" text-anchor="end">
        {last?.month}
      </text>
    </svg>
  );
}
