import { defineMessages } from './define-messages.ts';

/**
 * The ECharts charts' messages (空气 view, 车辆 phase-out, 排口 outlets and the monthly report): axis names, units,
 * tooltips, the band and limit labels, the export button and the screen-reader summaries. The chart titles and month
 * names stay in `air.ts`.
 *
 * @example
 * chartsMessages('zh').aqiTooltip(101, '轻度污染'); // 'AQI 101（轻度污染）'
 */
export const chartsMessages = defineMessages({
  exportImage: { zh: '导出图片', en: 'Export image' },
  exportImageLabel: {
    zh: (chart: string) => `导出图片：${chart}（PNG）`,
    en: (chart: string) => `Export image: ${chart} (PNG)`,
  },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  panEarlier: { zh: '前移', en: 'Earlier' },
  panLater: { zh: '后移', en: 'Later' },
  zoomReset: { zh: '复位', en: 'Reset' },
  aqiAxis: { zh: 'AQI', en: 'AQI' },
  dateAxis: { zh: '日期', en: 'Date' },
  monthAxis: { zh: '月份', en: 'Month' },
  aqiTooltip: {
    zh: (aqi: number, category: string) => `AQI ${aqi}（${category}）`,
    en: (aqi: number, category: string) => `AQI ${aqi} (${category})`,
  },
  primary: {
    zh: (pollutants: string) => `首要污染物：${pollutants}`,
    en: (pollutants: string) => `Primary pollutant: ${pollutants}`,
  },
  noValue: { zh: '无有效数据', en: 'no valid value' },
  pollutantTooltip: {
    zh: (pollutant: string, value: string, unit: string) => `${pollutant} ${value} ${unit}`,
    en: (pollutant: string, value: string, unit: string) => `${pollutant} ${value} ${unit}`,
  },
  iaqiBand: {
    zh: (iaqi: number, category: string) => `分指数 IAQI ${iaqi}（${category}）`,
    en: (iaqi: number, category: string) => `IAQI ${iaqi} (${category})`,
  },
  overLimit: {
    zh: (limit: number, unit: string) => `超过二级限值 ${limit} ${unit}`,
    en: (limit: number, unit: string) => `over the Class II limit ${limit} ${unit}`,
  },
  withinLimit: {
    zh: (limit: number, unit: string) => `未超过二级限值 ${limit} ${unit}`,
    en: (limit: number, unit: string) => `within the Class II limit ${limit} ${unit}`,
  },
  limitLine: {
    zh: (limit: number, unit: string) => `二级限值 ${limit} ${unit}`,
    en: (limit: number, unit: string) => `Class II limit ${limit} ${unit}`,
  },
  aqiSummary: {
    zh: (from: string, to: string, valid: number, levels: string) =>
      `${from} 至 ${to} 日AQI：有效 ${valid} 天；${levels}。`,
    en: (from: string, to: string, valid: number, levels: string) =>
      `Daily AQI ${from} to ${to}: ${valid} valid days; ${levels}.`,
  },
  levelCount: {
    zh: (category: string, days: number) => `${category} ${days} 天`,
    en: (category: string, days: number) => `${category} ${days} d`,
  },
  pollutantSummary: {
    zh: (pollutant: string, valid: number, over: number, limit: number, unit: string, max: string) =>
      `${pollutant}：有效 ${valid} 天，${over} 天超过二级限值 ${limit} ${unit}，最高 ${max} ${unit}。`,
    en: (pollutant: string, valid: number, over: number, limit: number, unit: string, max: string) =>
      `${pollutant}: ${valid} valid days, ${over} over the Class II limit ${limit} ${unit}, highest ${max} ${unit}.`,
  },
  tableDate: { zh: '日期', en: 'Date' },
  tableValue: { zh: '数值', en: 'Value' },
  tableLevel: { zh: '等级', en: 'Level' },
  tableCaption: {
    zh: (chart: string) => `${chart}（数据表）`,
    en: (chart: string) => `${chart} (data table)`,
  },
  inUseAxis: { zh: '在用车辆（辆）', en: 'Trucks in use' },
  inUseTooltip: {
    zh: (count: number) => `在用 ${count} 辆`,
    en: (count: number) => `${count} in use`,
  },
  outletTooltip: {
    zh: (value: string) => `折算值 ${value}`,
    en: (value: string) => `corrected ${value}`,
  },
  outletOver: {
    zh: (limit: string) => `超过限值 ${limit}`,
    en: (limit: string) => `over the limit ${limit}`,
  },
});
