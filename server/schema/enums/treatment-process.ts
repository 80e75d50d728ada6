/**
 * Waste-gas treatment processes; `lowEfficiency` marks the ones task 4 orders upgraded.
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
 * @example
 * treatmentProcessInfo.cyclone; // { zh: '旋风除尘', en: 'cyclone', lowEfficiency: true }
 */
export const treatmentProcessInfo: Readonly<Record<TreatmentProcess, Localized & { lowEfficiency: boolean }>> = {
  'bag-filter': { zh: '袋式除尘', en: 'bag filter', lowEfficiency: false },
  electrostatic: { zh: '静电除尘', en: 'electrostatic precipitator', lowEfficiency: false },
  cyclone: { zh: '旋风除尘', en: 'cyclone', lowEfficiency: true },
  'wet-desulfurization': { zh: '湿法脱硫', en: 'wet FGD', lowEfficiency: false },
  'semi-dry-desulfurization': { zh: '半干法脱硫', en: 'semi-dry FGD', lowEfficiency: false },
  scr: { zh: 'SCR脱硝', en: 'SCR denitrification', lowEfficiency: false },
  sncr: { zh: 'SNCR脱硝', en: 'SNCR denitrification', lowEfficiency: false },
  'desulf-dedust-integrated': { zh: '脱硫除尘一体化', en: 'integrated desulfurisation-dedusting', lowEfficiency: true },
  'desulf-denitr-integrated': {
    zh: '脱硫脱硝一体化',
    en: 'integrated desulfurisation-denitrification',
    lowEfficiency: true,
  },
  'activated-carbon': { zh: '活性炭吸附', en: 'activated-carbon adsorption', lowEfficiency: false },
  rto: { zh: '蓄热燃烧(RTO)', en: 'regenerative thermal oxidiser', lowEfficiency: false },
  'catalytic-combustion': { zh: '催化燃烧', en: 'catalytic combustion', lowEfficiency: false },
  'low-temp-plasma': { zh: '单一低温等离子', en: 'low-temperature plasma only', lowEfficiency: true },
  'photo-oxidation': { zh: '光氧化/光催化', en: 'photo-oxidation / photocatalysis', lowEfficiency: true },
  'spray-absorption': { zh: '单一喷淋吸收', en: 'spray absorption only', lowEfficiency: true },
};
