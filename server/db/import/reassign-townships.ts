import { createPolygonLocator, type LocatablePolygon } from '../../spatial/polygon-locator.ts';
import type { Db } from '../open-database.ts';

/**
 * Tables whose records take their township from their position, with the key to update by, and
 * the alert layer that cites them. Villages are not here: their official code names their township.
 */
const positioned = [
  { table: 'enterprises', key: 'id', alertLayer: 'enterprises' },
  { table: 'construction_sites', key: 'id', alertLayer: 'construction-sites' },
  { table: 'stations', key: 'code', alertLayer: null },
  { table: 'dustfall_points', key: 'id', alertLayer: null },
  { table: 'fuel_points', key: 'id', alertLayer: 'fuel-points' },
  { table: 'nrmm_zones', key: 'id', alertLayer: null },
  { table: 'machine_positions', key: 'machine_id', alertLayer: null },
  // issue 16: by the label point (built-up area), the owner unit's address (vehicles), the company's base (muck
  // trucks), the midpoint (road segments) or the place itself
  { table: 'built_up_areas', key: 'id', alertLayer: null },
  { table: 'vehicles', key: 'id', alertLayer: 'vehicles' },
  { table: 'checkpoints', key: 'id', alertLayer: 'checkpoints' },
  { table: 'repair_shops', key: 'id', alertLayer: 'repair-shops' },
  { table: 'disposal_sites', key: 'id', alertLayer: null },
  { table: 'muck_trucks', key: 'id', alertLayer: 'muck-trucks' },
  { table: 'spill_reports', key: 'id', alertLayer: null },
  { table: 'road_segments', key: 'id', alertLayer: 'road-segments' },
  { table: 'stockyards', key: 'id', alertLayer: 'stockyards' },
] as const;

interface Move {
  /** The record's key (spill reports: an integer id). */
  key: string | number;
  /** machine_positions only: the position's time (with the machine id, its primary key). */
  ts: string | null;
  township: string;
}

function movesOf(
  db: Db,
  table: (typeof positioned)[number],
  locate: (lon: number, lat: number) => string | null,
): Move[] {
  const ts = table.table === 'machine_positions' ? 'ts' : 'NULL';
  const moves: Move[] = [];
  const rows = db
    .prepare(`SELECT ${table.key} AS key, ${ts} AS ts, lon, lat, township_code AS township FROM ${table.table}`)
    .iterate() as Iterable<{ key: string | number; ts: string | null; lon: number; lat: number; township: string }>;
  for (const row of rows) {
    const township = locate(row.lon, row.lat);
    // a position outside every new polygon (a sliver between surveyed and county outlines) keeps its township
    if (township && township !== row.township) moves.push({ key: row.key, ts: row.ts, township });
  }
  return moves;
}

/** Per table, how many records `townships` would move to another township. */
export function reassignmentCounts(db: Db, townships: readonly LocatablePolygon[]): Record<string, number> {
  const locate = createPolygonLocator(townships);
  return Object.fromEntries(positioned.map((t) => [t.table, movesOf(db, t, locate).length]));
}

/**
 * Gives every positioned record the township its position lies in under the (new) stored
 * boundaries, and the open alerts citing them follow. Call inside the import's transaction.
 */
export function reassignTownships(db: Db, townships: readonly LocatablePolygon[]): Record<string, number> {
  const locate = createPolygonLocator(townships);
  const counts: Record<string, number> = {};
  for (const table of positioned) {
    const moves = movesOf(db, table, locate);
    const update =
      table.table === 'machine_positions'
        ? db.prepare('UPDATE machine_positions SET township_code = @township WHERE machine_id = @key AND ts = @ts')
        : db.prepare(`UPDATE ${table.table} SET township_code = @township WHERE ${table.key} = @key`);
    for (const move of moves)
      update.run(table.table === 'machine_positions' ? move : { key: move.key, township: move.township });
    if (table.alertLayer) {
      const follow = db.prepare(
        'UPDATE alerts SET township_code = @township WHERE layer = @layer AND entity_id = @key',
      );
      for (const move of moves) follow.run({ key: String(move.key), township: move.township, layer: table.alertLayer });
    }
    counts[table.table] = moves.length;
  }
  return counts;
}
