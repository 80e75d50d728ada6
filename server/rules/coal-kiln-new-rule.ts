import { isHighPollutingFuel, isT81Furnace } from '../energy/kiln-fuel-rules.ts';
import { planBasis } from '../schema/basis.ts';
import { buildKindLabels } from '../schema/enums/energy.ts';
import { kilnFuelLabels } from '../schema/enums/kiln-fuel.ts';
import type { RuleDefinition, RuleFinding } from './rule-definition.ts';

/**
 * Task 8 (T8.1): a new, rebuilt or expanded heating, heat-treatment, drying or melting furnace
 * (加热炉、热处理炉、干燥炉、熔化炉, matched on the kiln's purpose) fired with coal or fuel oil (the
 * high-polluting fuels of `server/energy/kiln-fuel-rules.ts`) in an operating enterprise:
 * 「不得使用煤炭等高污染燃料」. One hit per enterprise listing its furnaces; since = the earliest furnace's
 * `builtOn` (a furnace whose service date lies after as-of's day is not counted yet). Silent without energy facts.
 *
 * @example
 * coalKilnNewRule.evaluate(facts, context)[0]?.detail.zh; // '熔化炉（新建，燃料：燃煤）'
 */
export const coalKilnNewRule: RuleDefinition = {
  id: 'coal-kiln-new',
  task: 8,
  severity: 'violation',
  layer: 'enterprises',
  basis: [
    planBasis('T8.1'),
    {
      kind: 'convention',
      note: {
        zh:
          '高污染燃料按煤炭和燃料油计（《高污染燃料目录》第Ⅱ类含重油、渣油；台账不区分轻重油）；' +
          '炉窑类别按用途名称识别',
        en:
          'high-polluting fuels are coal and fuel oil (class II of the high-polluting fuel catalogue lists heavy and ' +
          'residual oil; the register does not tell them apart); the furnace type is read from its purpose',
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const today = asOf.slice(0, 10);
    const hits = new Map<string, { township: string; kilns: (typeof kilns)[number][] }>();
    const kilns = (facts.energy?.kilns ?? []).filter(
      (k) =>
        k.operating &&
        k.buildKind !== 'existing' &&
        (k.builtOn === null || k.builtOn <= today) &&
        isT81Furnace(k.purpose) &&
        isHighPollutingFuel(k.fuel),
    );
    for (const k of kilns) {
      const hit = hits.get(k.enterpriseId) ?? { township: k.township, kilns: [] };
      hit.kilns.push(k);
      hits.set(k.enterpriseId, hit);
    }
    return [...hits].map(
      ([entityId, hit]): RuleFinding => ({
        entityId,
        township: hit.township,
        since:
          hit.kilns
            .map((k) => k.builtOn)
            .filter((d): d is string => d !== null)
            .sort()[0] ?? null,
        detail: {
          zh: hit.kilns
            .map((k) => `${k.purpose}（${buildKindLabels[k.buildKind].zh}，燃料：${kilnFuelLabels[k.fuel].zh}）`)
            .join('；'),
          en: hit.kilns
            .map((k) => `${k.id} ${k.purpose} (${buildKindLabels[k.buildKind].en}, fuel: ${kilnFuelLabels[k.fuel].en})`)
            .join('; '),
        },
      }),
    );
  },
};
