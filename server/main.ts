import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { createApp } from './app.ts';
import { readServerConfig } from './config.ts';
import { serialLedgerAdvance, startAlertScheduler } from './services/alert-scheduler.ts';
import { openDatabase } from './db/open-database.ts';
import { createWriter } from './db/writer.ts';
import { prepareDatabase } from './services/prepare-database.ts';
import { seedDatabase } from '../seeds/seed-database.ts';
import { machineHosts } from './http/origin-check.ts';
import { createChangeFeed } from './services/change-feed.ts';
import { createTaskPool } from './workers/task-pool.ts';
import { createLiveHub } from './services/live-hub.ts';
import { createIngest } from './ingest/ingest-service.ts';
import { type Hj212Listener, startHj212Listener } from './ingest/hj212-listener.ts';
import { startLiveFeed } from './services/live-feed.ts';
import { startDeviceMonitor } from './services/device-monitor.ts';
import { startSimulatorInServer } from './simulator/start-in-server.ts';

// The only file that opens a port. `npm run server -- --port P --db FILE`.
let config: ReturnType<typeof readServerConfig>;
try {
  config = readServerConfig(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const db = openDatabase(config.dbFile);
// the one clock (epoch ms): every write's time and every audit entry come from it
const now = Date.now;
const started = performance.now();
// the demo generator (seeds/) is handed in here, at the entry point: nothing else in server/ imports it
const prepared = await prepareDatabase(db, { ...config, seedDemoData: (target) => void seedDatabase(target), now });
if (prepared.seeded) {
  console.log(
    `${config.dbFile} was empty: seeded the demo data in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (prepared.demoAccounts)
    console.log(
      'demo mode: accounts official, analyst, inspector, admin (password lantian-demo); ' +
        'HJ 212 demo devices LT22…/LT31… (password lantian): `--simulate` or `npm run simulate`',
    );
}
if (prepared.referenceOnly)
  console.log(`${config.dbFile} was empty: wrote the reference data only (townships, the plan)`);
if (prepared.needsAdmin) {
  console.log(
    'No accounts yet: create the first admin with `npm run user:add -- --role admin --username NAME` ' +
      '(it asks for the password).',
  );
}
// heavy requests run in worker threads, started on the first one (`--workers 0`: on this thread)
const pool = createTaskPool({ db, workers: config.workers });
// the alert ledger is advanced by the server itself, at the dataset's present (never by a GET), in the pool
const advanceLedger = serialLedgerAdvance(() => pool.run('alerts.advance', { now: now() }));
// every connection's commits, in order, from the change log: polled per request, after writes, and each second
const changeFeed = createChangeFeed(db);
const stopWatching = changeFeed.watch(1_000);
const alertScheduler = startAlertScheduler(advanceLedger, { feed: changeFeed });
// every main-thread write goes through it; shutdown waits for its queue before closing the database
const writer = createWriter(db, { afterCommit: () => changeFeed.poll() });
// live events (GET /api/events): the ingest, the device monitor and the change feed publish here
const hub = createLiveHub();
const stopLiveFeed = startLiveFeed({ db, feed: changeFeed, hub });
// devices turn late and offline by the clock: checked every 5 s, changes published as `devices` events
const deviceMonitor = startDeviceMonitor({ db, hub, now });
// HJ 212 packets (TCP listener and POST /api/ingest/hj212) are checked and stored in batches, acknowledged after commit
const ingest = createIngest({ db, writer, hub, now, feed: changeFeed, limits: config.hj212Limits });
const hasClient = existsSync(`${config.clientDir}/index.html`);
const app = createApp({
  db,
  clientDir: hasClient ? config.clientDir : null,
  publicRead: config.publicRead,
  trustProxy: config.trustProxy,
  origins: { publicOrigins: config.publicOrigins, serverHosts: machineHosts(config.host) },
  ...(config.layerCache ? {} : { layerCacheBytes: 0 }),
  pool,
  advanceLedger,
  changeFeed,
  writer,
  hub,
  now,
  ingest,
});
const server = serve(
  { fetch: app.fetch, port: config.port, ...(config.host ? { hostname: config.host } : {}) },
  (info) => {
    console.log(
      `蓝天 Lantian on http://localhost:${info.port} ` +
        `(database ${config.dbFile}${hasClient ? '' : '; API only, client not built'})`,
    );
  },
);
// a port already taken leaves the console running without the listener (the error says which port)
let hj212: Hj212Listener | null = null;
if (config.hj212Port !== 0) {
  try {
    hj212 = await startHj212Listener({ port: config.hj212Port, host: config.hj212Host, ingest });
    console.log(`HJ 212 listener on tcp port ${hj212.port}`);
  } catch (error) {
    console.error(
      `HJ 212 listener not started on port ${config.hj212Port}:`,
      error instanceof Error ? error.message : error,
    );
  }
}
// `--simulate`: the demo devices send to the listener above (demo databases only)
const simulator = config.simulate
  ? startSimulatorInServer({
      db,
      listenerPort: hj212?.port ?? null,
      listenerHost: config.hj212Host,
      speed: config.simulateSpeed,
      log: (line) => console.log(line),
    })
  : null;
const shutdown = async () => {
  simulator?.stop();
  server.close();
  // devices stop being read; the packets already received commit and are answered before the writer drains
  await hj212?.close();
  alertScheduler.stop();
  stopLiveFeed();
  deviceMonitor.stop();
  stopWatching();
  await pool.close();
  // the writes already queued (a request that got in before close) commit before the connection goes
  await writer.drained();
  db.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
