/**
 * Waste-gas treatment processes, and which of them task 4 orders upgraded as low-efficiency
 * ({@link lowEfficiencyProcesses}: a pure function of an enterprise's whole stage list).
 * Zod-free: the client imports it.
 *
 * @module
 */
import type { Localized } from '../localized.ts';

export const treatmentProcesses = [
  'bag-filter',
  'electrostatic',
  'cyclone',
  'wet-desulfurization',
  'semi-dry-desulfurization',
  'scr',
  'sncr',
  'desulf-dedust-integrated',
  'desulf-denitr-integrated',
  'activated-carbon',
  'rto',
  'catalytic-combustion',
  'low-temp-plasma',
  'photo-oxidation',
  'spray-absorption',
] as const;
export type TreatmentProcess = (typeof treatmentProcesses)[number];

/**
 * When a process is low-efficiency (task 4: 「采用单一低温等离子、光氧化、光催化，非水溶性挥发性有机物
 * 废气采用单一喷淋吸收等低效治理挥发性有机物工艺」):
 * `always`; `only-voc-stage` when it is the enterprise's only VOC treatment stage (单一);
 * `only-voc-stage-non-water-soluble` when, besides, the VOCs are not water-soluble (非水溶性);
 * `never`.
 */
export type LowEfficiencyCondition = 'always' | 'only-voc-stage' | 'only-voc-stage-non-water-soluble' | 'never';

/** A process's names, whether it treats VOCs, and when it is low-efficiency. */
export interface TreatmentProcessInfo extends Localized {
  voc: boolean;
  lowEfficiency: LowEfficiencyCondition;
}

/**
 * @example
 * treatmentProcessInfo.cyclone; // { zh: '旋风除尘', en: 'cyclone', voc: false, lowEfficiency: 'always' }
 */
export const treatmentProcessInfo: Readonly<Record<TreatmentProcess, TreatmentProcessInfo>> = {
  'bag-filter': { zh: '袋式除尘', en: 'bag filter', voc: false, lowEfficiency: 'never' },
  electrostatic: { zh: '静电除尘', en: 'electrostatic precipitator', voc: false, lowEfficiency: 'never' },
  // not in the plan: a local convention (the rule's basis says so)
  cyclone: { zh: '旋风除尘', en: 'cyclone', voc: false, lowEfficiency: 'always' },
  'wet-desulfurization': { zh: '湿法脱硫', en: 'wet FGD', voc: false, lowEfficiency: 'never' },
  'semi-dry-desulfurization': { zh: '半干法脱硫', en: 'semi-dry FGD', voc: false, lowEfficiency: 'never' },
  scr: { zh: 'SCR脱硝', en: 'SCR denitrification', voc: false, lowEfficiency: 'never' },
  sncr: { zh: 'SNCR脱硝', en: 'SNCR denitrification', voc: false, lowEfficiency: 'never' },
  'desulf-dedust-integrated': {
    zh: '脱硫除尘一体化',
    en: 'integrated desulfurisation-dedusting',
    voc: false,
    lowEfficiency: 'always',
  },
  'desulf-denitr-integrated': {
    zh: '脱硫脱硝一体化',
    en: 'integrated desulfurisation-denitrification',
    voc: false,
    lowEfficiency: 'always',
  },
  'activated-carbon': { zh: '活性炭吸附', en: 'activated-carbon adsorption', voc: true, lowEfficiency: 'never' },
  rto: { zh: '蓄热燃烧(RTO)', en: 'regenerative thermal oxidiser', voc: true, lowEfficiency: 'never' },
  'catalytic-combustion': { zh: '催化燃烧', en: 'catalytic combustion', voc: true, lowEfficiency: 'never' },
  'low-temp-plasma': { zh: '低温等离子', en: 'low-temperature plasma', voc: true, lowEfficiency: 'only-voc-stage' },
  'photo-oxidation': {
    zh: '光氧化/光催化',
    en: 'photo-oxidation / photocatalysis',
    voc: true,
    lowEfficiency: 'only-voc-stage',
  },
  'spray-absorption': {
    zh: '喷淋吸收',
    en: 'spray absorption',
    voc: true,
    lowEfficiency: 'only-voc-stage-non-water-soluble',
  },
};

/**
 * The low-efficiency processes of an enterprise's stage list (in list order), the plan's words
 * taken literally: low-temperature plasma and photo-oxidation only when they are the only VOC
 * treatment stage (「单一」: no activated carbon, RTO, catalytic combustion or other VOC stage
 * besides them); spray absorption only when it is the only VOC stage and the VOCs are known not
 * to be water-soluble (`vocWaterSoluble === false`; unknown (`null`) is not flagged); cyclone and
 * the integrated desulfurisation processes always.
 *
 * @example
 * lowEfficiencyProcesses(['low-temp-plasma'], null); // ['low-temp-plasma']
 * lowEfficiencyProcesses(['activated-carbon', 'low-temp-plasma'], null); // []
 * lowEfficiencyProcesses(['spray-absorption'], true); // []
 */
export function lowEfficiencyProcesses(
  processes: readonly TreatmentProcess[],
  vocWaterSoluble: boolean | null,
): TreatmentProcess[] {
  const vocStages = new Set(processes.filter((p) => treatmentProcessInfo[p].voc));
  return processes.filter((p) => {
    const condition = treatmentProcessInfo[p].lowEfficiency;
    if (condition === 'always') return true;
    if (condition === 'never' || vocStages.size !== 1) return false;
    return condition === 'only-voc-stage' || vocWaterSoluble === false;
  });
}
