import { type Basis, externalBasis } from '../schema/basis.ts';

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
 * What the reduction shares rest on when the emergency plan's requirement is entered as data (issue 15): its
 * document, and where the shares were read.
 *
 * @example
 * requirementBasis({ document: '忻州市重污染天气应急预案', source: '第5.2节', shares })[0]?.kind; // 'external'
 */
export function requirementBasis(requirement: {
  document: string;
  source: string;
  shares: { yellow: number; orange: number; red: number };
}): Basis[] {
  const pct = (x: number) => `${Math.round(x * 1000) / 10}`;
  const { yellow, orange, red } = requirement.shares;
  const shares = `${pct(yellow)}%/${pct(orange)}%/${pct(red)}%`;
  return [
    {
      kind: 'external',
      document: { zh: requirement.document, en: requirement.document },
      note: {
        zh: `黄/橙/红色预警减排比例${shares}（${requirement.source}）`,
        en: `cuts of ${pct(yellow)}/${pct(orange)}/${pct(red)} % at yellow/orange/red (${requirement.source})`,
      },
    },
  ];
}
