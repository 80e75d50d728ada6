import { serve, type ServerType } from '@hono/node-server';
import gcoord from 'gcoord';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { hashPassword, verifyPassword } from '../../server/auth/password.ts';
import { commitImport } from '../../server/db/import/commit-import.ts';
import { planImport } from '../../server/db/import/plan-import.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { importTarget, type ImportTarget } from '../../server/import/import-targets.ts';
import { parseImportFile } from '../../server/import/parse-import-file.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser } from '../helpers/sign-in.ts';
import { median, quantile } from './timing.ts';

/**
 * Imports and sign-in: an enterprise register of 10,000 and 50,000 rows (CSV, GCJ-02) parsed,
 * checked and committed in one transaction, against the naive commit (one transaction per
 * record); the server's /api/health latency while such a file is imported over HTTP; and the
 * cost of a bcrypt check (what a sign-in and a rate-limited guesser pay).
 */
const seeded = createSeededDbFile();
const enterprises = importTarget('enterprises') as ImportTarget;
const actor = { id: null, username: 'bench', role: null };

/** A register of `n` enterprises at the seeded ones' positions (so every one lies in a township), in GCJ-02. */
function register(db: Db, n: number, prefix: string): Uint8Array {
  const anchors = db.prepare('SELECT lon, lat FROM enterprises').all() as { lon: number; lat: number }[];
  const lines = ['名称,统一社会信用代码,行业,经度,纬度,绩效分级'];
  for (let i = 0; i < n; i++) {
    const a = anchors[i % anchors.length] as { lon: number; lat: number };
    const [lon, lat] = gcoord.transform([a.lon, a.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    lines.push(
      `基准企业${i},${prefix}${String(i).padStart(8, '0')},${i % 3 ? '铸造' : '水泥制品'},` +
        `${lon.toFixed(6)},${lat.toFixed(6)},${'ABCD'[i % 4]}`,
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** A private copy of the seeded database. */
function copy(): Db {
  const file = `${seeded.file}.${Math.random().toString(36).slice(2)}`;
  seeded.db.prepare('VACUUM INTO ?').run(file);
  return openDatabase(file);
}

for (const n of [10_000, 50_000]) {
  const bytes = register(seeded.db, n, 'B');
  const parseMs: number[] = [];
  const planMs: number[] = [];
  const commitMs: number[] = [];
  const updateMs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const db = copy();
    let t = performance.now();
    const parsed = await parseImportFile('register.csv', bytes, { crs: 'gcj02' });
    parseMs.push(performance.now() - t);
    if (!parsed.ok) throw new Error(parsed.error.message);
    t = performance.now();
    const plan = await planImport(db, enterprises, parsed.value, 'register.csv', 'bench');
    planMs.push(performance.now() - t);
    if (plan.records.length !== n)
      throw new Error(
        `planned ${plan.records.length} of ${n}: ${plan.problems.find((p) => p.severity === 'error')?.problem}`,
      );
    t = performance.now();
    commitImport(db, plan, actor, new Date());
    commitMs.push(performance.now() - t);
    const again = await planImport(db, enterprises, parsed.value, 'register.csv', 'bench');
    t = performance.now();
    commitImport(db, again, actor, new Date());
    updateMs.push(performance.now() - t);
    db.close();
  }
  // naive: the same inserts (and audit rows), each in its own transaction
  const naiveDb = copy();
  const parsed = await parseImportFile('register.csv', bytes, { crs: 'gcj02' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const plan = await planImport(naiveDb, enterprises, parsed.value, 'register.csv', 'bench');
  const sample = plan.records.slice(0, Math.min(2000, n));
  const t = performance.now();
  for (const record of sample) commitImport(naiveDb, { ...plan, records: [record] }, actor, new Date());
  const naivePerRecord = (performance.now() - t) / sample.length;
  naiveDb.close();
  const naiveTotal = naivePerRecord * n;
  console.log(
    `register of ${n.toLocaleString('en')} rows (${(bytes.length / 1e6).toFixed(1)} MB, GCJ-02): ` +
      `parse ${median(parseMs).toFixed(0)} ms, check ${median(planMs).toFixed(0)} ms, ` +
      `commit ${median(commitMs).toFixed(0)} ms (insert) / ${median(updateMs).toFixed(0)} ms (update), ` +
      `each record audited; ` +
      `naive one-transaction-per-record commit ≈ ${naiveTotal.toFixed(0)} ms (measured on ${sample.length}) ` +
      `→ ${(naiveTotal / median(commitMs)).toFixed(1)}× slower`,
  );
}

// The server while a 50,000-row register is checked and committed over HTTP: /api/health every 10 ms.
{
  const db = copy();
  const app = createApp({ db, maxImportBytes: 64 * 1024 * 1024 });
  const admin = asUser(app, db, 'admin');
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The probe runs in its own process (in this one, it would share the server's event loop).
  const probe = (ms: number | null) => {
    const child = spawn(process.execPath, [
      '-e',
      `
      const latencies = []; let stop = false;
      process.stdin.on('data', () => { stop = true; });
      ${ms === null ? '' : `setTimeout(() => { stop = true; }, ${ms});`}
      (async () => {
        while (!stop) {
          const t = performance.now();
          await fetch('${base}/api/health');
          latencies.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 10));
        }
        process.stdout.write(JSON.stringify(latencies));
        process.exit(0);
      })();`,
    ]);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    return {
      stop: () => child.stdin.write('stop\n'),
      done: new Promise<number[]>((resolve) => child.on('exit', () => resolve(JSON.parse(out) as number[]))),
    };
  };
  const idle = await probe(1000).done;
  const bytes = register(db, 50_000, 'H');
  const headers = {
    cookie: admin.cookie,
    'x-csrf-token': admin.csrfToken,
    origin: base,
    'content-type': 'application/octet-stream',
  };
  const busy = probe(null);
  await new Promise((r) => setTimeout(r, 300));
  const t = performance.now();
  const dry = await fetch(`${base}/api/imports/enterprises/dry-run?file=r.csv&crs=gcj02`, {
    method: 'POST',
    body: bytes.slice(),
    headers,
  });
  const commit = await fetch(`${base}/api/imports/enterprises/commit?file=r.csv&crs=gcj02`, {
    method: 'POST',
    body: bytes.slice(),
    headers,
  });
  const total = performance.now() - t;
  busy.stop();
  const during = await busy.done;
  if (dry.status !== 200 || commit.status !== 200) throw new Error(`import answered ${dry.status}/${commit.status}`);
  console.log(
    `/api/health while a 50,000-row register is checked and committed over HTTP (${total.toFixed(0)} ms in all): ` +
      `median ${median(during).toFixed(1)} ms, p95 ${quantile(during, 0.95).toFixed(0)} ms, ` +
      `max ${Math.max(...during).toFixed(0)} ms ` +
      `(idle: median ${median(idle).toFixed(1)} ms); ${during.length} probes answered, none failed`,
  );
  await new Promise<void>((r) => server.close(() => r()));
  db.close();
}

// Sign-in: one bcrypt check at the cost new passwords get.
{
  const hash = await hashPassword('a-password-of-some-length');
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await verifyPassword('a-password-of-some-length', hash);
    times.push(performance.now() - t);
  }
  console.log(
    `sign-in password check (bcrypt, cost ${hash.slice(4, 6)}): median ${median(times).toFixed(0)} ms; ` +
      'a guesser is held to 5 tries per account per 15 min',
  );
}
seeded.dispose();
