import { planBasis } from '../schema/basis.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';

/**
 * Task 13: an operating enterprise with gaps in the 10 key VOC links.
 *
 * @example
 * vocChecklistGapsRule.evaluate(facts, context)[0]?.detail.zh; // '2 个环节'
 */
export const vocChecklistGapsRule: RuleDefinition = {
  id: 'voc-checklist-gaps',
  task: 13,
  severity: 'warning',
  layer: 'enterprises',
  basis: [planBasis('T13.1')],
  evaluate: (facts) =>
    operatingEnterprises(facts)
      .filter((e) => e.vocGaps > 0)
      .map((e) => ({
        entityId: e.id,
        township: e.township,
        since: null,
        detail: { zh: `${e.vocGaps} 个环节`, en: `${e.vocGaps} link(s)` },
      })),
};
