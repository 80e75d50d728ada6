import type { CoverageProblem } from '../../server/aq/annual.ts';
import { describeProblem } from '../../server/aq/describe-coverage-problem.ts';
import type { AqSubjectNote, Progress } from '../../server/schema/aq.ts';
import { defineMessages } from './define-messages.ts';

type Statistic = 'annual-mean' | 'p95-24h-mean' | 'p90-daily-max-8h';

const progressZh: Record<Progress, string> = { pass: '达标', 'at-risk': '临界', fail: '超标', 'no-data': '无数据' };
const progressEn: Record<Progress, string> = {
  pass: 'on track',
  'at-risk': 'at risk',
  fail: 'failing',
  'no-data': 'no data',
};
const statisticZh: Record<Statistic, string> = {
  'annual-mean': '年均值',
  'p95-24h-mean': '日均值第95百分位',
  'p90-daily-max-8h': '日最大8小时第90百分位',
};
const statisticEn: Record<Statistic, string> = {
  'annual-mean': 'annual mean',
  'p95-24h-mean': 'p95 of 24-h means',
  'p90-daily-max-8h': 'p90 of daily max 8-h',
};
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2023-01-01`…`2023-12-31` is the whole year 2023. */
const wholeYear = (from: string, to: string) => from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`;

function noteZh(note: AqSubjectNote): string {
  switch (note.code) {
    case 'district-mean':
      return '全区数值：按 HJ 663-2013，每日取各国控站有效日均值的平均（O3 取各站日最大8小时平均）；不使用微站数据。';
    case 'station-no-readings': {
      const period = wholeYear(note.from, note.to) ? `${note.from.slice(0, 4)}年` : `${note.from} 至 ${note.to}`;
      const stopped = note.stopped ? `已于${note.stoppedOn ?? ''}停运，` : '';
      return `站点 ${note.station}（${note.name}）${stopped}${period}无监测数据。`;
    }
    case 'micro-station':
      return '微站：仅用于监管评价，不计入全区数值。';
    case 'year-to-date':
      return (
        `年初至今（${note.days} 天）：某月或全年仅在已无法达到 27 个有效日（2 月 25 个）` +
        '或全年 324 个有效日时才标为数据不足。'
      );
  }
}

function noteEn(note: AqSubjectNote): string {
  switch (note.code) {
    case 'district-mean':
      return (
        'District values: per day the mean of the national stations’ valid daily values ' +
        '(O3: of their daily max 8-h means), per HJ 663-2013; micro-stations are not used.'
      );
    case 'station-no-readings': {
      const period = wholeYear(note.from, note.to) ? note.from.slice(0, 4) : `${note.from} … ${note.to}`;
      const stopped = note.stopped ? `stopped${note.stoppedOn ? ` on ${note.stoppedOn}` : ''}: ` : '';
      return `Station ${note.station} (${note.name}) ${stopped}no readings in ${period}.`;
    }
    case 'micro-station':
      return 'Micro-station: evaluated for supervision only; it never counts towards the district figure.';
    case 'year-to-date':
      return (
        `Year to date (${note.days} days): a month or the year is flagged short only once it can no longer reach ` +
        '27 (February 25) or 324 valid days.'
      );
  }
}

function problemZh(problem: CoverageProblem, year: number): string {
  switch (problem.code) {
    case 'too-few-days':
      return `${year}年：有效日 ${problem.count} 天，需 ${problem.required} 天`;
    case 'month-short':
      return `${year}年${problem.month}月：有效日 ${problem.count} 天，需 ${problem.required} 天`;
    case 'malformed-date':
      return `日期格式有误：${problem.date}`;
    case 'date-outside-year':
      return `日期 ${problem.date} 不在 ${year} 年内`;
    case 'duplicate-date':
      return `日期 ${problem.date} 重复`;
  }
}

/**
 * The 空气质量 view's messages: the evaluation table, the AQ notes (worded from the server's codes), the charts'
 * axes, the time strip and the out-of-range notice.
 *
 * @example
 * airMessages('zh').month(1); // '1月'
 */
