/**
 * The district's daily values from its national stations (pure: no database access).
 *
 * HJ 663-2013 evaluates a city (here the district) from its evaluation stations (the national
 * 国控 stations), not from any other monitor: the city's value of a day is the arithmetic mean of
 * the stations' daily values: the 24-h means for SO2, NO2, PM10, PM2.5 and CO, and for O3 the mean
 * of the stations' daily maximum 8-h means (likewise the daily maximum 1-h means). The annual
 * statistics (annual mean, CO p95, O3 p90) and the day's AQI are then computed from those district
 * daily values exactly as for a single station. Micro-stations never enter.
 *
 * A station whose value of the day is invalid (too few hours, a stopped station) is left out of
 * that day's mean. UNCONFIRMED: how many stations HJ 663-2013 requires for a valid city day; we
 * take the day as valid with at least {@link MIN_STATIONS_FOR_DISTRICT_DAY} valid station value.
 *
 * @module
 */
import type { DailyFigure } from '../../aq/daily-figure.ts';
import { MEAN_POLLUTANTS, type DailyStatistics, type MeanPollutant } from '../../aq/daily.ts';
import { meanOfDecimals } from '../../aq/rational.ts';

/** A district day is valid with at least this many stations' valid values (UNCONFIRMED, see module). */
export const MIN_STATIONS_FOR_DISTRICT_DAY = 1;

/**
 * The district figure of one item from the stations' figures: the mean of the valid ones.
 * `count` is the number of stations behind it, `required` {@link MIN_STATIONS_FOR_DISTRICT_DAY}.
 *
 * @param figures one figure per national station (undefined: station had no series)
 * @example
 * const valid = (value: number): DailyFigure =>
 *   ({ valid: true, value, basis: 'enough-data', count: 24, required: 20 });
 * districtFigure([valid(30), valid(40), undefined]).value; // 35
 */
export function districtFigure(figures: readonly (DailyFigure | undefined)[]): DailyFigure {
  const values = figures.flatMap((figure) => (figure?.valid ? [figure.value] : []));
  const required = MIN_STATIONS_FOR_DISTRICT_DAY;
  if (values.length < required || values.length === 0) {
    return { valid: false, value: null, provisionalValue: null, count: values.length, required };
  }
  return { valid: true, value: meanOfDecimals(values), basis: 'enough-data', count: values.length, required };
}

/**
 * The district's daily statistics of one day from the national stations' statistics of that day
 * (see the module comment for the method).
 *
 * @param stations the day's statistics of every national station (stopped ones included)
 * @example
 * districtDailyStatistics([stationA, stationB]).means['PM2.5']?.value; // mean of the two
 */
export function districtDailyStatistics(stations: readonly DailyStatistics[]): DailyStatistics {
  const means: { [P in MeanPollutant]?: DailyFigure } = {};
  for (const pollutant of MEAN_POLLUTANTS)
    means[pollutant] = districtFigure(stations.map((day) => day.means[pollutant]));
  return {
    means,
    o3Max8h: districtFigure(stations.map((day) => day.o3Max8h)),
    o3Max1h: districtFigure(stations.map((day) => day.o3Max1h)),
  };
}
