/**
 * Shared shapes for statistics computed from hourly data: the hourly series and a figure that
 * carries its own validity, so that an invalid statistic can never pass for a valid one.
 *
 * @module
 */

/** Hours in a day. */
export const HOURS_PER_DAY = 24;

/**
 * One day of hourly means of one pollutant, in µg/m³ (CO mg/m³): 24 slots, `null` = missing.
 *
 * Hour-ending convention (CNEMC): slot `i` (0–23) holds the value labelled `(i+1):00`, the mean
 * over the hour (i, i+1]. So slot 0 is 00:00–01:00 and slot 23 is 23:00–24:00.
 * A negative or non-finite number counts as missing.
 */
export type HourlySeries = readonly (number | null)[];

/** How a valid figure earned its validity. */
export type ValidityBasis =
  /** Enough data by the normal rule. */
  | 'enough-data'
  /** Too few data, but the value already exceeds the limit, so the day still counts (O3 8-h). */
  | 'exceeds-limit-with-short-data';

/**
 * A statistic with its validity. When `valid` is false `value` is `null`; the figure computed
 * from whatever data there were is kept apart in `provisionalValue` (for display as "insufficient
 * data", never for evaluation).
 */
export type DailyFigure =
  | {
      readonly valid: true;
      readonly value: number;
      readonly basis: ValidityBasis;
      /** Valid data behind the figure (hours, or 8-h windows for the O3 daily max). */
      readonly count: number;
      /** Minimum count the normal rule requires. */
      readonly required: number;
    }
  | {
      readonly valid: false;
      readonly value: null;
      readonly provisionalValue: number | null;
      readonly count: number;
      readonly required: number;
    };

/**
 * Whether an hourly reading counts as a valid value: a finite number ≥ 0.
 *
 * @example
 * isValidReading(12); // true
 * isValidReading(null); // false
 * isValidReading(-1); // false
 */
export function isValidReading(reading: number | null | undefined): reading is number {
  return typeof reading === 'number' && Number.isFinite(reading) && reading >= 0;
}

/**
 * Throws a RangeError naming `argument` unless `series` has exactly `length` slots.
 * A wrong-length series is a caller bug (a day has 24 hours; China has no daylight saving).
 *
 * @example
 * assertSeriesLength(new Array(24).fill(null), 24, 'hours'); // ok
 */
export function assertSeriesLength(series: HourlySeries, length: number, argument: string): void {
  if (series.length !== length) {
    throw new RangeError(`${argument} must have ${length} hourly slots, got ${series.length}`);
  }
}

/**
 * Builds a {@link DailyFigure} from a value and a count checked against a minimum.
 *
 * @example
 * figureFromCount(42, 20, 20); // { valid: true, value: 42, basis: 'enough-data', count: 20, required: 20 }
 * figureFromCount(42, 19, 20).valid; // false
 */
export function figureFromCount(value: number | null, count: number, required: number): DailyFigure {
  if (value !== null && count >= required) {
    return { valid: true, value, basis: 'enough-data', count, required };
  }
  return { valid: false, value: null, provisionalValue: value, count, required };
}
