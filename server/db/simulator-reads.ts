import type { Db } from './open-database.ts';

/** A registered device as the simulator needs it, with its station or outlet. */
export interface SimulatorDeviceRow {
  mn: string;
  kind: string;
  entityId: string;
  passwordSalt: string;
  passwordHash: string;
  intervalS: number;
  /** The station's or the outlet's enterprise name (null when the entity no longer exists). */
  entityName: string | null;
  /** For stack devices: the outlet's limits (JSON text), ULE limits (JSON text or null) and reference O2. */
  limits: string | null;
  uleLimits: string | null;
  referenceO2: number | null;
}

/**
 * The enabled ambient, micro-station and stack devices, ordered by kind (ambient, micro, stack) then MN.
 *
 * @example
 * readSimulatorDevices(db).length; // 44 + the outlets in the demo data
 */
export function readSimulatorDevices(db: Db): SimulatorDeviceRow[] {
  return db
    .prepare(
      `SELECT d.mn, d.kind, d.entity_id AS entityId, d.password_salt AS passwordSalt,
         d.password_hash AS passwordHash, d.interval_s AS intervalS,
         coalesce(s.name, e.name) AS entityName, o.limits, o.ule_limits AS uleLimits, o.reference_o2 AS referenceO2
       FROM devices d
       LEFT JOIN stations s ON d.entity_layer = 'stations' AND s.code = d.entity_id
       LEFT JOIN outlets o ON d.entity_layer = 'outlets' AND o.id = d.entity_id
       LEFT JOIN enterprises e ON e.id = o.enterprise_id
       WHERE d.enabled = 1 AND d.kind IN ('ambient', 'micro', 'stack')
       ORDER BY CASE d.kind WHEN 'ambient' THEN 0 WHEN 'micro' THEN 1 ELSE 2 END, d.mn`,
    )
    .all() as SimulatorDeviceRow[];
}

/** A station_readings row (µg/m³, CO mg/m³; null = missing). */
export interface StationHourRow {
  station_code: string;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm25: number | null;
  co: number | null;
  o3: number | null;
}

/**
 * Returns a reader of every station's reading of one hour (`ts`, hour end label), by station code.
 *
 * @example
 * stationHourReader(db)('2023-01-01T01:00').get('1180A')?.pm25;
 */
export function stationHourReader(db: Db): (ts: string) => Map<string, StationHourRow> {
  // CROSS JOIN keeps stations as the outer loop: one primary-key lookup per station, not a scan of the year
  const statement = db.prepare(
    `SELECT r.station_code, r.so2, r.no2, r.pm10, r.pm25, r.co, r.o3
     FROM stations s CROSS JOIN station_readings r ON r.station_code = s.code AND r.ts = ?`,
  );
  return (ts) => new Map((statement.all(ts) as StationHourRow[]).map((row) => [row.station_code, row]));
}

/**
 * The newest hour (end label 'YYYY-MM-DDTHH:mm' CST) the database holds: the latest of the dataset's present
 * (`dataset_meta.default_as_of`), the newest station reading and the newest outlet reading; null when none.
 */
export function readNewestHour(db: Db): string | null {
  const row = db
    .prepare(
      `SELECT max(coalesce((SELECT value FROM dataset_meta WHERE key = 'default_as_of'), ''),
         coalesce((SELECT max(ts) FROM station_readings), ''),
         coalesce((SELECT max(ts) FROM outlet_readings), '')) AS newest`,
    )
    .get() as { newest: string };
  return row.newest === '' ? null : row.newest.slice(0, 16);
}
