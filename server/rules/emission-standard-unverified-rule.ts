import { planBasis } from '../schema/basis.ts';
import { addDays } from '../time/cst.ts';
import { operatingEnterprises, type RuleDefinition, type RuleFinding } from './rule-definition.ts';

/** The requirement that names an enterprise for 「污染物排放稳定达到排放标准」 (task 3: 山西禹王煤炭气化有限公司). */
export const EMISSION_STANDARD_REQUIREMENT = 'T3.3';

/** How recent the last emission test must be for 「稳定达标」 to count as verified: one quarter (a convention). */
export const EMISSION_TEST_WINDOW_DAYS = 92;

/**
 * Task 3: an operating enterprise the plan names for 「严格落实环评批复要求，污染物排放稳定达到排放标准」
 * (`planRequirement` {@link EMISSION_STANDARD_REQUIREMENT}) whose last emission test known at as-of
 * failed (or has no recorded result), or that has no test within the last
 * {@link EMISSION_TEST_WINDOW_DAYS} days.
 *
 * @example
 * emissionStandardUnverifiedRule.evaluate(facts, context)[0]?.detail.zh; // '最近监测 2023-03-10 超标'
 */
export const emissionStandardUnverifiedRule: RuleDefinition = {
  id: 'emission-standard-unverified',
  task: 3,
  severity: 'warning',
  layer: 'enterprises',
  basis: [
    planBasis('T3.3'),
    {
      kind: 'convention',
      note: {
        zh: `「稳定达标」按近一季度（${EMISSION_TEST_WINDOW_DAYS}天）内有达标监测记录核实`,
        en:
          '"stably within standard" verified by a passing test within one quarter ' +
          `(${EMISSION_TEST_WINDOW_DAYS} days)`,
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const day = asOf.slice(0, 10);
    const windowFrom = addDays(day, -EMISSION_TEST_WINDOW_DAYS);
    return operatingEnterprises(facts).flatMap((e): RuleFinding[] => {
      if (e.planRequirement !== EMISSION_STANDARD_REQUIREMENT) return [];
      const testOn = e.emissionTestOn !== null && e.emissionTestOn <= day ? e.emissionTestOn : null;
      const base = { entityId: e.id, township: e.township };
      if (testOn === null)
        return [
          { ...base, since: null, detail: { zh: '近一季度无监测记录', en: 'no emission test in the last quarter' } },
        ];
      if (testOn < windowFrom)
        return [
          {
            ...base,
            since: addDays(testOn, EMISSION_TEST_WINDOW_DAYS + 1),
            detail: {
              zh: `近一季度无监测记录（最近 ${testOn}）`,
              en: `no emission test in the last quarter (last ${testOn})`,
            },
          },
        ];
      if (e.emissionTestResult === 'pass') return [];
      const detail =
        e.emissionTestResult === 'fail'
          ? { zh: `最近监测 ${testOn} 超标`, en: `last test ${testOn} above standard` }
          : { zh: `最近监测 ${testOn} 结果未填报`, en: `last test ${testOn}: result not recorded` };
      return [{ ...base, since: testOn, detail }];
    });
  },
};
