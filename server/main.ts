import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { createApp } from './app.ts';
import { readServerConfig } from './config.ts';
import { openDatabase } from './db/open-database.ts';
import { prepareDatabase } from './db/prepare-database.ts';

// The only file that opens a port. `npm run server -- --port P --db FILE`.
let config;
try {
  config = readServerConfig(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const db = openDatabase(config.dbFile);
const started = performance.now();
const prepared = await prepareDatabase(db, config);
if (prepared.seeded) {
  console.log(`${config.dbFile} was empty: seeded the demo data in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (prepared.demoAccounts) console.log('demo mode: accounts official, analyst, inspector, admin (password lantian-demo)');
}
if (prepared.needsAdmin) {
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
