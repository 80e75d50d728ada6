import type { AqDay } from '../../../server/schema/aq.ts';
import { airMessages } from '../../i18n/air.ts';
import type { Language } from '../../state/app-state.ts';

/** HJ 633-2012 level bands: upper AQI bound and colour. */
const AQI_BANDS: [number, string][] = [
  [50, '#00E400'],
  [100, '#FFFF00'],
  [150, '#FF7E00'],
  [200, '#FF0000'],
  [300, '#99004C'],
  [500, '#7E0023'],
];
const AXIS = '#5b6b7b';
const LEFT = 30;

/** A chart's month axis: `1月`…`12月` (Jan…Dec) under the first day of each month the days cover. */
function MonthAxis(props: { days: readonly AqDay[]; x: (index: number) => number; y: number; lang: Language }) {
  const m = airMessages(props.lang);
  const firsts = props.days.flatMap((day, index) => (day.date.endsWith('-01') ? [{ index, day }] : []));
  return (
    <g data-axis="month">
      {firsts.map(({ index, day }) => (
        <text key={day.date} x={props.x(index)} y={props.y} font-size={8} fill={AXIS}>
          {m.month(Number(day.date.slice(5, 7)))}
        </text>
      ))}
    </g>
  );
}

/** The tick values of a y axis from 0 to at least `max`: 4 or 5 round steps. */
export function yTicks(max: number): number[] {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let k = 0; ; k++) {
    const v = Number((k * step).toFixed(6));
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

/**
 * Daily AQI through the year as bars in the standard's colours, over faint bands of the six levels, with the AQI
 * values on the y axis and the months on the x axis; missing days are gaps. `width`×`height` in CSS pixels.
 */
export function DailyAqiChart(props: { days: readonly AqDay[]; lang: Language; width?: number; height?: number }) {
  const { days, lang, width = 310, height = 136 } = props;
  const m = airMessages(lang);
  const top = 300;
  const y = (v: number) => height - 14 - (Math.min(v, top) / top) * (height - 26);
  const barWidth = (width - LEFT - 2) / Math.max(days.length, 1);
  const bands: { lower: number; upper: number; colour: string }[] = [];
  let lower = 0;
  for (const [upper, colour] of AQI_BANDS) {
    if (lower >= top) break;
    bands.push({ lower, upper: Math.min(upper, top), colour });
    lower = upper;
  }
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={m.dailyAqiChartLabel}
      class="chart"
      data-chart="daily-aqi"
    >
      {bands.map((b) => (
        <rect
          key={b.colour}
          x={LEFT}
          y={y(b.upper)}
          width={width - LEFT}
          height={y(b.lower) - y(b.upper)}
          fill={b.colour}
          opacity={0.12}
        />
      ))}
      <g data-axis="y">
        <text x={2} y={8} font-size={8} fill={AXIS}>
          AQI
        </text>
        {[0, 50, 100, 150, 200, 300].map((v) => (
          <text key={v} x={LEFT - 4} y={y(v) + 3} font-size={8} text-anchor="end" fill={AXIS}>
            {v}
          </text>
        ))}
      </g>
      {days.map((day, i) =>
        day.aqi === null ? null : (
          <rect
            key={day.date}
            x={LEFT + 1 + i * barWidth}
            y={y(day.aqi)}
            width={Math.max(barWidth - 0.2, 0.6)}
            height={height - 14 - y(day.aqi)}
            fill={day.color ?? '#999'}
            data-date={day.date}
          />
        ),
      )}
      <MonthAxis days={days} x={(i) => LEFT + 1 + i * barWidth} y={height - 3} lang={lang} />
    </svg>
  );
}

type ChartPollutant = 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3';

/**
 * One pollutant's daily values through the year as a line, with its 24-h limit (or O3 8-h limit) as a red dashed
 * line, the y axis in `unit` with round values, the months on the x axis. Invalid days are gaps.
 */
export function PollutantChart(props: {
  days: readonly AqDay[];
  pollutant: ChartPollutant;
  limit: number;
  unit: string;
  lang: Language;
  width?: number;
  height?: number;
}) {
  const { days, pollutant, limit, unit, lang, width = 310, height = 130 } = props;
  const m = airMessages(lang);
  const values = days.map((d) => (d.values[pollutant].valid ? d.values[pollutant].value : null));
  const ticks = yTicks(Math.max(limit * 1.2, ...values.filter((v): v is number => v !== null)));
  const max = ticks.at(-1) ?? limit * 1.2;
  const y = (v: number) => height - 14 - (v / max) * (height - 26);
  const step = (width - LEFT - 1) / Math.max(days.length - 1, 1);
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${(LEFT + i * step).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  const exceed = values.filter((v) => v !== null && v > limit).length;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={m.pollutantChartLabel(pollutant, unit)}
      class="chart"
      data-chart="pollutant"
      data-exceed-days={String(exceed)}
    >
      <g data-axis="y">
        <text x={2} y={8} font-size={8} fill={AXIS} data-unit="">
          {unit}
        </text>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={width} y1={y(v)} y2={y(v)} stroke="#e9ecef" stroke-width={0.6} />
            <text x={LEFT - 4} y={y(v) + 3} font-size={8} text-anchor="end" fill={AXIS}>
              {v}
            </text>
          </g>
        ))}
      </g>
      <path d={path} fill="none" stroke="#1864ab" stroke-width={1} />
      <line
        x1={LEFT}
        x2={width}
        y1={y(limit)}
        y2={y(limit)}
        stroke="#e03131"
        stroke-dasharray="4 3"
        stroke-width={1.2}
      />
      <text x={width - 2} y={y(limit) - 3} font-size={8} text-anchor="end" fill="#e03131">
        {m.limit(limit)}
      </text>
      <MonthAxis days={days} x={(i) => LEFT + i * step} y={height - 3} lang={lang} />
    </svg>
  );
}
