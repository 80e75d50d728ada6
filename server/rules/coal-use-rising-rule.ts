import { coalCover } from '../energy/coal-substitution.ts';
import { planBasis } from '../schema/basis.ts';
import type { RuleDefinition, RuleFinding } from './rule-definition.ts';

/**
 * Tasks 6 (T6.1, T6.2): an enterprise whose coal use in its latest ledger year up to as-of's year is above the
 * previous year's by more than the new coal use of its approved or built coal-consuming projects decided in that
 * year or the one before (the console's reading: an older project is already in the previous year's use). Needs
 * both years' rows; since = 1 January of the latest year. Silent without energy facts.
 *
 * @example
 * coalUseRisingRule.evaluate(facts, context)[0]?.detail.zh;
 * // '2023 年耗煤 1200 吨，比上年增加 200 吨，无获批耗煤项目覆盖'
 */
export const coalUseRisingRule: RuleDefinition = {
  id: 'coal-use-rising',
  task: 6,
  severity: 'warning',
  layer: 'enterprises',
  basis: [
    planBasis('T6.1'),
    planBasis('T6.2'),
    {
      kind: 'convention',
      note: {
        zh: '增量以当年或上年批准（或建成）的耗煤项目新增耗煤量抵扣；更早的项目视为已计入上年用量',
        en:
          'the increase is offset by the new coal use of projects approved or built in the year or the year before; ' +
          'older projects count as already in the previous year',
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const energy = facts.energy;
    if (!energy) return [];
    const asOfYear = Number(asOf.slice(0, 4));
    const rows = new Map<string, { township: string; years: Map<number, number> }>();
    for (const r of energy.ledger) {
      if (r.year > asOfYear) continue;
      const entry = rows.get(r.enterpriseId) ?? { township: r.township, years: new Map() };
      entry.years.set(r.year, r.coalT);
      rows.set(r.enterpriseId, entry);
    }
    const findings: RuleFinding[] = [];
    for (const [entityId, { township, years }] of rows) {
      const latest = Math.max(...years.keys());
      const previous = years.get(latest - 1);
      const current = years.get(latest) as number;
      if (previous === undefined || current <= previous) continue;
      const cover = coalCover(
        energy.coalProjects.filter((p) => p.enterpriseId === entityId),
        latest,
      );
      const increase = Math.round((current - previous) * 1000) / 1000;
      if (increase <= cover) continue;
      const covered = cover > 0 ? `，获批耗煤项目仅覆盖 ${cover} 吨` : '，无获批耗煤项目覆盖';
      findings.push({
        entityId,
        township,
        since: `${latest}-01-01`,
        detail: {
          zh: `${latest} 年耗煤 ${current} 吨，比上年增加 ${increase} 吨${covered}`,
          en:
            `${latest}: ${current} t of coal, ${increase} t more than the year before; ` +
            (cover > 0 ? `approved projects cover only ${cover} t` : 'no approved project covers it'),
        },
      });
    }
    return findings;
  },
};
