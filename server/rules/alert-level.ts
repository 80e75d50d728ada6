import { type Basis, externalBasis } from '../schema/basis.ts';
import type { PerformanceGrade } from '../schema/enterprise.ts';

/** Heavy-pollution alert levels (重污染天气预警), lowest first. */
export const alertLevels = ['none', 'yellow', 'orange', 'red'] as const;
export type AlertLevel = (typeof alertLevels)[number];

/** One trigger condition: daily AQI above `aboveAqi` on at least `days` consecutive forecast days. */
export interface SustainedAqi {
  aboveAqi: number;
  days: number;
}

/**
 * Triggers of each level: every condition of `all` holds, or any of `any`. Levels are tried
 * from red down; the first that holds wins (each applies only while the higher one does not).
 */
export interface AlertTriggers {
  yellow: { all: SustainedAqi[]; any?: SustainedAqi[] };
  orange: { all: SustainedAqi[]; any?: SustainedAqi[] };
  red: { all: SustainedAqi[]; any?: SustainedAqi[] };
}

/**
 * Xinzhou's triggers (city plan of 2020, per the Xinzhou EEB reply of 2021-03-16; domain.md §7):
 * yellow: forecast daily AQI > 200 for ≥ 48 h; orange: > 200 for ≥ 72 h; red: > 200 for ≥ 96 h
 * and > 300 for ≥ 48 h, or the forecast daily AQI reaches 500 (read as: > 499 for one day).
 */
export const XINZHOU_TRIGGERS: AlertTriggers = {
  yellow: { all: [{ aboveAqi: 200, days: 2 }] },
  orange: { all: [{ aboveAqi: 200, days: 3 }] },
  red: {
    all: [
      { aboveAqi: 200, days: 4 },
      { aboveAqi: 300, days: 2 },
    ],
    any: [{ aboveAqi: 499, days: 1 }],
  },
};

/**
 * What {@link XINZHOU_TRIGGERS} rest on: Xinzhou's emergency plan, not the action plan (which says only
 * 「严格落实重污染天气应急预案减排要求」, T15.3).
 */
export const TRIGGERS_BASIS: readonly Basis[] = [
  externalBasis('xinzhouPlan2020', {
    zh: '预警触发条件：预报日AQI>200持续2天（黄）、3天（橙）、4天且>300持续2天或达500（红）',
    en:
      'triggers: forecast daily AQI > 200 for 2 days (yellow), 3 days (orange), ' +
      '4 days with > 300 for 2 days or 500 (red)',
  }),
];

/** Longest run of consecutive values above `threshold`. */
function longestRunAbove(values: readonly number[], threshold: number): number {
  let best = 0;
  let run = 0;
  for (const v of values) {
    run = v > threshold ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * The alert level a forecast of daily AQI values (consecutive days, from today) calls for.
 *
 * @example
 * deriveAlertLevel([210, 230, 180]); // 'yellow' (above 200 for 2 days)
 */
export function deriveAlertLevel(
  forecastDailyAqi: readonly number[],
  triggers: AlertTriggers = XINZHOU_TRIGGERS,
): AlertLevel {
  const holds = (c: SustainedAqi) => longestRunAbove(forecastDailyAqi, c.aboveAqi) >= c.days;
  for (const level of ['red', 'orange', 'yellow'] as const) {
    const t = triggers[level];
    if ((t.all.length > 0 && t.all.every(holds)) || (t.any ?? []).some(holds)) return level;
  }
  return 'none';
}

/**
 * The level in force: the one an official set, else the one a forecast calls for, else none.
 *
 * @example
 * alertLevelFrom(undefined, [250, 260, 270]); // 'orange'
 */
export function alertLevelFrom(
  level: AlertLevel | undefined,
  forecastDailyAqi: readonly number[] | undefined,
): AlertLevel {
  return level ?? (forecastDailyAqi ? deriveAlertLevel(forecastDailyAqi) : 'none');
}

/** Required emission cut of SO2, NOx, PM and VOCs per level, as a share of the total (domain.md §7). */
export const REQUIRED_REDUCTION: Record<AlertLevel, number> = { none: 0, yellow: 0.1, orange: 0.2, red: 0.3 };

/** What {@link REQUIRED_REDUCTION} rests on: the ministry's 2019 guidance, not the action plan. */
export const REDUCTION_BASIS: readonly Basis[] = [
  externalBasis('reductionShares2019', {
    zh: '黄/橙/红色预警减排比例10%/20%/30%',
    en: 'cuts of 10/20/30 % at yellow/orange/red',
  }),
];

/**
 * What the per-grade measures ({@link emergencyMeasure}) rest on: the 2020 technical guide, and two readings of the
 * console's own (every operating enterprise, one measure per grade at every level), since the plan's
 * 应急减排清单 is not held.
 */
export const MEASURES_BASIS: readonly Basis[] = [
  externalBasis('gradeMeasures2020', { zh: 'A/B/C/D级企业的减排措施', en: 'the measures of grades A/B/C/D' }),
  {
    kind: 'convention',
    note: {
      zh: '措施适用于全部在产企业、各预警级别相同（规划所说的应急减排清单未录入）',
      en:
        'measures apply to every operating enterprise, the same at every level ' +
        "(the plan's emergency list is not held)",
    },
  },
];

/** An enterprise's emergency measure during an alert, by performance grade (绩效分级, domain.md §7). */
export type EmergencyMeasure = 'none' | 'self-determined' | 'limit-production' | 'partial-stop' | 'stop';

export const emergencyMeasureLabels: Record<EmergencyMeasure, { zh: string; en: string }> = {
  none: { zh: '无', en: 'none' },
  'self-determined': { zh: '自主减排', en: 'self-determined reduction' },
  'limit-production': { zh: '以限代停', en: 'limit output' },
  'partial-stop': { zh: '以停代限（部分停产）', en: 'partial stop' },
  stop: { zh: '停产', en: 'stop production' },
};

/**
 * A: self-determined; B: limit output; C: stop part of the lines; D: stop. No alert, no measure.
 *
 * @example
 * emergencyMeasure('C', 'orange'); // 'partial-stop'
 */
export function emergencyMeasure(grade: PerformanceGrade, level: AlertLevel): EmergencyMeasure {
  if (level === 'none') return 'none';
  return { A: 'self-determined', B: 'limit-production', C: 'partial-stop', D: 'stop' }[grade] as EmergencyMeasure;
}
