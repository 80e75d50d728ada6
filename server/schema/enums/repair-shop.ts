/**
 * Vehicle repair shop enums (机动车维修机构, issue 16, task 16). Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const repairShopCategories = ['class-1', 'class-2', 'class-3'] as const;
export type RepairShopCategory = (typeof repairShopCategories)[number];

/**
 * @example
 * repairShopCategoryLabels['class-1'].zh; // '一类维修企业'
 */
export const repairShopCategoryLabels: Labels<RepairShopCategory> = {
  'class-1': { zh: '一类维修企业', en: 'class 1 repair shop' },
  'class-2': { zh: '二类维修企业', en: 'class 2 repair shop' },
  'class-3': { zh: '三类维修业户', en: 'class 3 repair business' },
};

export const repairInspectionOutcomes = ['compliant', 'rectify', 'fined', 'closed'] as const;
export type RepairInspectionOutcome = (typeof repairInspectionOutcomes)[number];

/**
 * @example
 * repairInspectionOutcomeLabels.rectify.zh; // '责令整改'
 */
export const repairInspectionOutcomeLabels: Labels<RepairInspectionOutcome> = {
  compliant: { zh: '未发现问题', en: 'no finding' },
  rectify: { zh: '责令整改', en: 'rectification ordered' },
  fined: { zh: '立案处罚', en: 'fined' },
  closed: { zh: '停业整顿', en: 'closed down' },
};
