/**
 * The daily statistics and daily AQI of a subject (one station, or the district from its
 * national stations) over a range of days: the shared core of the daily and evaluation answers.
 *
 * @module
 */
import { aqi, type AqiResult } from '../../aq/aqi.ts';
import { dailyAqiInputs, dailyStatistics, type DailyStatistics } from '../../aq/daily.ts';
import { isUnsupported, type StandardsEdition, type Unsupported } from '../../aq/standards-edition.ts';
import { err, ok, type Result } from '../../result.ts';
import type { AqSubject } from '../../schema/aq.ts';
import { datesBetween } from '../../time/cst.ts';
import type { Db } from '../../db/open-database.ts';
import { districtDailyStatistics } from './district-daily-statistics.ts';
import { readHourlyDays, type DateRange, type HourlyDay } from '../../db/aq/hourly-days.ts';
import { findStation, nationalStations, type AqStationRow } from '../../db/aq/stations.ts';

/** One day's daily statistics (validity rules of GB 3095-2012 Table 4). */
export interface StatisticsDay {
  /** `YYYY-MM-DD` */
  readonly date: string;
  readonly statistics: DailyStatistics;
  /** Hours of the day with any reading (for a district: the most at any of its stations). */
  readonly hoursWithData: number;
}

/** One day of a subject: its daily statistics and the daily AQI report from the valid ones. */
export interface ComputedDay extends StatisticsDay {
  readonly report: AqiResult;
}

/** A station with its daily statistics. */
export interface StationDays {
  readonly station: AqStationRow;
  readonly days: readonly StatisticsDay[];
}

/** The days of a subject, and the stations behind them. */
export interface SubjectDays {
  readonly scope: AqSubject['scope'];
  /** The station (scope `station`), null for the district. */
  readonly station: AqStationRow | null;
  /** The one station, or every national station (district). */
  readonly stations: readonly StationDays[];
  /** The subject's days, in date order. */
  readonly days: readonly ComputedDay[];
}

/** An expected failure of an AQ request. */
export type AqFailure =
  | { readonly code: 'station-not-found'; readonly station: string }
  | { readonly code: 'unsupported'; readonly unsupported: Unsupported };

/** A value, or why there is none. */
export type AqOutcome<T> = Result<T, AqFailure>;

/** The failure of an {@link Unsupported} engine answer. */
export function unsupportedFailure(unsupported: Unsupported): AqOutcome<never> {
  return err({ code: 'unsupported', unsupported });
}

/**
 * Daily statistics of each hourly day of one station.
 *
 * @returns the days, or {@link Unsupported} for an edition whose rules are not confirmed
 */
export function computeStationDays(
  days: readonly HourlyDay[],
  edition: StandardsEdition,
): StatisticsDay[] | Unsupported {
  const out: StatisticsDay[] = [];
  for (const { date, data, hoursWithData } of days) {
    const statistics = dailyStatistics(data, { edition });
    if (isUnsupported(statistics)) return statistics;
    out.push({ date, statistics, hoursWithData });
  }
  return out;
}

/**
 * The district's daily statistics from its national stations' (HJ 663-2013 city method, see
 * `district-daily-statistics.ts`): per day the mean of the stations' valid daily values.
 *
 * @param stations every national station's days over `dates`
 * @param dates the dates, in order (a district without stations still gets its days, all invalid)
 */
export function computeDistrictDays(stations: readonly StationDays[], dates: readonly string[]): StatisticsDay[] {
  return dates.map((date, index) => {
    const sameDay = stations.flatMap(({ days }) => {
      const day = days[index];
      return day === undefined ? [] : [day];
    });
    return {
      date,
      statistics: districtDailyStatistics(sameDay.map((day) => day.statistics)),
      hoursWithData: Math.max(0, ...sameDay.map((day) => day.hoursWithData)),
    };
  });
}

/**
 * Adds the daily AQI (HJ 633-2012 daily report) computed from each day's valid daily values.
 *
 * @returns the days, or {@link Unsupported} for an edition whose AQI table is not confirmed
 */
export function withDailyAqi(days: readonly StatisticsDay[], edition: StandardsEdition): ComputedDay[] | Unsupported {
  const out: ComputedDay[] = [];
  for (const day of days) {
    const report = aqi(dailyAqiInputs(day.statistics), 'daily', { edition });
    if (isUnsupported(report)) return report;
    out.push({ ...day, report });
  }
  return out;
}

/**
 * Reads and computes the days of a subject over `range`: one ordered query for the station (or
 * all national stations), then the engine per day; the district from the national stations only.
 *
 * @returns the days, or a failure: unknown station, or an edition the engine does not support
 * @example
 * const outcome = readSubjectDays(db, { scope: 'district' }, { from: '2023-01-01', to: '2023-12-31' }, '2012');
 * if (outcome.ok) outcome.value.days.length; // 365
 */
export function readSubjectDays(
  db: Db,
  subject: AqSubject,
  range: DateRange,
  edition: StandardsEdition,
): AqOutcome<SubjectDays> {
  const station = subject.scope === 'station' ? findStation(db, subject.station) : null;
  if (subject.scope === 'station' && station === null) {
    return err({ code: 'station-not-found', station: subject.station });
  }
  const probe = dailyStatistics({}, { edition }); // answer an unsupported edition before reading
  if (isUnsupported(probe)) return unsupportedFailure(probe);
  const members = station === null ? nationalStations(db) : [station];
  const hourly = readHourlyDays(
    db,
    members.map((member) => member.code),
    range,
  );
  const stations: StationDays[] = [];
  for (const member of members) {
    const days = computeStationDays(hourly.get(member.code) ?? [], edition);
    if (isUnsupported(days)) return unsupportedFailure(days);
    stations.push({ station: member, days });
  }
  const subjectDays =
    station === null ? computeDistrictDays(stations, datesBetween(range.from, range.to)) : (stations[0]?.days ?? []);
  const days = withDailyAqi(subjectDays, edition);
  if (isUnsupported(days)) return unsupportedFailure(days);
  return ok({ scope: station === null ? 'district' : 'station', station, stations, days });
}
