import type { Provenance } from '../schema/common.ts';
import type { Db } from './open-database.ts';

/** One township's dustfall aggregates in a month (t/(km²·month)); null means / maxima without a reading. */
export interface TownshipDustfallRow {
  code: string;
  name: string;
  nameEn: string;
  areaKm2: number;
  mean: number | null;
  max: number | null;
  /** Readings (points with a reading) that month. */
  points: number;
  /** Points registered to the township. */
  pointsTotal: number;
}

/** Rows counted per provenance. */
export type ProvenanceRows = { p: Provenance; n: number }[];

/** The SQL the monthly report reads besides the plan, the AQ evaluation and the alerts. */
export interface MonthlyReportQueries {
  /** Dustfall readings of `month` (YYYY-MM). */
  dustfallReadingCount(month: string): number;
  /** The first and last month with a dustfall reading. */
  dustfallMonths(): { first: string | null; last: string | null };
  /** Stations with a reading labelled in (`after`, `upTo`] (`YYYY-MM-DDTHH:mm` CST, hour-ending). */
  stationsWithReadings(after: string, upTo: string): number;
  /** Every township's dustfall in `month`, by code. */
  townshipDustfall(month: string): TownshipDustfallRow[];
  /** Every township's code and names, by code. */
  townships(): { code: string; name: string; nameEn: string }[];
  /** The latest update (ISO 8601) of each task that has one. */
  lastTaskUpdates(): Map<number, string>;
  /** Roadside and OBD checks with `from <= checked_at <= to` (CST minutes), and those that found a problem. */
  roadsideChecks(from: string, to: string): { checks: number; hits: number };
  /**
   * Diesel trucks (货车 categories) of 国四 or below: those that left use (scrapped or deregistered, status_on in
   * `from` … `to`, dates), and those in use at the end of day `to` (registered by then, not yet left).
   */
  dirtyDieselTrucks(from: string, to: string): { phasedOut: number; inUse: number };
  /** Alerts of the four muck-truck rules raised with `from <= raised_at <= to` (CST minutes), per rule. */
  muckAlerts(from: string, to: string): { rule: string; n: number }[];
  /** Provenance counts of the report's four sources. */
  provenance(): {
    townships: ProvenanceRows;
    dustfallPoints: ProvenanceRows;
    readings: ProvenanceRows;
    tasks: ProvenanceRows;
  };
}

/**
 * The monthly report's statements, prepared once per call on `db`.
 *
 * @example
 * const sql = monthlyReportQueries(db);
 * sql.dustfallReadingCount('2023-06'); // 1,000-odd in the demo data
 */
export function monthlyReportQueries(db: Db): MonthlyReportQueries {
  const count = (sql: string) => db.prepare(sql).pluck();
  const dustfallReadings = count('SELECT count(*) AS n FROM dustfall_readings WHERE month = ?');
  // per station through the primary key (station_code, ts)
  const stationsWithReadings = count(
    `SELECT count(*) AS n FROM stations s
     WHERE EXISTS (SELECT 1 FROM station_readings r WHERE r.station_code = s.code AND r.ts > ? AND r.ts <= ?)`,
  );
  const provenance = (sql: string) => () => db.prepare(sql).all() as ProvenanceRows;
  const dirtyTruck = `fuel = 'diesel' AND emission_stage IN ('I', 'II', 'III', 'IV')
    AND category IN ('heavy-truck', 'medium-truck', 'light-truck', 'tractor-unit', 'muck-truck')`;
  return {
    roadsideChecks: (from, to) =>
      db
        .prepare(
          `SELECT count(*) AS checks, coalesce(sum(devices IN ('missing', 'tampered') OR obd IN ('fault', 'tampered')
             OR emission_test = 'fail'), 0) AS hits
           FROM roadside_checks WHERE checked_at >= ? AND checked_at <= ?`,
        )
        .get(from, to) as { checks: number; hits: number },
    dirtyDieselTrucks: (from, to) =>
      db
        .prepare(
          `SELECT
             coalesce(sum(status IN ('scrapped', 'deregistered') AND status_on >= ? AND status_on <= ?), 0)
               AS phasedOut,
             coalesce(sum(registered_on <= ? AND (status_on IS NULL OR status_on > ?)), 0) AS inUse
           FROM vehicles WHERE ${dirtyTruck}`,
        )
        .get(from, to, to, to) as { phasedOut: number; inUse: number },
    muckAlerts: (from, to) =>
      db
        .prepare(
          `SELECT rule, count(*) AS n FROM alerts
           WHERE rule IN ('muck-off-route', 'muck-out-of-hours', 'muck-illegal-dumping', 'muck-spill')
             AND raised_at >= ? AND raised_at <= ? GROUP BY rule ORDER BY rule`,
        )
        .all(from, to) as { rule: string; n: number }[],
    dustfallReadingCount: (month) => dustfallReadings.get(month) as number,
    dustfallMonths: () =>
      db.prepare('SELECT min(month) AS first, max(month) AS last FROM dustfall_readings').get() as {
        first: string | null;
        last: string | null;
      },
    stationsWithReadings: (after, upTo) => stationsWithReadings.get(after, upTo) as number,
    townshipDustfall: (month) =>
      db
        .prepare(
          `SELECT t.code, t.name, t.name_en AS nameEn, t.area_km2 AS areaKm2, avg(r.value) AS mean, max(r.value) AS max,
                count(r.value) AS points, count(DISTINCT p.id) AS pointsTotal
         FROM townships t
         LEFT JOIN dustfall_points p ON p.township_code = t.code
         LEFT JOIN dustfall_readings r ON r.point_id = p.id AND r.month = ?
         GROUP BY t.code ORDER BY t.code`,
        )
        .all(month) as TownshipDustfallRow[],
    townships: () =>
      db.prepare('SELECT code, name, name_en AS nameEn FROM townships ORDER BY code').all() as {
        code: string;
        name: string;
        nameEn: string;
      }[],
    lastTaskUpdates: () => {
      const rows = db.prepare('SELECT task, max(at) AS at FROM task_events GROUP BY task').all() as {
        task: number;
        at: string;
      }[];
      return new Map(rows.map((r) => [r.task, r.at]));
    },
    provenance: () => ({
      townships: provenance('SELECT provenance AS p, count(*) AS n FROM townships GROUP BY provenance')(),
      dustfallPoints: provenance('SELECT provenance AS p, count(*) AS n FROM dustfall_points GROUP BY provenance')(),
      readings: provenance(
        `SELECT readings_provenance AS p, count(*) AS n FROM stations WHERE kind = 'national'
         GROUP BY readings_provenance`,
      )(),
      tasks: provenance('SELECT status_provenance AS p, count(*) AS n FROM plan_tasks GROUP BY status_provenance')(),
    }),
  };
}
