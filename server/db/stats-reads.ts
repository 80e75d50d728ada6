import type { MachineFacts } from '../rules/nrmm-ban.ts';
import type { ZoneMinStage } from '../schema/enums/machine.ts';
import type { Db } from './open-database.ts';

/** A township row as stored (geometry is GeoJSON text). */
export interface TownshipRow {
  code: string;
  name: string;
  geometry: string;
}

/** The machine attributes the statistics use. */
export interface MachineRow {
  id: string;
  emission_stage: MachineFacts['emissionStage'];
  registration_code: string | null;
  smoke_test: MachineFacts['smokeTest'];
  exempt_use: string | null;
}

/** An NRMM zone row (geometry is GeoJSON text, effective from a date). */
export interface ZoneRow {
  id: string;
  geometry: string;
  effective_from: string;
  min_stage: ZoneMinStage;
}

/** A vehicle as the statistics count it. */
export interface VehicleRow {
  category: string;
  fuel: string;
  emission_stage: string;
  /** 1 when in use on the day asked for. */
  in_use: number;
  lon: number;
  lat: number;
}

/** One machine position: `[machine_id, ts (CST minute), lon, lat]`. */
export type PositionTuple = [string, string, number, number];

/** The SQL reads behind the statistics index (server/services/stats/), prepared once per connection. */
export interface StatsReads {
  townships(): TownshipRow[];
  machines(): MachineRow[];
  zones(): ZoneRow[];
  /** How many positions are stored (to size the typed arrays). */
  positionCount(): number;
  /** Every position, by machine then time. */
  positions(): IterableIterator<PositionTuple>;
  /** The position of `machineId` at `ts`, or undefined when there is none (deleted). */
  position(machineId: string, ts: string): { lon: number; lat: number } | undefined;
  /** The readings of `month` (YYYY-MM): point id and value, t/(km²·month). */
  dustfall(month: string): Array<{ point_id: string; value: number }>;
  /** The latest month with dustfall readings on or before `upTo`, or null. */
  latestDustfallMonth(upTo: string): string | null;
  /** Count and sum of valid hourly values per pollutant (so2, no2, pm10, pm25, co, o3, interleaved) in (from, to]. */
  readingSums(stationCode: string, from: string, to: string): Array<number | null>;
  /** The readings of a station with `from <= ts < to`, by ts: `[ts, so2, no2, pm10, pm25, co, o3]`. */
  readingsBetween(stationCode: string, from: string, to: string): ReadingTuple[];
  /**
   * The vehicles registered on or before `day` (YYYY-MM-DD), by id, with the status they had then (as the vehicles
   * layer: one that left use after `day` is in use), without the layer's latest roadside check.
   */
  vehiclesOn(day: string): VehicleRow[];
  /**
   * Entity ids (muck trucks) of the alerts of the four muck-truck rules on the muck-trucks layer raised at or
   * after `from` and up to `to` (`YYYY-MM-DDTHH:mm` CST).
   */
  muckViolators(from: string, to: string): string[];
  /** The pollutant values (so2, no2, pm10, pm25, co, o3) of one reading, or undefined when there is none. */
  reading(stationCode: string, ts: string): Array<number | null> | undefined;
}

/** One hourly reading: `[ts, so2, no2, pm10, pm25, co, o3]` (null where missing). */
export type ReadingTuple = [string, ...Array<number | null>];

/**
 * Prepares the statistics reads over `db` (a worker's read-only connection or the server's own).
 *
 * @example
 * const reads = createStatsReads(db);
 * reads.townships().length; // 18
 */
export function createStatsReads(db: Db): StatsReads {
  const townships = db.prepare('SELECT code, name, geometry FROM townships ORDER BY code');
  const machines = db.prepare(
    'SELECT id, emission_stage, registration_code, smoke_test, exempt_use FROM machines ORDER BY id',
  );
  const zones = db.prepare('SELECT id, geometry, effective_from, min_stage FROM nrmm_zones ORDER BY id');
  const positionCount = db.prepare('SELECT count(*) FROM machine_positions').pluck();
  const positions = db.prepare('SELECT machine_id, ts, lon, lat FROM machine_positions ORDER BY machine_id, ts').raw();
  const position = db.prepare('SELECT lon, lat FROM machine_positions WHERE machine_id = ? AND ts = ?');
  const dustfall = db.prepare('SELECT point_id, value FROM dustfall_readings WHERE month = ?');
  const latestDustfall = db.prepare('SELECT max(month) FROM dustfall_readings WHERE month <= ?').pluck();
  const sums = db
    .prepare(
      `SELECT count(so2), sum(so2), count(no2), sum(no2), count(pm10), sum(pm10),
              count(pm25), sum(pm25), count(co), sum(co), count(o3), sum(o3)
       FROM station_readings WHERE station_code = ? AND ts > ? AND ts <= ?`,
    )
    .raw();
  const readingsOf = db
    .prepare(
      `SELECT ts, so2, no2, pm10, pm25, co, o3 FROM station_readings
       WHERE station_code = ? AND ts >= ? AND ts < ? ORDER BY ts`,
    )
    .raw();
  const reading = db
    .prepare('SELECT so2, no2, pm10, pm25, co, o3 FROM station_readings WHERE station_code = ? AND ts = ?')
    .raw();
  const muckViolators = db
    .prepare(
      `SELECT DISTINCT entity_id FROM alerts
       WHERE rule IN ('muck-off-route', 'muck-out-of-hours', 'muck-illegal-dumping', 'muck-spill')
         AND layer = 'muck-trucks' AND raised_at >= ? AND raised_at <= ?`,
    )
    .pluck();
  const vehiclesOn = db.prepare(
    `SELECT category, fuel, emission_stage, (status_on IS NULL OR status_on > ?) AS in_use, lon, lat
     FROM vehicles WHERE registered_on <= ? ORDER BY id`,
  );
  return {
    vehiclesOn: (day) => vehiclesOn.all(day, day) as VehicleRow[],
    muckViolators: (from, to) => muckViolators.all(from, to) as string[],
    townships: () => townships.all() as TownshipRow[],
    machines: () => machines.all() as MachineRow[],
    zones: () => zones.all() as ZoneRow[],
    positionCount: () => positionCount.get() as number,
    positions: () => positions.iterate() as IterableIterator<PositionTuple>,
    position: (machineId, ts) => position.get(machineId, ts) as { lon: number; lat: number } | undefined,
    dustfall: (month) => dustfall.all(month) as Array<{ point_id: string; value: number }>,
    latestDustfallMonth: (upTo) => latestDustfall.get(upTo) as string | null,
    readingSums: (stationCode, from, to) => sums.get(stationCode, from, to) as Array<number | null>,
    readingsBetween: (stationCode, from, to) => readingsOf.all(stationCode, from, to) as ReadingTuple[],
    reading: (stationCode, ts) => reading.get(stationCode, ts) as Array<number | null> | undefined,
  };
}
