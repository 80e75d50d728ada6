/**
 * Clean-heating enums of villages (task 7): retrofit types and the status the map shows.
 * Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const retrofitTypes = [
  'none',
  'coal-to-electricity',
  'coal-to-gas',
  'heat-pump',
  'biomass',
  'district-heating',
] as const;
export type RetrofitType = (typeof retrofitTypes)[number];

/**
 * @example
 * retrofitTypeLabels['coal-to-gas'].zh; // '煤改气'
 */
export const retrofitTypeLabels: Labels<RetrofitType> = {
  none: { zh: '未改造', en: 'not retrofitted' },
  'coal-to-electricity': { zh: '煤改电', en: 'coal to electricity' },
  'coal-to-gas': { zh: '煤改气', en: 'coal to gas' },
  'heat-pump': { zh: '热泵', en: 'heat pump' },
  biomass: { zh: '生物质', en: 'biomass' },
  'district-heating': { zh: '集中供热', en: 'district heating' },
};

/**
 * Clean-heating status shown on the map (ui.md: stable green, unstable amber, re-burning red, not retrofitted grey).
 */
export const heatingStatuses = ['stable', 'unstable', 'reburning', 'not-retrofitted'] as const;
export type HeatingStatus = (typeof heatingStatuses)[number];

/**
 * @example
 * heatingStatusLabels.reburning.zh; // '散煤复烧'
 */
export const heatingStatusLabels: Labels<HeatingStatus> = {
  stable: { zh: '已改造·稳定运行', en: 'retrofitted, stable' },
  unstable: { zh: '已改造·运行不稳定', en: 'retrofitted, unstable' },
  reburning: { zh: '散煤复烧', en: 'coal re-burning reported' },
  'not-retrofitted': { zh: '未改造', en: 'not retrofitted' },
};
