import { planBasis } from '../schema/basis.ts';
import { addDays } from '../time/cst.ts';
import type { RuleDefinition } from './rule-definition.ts';

/** The plan's issue date (《忻府区空气质量再提升2023年行动计划》, 印发 2023年5月5日). */
export const PLAN_ISSUED_ON = '2023-05-05';

/**
 * Days after the plan's issue by which every registered stockyard is expected to have had a first inspection (a
 * console convention: the plan sets no inspection frequency, and the register holds no date a stockyard began).
 */
export const STOCKYARD_FIRST_INSPECTION_GRACE_DAYS = 60;

/**
 * Task 12: a registered stockyard with no inspection on record up to as-of's day, once
 * {@link STOCKYARD_FIRST_INSPECTION_GRACE_DAYS} days have passed since the plan's issue ({@link PLAN_ISSUED_ON}):
 * nobody knows whether its controls are in place. Silent on the last day of the grace period, firing from the day
 * after. Silent without stockyard facts.
 *
 * @example
 * stockyardNeverInspectedRule.evaluate(facts, context)[0]?.detail.zh; // '登记在册，至今无检查记录'
 */
export const stockyardNeverInspectedRule: RuleDefinition = {
  id: 'stockyard-never-inspected',
  task: 12,
  severity: 'warning',
  layer: 'stockyards',
  basis: [
    planBasis('T12.1'),
    {
      kind: 'convention',
      note: {
        zh:
          `规划印发（${PLAN_ISSUED_ON}）满${STOCKYARD_FIRST_INSPECTION_GRACE_DAYS}天后，` +
          '在册堆场仍无检查记录即提示（宽限期为本系统约定，规划未规定检查频次）',
        en:
          `flagged once ${STOCKYARD_FIRST_INSPECTION_GRACE_DAYS} days have passed since the plan's issue ` +
          `(${PLAN_ISSUED_ON}) without an inspection (a console convention: the plan sets no inspection frequency)`,
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const today = asOf.slice(0, 10);
    const due = addDays(PLAN_ISSUED_ON, STOCKYARD_FIRST_INSPECTION_GRACE_DAYS);
    if (!(due < today)) return [];
    return (facts.stockyards ?? [])
      .filter((y) => y.lastInspection === null || y.lastInspection.date > today)
      .map((y) => ({
        entityId: y.id,
        township: y.township,
        since: addDays(due, 1),
        detail: { zh: '登记在册，至今无检查记录', en: 'registered, no inspection on record' },
      }));
  },
};
