/**
 * Concentration limits of GB 3095-2012 (环境空气质量标准) Tables 1 and 2, Class I and Class II,
 * as data, plus the PM2.5 limits of GB 3095-2026 that domain.md §9 marks confirmed.
 *
 * Units: CO in mg/m³, BaP and Pb in µg/m³ (as every other item), all at the reporting state of
 * the monitoring network (no conversion is done here).
 *
 * @module
 */
import type { Pollutant } from '../schema/plan.ts';
import {
  DEFAULT_EDITION,
  unsupported,
  type Edition2012Options,
  type EditionOptions,
  type Unsupported,
} from './standards-edition.ts';

/** Any item GB 3095-2012 sets a limit for: the six AQI pollutants and TSP, NOx, Pb, BaP. */
export type LimitedItem = Pollutant | 'TSP' | 'NOx' | 'Pb' | 'BaP';

/** Averaging time of a limit. `'8h'` is the O3 daily maximum 8-h mean. */
export type LimitAveraging = 'annual' | 'quarterly' | '24h' | '8h' | '1h';

/** Environmental function zone class: 1 = 一类区 (reserves), 2 = 二类区 (Xinfu District). */
export type AirClass = 1 | 2;

/** One row of GB 3095-2012 Table 1/2. */
export interface LimitRow {
  readonly item: LimitedItem;
  readonly averaging: LimitAveraging;
  /** Class I limit, in `unit`. */
  readonly classI: number;
  /** Class II limit, in `unit`. */
  readonly classII: number;
  readonly unit: 'µg/m³' | 'mg/m³';
}

const UG = 'µg/m³';

/** GB 3095-2012 Tables 1 and 2 (domain.md §1, confirmed). */
export const GB3095_2012_LIMITS: readonly LimitRow[] = [
  { item: 'SO2', averaging: 'annual', classI: 20, classII: 60, unit: UG },
  { item: 'SO2', averaging: '24h', classI: 50, classII: 150, unit: UG },
  { item: 'SO2', averaging: '1h', classI: 150, classII: 500, unit: UG },
  { item: 'NO2', averaging: 'annual', classI: 40, classII: 40, unit: UG },
  { item: 'NO2', averaging: '24h', classI: 80, classII: 80, unit: UG },
  { item: 'NO2', averaging: '1h', classI: 200, classII: 200, unit: UG },
  { item: 'CO', averaging: '24h', classI: 4, classII: 4, unit: 'mg/m³' },
  { item: 'CO', averaging: '1h', classI: 10, classII: 10, unit: 'mg/m³' },
  { item: 'O3', averaging: '8h', classI: 100, classII: 160, unit: UG },
  { item: 'O3', averaging: '1h', classI: 160, classII: 200, unit: UG },
  { item: 'PM10', averaging: 'annual', classI: 40, classII: 70, unit: UG },
  { item: 'PM10', averaging: '24h', classI: 50, classII: 150, unit: UG },
  { item: 'PM2.5', averaging: 'annual', classI: 15, classII: 35, unit: UG },
  { item: 'PM2.5', averaging: '24h', classI: 35, classII: 75, unit: UG },
  { item: 'TSP', averaging: 'annual', classI: 80, classII: 200, unit: UG },
  { item: 'TSP', averaging: '24h', classI: 120, classII: 300, unit: UG },
  { item: 'NOx', averaging: 'annual', classI: 50, classII: 50, unit: UG },
  { item: 'NOx', averaging: '24h', classI: 100, classII: 100, unit: UG },
  { item: 'NOx', averaging: '1h', classI: 250, classII: 250, unit: UG },
  { item: 'Pb', averaging: 'annual', classI: 0.5, classII: 0.5, unit: UG },
  { item: 'Pb', averaging: 'quarterly', classI: 1, classII: 1, unit: UG },
  { item: 'BaP', averaging: 'annual', classI: 0.001, classII: 0.001, unit: UG },
  { item: 'BaP', averaging: '24h', classI: 0.0025, classII: 0.0025, unit: UG },
];

/** The GB 3095-2012 Class II daily limit of `item`: the 24-h mean, for O3 the daily maximum 8-h mean. */
function classIIDaily(item: Pollutant): number {
  const averaging: LimitAveraging = item === 'O3' ? '8h' : '24h';
  const row = GB3095_2012_LIMITS.find((candidate) => candidate.item === item && candidate.averaging === averaging);
  if (row === undefined) throw new Error(`GB 3095-2012 has no ${averaging} limit for ${item}`);
  return row.classII;
}

/**
 * GB 3095-2012 二级 daily limits of the six AQI pollutants (µg/m³, CO mg/m³), read from
 * {@link GB3095_2012_LIMITS}: 24-h means, O3 the daily maximum 8-h mean. Zod-free: the client
 * draws them on its pollutant chart.
 *
 * @example
 * DAILY_LIMITS_CLASS_II['PM2.5']; // 75
 * DAILY_LIMITS_CLASS_II.O3; // 160
 */
