/**
 * O3 8-h moving means and the O3 daily maximum 8-h mean (日最大8小时平均) from hourly data,
 * per GB 3095-2012 Table 4 and HJ 663-2013 (2012 edition rules).
 *
 * @module
 */
import { concentrationLimit, type AirClass } from './limits.ts';
import { meanOfDecimals } from './rational.ts';
import {
  assertSeriesLength,
  figureFromCount,
  HOURS_PER_DAY,
  isValidReading,
  type DailyFigure,
  type HourlySeries,
} from './daily-figure.ts';

/** Hours in an O3 moving window. */
export const EIGHT_HOUR_WINDOW = 8;

/** An 8-h mean needs at least this many valid hourly values of its 8 (GB 3095-2012, confirmed). */
export const MIN_HOURS_FOR_8H_MEAN = 6;

/** The daily maximum is taken over the windows ending 08:00 … 24:00 (17 windows): the first end hour. */
export const DAILY_MAX_8H_FIRST_WINDOW_END = 8;
/** … and the last end hour (see {@link DAILY_MAX_8H_FIRST_WINDOW_END}). */
export const DAILY_MAX_8H_LAST_WINDOW_END = 24;

/** The daily maximum 8-h mean needs at least this many valid 8-h means of the 17 (confirmed). */
export const MIN_WINDOWS_FOR_DAILY_MAX_8H = 14;

/**
 * UNCONFIRMED (domain.md §3.3, [memory]): a day with fewer than 14 valid 8-h means still counts
 * when its maximum already exceeds the limit (it is an exceeding day whatever the missing windows
 * held). Set to `false` to make such days invalid.
 */
export const SHORT_DAY_COUNTS_WHEN_ABOVE_LIMIT = true;

/** One 8-h moving mean, labelled by the hour its window ends. */
export type EightHourMean = { readonly endHour: number } & DailyFigure;

/** Slots of the previous day the windows ending 01:00–07:00 reach back to (hours ending 18:00–24:00). */
export const PREVIOUS_DAY_SLOTS = EIGHT_HOUR_WINDOW - 1;

/**
 * The 24 O3 8-h moving means of a day, for the windows ending 01:00 … 24:00.
 *
 * The window ending at hour h averages the hourly values labelled h−7 … h (hour-ending
 * convention, see {@link HourlySeries}). Windows ending before 08:00 reach into the previous
 * day: pass its last 7 slots (hours ending 18:00 … 24:00) as `previousDayLast7`, or they are
 * treated as missing. Each mean is valid with ≥ 6 valid hourly values of its 8.
 *
 * @param today 24 hourly O3 values, µg/m³
 * @param previousDayLast7 7 hourly O3 values of the previous day, µg/m³ (optional)
 * @example
 * const means = o3EightHourMeans(new Array(24).fill(80));
 * means[7]; // { endHour: 8, valid: true, value: 80, basis: 'enough-data', count: 8, required: 6 }
 * means[0]?.valid; // false: only 1 hour of today, previous day not given
 */
export function o3EightHourMeans(today: HourlySeries, previousDayLast7?: HourlySeries): readonly EightHourMean[] {
  assertSeriesLength(today, HOURS_PER_DAY, 'today');
  if (previousDayLast7 !== undefined) assertSeriesLength(previousDayLast7, PREVIOUS_DAY_SLOTS, 'previousDayLast7');
  // Hour label k (−6 … 24) → reading; labels ≤ 0 belong to the previous day.
  const readingAt = (label: number): number | null | undefined =>
    label >= 1 ? today[label - 1] : previousDayLast7?.[label + PREVIOUS_DAY_SLOTS - 1];
  const means: EightHourMean[] = [];
  for (let endHour = 1; endHour <= HOURS_PER_DAY; endHour += 1) {
    const valid: number[] = [];
    for (let label = endHour - EIGHT_HOUR_WINDOW + 1; label <= endHour; label += 1) {
      const reading = readingAt(label);
      if (isValidReading(reading)) valid.push(reading);
    }
    const mean = valid.length > 0 ? meanOfDecimals(valid) : null;
    means.push({ endHour, ...figureFromCount(mean, valid.length, MIN_HOURS_FOR_8H_MEAN) });
  }
  return means;
}

/** Options of {@link o3DailyMaxEightHour}. */
export interface O3DailyMaxOptions {
  /** Previous day's last 7 hourly values; not needed for the daily maximum (see below). */
  readonly previousDayLast7?: HourlySeries;
  /** Zone class whose O3 8-h limit decides the short-day rule. @default 2 (160 µg/m³) */
  readonly airClass?: AirClass;
}

/**
 * The O3 daily maximum 8-h mean: the largest valid 8-h moving mean among the 17 windows ending
 * 08:00 … 24:00. Those windows lie wholly within the day (the one ending 08:00 covers 00:00–08:00),
 * so the previous day's hours do not affect it.
 *
 * Valid when at least {@link MIN_WINDOWS_FOR_DAILY_MAX_8H} (14) windows are valid; with fewer, the
 * day still counts (`basis: 'exceeds-limit-with-short-data'`) when its maximum exceeds the
 * GB 3095-2012 O3 8-h limit of `airClass` and {@link SHORT_DAY_COUNTS_WHEN_ABOVE_LIMIT} is on.
 * `count` is the number of valid windows.
 *
 * @param today 24 hourly O3 values, µg/m³
 * @example
 * o3DailyMaxEightHour(new Array(24).fill(90)).value; // 90
 */
export function o3DailyMaxEightHour(today: HourlySeries, options: O3DailyMaxOptions = {}): DailyFigure {
  const windows = o3EightHourMeans(today, options.previousDayLast7).filter(
    (mean) => mean.endHour >= DAILY_MAX_8H_FIRST_WINDOW_END && mean.endHour <= DAILY_MAX_8H_LAST_WINDOW_END,
  );
  const validValues = windows.flatMap((mean) => (mean.valid ? [mean.value] : []));
  const maximum = validValues.length > 0 ? Math.max(...validValues) : null;
  const figure = figureFromCount(maximum, validValues.length, MIN_WINDOWS_FOR_DAILY_MAX_8H);
  if (figure.valid || maximum === null || !SHORT_DAY_COUNTS_WHEN_ABOVE_LIMIT) return figure;
  const limit = concentrationLimit({ item: 'O3', averaging: '8h', airClass: options.airClass ?? 2 });
  if (limit !== null && maximum > limit.value) {
    return {
      valid: true,
      value: maximum,
      basis: 'exceeds-limit-with-short-data',
      count: validValues.length,
      required: MIN_WINDOWS_FOR_DAILY_MAX_8H,
    };
  }
  return figure;
}
