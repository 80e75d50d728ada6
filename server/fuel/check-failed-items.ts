import type { Localized } from '../schema/localized.ts';
import type { FuelProduct } from '../schema/enums/fuel-sample.ts';
import { brokenLimit, fuelLimits } from './fuel-limits.ts';

/** A failed quality item as stored (`fuel_samples.failed_items`): the value measured and the limit it breaks. */
export interface FailedItem {
  item: string;
  value: number;
  limit: number;
  unit: string;
}

/** A failed item as given: the limit and unit may be left to the table (when given they must match it). */
export interface FailedItemInput {
  item: string;
  value: number;
  limit?: number | undefined;
  unit?: string | undefined;
}

/**
 * The failed items of a sample of `product`, checked against {@link fuelLimits}: each item must be one the product's
 * standard lists here, at most once, and its value must break the limit (a value within it is no failure); the
 * limit and unit are the table's. Returns the stored items, or the first problem in both languages.
 *
 * @example
 * checkFailedItems('diesel-0', [{ item: '硫含量', value: 18 }]);
 * // { ok: true, items: [{ item: '硫含量', value: 18, limit: 10, unit: 'mg/kg' }] }
 */
export function checkFailedItems(
  product: FuelProduct,
  inputs: readonly FailedItemInput[],
): { ok: true; items: FailedItem[] } | { ok: false; problem: Localized } {
  const limits = fuelLimits[product];
  const items: FailedItem[] = [];
  for (const [index, input] of inputs.entries()) {
    const at = `failedItems.${index}`;
    const limit = limits.find((l) => l.item === input.item);
    if (!limit) {
      const known = limits.map((l) => l.item).join('、');
      return {
        ok: false,
        problem: {
          zh: `「${input.item}」不是本系统支持的该油品检验项目（支持：${known}）`,
          en: `${at}.item: '${input.item}' is not a supported item of ${product} (supported: ${known})`,
        },
      };
    }
    if (items.some((i) => i.item === input.item)) {
      return {
        ok: false,
        problem: { zh: `检验项目「${input.item}」重复`, en: `${at}.item: '${input.item}' is given twice` },
      };
    }
    const broken = brokenLimit(limit, input.value);
    if (broken === null) {
      const bound = [limit.min !== undefined ? `≥ ${limit.min}` : '', limit.max !== undefined ? `≤ ${limit.max}` : '']
        .filter(Boolean)
        .join(' 且 ');
      return {
        ok: false,
        problem: {
          zh: `「${input.item}」的检测值 ${input.value} 符合限值（${bound} ${limit.unit}），不是不合格项`,
          en: `${at}.value: ${input.value} is within the limit of '${input.item}' (${bound} ${limit.unit})`,
        },
      };
    }
    if (
      (input.limit !== undefined && input.limit !== broken) ||
      (input.unit !== undefined && input.unit !== limit.unit)
    ) {
      return {
        ok: false,
        problem: {
          zh: `「${input.item}」的限值应为 ${broken} ${limit.unit}`,
          en:
            `${at}: the limit of '${input.item}' is ${broken} ${limit.unit}, ` +
            `not ${input.limit ?? ''} ${input.unit ?? ''}`,
        },
      };
    }
    items.push({ item: input.item, value: input.value, limit: broken, unit: limit.unit });
  }
  return { ok: true, items };
}
