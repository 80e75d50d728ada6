import { planBasis } from '../schema/basis.ts';
import { checkOutcomeLabels, policyCheckLabels, policyChecks } from '../schema/enums/energy.ts';
import type { RuleDefinition, RuleFinding } from './rule-definition.ts';

/** The 两高 statuses at which every policy check must be met: approved, under construction, in operation. */
export const HIGH_ENERGY_BINDING_STATUSES: readonly string[] = ['approved', 'under-construction', 'in-operation'];

/**
 * Task 1 (T1.1): a 两高 project approved, under construction or in operation (status dated on or before as-of's day)
 * with any of the seven policy checks failed or pending (not applicable is fine). One hit per enterprise; the detail
 * names each project and its unmet checks; since = the earliest such project's status date. Silent without energy
 * facts.
 *
 * @example
 * highEnergyPolicyUnmetRule.evaluate(facts, context)[0]?.detail.zh; // '「焦化升级项目」：能耗双控待落实'
 */
export const highEnergyPolicyUnmetRule: RuleDefinition = {
  id: 'high-energy-policy-unmet',
  task: 1,
  severity: 'violation',
  layer: 'enterprises',
  basis: [planBasis('T1.1')],
  evaluate: (facts, { asOf }) => {
    const today = asOf.slice(0, 10);
    const byEnterprise = new Map<string, { township: string; since: string; zh: string[]; en: string[] }>();
    for (const p of facts.energy?.highEnergyProjects ?? []) {
      if (!HIGH_ENERGY_BINDING_STATUSES.includes(p.status) || p.statusOn > today) continue;
      const unmet = policyChecks.filter((c) => p.checks[c] === 'failed' || p.checks[c] === 'pending');
      if (!unmet.length) continue;
      const hit = byEnterprise.get(p.enterpriseId) ?? { township: p.township, since: p.statusOn, zh: [], en: [] };
      const outcome = (c: (typeof unmet)[number]) => checkOutcomeLabels[p.checks[c]];
      hit.zh.push(`「${p.name}」：${unmet.map((c) => `${policyCheckLabels[c].zh}${outcome(c).zh}`).join('、')}`);
      hit.en.push(`${p.id}: ${unmet.map((c) => `${policyCheckLabels[c].en} ${outcome(c).en}`).join(', ')}`);
      if (p.statusOn < hit.since) hit.since = p.statusOn;
      byEnterprise.set(p.enterpriseId, hit);
    }
    return [...byEnterprise].map(
      ([entityId, hit]): RuleFinding => ({
        entityId,
        township: hit.township,
        since: hit.since,
        detail: { zh: hit.zh.join('；'), en: hit.en.join('; ') },
      }),
    );
  },
};
