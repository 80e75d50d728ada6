import type { MachineDensity, MachineDensityQuery } from '../schema/machine-density.ts';
import { addDays } from '../time/cst.ts';
import type { Db } from './open-database.ts';

/** The grid's fixed origin, south-west of the district (see server/schema/machine-density.ts). */
export const DENSITY_ORIGIN = { lon: 112, lat: 38 } as const;
/** Metres per degree of latitude, and the latitude whose longitude degree sizes the cells. */
const M_PER_DEG_LAT = 111_320;
const MID_LATITUDE = 38.45;

/** A cell's size in degrees for `cellMeters`. */
export function densityCellDegrees(cellMeters: number): { dLon: number; dLat: number } {
  const dLat = cellMeters / M_PER_DEG_LAT;
  return { dLat, dLon: dLat / Math.cos((MID_LATITUDE * Math.PI) / 180) };
}

/** The window's excluded start for as-of `to` (`YYYY-MM-DDTHH:mm`). */
export function densityWindowAfter(to: string, window: MachineDensityQuery['window']): string {
  if (window === '30d') return `${addDays(to.slice(0, 10), -30)}${to.slice(10)}`;
  return `${Number(to.slice(0, 4)) - 1}-12-31T23:59`;
}

/**
 * Counts of the positions in `after < ts ≤ to` per grid cell, in SQL. CROSS JOIN keeps machines
 * outside (one primary-key range seek each on (machine_id, ts)): no index beyond the primary key
 * is needed (EXPLAIN QUERY PLAN: SEARCH p USING PRIMARY KEY (machine_id=? AND ts>? AND ts<?)).
 */
export function readMachineDensity(db: Db, query: MachineDensityQuery, to: string): MachineDensity {
  const after = densityWindowAfter(to, query.window);
  const { dLon, dLat } = densityCellDegrees(query.cell);
  const cells = db
    .prepare(
      `SELECT CAST(floor((p.lon - @lon0) / @dLon) AS INTEGER) AS ix,
              CAST(floor((p.lat - @lat0) / @dLat) AS INTEGER) AS iy, count(*) AS n
       FROM machines m CROSS JOIN machine_positions p ON p.machine_id = m.id AND p.ts > @after AND p.ts <= @to
       GROUP BY ix, iy ORDER BY ix, iy`,
    )
    .raw()
    .all({ lon0: DENSITY_ORIGIN.lon, lat0: DENSITY_ORIGIN.lat, dLon, dLat, after, to }) as [number, number, number][];
  const machines = db
    .prepare(
      `SELECT count(*) FROM machines m
       WHERE EXISTS (SELECT 1 FROM machine_positions p WHERE p.machine_id = m.id AND p.ts > ? AND p.ts <= ?)`,
    )
    .pluck()
    .get(after, to) as number;
  let positions = 0;
  let max = 0;
  for (const cell of cells) {
    positions += cell[2];
    if (cell[2] > max) max = cell[2];
  }
  return {
    to,
    after,
    window: query.window,
    cellMeters: query.cell,
    grid: { originLon: DENSITY_ORIGIN.lon, originLat: DENSITY_ORIGIN.lat, dLon, dLat },
    positions,
    machines,
    max,
    cells,
  };
}
