import { defineMessages } from './define-messages.ts';

/** The enterprise drawer's 在线监测 block: its stack outlets against their limits (client/views/outlets/). */
export const outletsMessages = defineMessages({
  title: { zh: '在线监测', en: 'Online monitoring (CEMS)' },
  loading: { zh: '正在加载在线监测…', en: 'Loading monitoring…' },
  loadFailed: { zh: (text: string) => `在线监测加载失败：${text}`, en: (text: string) => `Could not load: ${text}` },
  retry: { zh: '重试', en: 'Retry' },
  synthetic: { zh: '合成', en: 'synthetic' },
  approximate: { zh: '示意', en: 'approximate' },
  syntheticNote: {
    zh: '合成数据：演示用排放口与监测值，非企业实测',
    en: 'Synthetic: a demo outlet and values, not the enterprise’s measurements',
  },
  approximateNote: { zh: '示意：排放口信息为近似', en: 'Approximate outlet information' },
  latestHour: {
    zh: (from: string, to: string) => `最新小时：${from}–${to}`,
    en: (from: string, to: string) => `Latest hour: ${from}–${to}`,
  },
  noData: { zh: '暂无小时数据', en: 'No hourly data yet' },
  pollutant: { zh: '污染物', en: 'Pollutant' },
  measured: { zh: '实测', en: 'Measured' },
  correctedHead: { zh: '折算', en: 'Corrected' },
  corrected: {
    zh: (o2: number) => `单位 mg/m³；折算值按基准氧含量 ${o2}% 换算，与限值比较`,
    en: (o2: number) => `mg/m³; corrected to ${o2}% reference O2 and compared with the limit`,
  },
  correctedNone: {
    zh: '单位 mg/m³；该标准不作基准氧折算，按实测值与限值比较',
    en: 'mg/m³; the standard sets no reference O2: the measured value is compared with the limit',
  },
  limit: { zh: '限值', en: 'Limit' },
  judgement: { zh: '判定', en: 'Result' },
  pm: { zh: '颗粒物', en: 'Particulate' },
  so2: { zh: 'SO2', en: 'SO2' },
  nox: { zh: 'NOx', en: 'NOx' },
  ule: { zh: '超低限值', en: 'ULE limit' },
  standardLimit: { zh: '标准限值', en: 'Standard limit' },
  over: { zh: (times: string) => `超标（${times}倍）`, en: (times: string) => `Over the limit (${times}×)` },
  within: { zh: '达标', en: 'Within the limit' },
  invalid: { zh: '无效数据', en: 'Not valid data' },
  noLimit: { zh: '无限值', en: 'No limit' },
  standard: { zh: (name: string) => `执行标准：${name}`, en: (name: string) => `Standard: ${name}` },
  o2Flow: {
    zh: (o2: string, flow: string) => `氧含量 ${o2}% · 标干流量 ${flow} m³/h`,
    en: (o2: string, flow: string) => `O2 ${o2}% · flow ${flow} m³/h`,
  },
  chartTitle: {
    zh: (p: string) => `${p} 近30天小时折算浓度（mg/m³）`,
    en: (p: string) => `${p}, hourly at reference O2, 30 days (mg/m³)`,
  },
  chartLimit: { zh: (v: string) => `限值 ${v}`, en: (v: string) => `limit ${v}` },
  chartSummary: {
    zh: (n: number, over: number) => `共 ${n} 个有效小时，超标 ${over} 个`,
    en: (n: number, over: number) => `${n} valid hours, ${over} over the limit`,
  },
  chartLoading: { zh: '正在加载近30天数据…', en: 'Loading 30 days…' },
  chartNone: { zh: '近30天无有效小时', en: 'No valid hour in 30 days' },
  live: { zh: '随上传实时更新', en: 'Updates live' },
});

/** HJ 212 data flags: what each one not N says (shown beside the value: 「M 维护」). */
export const dataFlagLabels: Readonly<Record<string, { zh: string; en: string }>> = {
  N: { zh: '正常', en: 'normal' },
  F: { zh: '停运', en: 'stopped' },
  M: { zh: '维护', en: 'maintenance' },
  S: { zh: '手工输入', en: 'manual' },
  D: { zh: '故障', en: 'fault' },
  C: { zh: '校准', en: 'calibration' },
  T: { zh: '超测上限', en: 'over range' },
  B: { zh: '通讯异常', en: 'communication' },
};
