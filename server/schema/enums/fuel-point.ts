/**
 * Illegal-fuel report enums (task 17). Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const fuelPointKinds = ['unlicensed-tank', 'mobile-truck', 'black-station'] as const;
export type FuelPointKind = (typeof fuelPointKinds)[number];

/**
 * @example
 * fuelPointKindLabels['mobile-truck'].zh; // '流动加油车'
 */
export const fuelPointKindLabels: Labels<FuelPointKind> = {
  'unlicensed-tank': { zh: '无证自建油罐', en: 'unlicensed tank' },
  'mobile-truck': { zh: '流动加油车', en: 'mobile refuelling truck' },
  'black-station': { zh: '黑加油站点', en: 'illegal filling point' },
};

export const fuelPointStatuses = ['reported', 'verified', 'closed'] as const;
export type FuelPointStatus = (typeof fuelPointStatuses)[number];

/**
 * @example
 * fuelPointStatusLabels.closed.zh; // '已取缔'
 */
export const fuelPointStatusLabels: Labels<FuelPointStatus> = {
  reported: { zh: '已举报', en: 'reported' },
  verified: { zh: '已核实', en: 'verified' },
  closed: { zh: '已取缔', en: 'closed' },
};
