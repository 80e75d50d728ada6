/**
 * The fuels of kilns and boilers, with their names. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const kilnFuels = [
  'coal',
  'natural-gas',
  'biomass',
  'alcohol-based',
  'electricity',
  'coke-oven-gas',
  'waste-heat',
  'fuel-oil',
] as const;
export type KilnFuel = (typeof kilnFuels)[number];

/**
 * @example
 * kilnFuelLabels.biomass.zh; // '生物质'
 */
export const kilnFuelLabels: Labels<KilnFuel> = {
  coal: { zh: '燃煤', en: 'coal' },
  'natural-gas': { zh: '天然气', en: 'natural gas' },
  biomass: { zh: '生物质', en: 'biomass' },
  'alcohol-based': { zh: '醇基燃料', en: 'alcohol-based fuel' },
  electricity: { zh: '电', en: 'electricity' },
  'coke-oven-gas': { zh: '焦炉煤气', en: 'coke-oven gas' },
  'waste-heat': { zh: '余热', en: 'waste heat' },
  'fuel-oil': { zh: '燃料油', en: 'fuel oil' },
};
