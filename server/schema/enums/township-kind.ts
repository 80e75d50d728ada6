/**
 * Township (乡级) kinds. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const townshipKinds = ['subdistrict', 'town', 'township'] as const;
export type TownshipKind = (typeof townshipKinds)[number];

/**
 * @example
 * townshipKindLabels.subdistrict.zh; // '街道'
 */
export const townshipKindLabels: Labels<TownshipKind> = {
  subdistrict: { zh: '街道', en: 'subdistrict' },
  town: { zh: '镇', en: 'town' },
  township: { zh: '乡', en: 'township' },
};