export const airMessages = defineMessages({
  loading: { zh: '正在加载…', en: 'Loading…' },
  retry: { zh: '重试', en: 'Retry' },
  loadFailed: { zh: (text: string) => `数据加载失败：${text}`, en: (text: string) => `Could not load data: ${text}` },
  stationLabel: { zh: '评价对象', en: 'Evaluated' },
  district: { zh: '全区（国控站）', en: 'District (national stations)' },
  planSuffix: { zh: '（计划）', en: ' (plan)' },
  progress: { zh: (p: Progress) => progressZh[p], en: (p: Progress) => progressEn[p] },
  statistic: { zh: (s: Statistic) => statisticZh[s], en: (s: Statistic) => statisticEn[s] },
  title: {
    zh: (year: number, date: string) => `${year}年目标进度（截至 ${date}）`,
    en: (year: number, date: string) => `${year} targets, year to date (to ${date})`,
  },
  basis: {
    zh: '依据 HJ 663-2013 评价，限值为 GB 3095-2012 二级；PM2.5、SO2 为行动计划目标。*：数据有效性不足，仅供参考。',
    en:
      'Evaluated per HJ 663-2013 against GB 3095-2012 Class II; ' +
      'PM2.5 and SO2 against the plan. *: coverage short, provisional.',
  },
  validity: { zh: '数据有效性', en: 'Data validity' },
  problem: {
    zh: (problem: CoverageProblem, year: number) => problemZh(problem, year),
    en: (problem: CoverageProblem, year: number) => describeProblem(problem, year),
  },
  goodDays: { zh: '优良天数比例', en: 'Share of good days' },
  comprehensiveIndex: { zh: '综合指数', en: 'comprehensive index' },
  comprehensiveIndexHelp: {
    zh: '综合指数（HJ 663-2013）：六项污染物的年评价值各除以其二级标准限值后相加，数值越小空气越好。',
    en:
      'Comprehensive index (HJ 663-2013): each of the six pollutants’ annual figure divided by its Class II ' +
      'limit, summed; lower is cleaner.',
  },
  levelDays: {
    zh: (category: string, days: number) => `${category} ${days}天`,
    en: (category: string, days: number) => `${category} ${days} d`,
  },
  dailyAqi: { zh: '日AQI（HJ 633-2012）', en: 'Daily AQI (HJ 633-2012)' },
  pollutantChart: { zh: '污染物日均值与限值', en: 'Daily values against the limit' },
  pollutantLabel: { zh: '污染物', en: 'Pollutant' },
  month: { zh: (m: number) => `${m}月`, en: (m: number) => MONTHS_EN[m - 1] ?? String(m) },
  limit: { zh: (limit: number) => `限值 ${limit}`, en: (limit: number) => `limit ${limit}` },
  dailyAqiChartLabel: {
    zh: '全年日AQI柱状图，按 HJ 633-2012 等级着色',
    en: 'Daily AQI through the year, coloured by HJ 633-2012 level',
  },
  pollutantChartLabel: {
    zh: (pollutant: string, unit: string) => `${pollutant} 日均值（${unit}）与限值`,
    en: (pollutant: string, unit: string) => `${pollutant} daily values (${unit}) against the limit`,
  },
  note: { zh: (note: AqSubjectNote) => noteZh(note), en: (note: AqSubjectNote) => noteEn(note) },
  outOfRange: {
    zh: (chosen: string, from: string, to: string, shown: string) =>
      `所选时刻 ${chosen} 暂无空气质量数据（数据范围 ${from} 至 ${to}），下面显示截至 ${shown} 的结果。`,
    en: (chosen: string, from: string, to: string, shown: string) =>
      `No air-quality data for ${chosen} (data cover ${from} to ${to}); shown below: up to ${shown}.`,
  },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  slider: { zh: '时刻', en: 'Hour' },
  hourlyAqi: { zh: '小时AQI', en: 'hourly AQI' },
  dailyAqiPeriod: { zh: '日AQI', en: 'daily AQI' },
  cityTarget: { zh: (limit: number) => `市下达 ≤ ${limit}`, en: (limit: number) => `city ≤ ${limit}` },
  cityGoodDays: {
    zh: (floor: number) => `市下达下限 ≥ ${floor}%`,
    en: (floor: number) => `city floor ≥ ${floor}%`,
  },
  citySource: {
    zh: (year: number, source: string) => `市下达${year}年度约束性指标依据：${source}`,
    en: (year: number, source: string) => `City-assigned ${year} indicators from: ${source}`,
  },
  citySynthetic: { zh: '合成', en: 'synthetic' },
  cityMissing: {
    zh: (year: number) => `未录入市下达指标（${year}年）。`,
    en: (year: number) => `No city-assigned indicators entered for ${year}.`,
  },
  cityMissingAdmin: {
    zh: '管理员可在“数据”页的“市下达年度约束性指标”中录入。',
    en: 'Admins enter them in Data → City-assigned annual indicators.',
  },
});
