/**
 * HJ 633-2012 Table 1: IAQI breakpoints (空气质量分指数及对应的污染物项目浓度限值), as data.
 *
 * @module
 */
import type { Pollutant } from '../schema/plan.ts';

/** IAQI values at the breakpoints, in order (dimensionless). */
export const IAQI_LEVELS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

/** The largest IAQI; also reported above the top of a complete row (see {@link BreakpointRow}). */
export const IAQI_MAX = 500;

/** Averaging period of an IAQI row. `'8h'` is the O3 8-h (sliding / daily maximum) mean. */
export type IaqiPeriod = '1h' | '24h' | '8h';

/** Row identifiers of Table 1. */
export type BreakpointRowId =
  | 'SO2_24h'
  | 'SO2_1h'
  | 'NO2_24h'
  | 'NO2_1h'
  | 'PM10_24h'
  | 'CO_24h'
  | 'CO_1h'
  | 'O3_1h'
  | 'O3_8h'
  | 'PM2.5_24h';

/** One row of HJ 633-2012 Table 1. */
export interface BreakpointRow {
  readonly id: BreakpointRowId;
  readonly pollutant: Pollutant;
  readonly period: IaqiPeriod;
  readonly unit: 'µg/m³' | 'mg/m³';
  /**
   * Concentrations at IAQI_LEVELS[0], IAQI_LEVELS[1], …; shorter than IAQI_LEVELS where the
   * standard stops (SO2 1-h at 800 → IAQI 200, O3 8-h at 800 → IAQI 300).
   */
  readonly concentrations: readonly number[];
  /**
   * What a concentration above the last breakpoint gives:
   * - `'cap-at-500'`: IAQI 500. HJ 633-2012 has no formula there; 500 ("爆表") is the
   *   convention of peers and explainer pages (domain.md §2.6, [peer]).
   * - `'no-subindex'`: no IAQI (table notes 2 and 3).
   */
  readonly aboveTop: 'cap-at-500' | 'no-subindex';
}

const UG = 'µg/m³';

/** HJ 633-2012 Table 1 (domain.md §2.1, confirmed). */
export const HJ633_2012_BREAKPOINTS: Readonly<Record<BreakpointRowId, BreakpointRow>> = {
  SO2_24h: {
    id: 'SO2_24h',
    pollutant: 'SO2',
    period: '24h',
    unit: UG,
    concentrations: [0, 50, 150, 475, 800, 1600, 2100, 2620],
    aboveTop: 'cap-at-500',
  },
  // Note 1: the 1-h rows of SO2, NO2 and CO are for the real-time (hourly) report only.
  // Note 2: above 800 no IAQI is computed from the SO2 1-h mean; the 24-h mean is used instead.
  SO2_1h: {
    id: 'SO2_1h',
    pollutant: 'SO2',
    period: '1h',
    unit: UG,
    concentrations: [0, 150, 500, 650, 800],
    aboveTop: 'no-subindex',
  },
  NO2_24h: {
    id: 'NO2_24h',
    pollutant: 'NO2',
    period: '24h',
    unit: UG,
    concentrations: [0, 40, 80, 180, 280, 565, 750, 940],
    aboveTop: 'cap-at-500',
  },
  NO2_1h: {
    id: 'NO2_1h',
    pollutant: 'NO2',
    period: '1h',
    unit: UG,
    concentrations: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
    aboveTop: 'cap-at-500',
  },
  PM10_24h: {
    id: 'PM10_24h',
    pollutant: 'PM10',
    period: '24h',
    unit: UG,
    concentrations: [0, 50, 150, 250, 350, 420, 500, 600],
    aboveTop: 'cap-at-500',
  },
  CO_24h: {
    id: 'CO_24h',
    pollutant: 'CO',
    period: '24h',
    unit: 'mg/m³',
    concentrations: [0, 2, 4, 14, 24, 36, 48, 60],
    aboveTop: 'cap-at-500',
  },
  CO_1h: {
    id: 'CO_1h',
    pollutant: 'CO',
    period: '1h',
    unit: 'mg/m³',
    concentrations: [0, 5, 10, 35, 60, 90, 120, 150],
    aboveTop: 'cap-at-500',
  },
  O3_1h: {
    id: 'O3_1h',
    pollutant: 'O3',
    period: '1h',
    unit: UG,
    concentrations: [0, 160, 200, 300, 400, 800, 1000, 1200],
    aboveTop: 'cap-at-500',
  },
  // Note 3: above 800 no IAQI is computed from the O3 8-h mean; the 1-h mean is used instead.
  O3_8h: {
    id: 'O3_8h',
    pollutant: 'O3',
    period: '8h',
    unit: UG,
    concentrations: [0, 100, 160, 215, 265, 800],
    aboveTop: 'no-subindex',
  },
  'PM2.5_24h': {
    id: 'PM2.5_24h',
    pollutant: 'PM2.5',
    period: '24h',
    unit: UG,
    concentrations: [0, 35, 75, 115, 150, 250, 350, 500],
    aboveTop: 'cap-at-500',
  },
};

/**
 * The Table 1 row used for a pollutant and averaging period, or `null` for a combination the
 * standard does not define (O3 24-h, any 8-h other than O3, PM 8-h).
 *
 * PM10 and PM2.5 have no 1-h rows; `'1h'` maps to their 24-h rows, as the real-time report does
 * in practice (domain.md §2.5, [peer]).
 *
 * @example
 * breakpointRow('CO', '1h')?.id; // 'CO_1h'
 * breakpointRow('PM2.5', '1h')?.id; // 'PM2.5_24h'
 * breakpointRow('O3', '24h'); // null
 */
export function breakpointRow(pollutant: Pollutant, period: IaqiPeriod): BreakpointRow | null {
  if (pollutant === 'PM10' || pollutant === 'PM2.5') {
    return period === '8h' ? null : HJ633_2012_BREAKPOINTS[`${pollutant}_24h` as const];
  }
  if (pollutant === 'O3') {
    return period === '24h' ? null : HJ633_2012_BREAKPOINTS[`O3_${period}` as const];
  }
  return period === '8h' ? null : HJ633_2012_BREAKPOINTS[`${pollutant}_${period}` as const];
}
