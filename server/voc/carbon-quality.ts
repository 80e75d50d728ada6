/**
 * The quality of an activated-carbon fill (task 13, T13.2): the shortfall against the adsorption unit's design fill
 * and the iodine value (碘值) against the console's floors. Pure: no db, no http.
 *
 * @module
 */
import type { CarbonForm } from '../schema/enums/voc-material.ts';

/**
 * The console's iodine floors of new carbon, mg/g, by form: granular ≥ 800, honeycomb ≥ 650, as many provincial
 * notices on activated-carbon adsorption use. A console convention, not a national standard; carbon fibre is judged
 * by specific surface area in those notices, so it has no iodine floor here (null).
 */
export const IODINE_FLOORS_MG_G: Readonly<Record<CarbonForm, number | null>> = {
  granular: 800,
  honeycomb: 650,
  fibre: null,
};

/**
 * Kilograms filled below the design fill (0 when the fill reaches it).
 *
 * @example
 * fillShortfallKg({ filledKg: 450, designFillKg: 500 }); // 50
 */
export function fillShortfallKg(fill: { filledKg: number; designFillKg: number }): number {
  return fill.filledKg < fill.designFillKg ? round3(fill.designFillKg - fill.filledKg) : 0;
}

/**
 * Whether the carbon's iodine value lies below its form's floor (false without a floor or a value).
 *
 * @example
 * iodineBelowFloor({ carbonForm: 'granular', iodineMgG: 799 }); // true
 * iodineBelowFloor({ carbonForm: 'granular', iodineMgG: 800 }); // false
 */
export function iodineBelowFloor(fill: { carbonForm: CarbonForm; iodineMgG: number | null }): boolean {
  const floor = IODINE_FLOORS_MG_G[fill.carbonForm];
  return floor !== null && fill.iodineMgG !== null && fill.iodineMgG < floor;
}

/** Rounded to grams (kg with 3 decimals), so float noise never shows. */
export function round3(kg: number): number {
  return Math.round(kg * 1000) / 1000;
}
