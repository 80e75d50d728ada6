import { defineMessages } from './define-messages.ts';

const pct = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const num = (value: number, digits = 0) =>
  value.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/**
 * The 台账 view's 能源煤炭 and 项目准入 tabs (issue 17; tasks 1, 6, 8).
 *
 * @example
 * ledgersEnergyMessages('zh').districtTitle; // '全区煤炭消费与非化石能源占比'
 */
export const ledgersEnergyMessages = defineMessages({
  districtTitle: { zh: '全区煤炭消费与非化石能源占比', en: 'District coal use and non-fossil share' },
  factorsNote: {
    zh:
      '折标系数按 GB/T 2589-2020：原煤 0.7143、天然气 1.2143 kgce/m³（参考值）、电力当量值 0.1229 kgce/kWh；' +
      '生物质 0.5 kgce/kg 为本系统约定。非化石能源 = 生物质 + 企业自有或协议绿电（电网中的非化石电力不计入企业）。',
    en:
      'Factors after GB/T 2589-2020: raw coal 0.7143, natural gas 1.2143 kgce/m³ (reference value), electricity at ' +
      'its calorific equivalent 0.1229 kgce/kWh; biomass 0.5 kgce/kg is a console convention. Non-fossil energy = ' +
      'biomass + the enterprise’s own or contracted green power (the grid’s non-fossil part is not attributed).',
  },
  colYear: { zh: '年度', en: 'Year' },
  colCoal: { zh: '煤炭（吨）', en: 'Coal (t)' },
  colGas: { zh: '天然气（万m³）', en: 'Gas (10⁴ m³)' },
  colElectricity: { zh: '电力（MWh）', en: 'Electricity (MWh)' },
  colBiomass: { zh: '生物质（吨）', en: 'Biomass (t)' },
  colTotal: { zh: '综合能耗（tce）', en: 'Total (tce)' },
  colCoalShare: { zh: '煤炭占比', en: 'Coal share' },
  colNonFossil: { zh: '非化石占比', en: 'Non-fossil share' },
  colChange: { zh: '煤炭同比', en: 'Coal y/y' },
  colEnterprise: { zh: '企业', en: 'Enterprise' },
  colIndustry: { zh: '行业', en: 'Industry' },
  colTownship: { zh: '乡镇（街道）', en: 'Township' },
  pct: { zh: pct, en: pct },
  number: { zh: num, en: num },
  change: {
    zh: (ratio: number | null) => (ratio === null ? '—' : `${ratio > 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`),
    en: (ratio: number | null) => (ratio === null ? '—' : `${ratio > 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`),
  },
  ledgerTitle: { zh: '企业能源台账', en: 'Enterprise energy ledger' },
  yearFilter: { zh: '年度', en: 'Year' },
  sortBy: { zh: '排序', en: 'Sort' },
  sortCoal: { zh: '按耗煤量', en: 'by coal' },
  sortName: { zh: '按企业', en: 'by enterprise' },
  noRows: { zh: '没有台账记录', en: 'No ledger rows' },
  truncated: { zh: '仅显示前 5000 行，请筛选', en: 'Only the first 5,000 rows: filter' },
  showOnMap: { zh: '在地图上显示', en: 'Show on map' },
  furnacesTitle: { zh: '燃煤炉窑（任务8）', en: 'Coal-fired furnaces (task 8)' },
  furnacesNote: {
    zh:
      '新改扩建加热炉、热处理炉、干燥炉、熔化炉不得使用煤炭等高污染燃料（违规）；' +
      '现有燃煤工业炉窑待改用清洁能源（提示）。',
    en:
      'New, rebuilt or expanded heating, heat-treatment, drying and melting furnaces may not burn coal (violation); ' +
      'existing coal-fired kilns are to convert (information).',
  },
  noFurnaces: { zh: '没有燃煤炉窑', en: 'No coal-fired furnaces' },
  editTitle: {
    zh: (name: string, year: number) => `修改台账：${name} ${year} 年`,
    en: (name: string, year: number) => `Edit: ${name}, ${year}`,
  },
  pickRow: { zh: '选择一行以修改其台账', en: 'Pick a row to edit its ledger' },
  nonFossilMwh: { zh: '自有或协议绿电（MWh）', en: 'Own or contracted green power (MWh)' },
  source: { zh: '数据来源', en: 'Source' },
  save: { zh: '保存', en: 'Save' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saved: { zh: '已保存', en: 'Saved' },
  saveFailed: { zh: (text: string) => `保存失败：${text}`, en: (text: string) => `Could not save: ${text}` },
  coalProjectsTitle: { zh: '耗煤项目与煤炭减量替代（任务6）', en: 'Coal-consuming projects and substitution (task 6)' },
  coalProjectsNote: {
    zh: '替代量不低于新增耗煤量（1:1，等量或减量替代）为本系统约定，规划未给出比例。',
    en: 'Substitution of at least the new coal use (1:1) is a console convention; the plan gives no ratio.',
  },
  colProject: { zh: '项目', en: 'Project' },
  colProcedure: { zh: '程序', en: 'Procedure' },
  colStatus: { zh: '状态', en: 'Status' },
  colDecided: { zh: '决定日期', en: 'Decided' },
  colNewCoal: { zh: '新增耗煤（吨/年）', en: 'New coal (t/yr)' },
  colSubstitution: { zh: '替代量（吨/年）', en: 'Substituted (t/yr)' },
  colRatio: { zh: '替代比例', en: 'Ratio' },
  ratio: {
    zh: (ratio: number | null) => (ratio === null ? '—' : `${ratio.toFixed(2)}:1`),
    en: (ratio: number | null) => (ratio === null ? '—' : `${ratio.toFixed(2)}:1`),
  },
  short: { zh: '替代不足', en: 'short' },
  noProjects: { zh: '没有项目记录', en: 'No projects' },
  highEnergyTitle: { zh: '“两高”项目台账（任务1）', en: 'High-energy (两高) project register (task 1)' },
  highEnergyNote: {
    zh: '已批复、在建、已投产的项目须落实全部七项要求；“待落实”和“未落实”均视为未满足。',
    en: 'Approved, building and operating projects must meet all seven checks; pending and failed both count as unmet.',
  },
  colBuildKind: { zh: '建设性质', en: 'Build kind' },
  colChecks: { zh: '政策要求', en: 'Policy checks' },
});
