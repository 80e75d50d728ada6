import { seedDemoAccounts } from './seed-demo-accounts.ts';
import { migrate } from '../db/migrate.ts';
import type { Db } from '../db/open-database.ts';
import { countTownships } from '../db/reference-repository.ts';
import { countUsers } from '../db/users-repository.ts';
import { bootstrapReference } from './bootstrap-reference.ts';

/** What the first start did to the database. */
export interface Preparation {
  /** The demo data was generated (an empty database, seeding on). */
  seeded: boolean;
  /** Only the reference data was written (an empty database, seeding off or no generator given). */
  referenceOnly: boolean;
  demoAccounts: boolean;
  /** No account exists: the first admin must be created with `npm run user:add`. */
  needsAdmin: boolean;
}

/** Options of {@link prepareDatabase}. */
export interface PrepareOptions {
  /** Fill an empty database with the demo data (`--no-seed`: the reference data only). */
  seedIfEmpty: boolean;
  /** With the demo data, the demo accounts and the demo banner. */
  demo: boolean;
  bcryptCost?: number;
  /**
   * The demo-data generator (`seedDatabase` of seeds/), handed in by the entry point: the server
   * never imports seeds/. Without it an empty database gets the reference data only.
   */
  seedDemoData?: (db: Db) => void;
  /** The clock (epoch ms) the demo accounts are created at: the entry point's. */
  now: () => number;
}

/**
 * Brings a database up to date (migrations) and, when it is empty, fills it: with the demo data
 * (and, in demo mode, the demo accounts) when seeding is on and a generator is given, else with
 * the official reference data only (`bootstrapReference`). A database created with `demo: false`
 * has no account: its first admin comes from `npm run user:add`.
 *
 * @example
 * // server/main.ts
 * await prepareDatabase(db, { seedIfEmpty: true, demo: true, seedDemoData: (d) => void seedDatabase(d), now });
 */
export async function prepareDatabase(db: Db, options: PrepareOptions): Promise<Preparation> {
  migrate(db);
  const empty = countTownships(db) === 0;
  const seed = empty && options.seedIfEmpty ? options.seedDemoData : undefined;
  if (seed) {
    seed(db);
    if (options.demo) await seedDemoAccounts(db, options.bcryptCost, new Date(options.now()));
  } else if (empty) {
    bootstrapReference(db);
  }
  const seeded = seed !== undefined;
  return {
    seeded,
    referenceOnly: empty && !seeded,
    demoAccounts: seeded && options.demo,
    needsAdmin: countUsers(db) === 0,
  };
}
