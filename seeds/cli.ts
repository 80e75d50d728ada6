import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/open-database.ts';
import { defaultSeedOptions, seedDatabase } from './seed-database.ts';

/**
 * `npm run seed -- [--db FILE] [--seed TEXT] [--scale N] [--replace]`
 * Creates (or with --replace regenerates) the demo database. Default file: data/lantian.db
 * (or $LANTIAN_DB).
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    seed: { type: 'string', default: defaultSeedOptions.seed },
    scale: { type: 'string', default: String(defaultSeedOptions.scale) },
    replace: { type: 'boolean', default: false },
  },
});
const file = values.db ?? process.env.LANTIAN_DB ?? 'data/lantian.db';
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0) {
  console.error(`--scale must be a positive number, got '${values.scale}'`);
  process.exit(2);
}
const db = openDatabase(file);
const started = performance.now();
try {
  const summary = seedDatabase(db, { seed: values.seed, scale, replace: values.replace });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`seeded ${file} (seed '${values.seed}', scale ${scale}) in ${seconds} s`);
  for (const [table, count] of Object.entries(summary))
    console.log(`  ${table.padEnd(22)} ${count.toLocaleString('en')}`);
} catch (error) {
  console.error(`seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.close();
}
