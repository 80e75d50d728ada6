/**
 * Shares and year-on-year changes of energy totals (tasks 1 and 6). Pure.
 *
 * @module
 */
import { type EnergyQuantities, type StandardCoal, roundTce, toStandardCoal } from './standard-coal.ts';

/**
 * `part / whole` rounded to 4 decimals, or null when the whole is 0 (no energy: no share).
 *
 * @example
 * shareOf(1, 4); // 0.25
 * shareOf(1, 0); // null
 */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null;
}

/** A change from the previous year: the difference and the relative change (null without a previous value > 0). */
export interface YearChange {
  delta: number;
  ratio: number | null;
}

/**
 * The change from `previous` to `current`; null when there is no previous value.
 *
 * @example
 * yearChange(100, 110); // { delta: 10, ratio: 0.1 }
 */
export function yearChange(previous: number | null | undefined, current: number): YearChange | null {
  if (previous === null || previous === undefined) return null;
  return { delta: roundTce(current - previous), ratio: shareOf(current - previous, previous) };
}

/** The sum of ledger rows, in physical units and in standard coal, with the coal and non-fossil shares. */
export interface EnergyTotals {
  quantities: EnergyQuantities;
  tce: StandardCoal;
  /** Coal's share of the total energy (tce / tce); null when the total is 0. */
  coalShare: number | null;
  /** Non-fossil energy over the total energy; null when the total is 0. */
  nonFossilShare: number | null;
}

/**
 * Sums ledger rows: physical quantities add up, then convert (the same as adding each row's tce, up to rounding).
 *
 * @example
 * sumEnergy([{ coalT: 100, gas10kM3: 0, electricityMwh: 0, biomassT: 0, nonFossilMwh: 0 }]).coalShare; // 1
 */
export function sumEnergy(rows: readonly EnergyQuantities[]): EnergyTotals {
  const quantities: EnergyQuantities = { coalT: 0, gas10kM3: 0, electricityMwh: 0, biomassT: 0, nonFossilMwh: 0 };
  let tceNonFossil = 0;
  for (const row of rows) {
    quantities.coalT += row.coalT;
    quantities.gas10kM3 += row.gas10kM3;
    quantities.electricityMwh += row.electricityMwh;
    quantities.biomassT += row.biomassT;
    quantities.nonFossilMwh += row.nonFossilMwh;
    tceNonFossil += toStandardCoal(row).nonFossil; // each row's green power is capped at its own electricity
  }
  for (const key of Object.keys(quantities) as (keyof EnergyQuantities)[])
    quantities[key] = Math.round(quantities[key] * 1000) / 1000;
  const tce = { ...toStandardCoal(quantities), nonFossil: roundTce(tceNonFossil) };
  return {
    quantities,
    tce,
    coalShare: shareOf(tce.coal, tce.total),
    nonFossilShare: shareOf(tce.nonFossil, tce.total),
  };
}
