import { outletsMessages } from '../../i18n/outlets.ts';
import type { Language } from '../../state/app-state.ts';

/** One hour of the chart: its end 'YYYY-MM-DDTHH:00' CST and the corrected value (null: invalid or missing). */
export interface ChartPoint {
  ts: string;
  value: number | null;
}

const W = 300;
const H = 96;
const PAD = { left: 30, right: 6, top: 8, bottom: 16 };
const HOUR_MS = 3_600_000;

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/**
 * A pollutant's 30 days of hourly corrected values as a small inline SVG: the values as a line (broken where an
 * hour is missing or invalid), the limit as a dashed line in the alarm colour with its figure, and a sentence
 * (valid hours, hours over) that says it without the picture.
 */
export function OutletChart(props: {
  lang: Language;
  label: string;
  points: readonly ChartPoint[];
  limit: number | null;
}) {
  const m = outletsMessages(props.lang);
  const valid = props.points.filter((p): p is { ts: string; value: number } => p.value !== null);
  const over = props.limit === null ? 0 : valid.filter((p) => p.value > (props.limit ?? Infinity)).length;
  const title = m.chartTitle(props.label);
  if (!valid.length)
    return (
      <figure class="outlet-chart" data-outlet-chart={props.label}>
        <figcaption class="muted">{title}</figcaption>
        <p class="muted">{m.chartNone}</p>
      </figure>
    );
  const times = props.points.map((p) => Date.parse(`${p.ts}:00+08:00`));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + HOUR_MS);
  // the scale: up to the 98th percentile (a few spikes must not flatten the limit line), at least 1.5 × the
  // limit; hours above it are drawn at the top edge (the sentence below counts them)
  const sorted = valid.map((p) => p.value).sort((a, b) => a - b);
  const p98 = sorted[Math.floor((sorted.length - 1) * 0.98)] ?? 0;
  const top = Math.max(p98 * 1.1, (props.limit ?? 0) * 1.5) || 1;
  const clipped = valid.some((p) => p.value > top);
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - Math.min(v, top) / top) * (H - PAD.top - PAD.bottom);
  // runs of consecutive valid hours, each a polyline
  const runs: string[][] = [];
  let run: string[] = [];
  let previous = Number.NaN;
  props.points.forEach((p, i) => {
    const t = times[i] ?? Number.NaN;
    if (p.value === null || t - previous > HOUR_MS) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (p.value !== null) run.push(`${x(t).toFixed(1)},${y(p.value).toFixed(1)}`);
    previous = t;
  });
  if (run.length) runs.push(run);
  const summary = m.chartSummary(valid.length, over);
  return (
    <figure class="outlet-chart" data-outlet-chart={props.label}>
      <figcaption class="muted">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}：${summary}`} class="outlet-chart-svg">
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} class="chart-axis" />
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} class="chart-axis" />
        <text x={PAD.left - 3} y={PAD.top + 4} class="chart-tick" text-anchor="end">
          {clipped ? `≥${fmt(top)}` : fmt(top)}
        </text>
        <text x={PAD.left - 3} y={H - PAD.bottom} class="chart-tick" text-anchor="end">
          0
        </text>
        <text x={PAD.left} y={H - 3} class="chart-tick">
          {props.points[0]?.ts.slice(5, 10)}
        </text>
        <text x={W - PAD.right} y={H - 3} class="chart-tick" text-anchor="end">
          {props.points.at(-1)?.ts.slice(5, 10)}
        </text>
        {runs.map((r, i) =>
          r.length === 1 ? (
            <circle key={i} cx={r[0]?.split(',')[0]} cy={r[0]?.split(',')[1]} r="1.2" class="chart-value-dot" />
          ) : (
            <polyline key={i} points={r.join(' ')} class="chart-value" />
          ),
        )}
        {props.limit !== null ? (
          <g data-chart-limit={props.limit}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(props.limit)}
              y2={y(props.limit)}
              class="chart-limit"
              stroke-dasharray="4 3"
            />
            <text x={W - PAD.right} y={y(props.limit) - 2} class="chart-limit-label" text-anchor="end">
              {m.chartLimit(fmt(props.limit))}
            </text>
          </g>
        ) : null}
      </svg>
      <p class="muted" data-chart-summary="">
        {summary}
      </p>
    </figure>
  );
}
