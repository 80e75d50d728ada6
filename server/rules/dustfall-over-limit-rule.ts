import { planBasis } from '../schema/basis.ts';
import { DUSTFALL_LIMIT } from '../schema/dustfall-point.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 12: a township whose dustfall of the month is above 7 t/(km²·month).
 *
 * @example
 * dustfallOverLimitRule.evaluate(facts, context)[0]?.detail.en; // '2023-06: 7.42'
 */
export const dustfallOverLimitRule: RuleDefinition = {
  id: 'dustfall-over-limit',
  task: 12,
  severity: 'warning',
  layer: 'townships',
  basis: [
    planBasis('G6'),
    {
      kind: 'convention',
      note: {
        zh: '乡镇级告警为本系统延伸：规划限值针对全区平均降尘量',
        en: "township alerts are the console's extension: the plan's limit is for the district average",
      },
    },
  ],
  evaluate: (facts) =>
    facts.townshipDustfall.flatMap((t) => {
      if (t.value === null || t.value <= DUSTFALL_LIMIT) return [];
      const value = t.value.toFixed(2);
      return [
        {
          entityId: t.code,
          township: t.code,
          since: t.month,
          detail: { zh: `${t.month}：${value}`, en: `${t.month}: ${value}` },
        },
      ];
    }),
};
