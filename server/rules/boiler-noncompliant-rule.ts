import { kilnFuelLabels } from '../schema/enums/kiln-fuel.ts';
import { planBasis } from '../schema/basis.ts';
import type { KilnBoiler } from '../schema/enterprise.ts';
import type { Localized } from '../schema/localized.ts';
import { operatingEnterprises, type RuleDefinition } from './rule-definition.ts';

/** 「2号锅炉（生物质）」: the number of the register's id (`E0185-K2` → 2), else the id itself. */
function boilerName(boiler: KilnBoiler): Localized {
  const number = /-K(\d+)$/.exec(boiler.id)?.[1];
  const fuel = kilnFuelLabels[boiler.fuel];
  return number
    ? { zh: `${number}号锅炉（${fuel.zh}）`, en: `boiler no. ${number} (${fuel.en})` }
    : { zh: `锅炉 ${boiler.id}（${fuel.zh}）`, en: `boiler ${boiler.id} (${fuel.en})` };
}

/**
 * Task 4: an operating enterprise with a boiler that the 回头看 survey found not compliant (`compliant: false`,
 * surveyed on or before as-of): the plan's 「建立台账，分类处置，加强监管」 after the survey of T4.5. The register
 * holds no disposal category, so a failed boiler stays a hit until its record says otherwise. Kilns are not
 * looked at: the sentence is the boiler 回头看's.
 *
 * @example
 * boilerNoncompliantRule.evaluate(facts, context)[0]?.detail.zh; // '2号锅炉（生物质）：排查不达标'
 */
export const boilerNoncompliantRule: RuleDefinition = {
  id: 'boiler-noncompliant',
  task: 4,
  severity: 'warning',
  layer: 'enterprises',
  basis: [planBasis('T4.6'), planBasis('T4.5')],
  evaluate: (facts, { asOf }) => {
    const today = asOf.slice(0, 10);
    return operatingEnterprises(facts).flatMap((e) => {
      const failed = e.kilnsBoilers
        .filter((k) => k.kind === 'boiler' && k.compliant === false && k.surveyedOn !== null && k.surveyedOn <= today)
        .sort((a, b) => a.id.localeCompare(b.id));
      if (!failed.length) return [];
      const names = failed.map(boilerName);
      return [
        {
          entityId: e.id,
          township: e.township,
          since: failed.map((k) => k.surveyedOn as string).sort()[0] ?? null,
          detail: {
            zh: names.map((n) => `${n.zh}：排查不达标`).join('；'),
            en: names.map((n) => `${n.en}: not compliant at the survey`).join('; '),
          },
        },
      ];
    });
  },
};
