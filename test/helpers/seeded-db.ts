import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { seedDatabase, type SeedOptions } from '../../seeds/seed-database.ts';

/** A freshly seeded database in a real SQLite file in a temporary folder, and how to remove it. */
export function createSeededDbFile(options: Partial<SeedOptions> = {}): { db: Db; file: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lantian-test-'));
  const file = join(dir, 'lantian.db');
  const db = openDatabase(file);
  seedDatabase(db, options);
  return {
    db,
    file,
    dispose: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
