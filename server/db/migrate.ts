import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './open-database.ts';

/** One schema migration: `NNNN-name.sql` in server/db/migrations/. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Reads the migrations shipped with the server, in version order. */
export function loadMigrations(dir: string = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }));
}

/**
 * Brings the schema up to date: applies, in order and each in its own transaction, every
 * migration whose version is above the database's `user_version`, then records it there.
 * Returns the versions applied (empty when already current). A database newer than this
 * server (a higher `user_version` than any migration) is refused rather than touched.
 */
export function migrate(db: Db, migrations: Migration[] = loadMigrations()): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`database schema version ${current} is newer than this server's latest migration ${latest}`);
  }
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}

/** The schema version recorded in the database (0 for an empty one). */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
