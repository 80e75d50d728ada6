import { join } from 'node:path';
import { DEMO_PASSWORD, seedDemoAccounts } from '../../server/services/seed-demo-accounts.ts';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { runLoad, startHealthProbe, type LoadResult, type ProbeResult } from './load-tools.ts';
import { startServer, signInHeaders, type ServerProcess } from './server-process.ts';
import { median, quantile } from './timing.ts';
import { wavyPolygonCovering } from './wavy-polygon.ts';

/**
 * `npm run bench -- load`: a real server (`tsx server/main.ts`, its own process, loopback) on
 * the scale-1 demo data under 20 concurrent connections (autocannon, its own process), for
 * LOAD_SECONDS (default 20) each after 5 s of unmeasured warm-up, on: GET /api/layers/enterprises
 * as a browser asks for it (Accept-Encoding: gzip, deflate, br), and the same uncompressed;
 * GET /api/stats/townships; POST /api/stats/area with a 1,000-vertex polygon; POST
 * /api/routes/plan for a day of two inspectors. Each prints req/s, p50 and p99 latency, errors
 * and non-2xx answers, the server's CPU time per request (from /proc: what a request costs
 * whatever else loads the machine), and the p99 of /api/health probed meanwhile by a third
 * process (a GET every 50 ms), beside the idle p99. The naive baseline, in the same run: the
 * layer from a server started with `--no-layer-cache` (read from the database and serialised
 * per request, uncompressed), as before issue 12. Targets (issue 12): layers ≥ 2,000 req/s with
 * p99 ≤ 50 ms; /api/health p99 ≤ 50 ms during every load; no errors.
 */
const CONNECTIONS = 20;
const seconds = Number(process.env.LOAD_SECONDS ?? '20');
if (!Number.isInteger(seconds) || seconds < 1 || seconds > 120)
  throw new Error(`LOAD_SECONDS must be a whole number of seconds 1–120, got '${process.env.LOAD_SECONDS}'`);
/**
 * Unmeasured load before each measured run, seconds: V8 optimises the request path over the first few thousand
 * requests.
 */
const WARM_UP_SECONDS = Math.min(5, seconds);

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const probeLine = (probe: ProbeResult) =>
  probe.latencies.length === 0
    ? `no answer (${probe.failures} failed)`
    : `p99 ${ms(quantile(probe.latencies, 0.99))} ` +
      `(median ${ms(median(probe.latencies))}, max ${ms(Math.max(...probe.latencies))}, ` +
      `${probe.latencies.length} probes, ${probe.failures} failed)`;

const seeded = createSeededDbFile({ scale: 1 });
await seedDemoAccounts(seeded.db, undefined, new Date());
const bodyFile = join(seeded.file, '..', 'load-body.json');
const servers: ServerProcess[] = [];

interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** One scenario on `server`: checked once (200, or it throws), then loaded while /api/health is probed. */
async function measure(server: ServerProcess, auth: Record<string, string>, scenario: Scenario): Promise<LoadResult> {
  const headers = {
    ...auth,
    ...scenario.headers,
    ...(scenario.body === undefined ? {} : { 'content-type': 'application/json' }),
  };
  const text = scenario.body === undefined ? undefined : JSON.stringify(scenario.body);
  const check = await fetch(`${server.base}${scenario.path}`, {
    method: scenario.method,
    headers,
    ...(text === undefined ? {} : { body: text }),
  });
  if (check.status !== 200) throw new Error(`${scenario.name}: ${check.status} ${(await check.text()).slice(0, 500)}`);
  await check.arrayBuffer();
  const load = {
    url: `${server.base}${scenario.path}`,
    method: scenario.method,
    headers,
    connections: CONNECTIONS,
    ...(text === undefined ? {} : { body: { text, file: bodyFile } }),
  };
  await runLoad({ ...load, seconds: WARM_UP_SECONDS }); // JIT, caches, worker threads: measure the steady state
  const probe = startHealthProbe(`${server.base}/api/health`, 50, seconds * 20 + 200);
  const cpuBefore = server.cpuSeconds();
  const result = await runLoad({ ...load, seconds });
  const cpuAfter = server.cpuSeconds();
  const health = await probe.stop();
  const cpu =
    cpuBefore === null || cpuAfter === null || result.requests.total === 0
      ? ''
      : `; server CPU ${((1e6 * (cpuAfter - cpuBefore)) / result.requests.total).toFixed(0)} µs/request ` +
        `(${((100 * (cpuAfter - cpuBefore)) / result.duration).toFixed(0)} % of a core)`;
  console.log(
    `${scenario.name}: ${result.requests.average.toFixed(0)} req/s, ` +
      `p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)} ` +
      `(${result.requests.total.toLocaleString('en')} requests; ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}${cpu}); ` +
      `/api/health meanwhile: ${probeLine(health)}`,
  );
  return result;
}

try {
  // naive baseline first: the layer read and serialised per request, uncompressed (as before issue 12)
  const naive = await startServer(seeded.file, ['--no-layer-cache']);
  servers.push(naive);
  const naiveAuth = await signInHeaders(naive.base, 'admin', DEMO_PASSWORD);
  console.log(
    `${CONNECTIONS} connections, ${seconds} s each after ${WARM_UP_SECONDS} s of warm-up; ` +
      'server: tsx server/main.ts on loopback, scale-1 demo data',
  );
  const baseline = await measure(naive, naiveAuth, {
    name: 'naive GET /api/layers/enterprises (--no-layer-cache, uncompressed)',
    method: 'GET',
    path: '/api/layers/enterprises',
  });
  await naive.stop();

  const server = await startServer(seeded.file);
  servers.push(server);
  const auth = await signInHeaders(server.base, 'admin', DEMO_PASSWORD);
  const idleProbe = startHealthProbe(`${server.base}/api/health`, 50, 1000);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  console.log(`/api/health idle: ${probeLine(await idleProbe.stop())}`);

  const layers = await measure(server, auth, {
    name: 'GET /api/layers/enterprises (cached, Accept-Encoding: gzip, deflate, br)',
    method: 'GET',
    path: '/api/layers/enterprises',
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  });
  await measure(server, auth, {
    name: 'GET /api/layers/enterprises (cached, uncompressed)',
    method: 'GET',
    path: '/api/layers/enterprises',
  });
  const met = layers.requests.average >= 2000 && layers.latency.p99 <= 50;
  console.log(
    `  layers: ${(layers.requests.average / baseline.requests.average).toFixed(1)}× the naive req/s, ` +
      `p99 ${ms(layers.latency.p99)} against ${ms(baseline.latency.p99)}; ` +
      `target ≥ 2,000 req/s with p99 ≤ 50 ms: ${met ? 'met' : 'NOT met'}`,
  );

  await measure(server, auth, { name: 'GET /api/stats/townships', method: 'GET', path: '/api/stats/townships' });
  const county = loadReferenceData().county;
  const polygon = wavyPolygonCovering(county, geodesicAreaKm2(county) / 3);
  await measure(server, auth, {
    name: 'POST /api/stats/area (1,000-vertex polygon, a third of the district)',
    method: 'POST',
    path: '/api/stats/area',
    body: { geometry: polygon },
  });
  await measure(server, auth, {
    name: 'POST /api/routes/plan (two inspectors, every active site failing the six 100%)',
    method: 'POST',
    path: '/api/routes/plan',
    body: {
      select: { layers: ['construction-sites'], onlyWithAlerts: true },
      inspectors: { count: 2, shift: ['08:30', '17:30'] },
    },
  });
} finally {
  for (const server of servers) await server.stop();
  seeded.dispose();
}
