/**
 * Reads for the concentration surface (GET /api/air/surface): every station with its reading and wind of one hour.
 *
 * @module
 */
import type { Db } from './open-database.ts';

/** A station with its readings (µg/m³, CO mg/m³; null = missing) and wind of one hour, null where no row. */
export interface SurfaceStationRow {
  readonly code: string;
  readonly name: string;
  readonly kind: 'national' | 'micro';
  readonly status: 'active' | 'stopped';
  readonly stoppedOn: string | null;
  readonly lon: number;
  readonly lat: number;
  readonly readingsProvenance: 'official' | 'approximate' | 'synthetic';
  /** Whether the hour has a station_readings row. */
  readonly hasRow: boolean;
  readonly so2: number | null;
  readonly no2: number | null;
  readonly pm10: number | null;
  readonly pm25: number | null;
  readonly co: number | null;
  readonly o3: number | null;
  /** Wind speed m/s and direction (from, ° clockwise from north), or null when none that hour. */
  readonly ws: number | null;
  readonly wd: number | null;
}

interface Row {
  code: string;
  name: string;
  kind: SurfaceStationRow['kind'];
  status: SurfaceStationRow['status'];
  stopped_on: string | null;
  lon: number;
  lat: number;
  readings_provenance: SurfaceStationRow['readingsProvenance'];
  ts: string | null;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm25: number | null;
  co: number | null;
  o3: number | null;
  ws: number | null;
  wd: number | null;
}

const SQL = `SELECT s.code, s.name, s.kind, s.status, s.stopped_on, s.lon, s.lat, s.readings_provenance,
    r.ts, r.so2, r.no2, r.pm10, r.pm25, r.co, r.o3, w.ws, w.wd
  FROM stations s
  LEFT JOIN station_readings r ON r.station_code = s.code AND r.ts = @ts
  LEFT JOIN station_wind w ON w.station_code = s.code AND w.ts = @ts
  ORDER BY s.kind, s.code`;

const prepared = new WeakMap<Db, ReturnType<Db['prepare']>>();

/**
 * Every station (national first, then micro, by code) with its readings and wind of the hour labelled `ts`
 * (`YYYY-MM-DDTHH:00`, hour-ending, China Standard Time), by primary-key lookups.
 *
 * @example
 * readSurfaceStations(db, '2023-07-01T15:00').filter((s) => s.hasRow).length;
 */
export function readSurfaceStations(db: Db, ts: string): SurfaceStationRow[] {
  let statement = prepared.get(db);
  if (statement === undefined) {
    statement = db.prepare(SQL);
    prepared.set(db, statement);
  }
  return (statement.all({ ts }) as Row[]).map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    status: r.status,
    stoppedOn: r.stopped_on,
    lon: r.lon,
    lat: r.lat,
    readingsProvenance: r.readings_provenance,
    hasRow: r.ts !== null,
    so2: r.so2,
    no2: r.no2,
    pm10: r.pm10,
    pm25: r.pm25,
    co: r.co,
    o3: r.o3,
    ws: r.ws,
    wd: r.wd,
  }));
}
