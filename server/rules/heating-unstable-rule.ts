import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 7: a retrofitted village whose clean heating does not run stably.
 *
 * @example
 * heatingUnstableRule.evaluate(facts, context)[0]?.detail.en; // 'retrofit or operation to improve'
 */
export const heatingUnstableRule: RuleDefinition = {
  id: 'heating-unstable',
  task: 7,
  severity: 'warning',
  layer: 'villages',
  basis: [planBasis('T7.5')],
  evaluate: (facts) =>
    facts.villages
      .filter((v) => v.heatingStatus === 'unstable')
      .map((v) => ({
        entityId: v.code,
        township: v.township,
        since: null,
        detail: { zh: '需优化改造方式或运行模式', en: 'retrofit or operation to improve' },
      })),
};
