import type { Plan, Task } from '../../server/schema/plan.ts';

/**
 * What a person read out of the plan and wrote down by hand: metadata, targets, and per
 * task an English gloss plus the dates the text gives. `extractPlan` merges these into the
 * parsed tasks and throws if any `quote` is not a verbatim substring of the document.
 * Nothing here is invented: every date and figure has its quote. The one exception is
 * task 15's period, whose exact dates are the usual 秋冬季 campaign convention (see README): it says so in its
 * `convention`, which the console shows labelled 约定. A deadline's `strength` follows its quote: `strive` when the
 * plan writes 力争, else `firm` (`extractPlan` checks it).
 */

/** Hand-written additions to one task. Omitted fields mean "the plan gives none". */
export interface TaskAnnotation {
  /** Short English gloss of the title (ours, not the plan's). */
  titleEn: string;
  deadlines?: Task['deadlines'];
  schedule?: NonNullable<Task['schedule']>;
  period?: NonNullable<Task['period']>;
}

/** Plan-level metadata and targets, plus one {@link TaskAnnotation} per task number. */
export type PlanAnnotations = Pick<Plan, 'titleZh' | 'titleEn' | 'issuedBy' | 'issued' | 'document' | 'targets'> & {
  tasks: Readonly<Record<number, TaskAnnotation>>;
};

const OTHER_FOUR = '其余四项空气质量污染物平均浓度力争全部达到《环境空气质量标准》二级标准';
const CLASS_II = 'GB 3095-2012 二级';

/** Task 15's season: the plan names it, not its dates; the dates are the usual campaign convention. */
const AUTUMN_WINTER_CONVENTION = {
  zh: '规划未写起止日期，按秋冬季攻坚通行约定 10月1日—次年3月31日',
  en: 'The plan gives no start or end date; read by the usual autumn–winter campaign convention, 1 October to 31 March',
};

/** The annotations for `xinfu-air-quality-2023-action-plan.zh.txt`. */
export const planAnnotations: PlanAnnotations = {
  titleZh: '忻府区空气质量再提升2023年行动计划',
  titleEn: 'Xinfu District Air Quality Further-Improvement Action Plan 2023',
  issuedBy: '忻州市忻府区人民政府办公室',
  issued: '2023-05-05',
  document: 'xinfu-air-quality-2023-action-plan.zh.txt',
  targets: [
    {
      id: 'pm25-annual',
      subject: 'PM2.5',
      statistic: 'annual-mean',
      limit: 35,
      unit: 'µg/m³',
      basis: 'plan',
      standard: null,
      strength: 'strive',
      nameZh: 'PM2.5年平均浓度',
      nameEn: 'PM2.5 annual mean',
      quote: '全区PM2.5平均浓度力争降到35微克/立方米',
    },
    {
      id: 'so2-annual',
      subject: 'SO2',
      statistic: 'annual-mean',
      limit: 10,
      unit: 'µg/m³',
      basis: 'plan',
      standard: null,
      strength: 'strive',
      nameZh: '二氧化硫年平均浓度',
      nameEn: 'SO2 annual mean',
      quote: '二氧化硫平均浓度力争降到10微克/立方米以内',
    },
    {
      id: 'pm10-annual',
      subject: 'PM10',
      statistic: 'annual-mean',
      limit: 70,
      unit: 'µg/m³',
      basis: 'standard',
      standard: CLASS_II,
      strength: 'strive',
      nameZh: 'PM10年平均浓度',
      nameEn: 'PM10 annual mean',
      quote: OTHER_FOUR,
    },
    {
      id: 'no2-annual',
      subject: 'NO2',
      statistic: 'annual-mean',
      limit: 40,
      unit: 'µg/m³',
      basis: 'standard',
      standard: CLASS_II,
      strength: 'strive',
      nameZh: '二氧化氮年平均浓度',
      nameEn: 'NO2 annual mean',
      quote: OTHER_FOUR,
    },
    {
      id: 'co-p95-24h',
      subject: 'CO',
      statistic: 'p95-24h-mean',
      limit: 4,
      unit: 'mg/m³',
      basis: 'standard',
      standard: CLASS_II,
      strength: 'strive',
      nameZh: '一氧化碳24小时平均第95百分位数',
      nameEn: 'CO 95th percentile of 24-h means',
      quote: OTHER_FOUR,
    },
    {
      id: 'o3-p90-8h',
      subject: 'O3',
      statistic: 'p90-daily-max-8h',
      limit: 160,
      unit: 'µg/m³',
      basis: 'standard',
      standard: CLASS_II,
      strength: 'strive',
      nameZh: '臭氧日最大8小时平均第90百分位数',
      nameEn: 'O3 90th percentile of daily maximum 8-h means',
      quote: OTHER_FOUR,
    },
    {
      id: 'dustfall-monthly',
      subject: 'dustfall',
      statistic: 'district-monthly-mean',
      limit: 7,
      unit: 't/(km²·month)',
      basis: 'plan',
      standard: null,
      strength: 'binding',
      nameZh: '全区平均降尘量',
      nameEn: 'Dustfall, district average',
      quote: '全区平均降尘量不得高于7吨/月·平方公里',
    },
  ],
  tasks: {
    1: { titleEn: 'Curb the blind growth of energy-intensive, high-emission projects' },
    2: { titleEn: 'Retrofit, relocate or close heavily polluting enterprises' },
    3: {
      titleEn: 'Ultra-low-emission retrofit of cement grinding stations',
      deadlines: [
        {
          date: '2023-06-30',
          what: '超低排放改造评估监测工作',
          quote: '力争2023年6月底前完成超低排放改造评估监测工作',
          strength: 'strive',
        },
      ],
    },
    4: {
      titleEn: 'Comprehensive control of industrial kilns and boilers',
      deadlines: [
        {
          date: '2023-06-30',
          what: '辖区内燃用天然气、生物质、醇基等燃料锅炉达标排放情况的摸底排查',
          quote: '2023年6月底前，完成辖区内燃用天然气、生物质、醇基等燃料锅炉达标排放情况的摸底排查',
          strength: 'firm',
        },
      ],
    },
    5: { titleEn: 'Remediate traditional industrial clusters' },
    6: { titleEn: 'Cap total coal consumption' },
    7: { titleEn: 'Continue the clean-heating retrofit' },
    8: { titleEn: 'Replace coal-fired installations with clean energy' },
    9: { titleEn: 'Shift freight transport to rail and clean vehicles' },
    10: { titleEn: 'Upgrade vehicles and control non-road mobile machinery' },
    11: { titleEn: 'Fine-grained control of construction and road dust' },
    12: { titleEn: 'Dustfall control campaign' },
    13: {
      titleEn: 'Step up remediation of VOC problems',
      deadlines: [{ date: '2023-05-31', what: '一轮活性炭更换', quote: '5月底前完成一轮活性炭更换', strength: 'firm' }],
    },
    14: {
      titleEn: 'Summer ozone emergency controls',
      schedule: { months: [5, 6, 7, 8, 9], hours: [10, 16], quote: '5-9月每日10-16时' },
    },
    15: {
      titleEn: 'Staggered production against heavy-pollution weather',
      period: {
        from: '2023-10-01',
        to: '2024-03-31',
        quote: '2023-2024年秋冬季大气污染综合治理攻坚行动',
        convention: AUTUMN_WINTER_CONVENTION,
      },
    },
    16: { titleEn: 'Routine joint enforcement on diesel trucks' },
    17: { titleEn: 'Crack down on non-standard fuel' },
  },
};
