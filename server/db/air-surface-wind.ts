/**
 * Station wind (table station_wind, migration 0013): what an accepted ambient HJ 212 packet says of the wind
 * (a01007 风速 m/s, a01008 风向 °), and the statement that keeps it. Used by the ingest batch
 * (db/ingest-batch.ts) next to the station hour it writes.
 *
 * @module
 */
import type { Statement } from 'better-sqlite3';
import type { CpItem } from '../hj212/contract.ts';
import { ambientCodes, legacyCodes } from '../hj212/pollutant-codes.ts';
import type { Db } from './open-database.ts';

/** A station hour's wind: speed m/s, direction the wind blows from, degrees clockwise from north, [0, 360). */
export interface StationWind {
  readonly ws: number;
  readonly wd: number;
}

/**
 * The wind of an ambient packet's items: `ws` and `wd` from their `Avg` (else `Rtd`) when the item's flag is N (or
 * absent), the speed ≥ 0 and the direction in [0, 360] (360 read as 0); null unless both are valid.
 *
 * @example
 * windOfAmbientItems({ a01007: { Avg: 2.4, Flag: 'N' }, a01008: { Avg: 315, Flag: 'N' } }); // { ws: 2.4, wd: 315 }
 */
export function windOfAmbientItems(items: Record<string, CpItem>): StationWind | null {
  let ws: number | null = null;
  let wd: number | null = null;
  for (const [sent, item] of Object.entries(items)) {
    const key = ambientCodes[legacyCodes[sent] ?? sent]?.key;
    if (key !== 'ws' && key !== 'wd') continue;
    if (item.Flag !== undefined && item.Flag !== 'N') continue;
    const value = item.Avg ?? item.Rtd;
    if (value === undefined || !Number.isFinite(value)) continue;
    if (key === 'ws' && value >= 0) ws = value;
    if (key === 'wd' && value >= 0 && value <= 360) wd = value === 360 ? 0 : value;
  }
  return ws === null || wd === null ? null : { ws, wd };
}

/** The upsert of one station hour's wind (named parameters `entity`, `ts`, `ws`, `wd`). */
export function prepareWindUpsert(db: Db): Statement {
  return db.prepare(
    `INSERT INTO station_wind (station_code, ts, ws, wd)
     SELECT @entity, @ts, @ws, @wd WHERE EXISTS (SELECT 1 FROM stations WHERE code = @entity)
     ON CONFLICT (station_code, ts) DO UPDATE SET ws = excluded.ws, wd = excluded.wd`,
  );
}
