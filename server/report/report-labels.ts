/**
 * The monthly report's fixed wording in Chinese and English.
 *
 * @module
 */
import type { Provenance } from '../schema/common.ts';
import type { ReportLang } from '../schema/reports.ts';
import { DUSTFALL_LIMIT } from '../schema/plan-targets.ts';

type Pair = readonly [zh: string, en: string];

/** Picks the text of `lang`. */
export function pick(lang: ReportLang, [zh, en]: Pair): string {
  return lang === 'zh' ? zh : en;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The report's title and month heading.
 *
 * @example
 * reportTitle('2023-06', 'zh'); // '忻府区大气污染防治月报 2023年6月'
 */
export function reportTitle(month: string, lang: ReportLang): { title: string; heading: string; monthLabel: string } {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  const monthLabel = lang === 'zh' ? `${year}年${m}月` : `${MONTHS_EN[m - 1] ?? month} ${year}`;
  const heading = lang === 'zh' ? '忻府区大气污染防治月报' : 'Xinfu District Air Pollution Control Monthly Report';
  return { title: `${heading} ${monthLabel}`, heading, monthLabel };
}

/** A `YYYY-MM-DD` day as the report writes it: `6月30日` / `30 Jun`. */
export function dayLabel(date: string, lang: ReportLang): string {
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return lang === 'zh' ? `${m}月${d}日` : `${d} ${(MONTHS_EN[m - 1] ?? '').slice(0, 3)}`;
}

export const provenanceWords: Record<Provenance, Pair> = {
  official: ['官方', 'official'],
  approximate: ['示意（位置或形状为估计）', 'approximate (position or shape estimated)'],
  synthetic: ['合成演示数据', 'synthetic demo data'],
};

/** Fixed texts of the page. */
export const text = {
  asOf: ['统计截至', 'As of'],
  cst: ['（北京时间）', ' (China Standard Time)'],
  basis: ['依据', 'Basis'],
  printHint: ['打印：浏览器“打印”（A4 纵向）。', 'Print with the browser (A4 portrait).'],
  dustfallHeading: ['一、各乡镇（街道）降尘', '1. Dustfall by township'],
  dustfallNote: [
    `月均降尘 = 该乡镇（街道）降尘监测点当月读数的平均值；` +
      `全区值为各乡镇值按面积加权平均。` +
      `限值：全区平均降尘量不得高于 ${DUSTFALL_LIMIT} t/(km²·月)。▲超标 = 高于限值。`,
    `Monthly dustfall = mean of the month's readings of the township's dustfall points; ` +
      `the district value is the area-weighted mean of the township values. ` +
      `Limit: district average ≤ ${DUSTFALL_LIMIT} t/(km²·month). ` +
      `▲ exceeds = above the limit.`,
  ],
  township: ['乡镇（街道）', 'Township'],
  points: ['有读数点位 / 点位', 'Points with reading / points'],
  dustfallMean: ['月均降尘 t/(km²·月)', 'Dustfall t/(km²·month)'],
  dustfallMax: ['最高点位', 'Highest point'],
  assessment: ['评价', 'Assessment'],
  districtWeighted: ['全区（面积加权）', 'District (area-weighted)'],
  exceeds: ['▲超标', '▲ exceeds'],
  withinLimit: ['✓ 未超标', '✓ within limit'],
  noReading: ['— 无读数', '— no reading'],
  aqHeading: ['二、空气质量目标完成情况', '2. Air-quality targets'],
  aqNote: [
    '浓度为全区国控站自 1 月 1 日起的累计值（HJ 663-2013）；有效天数不足时为暂定值，不作评价。',
    "Concentrations are the district's year-to-date figures from the national stations (HJ 663-2013); " +
      'with too few valid days a figure is provisional and not judged.',
  ],
  indicator: ['指标', 'Indicator'],
  target: ['目标', 'Target'],
  source: ['依据', 'Basis'],
  period: ['统计期', 'Period'],
  value: ['数值', 'Value'],
  planBasis: ['规划', 'plan'],
  yearToDate: ['年累计', 'year to date'],
  thisMonth: ['本月', 'this month'],
  met: ['✓ 达标', '✓ met'],
  notMet: ['▲未达标', '▲ not met'],
  provisional: ['◇ 暂定值，不评价', '◇ provisional, not judged'],
  noData: ['— 无数据', '— no data'],
  goodDays: ['优良天数比例', 'Share of good days (AQI ≤ 100)'],
  goodDaysDetail: ['优良天数 / 有效天数', 'good days / valid days'],
  noPlanTarget: ['规划未设定', 'not set by the plan'],
  stations: ['站点', 'Stations'],
  alertsHeading: ['三、未闭环告警（截至月末）', '3. Open alerts at month end'],
  alertsNote: [
    '月末仍在持续、且尚未核验闭环的告警（含待处置、已指派、已办结待核验）；“预览”为告警台账当时尚未记录的规则命中。',
    'Alerts in force at month end whose loop is not closed (open, assigned, or resolved awaiting verification); ' +
      '“preview” marks a rule hit the alert ledger had not recorded then.',
  ],
  total: ['合计', 'Total'],
  bySeverity: ['按类别', 'By severity'],
  byTownship: ['按乡镇（街道）', 'By township'],
  count: ['数量', 'Count'],
  oldest: ['持续时间最长的告警', 'Oldest open alerts'],
  alertId: ['编号', 'No.'],
  /** In place of the number of a rule hit the alert ledger did not hold at month end. */
  preview: ['预览', 'preview'],
  severity: ['类别', 'Severity'],
  matter: ['事项', 'Matter'],
  task: ['任务', 'Task'],
  since: ['持续自', 'Since'],
  raised: ['发现', 'Raised'],
  status: ['状态', 'Status'],
  none: ['无', 'None'],
  tasksHeading: ['四、重点任务进展', '4. Progress of the 17 tasks'],
  tasksNote: [
    '状态为任务跟踪的当前状态；逾期 = 截至月末已过时限且未完成；未按期（力争）= 规划“力争”完成的日期已过且未完成，' +
      '不属逾期；已完成但规则仍报告未办结的告警时，注明“与规则结果冲突”。',
    "Status is the tracker's current state; overdue = a deadline passed by month end and the task is not done; " +
      'missed (strive for) = a date the plan only strives for (力争) passed and the task is not done, which is not ' +
      'overdue; a task done while the rules still report open alerts is marked in conflict with the rules.',
  ],
  number: ['序号', 'No.'],
  lastUpdate: ['最近更新', 'Last update'],
  deadline: ['时限', 'Deadlines'],
  overdueFlag: ['逾期 / 未按期', 'Late'],
  overdue: ['▲逾期', '▲ overdue'],
  missedStrive: ['△未按期（力争）', '△ missed (strive for)'],
  notOverdue: ['—', '—'],
  never: ['未更新', 'never'],
  footerData: ['数据说明', 'About the data'],
  footerAllOfficial: ['本报告所用数据均为官方数据。', 'All data in this report are official.'],
  footerAlerts: [
    '告警由上述数据按规则自动生成，各规则的依据见第三节及“规划外依据”。',
    'Alerts are derived from the data above by the rules; ' +
      'the basis of each is in section 3 and under “Bases outside the plan”.',
  ],
  byRule: ['按规则', 'By rule'],
  rule: ['规则', 'Rule'],
  ruleBasis: ['依据', 'Basis'],
  outsidePlanHeading: ['规划外依据', 'Bases outside the plan'],
  outsidePlanNote: [
    '以下文件与约定不在规划中，本系统的规则与管控引用了它们（由规则目录生成）。',
    'These documents and conventions are not in the plan; ' +
      'the console’s rules and controls apply them (from the rule catalogue).',
  ],
  usedBy: ['用于', 'Used by'],
  datasetNote: ['数据集说明', 'Dataset note'],
  emergencyHeading: ['五、重污染天气应对', '5. Heavy-pollution response'],
  emergencyNote: [
    '本月执行的重污染天气预警（含跨月预警）、预警级别、本月执行天数及应急减排措施核查结果；详见各预警的总结报告。',
    'The heavy-pollution warnings in force this month (including those spanning months), their levels, their days ' +
      'this month and the verification of the emergency measures; each has its own episode report.',
  ],
  noWarnings: ['本月未执行重污染天气预警。', 'No heavy-pollution warning was in force this month.'],
  warning: ['预警', 'Warning'],
  levels: ['级别', 'Levels'],
  warningPeriod: ['执行时段', 'Period'],
  daysThisMonth: ['本月天数', 'Days this month'],
  compliance: ['措施落实（清单企业 / 已核查 / 未落实）', 'Compliance (listed / checked / non-compliant)'],
  report: ['总结报告', 'Report'],
  running: ['执行中', 'running'],
  generated: ['生成时间', 'Generated'],
  generator: ['蓝天 · 忻府区大气环境监管', 'Lantian · Xinfu air-quality supervision'],
} as const satisfies Record<string, Pair>;
