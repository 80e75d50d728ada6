/**
 * A target's limit as the plan words it: 「力争 ≤ 35 µg/m³」 for a figure the plan strives for, 「不得高于 7 …」 for a
 * binding one. Zod-free: the client imports it.
 *
 * @module
 */
import type { Localized } from './localized.ts';

/** 力争 (strive) or 不得高于 (binding), as `targetSchema.strength`. */
export type TargetStrength = 'strive' | 'binding';

/** The words of each strength. */
export const targetStrengthLabels: Readonly<Record<TargetStrength, Localized>> = {
  strive: { zh: '力争', en: 'strive for' },
  binding: { zh: '不得高于', en: 'not above' },
};

/**
 * The limit in words with its strength; `unit` as the caller shows it (e.g. 吨/(平方公里·月) in the console).
 *
 * @example
 * targetLimitText('strive', 35, 'µg/m³', 'zh'); // '力争 ≤ 35 µg/m³'
 * targetLimitText('binding', 7, '吨/(平方公里·月)', 'zh'); // '不得高于 7 吨/(平方公里·月)'
 */
export function targetLimitText(strength: TargetStrength, limit: number, unit: string, lang: 'zh' | 'en'): string {
  const words = targetStrengthLabels[strength][lang];
  return strength === 'binding' ? `${words} ${limit} ${unit}` : `${words} ≤ ${limit} ${unit}`;
}
