import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** A better-sqlite3 connection; the type every repository function takes. */
export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite database at `file` with Lantian's settings:
 * WAL journal (file databases only), foreign keys enforced, a 5 s busy timeout.
 * Pass `':memory:'` for a private in-memory database (tests).
 *
 * @example
 * const db = openDatabase('data/lantian.db');
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  return db;
}

/**
 * Opens an existing SQLite file read-only (a worker thread's connection: WAL lets it read while
 * another connection writes), with the same 5 s busy timeout.
 *
 * @example
 * const db = openReadOnlyDatabase('data/lantian.db');
 * db.readonly; // true
 */
export function openReadOnlyDatabase(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
