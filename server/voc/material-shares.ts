/**
 * Low-VOC material use (task 13, T13.5): the share of compliant (low-VOC) materials by quantity and the items over
 * the limit their record declares. Pure: no db, no http. The console does not hold the product standards' tables
 * (GB 30981-2020, GB 24409-2020, GB 38507-2020, GB 33372-2020, GB 38508-2020 set limits per product type): each
 * record carries the limit and standard it declares, and `lowVoc` as declared or judged.
 *
 * @module
 */

/** A material record as the shares need it. */
export interface MaterialUse {
  quantityT: number;
  vocContent: number;
  limitValue: number;
  lowVoc: boolean;
}

/**
 * Whether the VOC content exceeds the record's declared limit (equal to it is within).
 *
 * @example
 * overDeclaredLimit({ vocContent: 420.1, limitValue: 420 }); // true
 */
export function overDeclaredLimit(item: { vocContent: number; limitValue: number }): boolean {
  return item.vocContent > item.limitValue;
}

/**
 * The share (0–1) of the quantity that is low-VOC; null without any quantity.
 *
 * @example
 * compliantShare([{ quantityT: 3, lowVoc: true }, { quantityT: 1, lowVoc: false }]); // 0.75
 */
export function compliantShare(items: readonly Pick<MaterialUse, 'quantityT' | 'lowVoc'>[]): number | null {
  let total = 0;
  let low = 0;
  for (const item of items) {
    total += item.quantityT;
    if (item.lowVoc) low += item.quantityT;
  }
  return total > 0 ? Math.round((low / total) * 10000) / 10000 : null;
}

/** Total quantity, t, rounded to kilograms. */
export function totalTonnes(items: readonly Pick<MaterialUse, 'quantityT'>[]): number {
  return Math.round(items.reduce((sum, item) => sum + item.quantityT, 0) * 1000) / 1000;
}
