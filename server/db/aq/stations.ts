/**
 * Station and plan-target lookups for the air-quality API.
 *
 * @module
 */
import type { Pollutant, Target } from '../../schema/plan.ts';
import type { Db } from '../open-database.ts';

/** A monitoring station as the AQ computations need it. */
export interface AqStationRow {
  readonly code: string;
  readonly name: string;
  readonly kind: 'national' | 'micro';
  readonly status: 'active' | 'stopped';
  /** ISO date the station stopped, or null. */
  readonly stoppedOn: string | null;
}

interface StationRow {
  code: string;
  name: string;
  kind: AqStationRow['kind'];
  status: AqStationRow['status'];
  stopped_on: string | null;
}

const toStation = (row: StationRow): AqStationRow => ({
  code: row.code,
  name: row.name,
  kind: row.kind,
  status: row.status,
  stoppedOn: row.stopped_on,
});

/**
 * The station with `code`, or null when there is none.
 *
 * @example
 * findStation(db, '2181A')?.kind; // 'national'
 */
export function findStation(db: Db, code: string): AqStationRow | null {
  const row = db.prepare('SELECT code, name, kind, status, stopped_on FROM stations WHERE code = ?').get(code) as
    | StationRow
    | undefined;
  return row === undefined ? null : toStation(row);
}

/**
 * Every national (国控) station, stopped ones included, by code. Only these make the district
 * value; micro-stations never do.
 */
export function nationalStations(db: Db): AqStationRow[] {
  const rows = db
    .prepare("SELECT code, name, kind, status, stopped_on FROM stations WHERE kind = 'national' ORDER BY code")
    .all() as StationRow[];
  return rows.map(toStation);
}

/** A target the plan itself sets for a pollutant (PM2.5 35 µg/m³, SO2 10 µg/m³). */
export interface PlanPollutantTarget {
  /** Upper limit, µg/m³ (CO mg/m³). */
  readonly value: number;
  readonly strength: Target['strength'];
  /** The plan's sentence the figure is read from. */
  readonly quote: string;
}

interface TargetRow {
  subject: string;
  limit_value: number;
  strength: Target['strength'];
  quote: string;
}

/**
 * The plan's own annual pollutant targets (`basis = 'plan'`), by pollutant. The other four
 * pollutants are judged at GB 3095-2012 Class II, which the evaluation takes from the standard.
 *
 * @example
 * readPlanPollutantTargets(db)['PM2.5']?.value; // 35
 */
export function readPlanPollutantTargets(db: Db): Partial<Record<Pollutant, PlanPollutantTarget>> {
  const rows = db
    .prepare("SELECT subject, limit_value, strength, quote FROM plan_targets WHERE basis = 'plan' ORDER BY position")
    .all() as TargetRow[];
  const targets: Partial<Record<Pollutant, PlanPollutantTarget>> = {};
  for (const row of rows) {
    if (isPollutant(row.subject))
      targets[row.subject] = { value: row.limit_value, strength: row.strength, quote: row.quote };
  }
  return targets;
}

const POLLUTANTS: readonly string[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'];

function isPollutant(subject: string): subject is Pollutant {
  return POLLUTANTS.includes(subject);
}
