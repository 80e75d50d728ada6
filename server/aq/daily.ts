/**
 * Daily statistics from hourly data (GB 3095-2012 Table 4, HJ 663-2013; 2012 edition rules):
 * 24-h means, the O3 daily maximum 1-h and 8-h means, and the inputs of a daily AQI.
 *
 * Every figure carries its validity ({@link DailyFigure}): an invalid day has `value: null`.
 * Means are full precision; the HJ 663-2013 rounding of daily values (integers in µg/m³, CO to
 * 0.1 mg/m³) is UNCONFIRMED (domain.md §2.4) and not applied here.
 *
 * @module
 */
import type { Pollutant } from '../schema/plan.ts';
import type { DailyAqiInputs } from './aqi.ts';
import {
  assertSeriesLength,
  figureFromCount,
  HOURS_PER_DAY,
  isValidReading,
  type DailyFigure,
  type HourlySeries,
} from './daily-figure.ts';
import type { AirClass } from './limits.ts';
import { o3DailyMaxEightHour } from './o3-eight-hour.ts';
import { meanOfDecimals } from './rational.ts';
import { unsupported, type Edition2012Options, type EditionOptions, type Unsupported } from './standards-edition.ts';

/** A 24-h mean needs at least this many valid hourly values (GB 3095-2012 Table 4, confirmed). */
export const MIN_HOURS_FOR_24H_MEAN = 20;

/**
 * UNCONFIRMED: the standard text we have states no minimum for the O3 daily maximum 1-h value.
 * We require as many valid hours as a 24-h mean, so a maximum over a half-empty day is not
 * reported as the day's maximum.
 */
export const MIN_HOURS_FOR_DAILY_MAX_1H = 20;

/** Pollutants evaluated by a 24-h mean. */
export type MeanPollutant = Exclude<Pollutant, 'O3'>;

/** Pollutants with a 24-h mean, in display order. */
export const MEAN_POLLUTANTS: readonly MeanPollutant[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO'];

function validReadings(hours: HourlySeries): number[] {
  return hours.filter(isValidReading);
}

/**
 * The 24-h mean of a day's hourly values, valid with ≥ 20 valid hourly values.
 *
 * @param hours 24 hourly means (µg/m³, CO mg/m³), `null` = missing; see {@link HourlySeries}
 * @returns the mean (same unit) with validity; `count` = valid hours
 * @example
 * twentyFourHourMean([...new Array(20).fill(30), null, null, null, null]).value; // 30
 * twentyFourHourMean([...new Array(19).fill(30), null, null, null, null, null]).valid; // false
 */
export function twentyFourHourMean(hours: HourlySeries): DailyFigure {
  assertSeriesLength(hours, HOURS_PER_DAY, 'hours');
  const readings = validReadings(hours);
  const mean = readings.length > 0 ? meanOfDecimals(readings) : null;
  return figureFromCount(mean, readings.length, MIN_HOURS_FOR_24H_MEAN);
}

/**
 * The daily maximum 1-h value (used for O3), valid with ≥ {@link MIN_HOURS_FOR_DAILY_MAX_1H}
 * valid hours (UNCONFIRMED rule).
 *
 * @param hours 24 hourly means, µg/m³
 * @example
 * dailyMaxOneHour(new Array(24).fill(0).map((_, hour) => hour * 10)).value; // 230
 */
export function dailyMaxOneHour(hours: HourlySeries): DailyFigure {
  assertSeriesLength(hours, HOURS_PER_DAY, 'hours');
  const readings = validReadings(hours);
  const maximum = readings.length > 0 ? Math.max(...readings) : null;
  return figureFromCount(maximum, readings.length, MIN_HOURS_FOR_DAILY_MAX_1H);
}

/** A day's hourly data: one {@link HourlySeries} per pollutant (any may be absent). */
export type DayHourlyData = { readonly [P in Pollutant]?: HourlySeries } & {
  /** O3 of the previous day's last 7 hours (ending 18:00–24:00), for the early 8-h windows. */
  readonly O3PreviousDayLast7?: HourlySeries;
};

/** Daily statistics of one day. A key is absent when its hourly series was not given. */
export interface DailyStatistics {
  /** 24-h means of SO2, NO2, PM10, PM2.5, CO. */
  readonly means: { readonly [P in MeanPollutant]?: DailyFigure };
  /** O3 daily maximum 8-h mean. */
  readonly o3Max8h?: DailyFigure;
  /** O3 daily maximum 1-h mean. */
  readonly o3Max1h?: DailyFigure;
}

/** Options of {@link dailyStatistics}. */
export interface DailyStatisticsOptions extends EditionOptions {
  /** Zone class for the O3 short-day rule. @default 2 */
  readonly airClass?: AirClass;
}

/**
 * All daily statistics of one day from its hourly data.
 *
 * Edition `'2026'`: {@link Unsupported} (HJ 663-2026 data rules not confirmed).
 *
 * @example
 * const day = dailyStatistics({ 'PM2.5': new Array(24).fill(40) });
 * day.means['PM2.5']?.value; // 40
 */
export function dailyStatistics(
  day: DayHourlyData,
  options?: DailyStatisticsOptions & Edition2012Options,
): DailyStatistics;
export function dailyStatistics(day: DayHourlyData, options: DailyStatisticsOptions): DailyStatistics | Unsupported;
export function dailyStatistics(
  day: DayHourlyData,
  options: DailyStatisticsOptions = {},
): DailyStatistics | Unsupported {
  const edition = options.edition ?? '2012';
  if (edition !== '2012') {
    return unsupported(edition, 'HJ 663-2026 daily statistics', 'the 2026 data-validity rules are not confirmed');
  }
  const means: { [P in MeanPollutant]?: DailyFigure } = {};
  for (const pollutant of MEAN_POLLUTANTS) {
    const hours = day[pollutant];
    if (hours !== undefined) means[pollutant] = twentyFourHourMean(hours);
  }
  const o3 = day.O3;
  if (o3 === undefined) return { means };
  return {
    means,
    o3Max8h: o3DailyMaxEightHour(o3, {
      ...(day.O3PreviousDayLast7 === undefined ? {} : { previousDayLast7: day.O3PreviousDayLast7 }),
      airClass: options.airClass ?? 2,
    }),
    o3Max1h: dailyMaxOneHour(o3),
  };
}

/**
 * The inputs of a daily AQI (`aqi(inputs, 'daily')`) from daily statistics: valid figures only,
 * so an invalid day contributes no sub-index.
 *
 * @example
 * dailyAqiInputs({ means: { CO: { valid: true, value: 2.2, basis: 'enough-data', count: 24, required: 20 } } });
 * // { CO: 2.2 }
 */
export function dailyAqiInputs(statistics: DailyStatistics): DailyAqiInputs {
  const inputs: { -readonly [K in keyof DailyAqiInputs]?: number } = {};
  for (const pollutant of MEAN_POLLUTANTS) {
    const figure = statistics.means[pollutant];
    if (figure?.valid) inputs[pollutant] = figure.value;
  }
  if (statistics.o3Max8h?.valid) inputs.O3 = statistics.o3Max8h.value;
  if (statistics.o3Max1h?.valid) inputs.O3_1h = statistics.o3Max1h.value;
  return inputs;
}
