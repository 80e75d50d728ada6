import type { Db } from '../server/db/open-database.ts';

type Row = Record<string, string | number | null | Buffer>;

/**
 * Returns a function that inserts rows into `table` through one prepared statement; the
 * columns are the keys of the first row (our own generator's, never user input).
 */
export function rowInserter(db: Db, table: string, columns: readonly string[]): (row: Row) => void {
  if (!/^[a-z_]+$/.test(table) || columns.some((c) => !/^[a-z_0-9]+$/.test(c))) {
    throw new Error(`rowInserter: bad table or column name in ${table}(${columns.join(', ')})`);
  }
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  return (row) => void statement.run(row);
}

/** Inserts every row of `rows` into `table`. */
export function insertRows(db: Db, table: string, rows: readonly Row[]): void {
  const first = rows[0];
  if (!first) return;
  const insert = rowInserter(db, table, Object.keys(first));
  for (const row of rows) insert(row);
}
