import { planBasis } from '../schema/basis.ts';
import { fillShortfallKg, IODINE_FLOORS_MG_G, iodineBelowFloor } from '../voc/carbon-quality.ts';
import type { CarbonReplacementFact } from '../voc/voc-facts.ts';
import type { RuleDefinition } from './rule-definition.ts';

/** Each facility's latest replacement on or before `day`. */
function latestPerFacility(replacements: readonly CarbonReplacementFact[], day: string): CarbonReplacementFact[] {
  const latest = new Map<string, CarbonReplacementFact>();
  for (const r of replacements) {
    if (r.replacedOn > day) continue;
    const held = latest.get(r.facility);
    if (!held || r.replacedOn > held.replacedOn || (r.replacedOn === held.replacedOn && r.id > held.id))
      latest.set(r.facility, r);
  }
  return [...latest.values()].sort((a, b) => a.facility.localeCompare(b.facility));
}

/**
 * Task 13 (T13.2): an enterprise whose latest activated-carbon replacement up to as-of (per adsorption unit) filled
 * less than the unit's design fill, or used carbon with an iodine value below the console's floor (granular 800,
 * honeycomb 650 mg/g; a convention). Silent without the VOC ledger facts.
 *
 * @example
 * carbonFillShortRule.evaluate(facts, context)[0]?.detail.zh; // '1#吸附箱 2023-05-20 填充 450/500 kg'
 */
export const carbonFillShortRule: RuleDefinition = {
  id: 'carbon-fill-short',
  task: 13,
  severity: 'warning',
  layer: 'enterprises',
  basis: [
    planBasis('T13.2'),
    {
      kind: 'convention',
      note: {
        zh:
          `碘值下限：颗粒活性炭 ${IODINE_FLOORS_MG_G.granular} mg/g、` +
          `蜂窝活性炭 ${IODINE_FLOORS_MG_G.honeycomb} mg/g，` +
          '按多地活性炭吸附治理通知的通行取值，为本系统约定，非国家标准；活性炭纤维不设碘值下限；' +
          '填充量低于设施设计填充量即列入',
        en:
          `iodine floors: granular ${IODINE_FLOORS_MG_G.granular} mg/g, honeycomb ${IODINE_FLOORS_MG_G.honeycomb}` +
          ' mg/g, as many provincial notices use them (a console convention, not a national standard); none for ' +
          'carbon fibre; any fill below the unit design fill is listed',
      },
    },
  ],
  evaluate: (facts, { asOf }) => {
    const day = asOf.slice(0, 10);
    return (facts.voc?.carbon ?? []).flatMap((ledger) => {
      const problems = latestPerFacility(ledger.replacements, day).flatMap((r) => {
        const short = fillShortfallKg(r);
        const lowIodine = iodineBelowFloor(r);
        if (short === 0 && !lowIodine) return [];
        const zh: string[] = [];
        const en: string[] = [];
        if (short > 0) {
          zh.push(`填充 ${r.filledKg}/${r.designFillKg} kg`);
          en.push(`filled ${r.filledKg} of ${r.designFillKg} kg`);
        }
        if (lowIodine) {
          zh.push(`碘值 ${r.iodineMgG} mg/g 低于 ${IODINE_FLOORS_MG_G[r.carbonForm]}`);
          en.push(`iodine ${r.iodineMgG} mg/g below ${IODINE_FLOORS_MG_G[r.carbonForm]}`);
        }
        return [
          {
            r,
            zh: `${r.facility} ${r.replacedOn} ${zh.join('，')}`,
            en: `${r.facility} ${r.replacedOn}: ${en.join(', ')}`,
          },
        ];
      });
      if (problems.length === 0) return [];
      const since = problems.map((p) => p.r.replacedOn).sort()[0] ?? null;
      return [
        {
          entityId: ledger.enterpriseId,
          township: ledger.township,
          since,
          detail: { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') },
        },
      ];
    });
  },
};
