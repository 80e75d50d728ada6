import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { describeExceedance, findingsByEnterprise, latestExceedances } from './stack-exceedances.ts';

/**
 * Task 4 (「保障工业企业污染物稳定达标排放」, T4.4): an outlet over its emission standard's limit in its latest
 * valid hour up to as-of, for the pollutants task 3's {@link stackUleExceedanceRule} does not judge (no ULE
 * limit, not 禹王). One hit per enterprise naming each outlet, value, limit and since when.
 *
 * @example
 * stackExceedanceRule.evaluate(facts, context)[0]?.detail.zh;
 * // '焦炉烟囱 氮氧化物 620 mg/m³（折算至8%氧）超过排放标准限值 500 mg/m³（…）'
 */
export const stackExceedanceRule: RuleDefinition = {
  id: 'stack-exceedance',
  task: 4,
  severity: 'violation',
  layer: 'enterprises',
  basis: [
    planBasis('T4.4'),
    {
      kind: 'convention',
      note: {
        zh: '在线监测小时均值（折算至基准氧含量，仅N标记有效）对照排放口登记的排放标准限值（限值待核实）',
        en:
          'hourly online-monitoring means (at the reference O2, N-flagged only) against the outlet’s registered ' +
          'standard limits (figures to verify)',
      },
    },
  ],
  evaluate: (facts) =>
    findingsByEnterprise(
      latestExceedances(facts, 'standard').map((e) => ({
        facts: e.facts,
        since: e.since,
        detail: describeExceedance(e, { zh: '排放标准限值', en: 'standard limit' }),
      })),
    ),
};
