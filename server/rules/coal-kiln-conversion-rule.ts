import { isHighPollutingFuel } from '../energy/kiln-fuel-rules.ts';
import { planBasis } from '../schema/basis.ts';
import { kilnFuelLabels } from '../schema/enums/kiln-fuel.ts';
import type { RuleDefinition, RuleFinding } from './rule-definition.ts';

/**
 * Task 8 (T8.2): an existing industrial kiln (kind `kiln`, build kind `existing`) still fired with a high-polluting
 * fuel (coal or fuel oil) in an operating enterprise: the plan pushes conversion to waste heat, electricity or gas
 * without a deadline, so the hit is information. Boilers are task 4's. One hit per enterprise; since unknown.
 * Silent without energy facts.
 *
 * @example
 * coalKilnConversionRule.evaluate(facts, context)[0]?.detail.zh; // '石灰窑（燃煤）仍使用高污染燃料'
 */
export const coalKilnConversionRule: RuleDefinition = {
  id: 'coal-kiln-conversion',
  task: 8,
  severity: 'info',
  layer: 'enterprises',
  basis: [
    planBasis('T8.2'),
    {
      kind: 'convention',
      note: {
        zh: '规划未规定改造期限，故仅作提示；高污染燃料按煤炭和燃料油计',
        en: 'the plan sets no deadline for the conversion, hence information only; coal and fuel oil count',
      },
    },
  ],
  evaluate: (facts) => {
    const hits = new Map<string, { township: string; names: { zh: string; en: string }[] }>();
    for (const k of facts.energy?.kilns ?? []) {
      if (!k.operating || k.kind !== 'kiln' || k.buildKind !== 'existing' || !isHighPollutingFuel(k.fuel)) continue;
      const hit = hits.get(k.enterpriseId) ?? { township: k.township, names: [] };
      const fuel = kilnFuelLabels[k.fuel];
      hit.names.push({ zh: `${k.purpose}（${fuel.zh}）`, en: `${k.id} ${k.purpose} (${fuel.en})` });
      hits.set(k.enterpriseId, hit);
    }
    return [...hits].map(
      ([entityId, hit]): RuleFinding => ({
        entityId,
        township: hit.township,
        since: null,
        detail: {
          zh: `${hit.names.map((n) => n.zh).join('、')}仍使用高污染燃料`,
          en: `${hit.names.map((n) => n.en).join(', ')}: still on a high-polluting fuel`,
        },
      }),
    );
  },
};
