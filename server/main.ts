import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { seedDatabase } from '../seeds/seed-database.ts';
import { createApp } from './app.ts';
import { readServerConfig } from './config.ts';
import { seedDemoAccounts } from './db/demo-accounts.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';
import { countUsers } from './db/users-repository.ts';

// The only file that opens a port. `npm run server -- --port P --db FILE`.
let config;
try {
  config = readServerConfig(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const db = openDatabase(config.dbFile);
migrate(db);
const empty = (db.prepare('SELECT count(*) AS n FROM townships').get() as { n: number }).n === 0;
if (empty && config.seedIfEmpty) {
  const started = performance.now();
  console.log(`${config.dbFile} is empty: seeding the demo data…`);
  seedDatabase(db);
  if (config.demo) await seedDemoAccounts(db);
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s${config.demo ? '; demo accounts official, analyst, inspector, admin (password lantian-demo)' : ''}`);
}
if (countUsers(db) === 0) {
  console.log('No accounts yet: create the first admin with `npm run user:add -- --role admin --username NAME` (it asks for the password).');
}
const hasClient = existsSync(`${config.clientDir}/index.html`);
const app = createApp({ db, clientDir: hasClient ? config.clientDir : null, publicRead: config.publicRead });
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(`蓝天 Lantian on http://localhost:${info.port} (database ${config.dbFile}${hasClient ? '' : '; API only, client not built'})`);
});
const shutdown = () => {
  server.close();
  db.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
