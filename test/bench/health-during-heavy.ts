/**
 * /api/health latency while heavy requests run against a real server on loopback, with the heavy
 * work inline on the request loop (`--workers 0`) and in the worker pool (`--workers N`).
 *
 * Usage: `npx tsx test/bench/health-during-heavy.ts --db SEEDED.db [--workers 0,2] [--seconds 8]`
 * (seed the file first: `npm run seed -- --db SEEDED.db --scale 4`). Each run works on a copy of
 * the file; the server is `tsx server/main.ts`, started and stopped here.
 *
 * Per scenario: a warm-up request (index builds and worker starts are not measured), then heavy
 * clients loop for the given seconds while one client asks /api/health every 10 ms; prints the
 * health latency p50 / p95 / p99 / max in ms and how many heavy requests completed.
 */
import gcoord from 'gcoord';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hashPassword } from '../../server/auth/password.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { insertUser } from '../../server/db/users-repository.ts';
import { createRng } from '../../seeds/random.ts';
import { starRing } from '../spatial/random-shapes.ts';
import { quantile } from './timing.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    workers: { type: 'string', default: '0,2' },
    seconds: { type: 'string', default: '8' },
  },
});
if (!values.db) throw new Error('--db SEEDED.db is required (npm run seed -- --db SEEDED.db --scale 4)');
const seconds = Number(values.seconds);
const PASSWORD = 'bench-Heavy-requests-7319';

