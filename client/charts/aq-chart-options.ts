/**
 * The ECharts options of the air-quality charts (the 空气 view's daily AQI and pollutant series, the monthly report's
 * same two charts): pure functions of the days and the language, no DOM and no zod at runtime, so the server renders
 * the very same options to SVG (`server/report/aq-report-charts.ts`). The standards come from `server/aq/`: the HJ
 * 633-2012 levels and colours, the IAQI breakpoints (through `iaqi`), the GB 3095-2012 class II daily limits.
 *
 * @module
 */
import type { EChartsOption } from 'echarts';
import { iaqi } from '../../server/aq/aqi.ts';
import { AQI_LEVELS, aqiLevel } from '../../server/aq/aqi-level.ts';
import type { AqDay } from '../../server/schema/aq.ts';
import { aqiCategoryLabels, type AqiLevelKey } from '../../server/schema/enums/aqi-category.ts';
import type { Pollutant } from '../../server/schema/plan.ts';
import { airMessages } from '../i18n/air.ts';
import { chartsMessages } from '../i18n/charts.ts';
import type { Language } from '../state/app-state.ts';
import { escapeText } from './escape-text.ts';

/** The days a chart needs: date, AQI with its primary pollutants, the daily values. */
export type ChartDay = Pick<AqDay, 'date' | 'aqi' | 'primary' | 'values'>;

/** Where the option is drawn: the console (tooltips, zoom and pan) or the report (static SVG, no animation). */
export type ChartMedium = 'console' | 'report';

/** The period the x axis spans: a year (labels at each month's first day) or a month (every fifth day). */
export type ChartSpan = 'year' | 'month';

const AXIS = '#5b6b7b';
const LIMIT = '#c92a2a';
const LINE = '#1864ab';

/** The AQI at the top of a band's range on the chart: 50, 100, 150, 200, 300 and 500 for 严重污染. */
const bandTop = (max: number) => (max === Number.POSITIVE_INFINITY ? 500 : max);

/** The AQI axis top: 200, 300 or 500, the smallest that holds the highest day. */
export function aqiAxisTop(days: readonly Pick<AqDay, 'aqi'>[]): number {
  const highest = Math.max(0, ...days.map((d) => d.aqi ?? 0));
  return [200, 300, 500].find((top) => highest <= top) ?? 500;
}

/** The HJ 633-2012 bands below `top`: lower and upper AQI, colour and the category in `lang`. */
export function aqiBands(top: number, lang: Language) {
  return AQI_LEVELS.filter((level) => (level.min === 0 ? 0 : level.min - 1) < top).map((level) => ({
    level: level.level,
    lower: level.min === 0 ? 0 : level.min - 1,
    upper: Math.min(bandTop(level.max), top),
    color: level.color,
    name: aqiCategoryLabels[String(level.level) as AqiLevelKey][lang],
  }));
}

/** The category of an AQI in `lang` (优 … 严重污染), by HJ 633-2012's inclusive upper bounds (100 良, 101 轻度污染). */
export function aqiCategory(value: number, lang: Language): string {
  const level = aqiLevel(value);
  return level === null ? '—' : aqiCategoryLabels[String(level.level) as AqiLevelKey][lang];
}

/** A tooltip's lines for one day of the daily AQI chart: the date, the AQI with its level, the primary pollutants. */
export function aqiTooltipLines(day: Pick<AqDay, 'date' | 'aqi' | 'primary'>, lang: Language): string[] {
  const m = chartsMessages(lang);
  if (day.aqi === null) return [day.date, m.noValue];
  const lines = [day.date, m.aqiTooltip(day.aqi, aqiCategory(day.aqi, lang))];
  if (day.primary.length) lines.push(m.primary(day.primary.join(lang === 'zh' ? '、' : ', ')));
  return lines;
}

/** The pollutants the pollutant chart draws (the six with a class II daily limit). */
export type ChartPollutant = Pollutant;

/** The IAQI of a daily value (O3: daily max 8-h; the others 24-h means), or null where the standard gives none. */
export function dailyIaqi(pollutant: ChartPollutant, value: number): number | null {
  return pollutant === 'O3' ? iaqi('O3', '8h', value) : iaqi(pollutant, '24h', value);
}

