import type { AqDay } from '../../server/schema/aq.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** HJ 633-2012 level bands: upper AQI bound and colour. */
const AQI_BANDS: [number, string][] = [
  [50, '#00E400'],
  [100, '#FFFF00'],
  [150, '#FF7E00'],
  [200, '#FF0000'],
  [300, '#99004C'],
  [500, '#7E0023'],
];

/** An SVG text node with `content`. */
function label(attributes: Record<string, string | number>, content: string): SVGTextElement {
  const node = el('text', attributes);
  node.textContent = content;
  return node;
}

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  return node;
}

/**
 * Daily AQI through the year as bars in the standard's colours, over faint bands of the six
 * levels; missing days are gaps. `width`×`height` in CSS pixels.
 */
export function dailyAqiChart(days: readonly AqDay[], width = 310, height = 130): SVGSVGElement {
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    class: 'chart',
    'data-chart': 'daily-aqi',
  });
  const top = 300;
  const y = (v: number) => height - 14 - (Math.min(v, top) / top) * (height - 20);
  let lower = 0;
  for (const [upper, colour] of AQI_BANDS) {
    if (lower >= top) break;
    svg.append(
      el('rect', {
        x: 24,
        y: y(Math.min(upper, top)),
        width: width - 24,
        height: y(lower) - y(Math.min(upper, top)),
        fill: colour,
        opacity: 0.12,
      }),
    );
    lower = upper;
  }
  for (const v of [50, 100, 150, 200, 300]) {
    svg.append(label({ x: 20, y: y(v) + 3, 'font-size': 9, 'text-anchor': 'end', fill: '#5b6b7b' }, String(v)));
  }
  const barWidth = (width - 26) / Math.max(days.length, 1);
  days.forEach((day, i) => {
    if (day.aqi === null) return;
    svg.append(
      el('rect', {
        x: 25 + i * barWidth,
        y: y(day.aqi),
        width: Math.max(barWidth - 0.2, 0.6),
        height: height - 14 - y(day.aqi),
        fill: day.color ?? '#999',
        'data-date': day.date,
      }),
    );
  });
  const months = ['1', '4', '7', '10'];
  months.forEach((m, k) => {
    const index = days.findIndex((d) => d.date.slice(5, 7) === m.padStart(2, '0'));
    if (index >= 0)
      svg.append(
        label(
          { x: 25 + index * barWidth, y: height - 2, 'font-size': 9, fill: '#5b6b7b' },
          `${m}${k === 0 ? '月' : ''}`,
        ),
      );
  });
  return svg;
}

/**
 * One pollutant's daily values through the year as a line, with its 24-h limit (or O3 8-h
 * limit) as a red dashed line; days above it are marked. Invalid days are gaps.
 */
export function pollutantChart(
  days: readonly AqDay[],
  pollutant: 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3',
  limit: number,
  width = 310,
  height = 120,
): SVGSVGElement {
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    class: 'chart',
    'data-chart': 'pollutant',
  });
  const values = days.map((d) => (d.values[pollutant].valid ? d.values[pollutant].value : null));
  const max = Math.max(limit * 1.2, ...values.filter((v): v is number => v !== null));
  const y = (v: number) => height - 12 - (v / max) * (height - 18);
  const step = (width - 26) / Math.max(days.length - 1, 1);
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${(25 + i * step).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  svg.append(el('path', { d: path, fill: 'none', stroke: '#1864ab', 'stroke-width': 1 }));
  svg.append(
    el('line', {
      x1: 25,
      x2: width,
      y1: y(limit),
      y2: y(limit),
      stroke: '#e03131',
      'stroke-dasharray': '4 3',
      'stroke-width': 1.2,
    }),
  );
  svg.append(
    label({ x: width - 2, y: y(limit) - 3, 'font-size': 9, 'text-anchor': 'end', fill: '#e03131' }, `${limit}`),
  );
  svg.append(label({ x: 20, y: y(0) + 3, 'font-size': 9, 'text-anchor': 'end', fill: '#5b6b7b' }, '0'));
  const exceed = values.filter((v) => v !== null && v > limit).length;
  svg.dataset.exceedDays = String(exceed);
  return svg;
}