/** A copy of the seeded file with an admin account, in a fresh folder. */
async function prepareCopy(source: string): Promise<{ file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'lantian-heavy-'));
  const file = join(dir, 'lantian.db');
  copyFileSync(source, file);
  const db = openDatabase(file);
  insertUser(
    db,
    {
      username: 'bench',
      displayName: 'bench',
      role: 'admin',
      townships: [],
      passwordHash: await hashPassword(PASSWORD, 4),
    },
    new Date().toISOString(),
  );
  db.close();
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts `tsx server/main.ts` on a free port; resolves once it listens. */
function startServer(file: string, workers: number): Promise<{ base: string; child: ChildProcess }> {
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(
    process.execPath,
    [tsxCli, 'server/main.ts', '--port', '0', '--db', file, '--no-seed', '--workers', String(workers)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = /on http:\/\/localhost:(\d+)/.exec(out)?.[1];
      if (port) resolve({ base: `http://localhost:${port}`, child });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

/** Signs in as the bench admin; returns the headers every request sends. */
async function signIn(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username: 'bench', password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = /lantian_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken, origin: base };
}

/** A register of `n` enterprises at the layer's positions (GCJ-02 CSV), new codes with `prefix`. */
function register(anchors: Array<[number, number]>, n: number, prefix: string): Uint8Array {
  const lines = ['名称,统一社会信用代码,行业,经度,纬度,绩效分级'];
  for (let i = 0; i < n; i++) {
    const [lon0, lat0] = anchors[i % anchors.length] as [number, number];
    const [lon, lat] = gcoord.transform([lon0, lat0], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    lines.push(
      `基准企业${i},${prefix}${String(i).padStart(8, '0')},${i % 3 ? '铸造' : '水泥制品'},` +
        `${lon.toFixed(6)},${lat.toFixed(6)},${'ABCD'[i % 4]}`,
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** One kind of heavy request: a fresh request each time, and how many clients send them at once. */
interface Scenario {
  name: string;
  clients: number;
  /** Only so many requests in all (an import commit), else loop for the scenario's time. */
  limit?: number;
  request: (i: number) => [string, RequestInit];
}

async function measure(base: string, headers: Record<string, string>, scenario: Scenario | null): Promise<string> {
  let resets = 0;
  const send = async (i: number): Promise<void> => {
    const [path, init] = scenario?.request(i) ?? ['/api/health', {}];
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
      });
    } catch (error) {
      // a keep-alive socket the server closed while its loop was blocked: counted, and sent again
      if (!(error instanceof TypeError) || resets++ > 20) throw error;
      return send(i);
    }
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${scenario?.name}: ${path} answered ${res.status}`);
  };
  if (scenario) await Promise.all(Array.from({ length: scenario.clients }, (_, k) => send(k))); // warm-up
  let stop = false;
  let completed = 0;
  let issued = 0;
  const started = performance.now();
  const heavy = Array.from({ length: scenario?.clients ?? 0 }, async () => {
    while (!stop && (scenario?.limit === undefined || issued < scenario.limit)) {
      issued++;
      await send(100 + issued);
      completed++;
    }
  });
  const latencies: number[] = [];
  const deadline = started + seconds * 1000;
  const heavyDone = Promise.all(heavy);
  let heavyFinished = false;
  void heavyDone.then(() => (heavyFinished = true));
  while (performance.now() < deadline && !(scenario?.limit !== undefined && heavyFinished)) {
    const t = performance.now();
    const res = await fetch(`${base}/api/health`).catch((error: unknown) => {
      if (!(error instanceof TypeError) || resets++ > 20) throw error;
      return fetch(`${base}/api/health`); // see send(): a reset keep-alive socket, counted
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 10));
  }
  stop = true;
  await heavyDone;
  const f = (q: number) => quantile(latencies, q).toFixed(1);
  return (
    `${(scenario?.name ?? 'idle').padEnd(44)} health p50 ${f(0.5)} p95 ${f(0.95)} p99 ${f(0.99)} ` +
    `max ${Math.max(...latencies).toFixed(0)} ms (${latencies.length} probes); ` +
    `heavy: ${completed} done in ${((performance.now() - started) / 1000).toFixed(1)} s` +
    `${resets ? `, ${resets} connections reset` : ''}`
  );
}

for (const workers of values.workers.split(',').map(Number)) {
  const copy = await prepareCopy(values.db);
  const { base, child } = await startServer(copy.file, workers);
  try {
    const headers = await signIn(base);
    const json = { 'content-type': 'application/json' };
    const sites = (
      (await (await fetch(`${base}/api/layers/construction-sites`, { headers })).json()) as {
        features: { properties: { id: string } }[];
      }
    ).features;
    const enterprises = (
      (await (await fetch(`${base}/api/layers/enterprises`, { headers })).json()) as {
        features: { geometry: { coordinates: [number, number] } }[];
      }
    ).features;
    const anchors = enterprises.map((f) => f.geometry.coordinates);
    const polygon = (i: number) => {
      // 1,000 positions, closed; about a third of the district
      return { type: 'Polygon', coordinates: [starRing(createRng(`area-${i}`), 112.73, 38.42, 0.08, 0.2, 999)] };
    };
    const plan = {
      sites: sites.slice(0, 200).map((s) => ({ layer: 'construction-sites', id: s.properties.id })),
      inspectors: { count: 4, shift: ['08:00', '18:00'] },
    };
    const csv = register(anchors, 50_000, 'H');
    const scenarios: Scenario[] = [
      {
        name: 'POST /api/stats/area (1,000 vertices) ×4',
        clients: 4,
        request: (i) => [
          '/api/stats/area',
          { method: 'POST', headers: json, body: JSON.stringify({ geometry: polygon(i) }) },
        ],
      },
      {
        name: 'GET /api/stats/townships (new as-of) ×2',
        clients: 2,
        request: (i) => [
          `/api/stats/townships?asOf=2023-${String(1 + (i % 12)).padStart(2, '0')}-` +
            `${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00`,
          {},
        ],
      },
      {
        name: 'POST /api/routes/plan (200 stops) ×2',
        clients: 2,
        request: () => ['/api/routes/plan', { method: 'POST', headers: json, body: JSON.stringify(plan) }],
      },
      {
        name: 'import dry run, 50,000 rows ×1',
        clients: 1,
        request: () => ['/api/imports/enterprises/dry-run?file=r.csv&crs=gcj02', { method: 'POST', body: csv.slice() }],
      },
      {
        name: 'import commit, 50,000 rows (2 commits)',
        clients: 1,
        limit: 2,
        request: () => ['/api/imports/enterprises/commit?file=r.csv&crs=gcj02', { method: 'POST', body: csv.slice() }],
      },
    ];
    console.log(`--workers ${workers}`);
    console.log(`  ${await measure(base, headers, null)}`);
    for (const scenario of scenarios) console.log(`  ${await measure(base, headers, scenario)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    copy.dispose();
  }
}
