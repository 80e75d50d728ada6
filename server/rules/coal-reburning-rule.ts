import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 7: a village where scattered coal is reported burning again.
 *
 * @example
 * coalReburningRule.evaluate(facts, context)[0]?.detail.zh; // '近一年举报 3 次'
 */
export const coalReburningRule: RuleDefinition = {
  id: 'coal-reburning',
  task: 7,
  severity: 'violation',
  layer: 'villages',
  basis: [
    planBasis('T7.5'),
    {
      kind: 'convention',
      note: {
        zh: '近365天内有一次复烧举报即视为复烧（规划写“散煤复烧问题突出”，未给出口径）',
        en: 'one report within 365 days counts as re-burning (the plan says “prominent”, without a measure)',
      },
    },
  ],
  evaluate: (facts) =>
    facts.villages
      .filter((v) => v.heatingStatus === 'reburning')
      .map((v) => ({
        entityId: v.code,
        township: v.township,
        since: v.lastReburnReport,
        detail: { zh: `近一年举报 ${v.reburnReports} 次`, en: `${v.reburnReports} report(s) in 12 months` },
      })),
};
