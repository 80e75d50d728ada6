import { defineMessages } from './define-messages.ts';

/** The 数据 view's form of the city-assigned annual indicators (client/views/indicators/city-indicators-form.tsx). */
export const cityIndicatorsMessages = defineMessages({
  title: { zh: '市下达年度约束性指标', en: 'City-assigned annual binding indicators' },
  about: {
    zh:
      '行动计划要求「坚决完成市政府下达我区环境空气质量改善和大气主要污染物排放总量年度约束性指标」，但未写明数值。' +
      '请按年度录入市政府下达文件中的指标，并注明文件；空着的项表示文件未设定。',
    en:
      'The plan binds the district to the annual indicators the city assigns, without giving figures. Enter each ' +
      'year’s figures from the city’s document and name the document; leave a field empty when it sets none.',
  },
  year: { zh: '年度', en: 'Year' },
  entered: { zh: (years: string) => `已录入：${years}`, en: (years: string) => `Entered: ${years}` },
  noneEntered: { zh: '未录入市下达指标', en: 'No city-assigned indicators entered' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  loadFailed: { zh: (text: string) => `加载失败：${text}`, en: (text: string) => `Could not load: ${text}` },
  concentrations: { zh: '浓度目标（不高于）', en: 'Concentration targets (at most)' },
  annualMean: { zh: (p: string) => `${p} 年均值（µg/m³）`, en: (p: string) => `${p} annual mean (µg/m³)` },
  co: { zh: 'CO 日均值第95百分位（mg/m³）', en: 'CO p95 of 24-h means (mg/m³)' },
  o3: { zh: 'O3 日最大8小时第90百分位（µg/m³）', en: 'O3 p90 of daily max 8-h (µg/m³)' },
  goodDayRatio: { zh: '优良天数比例（不低于，%）', en: 'Share of good days (at least, %)' },
  emissions: { zh: '排放总量（吨/年）', en: 'Emission totals (t/year)' },
  cap: { zh: (p: string) => `${p}排放总量上限`, en: (p: string) => `${p} cap` },
  reduction: { zh: (p: string) => `${p}减排量`, en: (p: string) => `${p} reduction` },
  source: { zh: '来源文件', en: 'Source document' },
  sourceName: { zh: '文件名称', en: 'Title' },
  sourceNumber: { zh: '文号（无则留空）', en: 'Reference number (empty if none)' },
  sourceIssuer: { zh: '印发机关', en: 'Issued by' },
  sourceDate: { zh: '印发日期', en: 'Date of issue' },
  provenance: { zh: '数据来源', en: 'Provenance' },
  official: { zh: '正式文件', en: 'official document' },
  synthetic: { zh: '合成示例', en: 'synthetic example' },
  save: { zh: '保存', en: 'Save' },
  remove: { zh: (year: number) => `删除${year}年度指标`, en: (year: number) => `Delete ${year}` },
  saved: { zh: (year: number) => `${year}年度指标已保存。`, en: (year: number) => `${year} saved.` },
  removed: { zh: (year: number) => `${year}年度指标已删除。`, en: (year: number) => `${year} deleted.` },
  saving: { zh: '正在保存…', en: 'Saving…' },
  yearInvalid: { zh: '年度须在 2023–2100 之间', en: 'The year must be within 2023–2100' },
});
