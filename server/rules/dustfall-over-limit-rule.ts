import { planBasis } from '../schema/basis.ts';
import { DUSTFALL_LIMIT } from '../schema/dustfall-point.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 12, the console's extension: a township whose dustfall of the month is above 7 t/(km²·month). The plan's
 * limit is for the district average (rule `district-dustfall-over-limit`); this one points at the townships that
 * raise it, and its title and detail say it is township-level.
 *
 * @example
 * dustfallOverLimitRule.evaluate(facts, context)[0]?.detail.en; // '2023-06: township mean 7.42'
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
        zh: '按乡镇告警（规划限值针对全区平均降尘量，乡镇级为延伸）',
        en: "alerts per township (the plan's limit is for the district average; townships are an extension)",
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
          detail: { zh: `${t.month}：乡镇均值 ${value}`, en: `${t.month}: township mean ${value}` },
        },
      ];
    }),
};