/** A value as the console writes it: CO with two decimals, the others with one. */
export const formatConcentration = (pollutant: ChartPollutant, value: number) =>
  value.toFixed(pollutant === 'CO' ? 2 : 1);

/**
 * A tooltip's lines for one day of a pollutant chart: the date, the value and unit, its IAQI with the band's category,
 * and whether it exceeds the class II daily limit.
 */
export function pollutantTooltipLines(
  date: string,
  value: number | null,
  chart: { pollutant: ChartPollutant; limit: number; unit: string },
  lang: Language,
): string[] {
  const m = chartsMessages(lang);
  if (value === null) return [date, m.noValue];
  const lines = [date, m.pollutantTooltip(chart.pollutant, formatConcentration(chart.pollutant, value), chart.unit)];
  const index = dailyIaqi(chart.pollutant, value);
  if (index !== null) lines.push(m.iaqiBand(index, aqiCategory(index, lang)));
  lines.push(value > chart.limit ? m.overLimit(chart.limit, chart.unit) : m.withinLimit(chart.limit, chart.unit));
  return lines;
}

/** The x axis label of a date: the month at each month's first day (year), the day number every fifth day (month). */
export function dateAxisLabel(date: string, span: ChartSpan, lang: Language): string {
  if (span === 'year') return date.endsWith('-01') ? airMessages(lang).month(Number(date.slice(5, 7))) : '';
  const day = Number(date.slice(8, 10));
  return day === 1 || day % 5 === 0 ? String(day) : '';
}

/** The smallest round value (1, 2, 2.5, 5 × 10ⁿ steps of a quarter) at or above `max`. */
export function niceTop(max: number): number {
  if (!(max > 0)) return 1;
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw) ?? 10) * magnitude;
  return Number((Math.ceil(max / step - 1e-9) * step).toFixed(6));
}

/** The tooltip, dataZoom and animation settings of a medium. */
function mediumParts(medium: ChartMedium, tooltip: (index: number) => string[]): Partial<EChartsOption> {
  if (medium === 'report') return { animation: false };
  return {
    animation: false,
    tooltip: {
      trigger: 'axis',
      className: 'echart-tooltip',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        return tooltip(first?.dataIndex ?? 0)
          .map(escapeText)
          .join('<br/>');
      },
    },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
      { type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 16, bottom: 4, showDetail: false },
    ],
  };
}

function dateAxis(days: readonly ChartDay[], span: ChartSpan, lang: Language) {
  return {
    type: 'category' as const,
    data: days.map((d) => d.date),
    axisTick: { show: false },
    axisLine: { lineStyle: { color: AXIS } },
    axisLabel: {
      color: AXIS,
      fontSize: 10,
      interval: 0,
      hideOverlap: true,
      formatter: (date: string) => dateAxisLabel(date, span, lang),
    },
  };
}

const grid = (medium: ChartMedium) => ({
  left: 40,
  right: 64,
  top: 22,
  bottom: medium === 'console' ? 44 : 22,
});

/**
 * The daily AQI chart: bars in the level's colour over the HJ 633-2012 bands (each band a faint area named by its
 * category, so colour is never alone), missing days as gaps; on the console a tooltip (date, AQI, level, primary
 * pollutants) and zoom and pan over the period.
 */
export function dailyAqiOption(
  days: readonly ChartDay[],
  lang: Language,
  medium: ChartMedium,
  span: ChartSpan = 'year',
): EChartsOption {
  const m = chartsMessages(lang);
  const top = aqiAxisTop(days);
  const bands = aqiBands(top, lang);
  return {
    ...mediumParts(medium, (index) => {
      const day = days[index];
      return day ? aqiTooltipLines(day, lang) : [];
    }),
    grid: grid(medium),
    xAxis: dateAxis(days, span, lang),
    yAxis: {
      type: 'value',
      name: m.aqiAxis,
      nameTextStyle: { color: AXIS, fontSize: 10, align: 'right' },
      min: 0,
      max: top,
      interval: 50,
      axisLabel: { color: AXIS, fontSize: 10 },
      splitLine: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: m.aqiAxis,
        barCategoryGap: '10%',
        clip: medium === 'console',
        data: days.map((d) => (d.aqi === null ? null : { value: d.aqi, itemStyle: { color: aqiLevel(d.aqi)?.color } })),
        markArea: {
          silent: true,
          data: bands.map((band) => [
            {
              name: band.name,
              yAxis: band.lower,
              itemStyle: { color: band.color, opacity: 0.14 },
              label: { show: true, position: 'right', color: AXIS, fontSize: 10, formatter: band.name },
            },
            { yAxis: band.upper },
          ]),
        },
      },
    ],
  };
}

