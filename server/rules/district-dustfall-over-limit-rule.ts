import { planBasis } from '../schema/basis.ts';
import { DUSTFALL_LIMIT } from '../schema/dustfall-point.ts';
import { DISTRICT_ENTITY } from '../schema/enums/rule-id.ts';
import type { RuleDefinition } from './rule-definition.ts';

/**
 * Task 12 (target G6): the district's average dustfall of the month above 7 t/(km²·month), the plan's own limit
 * (「全区平均降尘量不得高于7吨/月·平方公里」). The average is the township values weighted by township area, as the
 * statistics serve it (`district.dustfall`). One hit at most, on the district itself: entity and township
 * {@link DISTRICT_ENTITY}.
 *
 * @example
 * districtDustfallOverLimitRule.evaluate(facts, context)[0]?.detail.zh; // '2023-04：全区平均 8.66（限值 7）'
 */
export const districtDustfallOverLimitRule: RuleDefinition = {
  id: 'district-dustfall-over-limit',
  task: 12,
  severity: 'violation',
  layer: 'townships',
  basis: [planBasis('G6')],
  evaluate: (facts) =>
    facts.districtDustfall.flatMap((d) => {
      if (d.value === null || d.value <= DUSTFALL_LIMIT) return [];
      const value = d.value.toFixed(2);
      return [
        {
          entityId: DISTRICT_ENTITY,
          township: DISTRICT_ENTITY,
          since: d.month,
          detail: {
            zh: `${d.month}：全区平均 ${value}（限值 ${DUSTFALL_LIMIT}）`,
            en: `${d.month}: district average ${value} (limit ${DUSTFALL_LIMIT})`,
          },
        },
      ];
    }),
};
