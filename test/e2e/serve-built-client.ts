import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { createApp } from '../../server/app.ts';
import { seedDemoAccounts } from '../../server/services/seed-demo-accounts.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import type { Db } from '../../server/db/open-database.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';

/**
 * Builds the client into a temporary folder and serves it with the API on a free localhost port,
 * on a seeded database in demo mode (the demo accounts, password lantian-demo), its alert ledger
 * synced at the dataset's present.
 */
export async function serveBuiltClient(): Promise<{
  url: string;
  clientDir: string;
  db: Db;
  close: () => Promise<void>;
}> {
  const outDir = mkdtempSync(join(tmpdir(), 'lantian-client-'));
  await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const seeded = createSeededDbFile();
  await seedDemoAccounts(seeded.db, 4, new Date());
  advanceAlertLedger(seeded.db, Date.now()); // what the server's scheduler does at start (server/main.ts)
  const app = createApp({ db: seeded.db, clientDir: outDir });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    clientDir: outDir,
    db: seeded.db,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      seeded.dispose();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
