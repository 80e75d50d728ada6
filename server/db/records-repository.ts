/**
 * One record of an import target's table, by its official code: read, update, and a machine's
 * position (the SQL of the record editor, `services/edit-record.ts`). Table and column names come
 * from the import targets (server/import/import-targets.ts), never from a request; values are
 * always bound parameters.
 *
 * @module
 */
import type { ImportTarget } from '../import/import-targets.ts';
import type { ColumnValue } from '../import/map-record.ts';
import type { Db } from './open-database.ts';

/**
 * The row of `target` whose official code is `key`, every column, or undefined.
 *
 * @example
 * readRecord(db, importTarget('enterprises')!, '91140902MA0K0001')?.name;
 */
export function readRecord(db: Db, target: ImportTarget, key: string): Record<string, unknown> | undefined {
  return db.prepare(`SELECT * FROM ${target.table} WHERE ${target.key} = ?`).get(key) as
    | Record<string, unknown>
    | undefined;
}

/** Sets `columns` (names from the target's fields) of the row of `target` whose official code is `key`. */
export function updateRecord(db: Db, target: ImportTarget, key: string, columns: Record<string, ColumnValue>): void {
  const names = Object.keys(columns);
  if (names.length === 0) return;
  db.prepare(
    `UPDATE ${target.table} SET ${names.map((c) => `${c} = @${c}`).join(', ')} WHERE ${target.key} = @__key`,
  ).run({ ...columns, __key: key });
}

/** Puts machine `machineId` at `lon`/`lat` (township `township`) at minute `ts` (`YYYY-MM-DDTHH:mm` CST). */
export function putMachinePosition(
  db: Db,
  machineId: string,
  ts: string,
  position: { lon: number; lat: number; township: string },
): void {
  db.prepare(
    'INSERT OR REPLACE INTO machine_positions (machine_id, ts, lon, lat, township_code) VALUES (?, ?, ?, ?, ?)',
  ).run(machineId, ts, position.lon, position.lat, position.township);
}
