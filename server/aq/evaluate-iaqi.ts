/**
 * The detailed IAQI computation of HJ 633-2012 formula (1): exact, with the reason when there is
 * no sub-index. `iaqi()` in `aqi.ts` is the short form.
 *
 * All arithmetic is exact (BigInt rationals, see `rational.ts`): no floating-point error can move
 * an IAQI across an integer. Rounding is the ceiling, done in one place (`round-iaqi.ts`).
 *
 * @module
 */
import type { Pollutant } from '../schema/plan.ts';
import {
  breakpointRow,
  IAQI_LEVELS,
  IAQI_MAX,
  type BreakpointRow,
  type BreakpointRowId,
  type IaqiPeriod,
} from './breakpoints.ts';
import { compareWithInteger, rationalFromNumber, type Rational } from './rational.ts';
import { roundIaqi } from './round-iaqi.ts';
import {
  DEFAULT_EDITION,
  unsupported,
  type Edition2012Options,
  type EditionOptions,
  type Unsupported,
} from './standards-edition.ts';

/** The averaging periods HJ 633-2012 defines for a pollutant (`'8h'` only for O3; no 24-h O3 row). */
export type PeriodFor<P extends Pollutant> = P extends 'O3' ? '1h' | '8h' : '1h' | '24h';

/** Why {@link evaluateIaqi} gives no IAQI. */
export type NoIaqiReason =
  /** Negative, NaN or ±Infinity concentration. */
  | 'invalid-concentration'
  /** SO2 1-h > 800 µg/m³ or O3 8-h > 800 µg/m³: the standard computes no sub-index (notes 2, 3). */
  | 'no-subindex-above-800'
  /** A pollutant/period pair the standard does not define, e.g. O3 24-h or SO2 8-h. */
  | 'invalid-period';

/** Outcome of {@link evaluateIaqi}. */
export type IaqiOutcome =
  | {
      readonly ok: true;
      /** Integer IAQI, 0–500. */
      readonly iaqi: number;
      /** Table 1 row used (PM 1-h uses the 24-h row). */
      readonly row: BreakpointRowId;
      /** True when the concentration is above the table top and 500 is the convention. */
      readonly capped: boolean;
    }
  | { readonly ok: false; readonly reason: NoIaqiReason };

/** Why HJ 633-2026 AQI figures are {@link Unsupported}. */
export const EDITION_2026_REASON =
  'HJ 633-2026 changed the PM breakpoints (and reportedly the above-800 rules); the new table is not confirmed';

/** IAQI of an exact concentration on one row. Assumes concentration ≥ 0. */
function iaqiOnRow(row: BreakpointRow, concentration: Rational): IaqiOutcome {
  const points = row.concentrations;
  for (let index = 1; index < points.length; index += 1) {
    const high = BigInt(points[index] ?? 0);
    if (compareWithInteger(concentration, high) > 0) continue;
    // First segment whose upper breakpoint is ≥ C. At a breakpoint the formula is continuous,
    // so taking the lower segment gives the same value as the upper one would.
    const low = BigInt(points[index - 1] ?? 0);
    const levelLow = BigInt(IAQI_LEVELS[index - 1] ?? 0);
    const levelHigh = BigInt(IAQI_LEVELS[index] ?? 0);
    const { numerator: n, denominator: d } = concentration;
    // IAQI = IL + (IH − IL)(C − BL)/(BH − BL), with C = n/d, over the common denominator d(BH − BL).
    const exact: Rational = {
      numerator: levelLow * d * (high - low) + (levelHigh - levelLow) * (n - low * d),
      denominator: d * (high - low),
    };
    return { ok: true, iaqi: roundIaqi(exact), row: row.id, capped: false };
  }
  return row.aboveTop === 'cap-at-500'
    ? { ok: true, iaqi: IAQI_MAX, row: row.id, capped: true }
    : { ok: false, reason: 'no-subindex-above-800' };
}

/**
 * IAQI with the reason when there is none (the detailed form of {@link iaqi}).
 *
 * @param pollutant one of the six AQI pollutants
 * @param period `'1h'`, `'24h'`, or `'8h'` (O3 only); PM `'1h'` uses the 24-h rows
 * @param concentration µg/m³, CO in mg/m³
 * @example
 * evaluateIaqi('PM2.5', '24h', 600); // { ok: true, iaqi: 500, row: 'PM2.5_24h', capped: true }
 * evaluateIaqi('SO2', '1h', 801); // { ok: false, reason: 'no-subindex-above-800' }
 */
export function evaluateIaqi<P extends Pollutant>(
  pollutant: P,
  period: PeriodFor<P>,
  concentration: number,
  options?: Edition2012Options,
): IaqiOutcome;
export function evaluateIaqi<P extends Pollutant>(
  pollutant: P,
  period: PeriodFor<P>,
  concentration: number,
  options: EditionOptions,
): IaqiOutcome | Unsupported;
export function evaluateIaqi(
  pollutant: Pollutant,
  period: IaqiPeriod,
  concentration: number,
  options: EditionOptions = {},
): IaqiOutcome | Unsupported {
  const edition = options.edition ?? DEFAULT_EDITION;
  if (edition !== '2012') return unsupported(edition, 'HJ 633-2026 IAQI', EDITION_2026_REASON);
  const row = breakpointRow(pollutant, period);
  if (row === null) return { ok: false, reason: 'invalid-period' };
  const exact = rationalFromNumber(concentration);
  if (exact === null || exact.numerator < 0n) return { ok: false, reason: 'invalid-concentration' };
  return iaqiOnRow(row, exact);
}
