import { seedDatabase } from '../../seeds/seed-database.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { migrate } from './migrate.ts';
import type { Db } from './open-database.ts';
import { countUsers } from './users-repository.ts';

/** What the first start did to the database. */
export interface Preparation {
  seeded: boolean;
  demoAccounts: boolean;
  /** No account exists: the first admin must be created with `npm run user:add`. */
  needsAdmin: boolean;
}

/**
 * Brings a database up to date and, when it is empty and seeding is on, fills it with the demo
 * data and (in demo mode) the demo accounts. A database created with `demo: false` has no
 * account: its first admin comes from `npm run user:add`.
 */
export async function prepareDatabase(db: Db, options: { seedIfEmpty: boolean; demo: boolean; bcryptCost?: number }): Promise<Preparation> {
  migrate(db);
  const empty = (db.prepare('SELECT count(*) AS n FROM townships').get() as { n: number }).n === 0;
  const seeded = empty && options.seedIfEmpty;
  if (seeded) {
    seedDatabase(db);
    if (options.demo) await seedDemoAccounts(db, options.bcryptCost);
  }
  return { seeded, demoAccounts: seeded && options.demo, needsAdmin: countUsers(db) === 0 };
}
