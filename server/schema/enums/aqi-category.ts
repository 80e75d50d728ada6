/**
 * The six AQI levels of HJ 633-2012 and their categories (类别). Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const aqiLevels = ['1', '2', '3', '4', '5', '6'] as const;
export type AqiLevelKey = (typeof aqiLevels)[number];

/**
 * @example
 * aqiCategoryLabels['3'].zh; // '轻度污染'
 */
export const aqiCategoryLabels: Labels<AqiLevelKey> = {
  '1': { zh: '优', en: 'Excellent' },
  '2': { zh: '良', en: 'Good' },
  '3': { zh: '轻度污染', en: 'Lightly polluted' },
  '4': { zh: '中度污染', en: 'Moderately polluted' },
  '5': { zh: '重度污染', en: 'Heavily polluted' },
  '6': { zh: '严重污染', en: 'Severely polluted' },
};
