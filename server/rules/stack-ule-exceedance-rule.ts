import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition } from './rule-definition.ts';
import {
  describeExceedance,
  findingsByEnterprise,
  latestExceedances,
  STACK_STANDARD_REQUIREMENT,
} from './stack-exceedances.ts';

/**
 * Task 3: an outlet over its ultra-low-emission limit (the cement grinding stations' 超低排放, T3.1, and any
 * other outlet that has ULE limits), or an outlet of 禹王 (planRequirement {@link STACK_STANDARD_REQUIREMENT})
 * over its standard's limit, in its latest valid hour up to as-of (the hourly mean corrected to the reference
 * O2; only N-flagged hours count). One hit per enterprise naming each outlet, value, limit and since when.
 *
 * @example
 * stackUleExceedanceRule.evaluate(facts, context)[0]?.detail.zh;
 * // '1#水泥磨排气筒 颗粒物 12.5 mg/m³超过超低排放限值 10 mg/m³（2023-05-01 09:00 起连续2小时，最新 2023-05-01 11:00）'
 */
export const stackUleExceedanceRule: RuleDefinition = {
  id: 'stack-ule-exceedance',
  task: 3,
  severity: 'violation',
  layer: 'enterprises',
  basis: [
    planBasis('T3.1'),
    planBasis(STACK_STANDARD_REQUIREMENT),
    {
      kind: 'convention',
      note: {
        zh: '在线监测小时均值（折算至基准氧含量，仅N标记有效）对照排放口登记的超低排放限值或排放标准限值（限值待核实）',
        en:
          'hourly online-monitoring means (at the reference O2, N-flagged only) against the outlet’s registered ' +
          'ultra-low-emission or standard limits (figures to verify)',
      },
    },
  ],
  evaluate: (facts) =>
    findingsByEnterprise(
      latestExceedances(facts, 'ule').map((e) => {
        const ule = e.facts.outlet.uleLimits?.[e.pollutant] !== undefined;
        const limitName = ule ? { zh: '超低排放限值', en: 'ULE limit' } : { zh: '排放标准限值', en: 'standard limit' };
        return { facts: e.facts, since: e.since, detail: describeExceedance(e, limitName) };
      }),
    ),
};
