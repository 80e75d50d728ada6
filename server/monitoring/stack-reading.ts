/**
 * One hour of an outlet's stack data as `outlet_readings` holds it, and what judging it needs of the outlet.
 *
 * @module
 */
import type { OutletLimits, StackPollutantKey } from '../schema/devices.ts';

/** An `outlet_readings` row: concentrations as measured (mg/m³), O2 %, flow m³/h, masses kg, flags by key. */
export interface StackReading {
  /** Hour end, 'YYYY-MM-DDTHH:00' CST. */
  ts: string;
  pm: number | null;
  so2: number | null;
  nox: number | null;
  o2: number | null;
  flow: number | null;
  temp: number | null;
  moisture: number | null;
  pmCou: number | null;
  so2Cou: number | null;
  noxCou: number | null;
  /** HJ 212 data flag per pollutant key ('N' valid; F, M, S, D, C, T, B not counted). */
  flags: Readonly<Record<string, string>>;
}

/** The limits an outlet is judged against. */
export interface OutletJudging {
  limits: OutletLimits;
  /** Ultra-low-emission limits, judged instead of the standard's where set. */
  uleLimits: OutletLimits | null;
  /** Reference O2 %, null: judged as measured. */
  referenceO2: number | null;
}

/** The `*_cou` field of each pollutant key. */
export const couField = { pm: 'pmCou', so2: 'so2Cou', nox: 'noxCou' } as const satisfies Record<
  StackPollutantKey,
  keyof StackReading
>;

/**
 * Whether the hour's value of `key` counts: sent and flagged N (HJ 212: only N is valid monitoring data).
 *
 * @example
 * isValidValue({ ...hour, pm: 8, flags: { pm: 'M' } }, 'pm'); // false
 */
export function isValidValue(reading: StackReading, key: StackPollutantKey): boolean {
  return reading[key] !== null && reading.flags[key] === 'N';
}

/**
 * The limit an hour of `key` is judged against: the ULE limit when the outlet has one for it, else the
 * standard's; null when neither is set.
 */
export function judgedLimit(outlet: OutletJudging, key: StackPollutantKey): number | null {
  return outlet.uleLimits?.[key] ?? outlet.limits[key] ?? null;
}