/**
 * A pollutant's daily values as a line (invalid days are gaps) with its GB 3095-2012 class II daily limit as a red
 * dashed line labelled with its figure and unit; the y axis in the unit, to a round value above the limit; on the
 * console a tooltip (date, value, IAQI with its category, over or within the limit) and zoom and pan.
 */
export function pollutantOption(
  days: readonly ChartDay[],
  chart: { pollutant: ChartPollutant; limit: number; unit: string },
  lang: Language,
  medium: ChartMedium,
  span: ChartSpan = 'year',
): EChartsOption {
  const m = chartsMessages(lang);
  const values = pollutantValues(days, chart.pollutant);
  const top = niceTop(Math.max(chart.limit * 1.2, ...values.filter((v): v is number => v !== null)));
  return {
    ...mediumParts(medium, (index) => {
      const day = days[index];
      return day ? pollutantTooltipLines(day.date, values[index] ?? null, chart, lang) : [];
    }),
    grid: grid(medium),
    xAxis: { ...dateAxis(days, span, lang), boundaryGap: false },
    yAxis: {
      type: 'value',
      name: chart.unit,
      nameTextStyle: { color: AXIS, fontSize: 10, align: 'right' },
      min: 0,
      max: top,
      axisLabel: { color: AXIS, fontSize: 10 },
      splitLine: { lineStyle: { color: '#e9ecef' } },
    },
    series: [
      {
        type: 'line',
        name: chart.pollutant,
        showSymbol: false,
        connectNulls: false,
        clip: medium === 'console',
        lineStyle: { color: LINE, width: 1.2 },
        itemStyle: { color: LINE },
        data: values,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: LIMIT, type: 'dashed', width: 1.2 },
          label: {
            position: 'insideEndTop',
            color: LIMIT,
            fontSize: 10,
            formatter: m.limitLine(chart.limit, chart.unit),
          },
          data: [{ yAxis: chart.limit, name: m.limitLine(chart.limit, chart.unit) }],
        },
      },
    ],
  };
}

/** The valid daily values of `pollutant`, null where the day is invalid. */
export function pollutantValues(days: readonly ChartDay[], pollutant: ChartPollutant): (number | null)[] {
  return days.map((d) => (d.values[pollutant].valid ? d.values[pollutant].value : null));
}

/** The screen-reader summary of a daily AQI chart: the period, the valid days and the days per level. */
export function dailyAqiSummary(days: readonly ChartDay[], lang: Language): string {
  const m = chartsMessages(lang);
  const valid = days.filter((d) => d.aqi !== null);
  const counts = AQI_LEVELS.map((level) => ({
    name: aqiCategoryLabels[String(level.level) as AqiLevelKey][lang],
    days: valid.filter((d) => aqiLevel(d.aqi as number)?.level === level.level).length,
  })).filter((c) => c.days > 0);
  const levels = counts.map((c) => m.levelCount(c.name, c.days)).join(lang === 'zh' ? '，' : ', ');
  return m.aqiSummary(days[0]?.date ?? '—', days.at(-1)?.date ?? '—', valid.length, levels || '—');
}

/** The screen-reader summary of a pollutant chart: valid days, days over the limit, the highest value. */
export function pollutantSummary(
  days: readonly ChartDay[],
  chart: { pollutant: ChartPollutant; limit: number; unit: string },
  lang: Language,
): string {
  const values = pollutantValues(days, chart.pollutant).filter((v): v is number => v !== null);
  const over = values.filter((v) => v > chart.limit).length;
  const max = values.length ? formatConcentration(chart.pollutant, Math.max(...values)) : '—';
  return chartsMessages(lang).pollutantSummary(chart.pollutant, values.length, over, chart.limit, chart.unit, max);
}
