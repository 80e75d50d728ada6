/**
 * VOC-source enums (issue 17, task 13): activated-carbon forms and low-VOC material kinds with their product
 * standards. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const carbonForms = ['granular', 'honeycomb', 'fibre'] as const;
export type CarbonForm = (typeof carbonForms)[number];

/**
 * @example
 * carbonFormLabels.honeycomb.zh; // '蜂窝活性炭'
 */
export const carbonFormLabels: Labels<CarbonForm> = {
  granular: { zh: '颗粒活性炭', en: 'granular carbon' },
  honeycomb: { zh: '蜂窝活性炭', en: 'honeycomb carbon' },
  fibre: { zh: '活性炭纤维', en: 'carbon fibre' },
};

export const vocMaterials = ['coating', 'ink', 'adhesive', 'cleaner'] as const;
export type VocMaterial = (typeof vocMaterials)[number];

/**
 * @example
 * vocMaterialLabels.adhesive.zh; // '胶粘剂'
 */
export const vocMaterialLabels: Labels<VocMaterial> = {
  coating: { zh: '涂料', en: 'coatings' },
  ink: { zh: '油墨', en: 'inks' },
  adhesive: { zh: '胶粘剂', en: 'adhesives' },
  cleaner: { zh: '清洗剂', en: 'cleaners' },
};

/** The national product standard each kind of material is judged by. */
export const vocMaterialStandards: Readonly<Record<VocMaterial, string>> = {
  coating: 'GB 30981-2020、GB 24409-2020、GB 38469-2019',
  ink: 'GB 38507-2020',
  adhesive: 'GB 33372-2020',
  cleaner: 'GB 38508-2020',
};

export const vocUnits = ['g/L', 'g/kg', '%'] as const;
export type VocUnit = (typeof vocUnits)[number];
