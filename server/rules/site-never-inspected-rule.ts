import { planBasis } from '../schema/basis.ts';
import { addDays } from '../time/cst.ts';
import type { RuleDefinition } from './rule-definition.ts';

/** Days a site may work after its start before its first inspection is expected (a convention, not the plan's). */
export const FIRST_INSPECTION_GRACE_DAYS = 14;

/**
 * Task 11: an active construction site with no inspection on record up to as-of, started more than
 * {@link FIRST_INSPECTION_GRACE_DAYS} days before as-of: nobody has checked its six 100% at all (the plan's
 * 「严格落实管辖区内建筑施工扬尘“六个百分之百”」 cannot be known to hold). The grace period is the console's
 * convention.
 *
 * @example
 * siteNeverInspectedRule.evaluate(facts, context)[0]?.detail.zh; // '开工于2023-04-02，至今无巡查记录'
 */
export const siteNeverInspectedRule: RuleDefinition = {
  id: 'site-never-inspected',
  task: 11,
  severity: 'warning',
  layer: 'construction-sites',
  basis: [
    planBasis('T11.1'),
    {
      kind: 'convention',
      note: {
        zh: `开工满${FIRST_INSPECTION_GRACE_DAYS}天仍无巡查记录即提示（宽限期为本系统约定，规划未规定巡查频次）`,
        en:
          `flagged once ${FIRST_INSPECTION_GRACE_DAYS} days have passed since the start without an inspection ` +
          '(the grace period is a console convention: the plan sets no inspection frequency)',
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const today = asOf.slice(0, 10);
    return facts.sites
      .filter(
        (s) =>
          s.active &&
          (s.lastInspection === null || s.lastInspection.date > today) &&
          addDays(s.startDate, FIRST_INSPECTION_GRACE_DAYS) < today,
      )
      .map((s) => ({
        entityId: s.id,
        township: s.township,
        since: addDays(s.startDate, FIRST_INSPECTION_GRACE_DAYS + 1),
        detail: {
          zh: `开工于${s.startDate}，至今无巡查记录`,
          en: `started ${s.startDate}, no inspection on record`,
        },
      }));
  },
};
