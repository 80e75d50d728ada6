import { defineMessages } from './define-messages.ts';

/** 污染浓度面: the interpolated concentration surface, its control, legend, method and stations card. */
export const airSurfaceMessages = defineMessages({
  title: { zh: '污染浓度面', en: 'Concentration surface' },
  metricLabel: { zh: '浓度面指标', en: 'Surface metric' },
  off: { zh: '不显示', en: 'Off' },
  metricAqi: { zh: 'AQI（实时）', en: 'AQI (real-time)' },
  metricPm25: { zh: 'PM2.5 小时浓度', en: 'PM2.5 hourly' },
  metricPm10: { zh: 'PM10 小时浓度', en: 'PM10 hourly' },
  metricO3: { zh: 'O₃ 小时浓度', en: 'O₃ hourly' },
  metricNo2: { zh: 'NO₂ 小时浓度', en: 'NO₂ hourly' },
  hour: {
    zh: (from: string, to: string) => `时段 ${from}–${to}（北京时间）`,
    en: (from: string, to: string) => `Hour ${from}–${to} (China Standard Time)`,
  },
  loading: { zh: '正在插值浓度面…', en: 'Interpolating the surface…' },
  failed: { zh: (why: string) => `浓度面加载失败：${why}`, en: (why: string) => `The surface failed to load: ${why}` },
  retry: { zh: '重试', en: 'Retry' },
  legendTitle: {
    zh: (unit: string) => `HJ 633-2012 分级（${unit}）`,
    en: (unit: string) => `HJ 633-2012 bands (${unit})`,
  },
  bandRange: {
    zh: (level: string, from: string, to: string) => `${level} ${from}–${to}`,
    en: (level: string, from: string, to: string) => `${level} ${from}–${to}`,
  },
  bandAbove: {
    zh: (level: string, from: string) => `${level} > ${from}`,
    en: (level: string, from: string) => `${level} > ${from}`,
  },
  method: { zh: '方法', en: 'Method' },
  stationsUsed: {
    zh: (n: number) => `参与插值的站点（${n}）`,
    en: (n: number) => `Stations used (${n})`,
  },
  stationsExcluded: {
    zh: (n: number) => `未参与的站点（${n}）`,
    en: (n: number) => `Stations left out (${n})`,
  },
  national: { zh: '国控', en: 'national' },
  micro: { zh: '微站', en: 'micro' },
  reasonMissing: { zh: '缺测', en: 'missing' },
  reasonInvalid: { zh: '无效', en: 'invalid' },
  reasonStopped: { zh: '已停运', en: 'stopped' },
  wind: {
    zh: (n: number) => `风向箭头：${n} 个站点该小时报告了风速风向（箭头指向风的去向）`,
    en: (n: number) => `Wind arrows: ${n} stations reported wind that hour (arrows point downwind)`,
  },
  noWind: { zh: '该小时无站点报告风', en: 'No station reported wind that hour' },
  synthetic: {
    zh: '演示数据：读数与风为合成数据（合成）',
    en: 'Demo data: readings and wind are synthetic',
  },
  range: {
    zh: (min: string, max: string, unit: string) => `站点范围 ${min}–${max} ${unit}`,
    en: (min: string, max: string, unit: string) => `Stations range ${min}–${max} ${unit}`,
  },
  cells: {
    zh: (n: number, km: number) => `${n} 格（每格 ${km} km × ${km} km，按区界裁剪）`,
    en: (n: number, km: number) => `${n} cells (${km} km × ${km} km, clipped to the district)`,
  },
});

/** The level names 一级 … 六级 with their categories, for the legend (colour is never alone). */
export const surfaceLevelNames = defineMessages({
  l1: { zh: '一级 优', en: 'L1 Excellent' },
  l2: { zh: '二级 良', en: 'L2 Good' },
  l3: { zh: '三级 轻度', en: 'L3 Light' },
  l4: { zh: '四级 中度', en: 'L4 Moderate' },
  l5: { zh: '五级 重度', en: 'L5 Heavy' },
  l6: { zh: '六级 严重', en: 'L6 Severe' },
});
