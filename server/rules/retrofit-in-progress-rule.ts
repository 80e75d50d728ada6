import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 7: a village whose clean-heating retrofit is under way (progress to track).
 *
 * @example
 * retrofitInProgressRule.evaluate(facts, context).map((f) => f.entityId); // ['140902004204']
 */
export const retrofitInProgressRule: RuleDefinition = {
  id: 'retrofit-in-progress',
  task: 7,
  severity: 'info',
  layer: 'villages',
  basis: [planBasis('T7.3')],
  evaluate: (facts) =>
    facts.villages
      .filter((v) => v.retrofitInProgress)
      .map((v) => ({
        entityId: v.code,
        township: v.township,
        since: null,
        detail: { zh: '改造推进中', en: 'retrofit under way' },
      })),
};
