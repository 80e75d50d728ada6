import { createHash } from 'node:crypto';
import type { Db } from '../../server/db/open-database.ts';

/**
 * SHA-256 of every row of every table, tables by name and rows in primary-key order: two
 * databases with equal hashes hold the same content, whatever their file layout. The change log
 * (migration 0005) is bookkeeping, not content, and is left out: its sequence numbers only ever
 * grow, so a replaced seed logs under new ones (tests that prove nothing was written compare its
 * newest seq themselves).
 */
export function dbContentHash(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(`SELECT name FROM sqlite_master
      WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'change_log' ORDER BY name`)
    .all() as { name: string }[];
  for (const { name } of tables) {
    const pk = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; pk: number }[])
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    hash.update(`table ${name}\n`);
    const order = pk.length ? pk.join(', ') : 'rowid';
    for (const row of db.prepare(`SELECT * FROM ${name} ORDER BY ${order}`).raw().iterate() as IterableIterator<
      unknown[]
    >) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
