/**
 * The monthly report's air-quality charts: the console's own ECharts options (`client/charts/aq-chart-options.ts`)
 * rendered on the server with ECharts' SSR SVG renderer, inlined in the page. The report's CSP allows no script and no
 * external resource: the SVG carries neither (inline `style` attributes only). The line series' clip path (ECharts
 * always sets one) is removed: the axes hold every value, so it clips nothing, and the page keeps no `url(…)` at all.
 *
 * @module
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import {
  dailyAqiOption,
  pollutantOption,
  type ChartDay,
  type ChartPollutant,
} from '../../client/charts/aq-chart-options.ts';
import { airMessages } from '../../client/i18n/air.ts';
import { dailyAqiSummary, pollutantSummary } from '../../client/charts/aq-chart-options.ts';
import { DAILY_LIMITS_CLASS_II } from '../aq/limits.ts';
import type { ReportLang } from '../schema/reports.ts';
import type { MonthAqChartData } from './aq-chart-data.ts';
import { el, raw, type Html } from './html.ts';

use([BarChart, LineChart, GridComponent, MarkAreaComponent, MarkLineComponent, SVGRenderer]);

/** Chart size in CSS pixels: the report's text column (186 mm) at 96 dpi is about 700 px. */
const WIDTH = 680;
const HEIGHT = 200;

/** An option drawn once as an SVG string (the chart disposed at once). */
export function renderChartSvg(option: EChartsOption, width = WIDTH, height = HEIGHT): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return withoutClipPaths(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** `svg` without its `<clipPath>` definitions and the `clip-path="url(#…)"` attributes that use them. */
function withoutClipPaths(svg: string): string {
  return svg.replace(/\sclip-path="url\(#[^)"]*\)"/g, '').replace(/<clipPath\b[\s\S]*?<\/clipPath>/g, '');
}

/** The month's daily AQI over the HJ 633-2012 bands, as SVG. */
export function dailyAqiSvg(days: readonly ChartDay[], lang: ReportLang): string {
  return renderChartSvg(dailyAqiOption(days, lang, 'report', 'month'));
}

/** A pollutant's daily values of the month against its class II daily limit, as SVG. */
export function pollutantSvg(
  days: readonly ChartDay[],
  chart: { pollutant: ChartPollutant; limit: number; unit: string },
  lang: ReportLang,
): string {
  return renderChartSvg(pollutantOption(days, chart, lang, 'report', 'month'));
}

/** The pollutant the report charts against its limit: PM2.5, the plan's first target. */
const REPORT_POLLUTANT = 'PM2.5';

/**
 * The report's two charts under the AQ targets: the month's daily AQI in the HJ 633-2012 bands and the daily PM2.5
 * against its class II limit, each a figure with a caption and, in words, what it shows (colour is never alone).
 */
export function aqChartsBlock(data: MonthAqChartData, lang: ReportLang): Html {
  const m = airMessages(lang);
  const chart = {
    pollutant: REPORT_POLLUTANT,
    limit: DAILY_LIMITS_CLASS_II[REPORT_POLLUTANT],
    unit: data.units[REPORT_POLLUTANT],
  } as const;
  const figure = (name: string, caption: string, svg: string, summary: string) =>
    el('figure', { 'data-report-chart': name, style: 'margin: 2mm 0 3mm; break-inside: avoid;' }, [
      el('figcaption', { class: 'note' }, caption),
      el('div', { role: 'img', 'aria-label': `${caption}${lang === 'zh' ? '：' : ': '}${summary}` }, raw(svg)),
      el('p', { class: 'note' }, summary),
    ]);
  return el('div', { 'data-report-charts': '' }, [
    figure('daily-aqi', m.dailyAqi, dailyAqiSvg(data.days, lang), dailyAqiSummary(data.days, lang)),
    figure(
      'pollutant',
      m.pollutantChartLabel(chart.pollutant, chart.unit),
      pollutantSvg(data.days, chart, lang),
      pollutantSummary(data.days, chart, lang),
    ),
  ]);
}
