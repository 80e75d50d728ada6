/**
 * An independent reference for the HJ 633-2012 IAQI, for tests only.
 *
 * The table is typed again here from domain.md §2.1 (not imported from server/aq), and the
 * formula is evaluated in BigInt on concentrations given in tenths of the row's unit, with every
 * segment that contains the concentration evaluated separately (two at a breakpoint).
 */

/** IAQI at each breakpoint. */
export const LEVELS = [0, 50, 100, 150, 200, 300, 400, 500];

/** A row: concentrations at LEVELS[0..], and what happens above the top. */
export interface ReferenceRow {
  readonly name: string;
  readonly pollutant: 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3';
  readonly period: '1h' | '24h' | '8h';
  readonly points: readonly number[];
  readonly above: 500 | null;
}

/** HJ 633-2012 Table 1, from domain.md §2.1. */
export const REFERENCE_ROWS: readonly ReferenceRow[] = [
  { name: 'SO2 24-h', pollutant: 'SO2', period: '24h', points: [0, 50, 150, 475, 800, 1600, 2100, 2620], above: 500 },
  { name: 'SO2 1-h', pollutant: 'SO2', period: '1h', points: [0, 150, 500, 650, 800], above: null },
  { name: 'NO2 24-h', pollutant: 'NO2', period: '24h', points: [0, 40, 80, 180, 280, 565, 750, 940], above: 500 },
  { name: 'NO2 1-h', pollutant: 'NO2', period: '1h', points: [0, 100, 200, 700, 1200, 2340, 3090, 3840], above: 500 },
  { name: 'PM10 24-h', pollutant: 'PM10', period: '24h', points: [0, 50, 150, 250, 350, 420, 500, 600], above: 500 },
  { name: 'CO 24-h', pollutant: 'CO', period: '24h', points: [0, 2, 4, 14, 24, 36, 48, 60], above: 500 },
  { name: 'CO 1-h', pollutant: 'CO', period: '1h', points: [0, 5, 10, 35, 60, 90, 120, 150], above: 500 },
  { name: 'O3 1-h', pollutant: 'O3', period: '1h', points: [0, 160, 200, 300, 400, 800, 1000, 1200], above: 500 },
  { name: 'O3 8-h', pollutant: 'O3', period: '8h', points: [0, 100, 160, 215, 265, 800], above: null },
  { name: 'PM2.5 24-h', pollutant: 'PM2.5', period: '24h', points: [0, 35, 75, 115, 150, 250, 350, 500], above: 500 },
];

/** ⌈a / b⌉ for b > 0, in BigInt. */
function ceilingOf(a: bigint, b: bigint): bigint {
  const floor = a >= 0n ? a / b : -((-a + b - 1n) / b);
  return floor * b === a ? floor : floor + 1n;
}

/**
 * The IAQI of each segment containing C = tenths / 10 (one segment, or two at an inner
 * breakpoint): IL + ⌈(IH − IL)(10C − 10BL) / (10(BH − BL))⌉, exact.
 * Empty when C is above the top.
 */
export function segmentIaqis(points: readonly number[], tenths: bigint): bigint[] {
  const results: bigint[] = [];
  for (let segment = 0; segment + 1 < points.length; segment += 1) {
    const low = BigInt(points[segment] ?? NaN) * 10n;
    const high = BigInt(points[segment + 1] ?? NaN) * 10n;
    if (tenths < low || tenths > high) continue;
    const levelLow = BigInt(LEVELS[segment] ?? NaN);
    const levelHigh = BigInt(LEVELS[segment + 1] ?? NaN);
    results.push(levelLow + ceilingOf((levelHigh - levelLow) * (tenths - low), high - low));
  }
  return results;
}

/** Reference IAQI of C = tenths / 10 on a row, or null where the standard gives none. */
export function referenceIaqi(row: ReferenceRow, tenths: bigint): number | null {
  const candidates = segmentIaqis(row.points, tenths);
  if (candidates.length === 0) return row.above;
  const [first] = candidates;
  if (first === undefined || candidates.some((value) => value !== first)) {
    throw new Error(`reference: segments disagree at ${tenths}/10 on ${row.name}`);
  }
  return Number(first);
}