export const DAILY_LIMITS_CLASS_II: Readonly<Record<Pollutant, number>> = {
  'PM2.5': classIIDaily('PM2.5'),
  PM10: classIIDaily('PM10'),
  SO2: classIIDaily('SO2'),
  NO2: classIIDaily('NO2'),
  CO: classIIDaily('CO'),
  O3: classIIDaily('O3'),
};

/**
 * GB 3095-2026 PM2.5 limits in µg/m³ (domain.md §9, confirmed). Class II has a transitional
 * period from 2026-03-01 to 2030-12-31 with 30 (annual) / 60 (24-h).
 * Every other GB 3095-2026 figure (PM10, SO2, NO2 were tightened) is UNCONFIRMED and absent.
 */
export const GB3095_2026_PM25_LIMITS = {
  classI: { annual: 10, '24h': 25 },
  classII: { annual: 25, '24h': 50 },
  classIITransitional: { annual: 30, '24h': 60, from: '2026-03-01', until: '2030-12-31' },
} as const;

/** A limit found by {@link concentrationLimit}. */
export interface Limit {
  /** The limit in `unit`; a value must be ≤ it to comply. */
  readonly value: number;
  readonly unit: 'µg/m³' | 'mg/m³';
  /** Citation, e.g. `'GB 3095-2012 二级'`. */
  readonly source: string;
}

/** What {@link concentrationLimit} looks up. */
export interface LimitQuery extends EditionOptions {
  readonly item: LimitedItem;
  readonly averaging: LimitAveraging;
  /** Zone class. @default 2 */
  readonly airClass?: AirClass;
  /**
   * ISO date (YYYY-MM-DD) the data are judged at. Needed only for the 2026 Class II PM2.5
   * limits, which are transitional (30/60) up to 2030-12-31 and 25/50 after.
   */
  readonly date?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Looks up a concentration limit.
 *
 * Returns `null` when the standard sets no limit for that item and averaging time (e.g. CO annual),
 * and {@link Unsupported} for a 2026 figure that is not confirmed, or for the 2026 Class II PM2.5
 * limit when `date` is missing (the transitional figure depends on it) or before 2026-03-01.
 *
 * @example
 * concentrationLimit({ item: 'PM2.5', averaging: 'annual' });
 * // { value: 35, unit: 'µg/m³', source: 'GB 3095-2012 二级' }
 * concentrationLimit({ item: 'O3', averaging: '8h', airClass: 1 })?.value; // 100
 * concentrationLimit({ item: 'CO', averaging: 'annual' }); // null
 */
export function concentrationLimit(query: LimitQuery & Edition2012Options): Limit | null;
export function concentrationLimit(query: LimitQuery): Limit | null | Unsupported;
export function concentrationLimit(query: LimitQuery): Limit | null | Unsupported {
  const edition = query.edition ?? DEFAULT_EDITION;
  const airClass = query.airClass ?? 2;
  if (edition === '2012') {
    const row = GB3095_2012_LIMITS.find(
      (candidate) => candidate.item === query.item && candidate.averaging === query.averaging,
    );
    if (row === undefined) return null;
    return {
      value: airClass === 1 ? row.classI : row.classII,
      unit: row.unit,
      source: airClass === 1 ? 'GB 3095-2012 一级' : 'GB 3095-2012 二级',
    };
  }
  const what = `GB 3095-2026 ${query.item} ${query.averaging} limit`;
  if (query.item !== 'PM2.5' || (query.averaging !== 'annual' && query.averaging !== '24h')) {
    // UNCONFIRMED: GB 3095-2026 also tightened PM10, SO2 and NO2; the figures were not found.
    return unsupported(edition, what, 'only the GB 3095-2026 PM2.5 limits are confirmed');
  }
  if (airClass === 1) {
    return { value: GB3095_2026_PM25_LIMITS.classI[query.averaging], unit: UG, source: 'GB 3095-2026 一级' };
  }
  if (query.date === undefined || !ISO_DATE.test(query.date)) {
    return unsupported(
      edition,
      what,
      'the Class II PM2.5 limit is transitional (30/60) until 2030-12-31: pass `date` as YYYY-MM-DD',
    );
  }
  const transitional = GB3095_2026_PM25_LIMITS.classIITransitional;
  // ISO dates compare correctly as strings.
  if (query.date < transitional.from) {
    return unsupported(edition, what, 'GB 3095-2026 is in force from 2026-03-01; earlier data use the 2012 edition');
  }
  if (query.date <= transitional.until) {
    return { value: transitional[query.averaging], unit: UG, source: 'GB 3095-2026 二级 (过渡期)' };
  }
  return { value: GB3095_2026_PM25_LIMITS.classII[query.averaging], unit: UG, source: 'GB 3095-2026 二级' };
}
