/**
 * The emergency reduction list's totals per warning level and their check against the reductions the emergency
 * plan requires (issue 15, 「及时修订重污染天气工业企业应急减排清单」; domain.md §7: 10 / 20 / 30 % of the district's
 * emissions at yellow / orange / red).
 *
 * @module
 */
import {
  type ReductionPollutant,
  reductionPollutants,
  type WarningLevel,
  warningLevels,
} from '../schema/enums/emergency.ts';
import type { LevelCheck, Reductions } from '../schema/emergency-list.ts';
import type { LevelTotals, ListEntryRecord, RequirementRecord } from './contract.ts';

/** Rounds t/day to 3 decimals (kg/day), the precision the list and its check show. */
export const roundTonnes = (value: number): number => Math.round(value * 1000) / 1000;

const zero = (): Reductions => ({ pm: 0, so2: 0, nox: 0, vocs: 0 });

/**
 * The list's expected reductions per level: the sum of its entries' reductions, t/day, rounded to 3 decimals at the
 * end only (so many small entries do not accumulate rounding).
 *
 * @example
 * listTotals([entryA, entryB]).orange; // { pm: 1.25, so2: 0.4, nox: 2.1, vocs: 0 }
 */
export function listTotals(entries: readonly ListEntryRecord[]): LevelTotals {
  const totals: LevelTotals = { yellow: zero(), orange: zero(), red: zero() };
  for (const entry of entries) {
    for (const level of warningLevels) {
      for (const pollutant of reductionPollutants) totals[level][pollutant] += entry.reductions[level][pollutant];
    }
  }
  for (const level of warningLevels) {
    for (const pollutant of reductionPollutants) totals[level][pollutant] = roundTonnes(totals[level][pollutant]);
  }
  return totals;
}

/**
 * Checks each level's totals against the requirement: required = share × the district's base emissions per
 * pollutant; a pollutant falls short when the list's expected reduction is below the required one, both rounded to
 * 3 decimals first (so 2.0000001 vs 2 is not a shortfall).
 *
 * @example
 * checkList(totals, { shares: { yellow: 0.1, orange: 0.2, red: 0.3 }, base }).orange.shortfall; // ['nox']
 */
export function checkList(totals: LevelTotals, req: RequirementRecord): Record<WarningLevel, LevelCheck> {
  const check = (level: WarningLevel): LevelCheck => {
    const share = req.shares[level];
    const required = zero();
    const expected = zero();
    const shortfall: ReductionPollutant[] = [];
    for (const pollutant of reductionPollutants) {
      required[pollutant] = roundTonnes(share * req.base[pollutant]);
      expected[pollutant] = roundTonnes(totals[level][pollutant]);
      if (expected[pollutant] < required[pollutant]) shortfall.push(pollutant);
    }
    return { share, required, expected, shortfall };
  };
  return { yellow: check('yellow'), orange: check('orange'), red: check('red') };
}
