/**
 * GET /api/aq/daily: a station's (or the district's) daily values, IAQI and AQI per day.
 *
 * @module
 */
import { AQ_UNITS, type AqDailyQuery, type AqDailyResponse } from '../../schema/aq.ts';
import type { Db } from '../../db/open-database.ts';
import { subjectNotes, toDayDto, toStationDto } from './aq-dto.ts';
import { readSubjectDays, type AqOutcome } from './read-subject-days.ts';

/**
 * The daily report of `query.subject` from `query.from` to `query.to` (both included).
 *
 * @returns the report, or a failure (unknown station; unsupported edition)
 * @example
 * readDailyReport(db, {
 *   subject: { scope: 'station', station: '2181A' },
 *   from: '2023-03-01',
 *   to: '2023-03-01',
 *   edition: '2012',
 * });
 */
export function readDailyReport(db: Db, query: AqDailyQuery): AqOutcome<AqDailyResponse> {
  const outcome = readSubjectDays(db, query.subject, { from: query.from, to: query.to }, query.edition);
  if (!outcome.ok) return outcome;
  const { scope, station, stations, days } = outcome.value;
  const stationDtos = stations.map(toStationDto);
  return {
    ok: true,
    value: {
      scope,
      station: station === null ? null : (stationDtos[0] ?? null),
      stations: stationDtos,
      from: query.from,
      to: query.to,
      edition: query.edition,
      units: { ...AQ_UNITS },
      notes: subjectNotes(scope, stations, { from: query.from, to: query.to }),
      days: days.map(toDayDto),
    },
  };
}
