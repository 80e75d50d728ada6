import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { DEMO_PASSWORD, seedDemoAccounts } from '../../server/services/seed-demo-accounts.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import type { LoadConfig, LoadReport } from './ingest-load.ts';
import { runNaiveIngest } from './ingest-naive.ts';
import { freePort, insertBenchDevices, rssMb, startStatsLoad, type StatsLoadResult } from './ingest-tools.ts';
import { signInHeaders, startServer } from './server-process.ts';
import { median } from './timing.ts';

/**
 * `npm run bench -- ingest` (issue 14, scope 7): a real server (`tsx server/main.ts --hj212-port P --workers 2`,
 * its own process, loopback) on a scale-1 demo database with INGEST_DEVICES (default 500) micro-station devices
 * registered in it; a load process (ingest-load.ts) opens one TCP connection per device and sends HJ 212 minute
 * data (CN 2051, ST 22, Flag=5) at INGEST_RATE packets/s in total (default 6,000: the target plus a fifth) for
 * INGEST_SECONDS (default 30). Measured: packets/s acknowledged (9014) in the window, lost = acknowledged packets
 * whose row is not in device_data (must be 0), p50/p99 packet → 9014 (the ingest acknowledges after the commit,
 * so this bounds packet → row; rows' received_at − send time is sampled too), p99 packet → SSE `data` event (an
 * SSE client in the load process, `topics=data`), the server's RSS before and after. Then the same with 50 SSE
 * clients (every topic, `data` included) and 4 connections looping GET /api/stats/townships as analyst; the ratio
 * of the two ingest rates. Baseline in the same run: a naive ingest (ingest-naive.ts: one transaction with
 * synchronous=FULL per packet, no network). INGEST_RUNS (default 3) runs, each on a fresh copy of the database and
 * a fresh server; medians printed. Targets (issue 14): ≥ 5,000 packets/s with 500 devices, p99 packet → event
 * ≤ 1 s, 0 lost, ingest undisturbed by the SSE clients and the statistics (here: ≥ 95 % of the undisturbed rate).
 */
const envInt = (name: string, fallback: number, min: number, max: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number ${min}–${max}, got '${process.env[name]}'`);
  return value;
};
const DEVICES = envInt('INGEST_DEVICES', 500, 1, 5000);
const SECONDS = envInt('INGEST_SECONDS', 30, 1, 300);
const RUNS = envInt('INGEST_RUNS', 3, 1, 9);
const RATE = envInt('INGEST_RATE', 6000, 1, 100_000);
const SSE_CLIENTS = envInt('INGEST_SSE_CLIENTS', 50, 0, 1000);
const STATS_CONNECTIONS = 4;
/** Unmeasured load before each window (then drained), seconds. */
const WARM_UP_SECONDS = Math.min(5, SECONDS);
const TARGET_RATE = 5000;
const TARGET_EVENT_P99_MS = 1000;
const UNDISTURBED_RATIO = 0.95;
const loadScript = fileURLToPath(new URL('./ingest-load.ts', import.meta.url));
const sseScript = fileURLToPath(new URL('./ingest-sse-clients.ts', import.meta.url));

const ms = (value: number | null) =>
  value !== null && Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a';
/** A quantile as a number: none measured counts as infinitely late. */
const late = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

/** Runs ingest-load.ts with `config` in its own process and returns its report. */
async function runIngestLoad(config: LoadConfig): Promise<LoadReport> {
  const child = spawn(process.execPath, ['--import', 'tsx', loadScript, JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-3000)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the ingest load exited with ${code}: ${err}`);
  return JSON.parse(out) as LoadReport;
}

/** Starts ingest-sse-clients.ts; `stop()` ends the streams and resolves with what they read. */
function startSseClients(base: string, cookie: string, count: number) {
  const topics = 'present,readings,outlets,alerts,devices,data';
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', sseScript, JSON.stringify({ base, cookie, count, topics })],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const done = new Promise<{
    opened: number;
    events: number;
    bytes: number;
    reconnects: number;
    failures: string[];
    failed: number;
  }>((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`the SSE clients exited with ${code}`)),
    ),
  );
  return {
    stop: () => {
      child.stdin.end('stop\n');
      return done;
    },
  };
}

interface ScenarioResult {
  report: LoadReport;
  /** CPU seconds the server used during the scenario. */
  serverCpu: number | null;
  rate: number;
  lost: number;
  rowLagMs: { p50: number; p99: number };
}

/** Checks every acknowledged packet's row (read from a second connection) and the sampled rows' received_at. */
function checkRows(dbFile: string, report: LoadReport, ackedFile: string): Pick<ScenarioResult, 'lost' | 'rowLagMs'> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const find = db.prepare("SELECT received_at FROM device_data WHERE mn = ? AND cn = '2051' AND data_time = ?");
    const lines = readFileSync(ackedFile, 'utf8').split('\n').filter(Boolean);
    let lost = 0;
    for (const line of lines) {
      const [mn, dataTime] = line.split('\t') as [string, string];
      if (find.get(mn, dataTime) === undefined) lost++;
    }
    const lags: number[] = [];
    for (const [mn, dataTime, sentAt] of report.samples) {
      const row = find.get(mn, dataTime) as { received_at: number } | undefined;
      if (row) lags.push(row.received_at - sentAt);
    }
    const sorted = lags.sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
    return { lost, rowLagMs: { p50: q(0.5), p99: q(0.99) } };
  } finally {
    db.close();
  }
}

function describeScenario(name: string, result: ScenarioResult): string {
  const r = result.report;
  return (
    `${name}: ${result.rate.toFixed(0)} packets/s acknowledged ` +
    `(${r.sent.toLocaleString('en')} sent, ${r.acked.toLocaleString('en')} acked, ${r.refused} refused, ` +
    `${r.skipped} not sent (100 in flight), ${result.lost} lost); ` +
    `packet → 9014 p50 ${ms(r.ackMs.p50)} p99 ${ms(r.ackMs.p99)} max ${ms(r.ackMs.max)}; ` +
    `row received_at − send p50 ${ms(result.rowLagMs.p50)} p99 ${ms(result.rowLagMs.p99)}; ` +
    `packet → SSE data event p50 ${ms(r.eventMs.p50)} p99 ${ms(r.eventMs.p99)} ` +
    `(${r.eventMs.count.toLocaleString('en')} events matched, ${r.eventMs.missing} acked without one, ` +
    `${r.sseReconnects} reconnects${r.sseError ? `; SSE: ${r.sseError}` : ''}); ` +
    `CPU: server ${result.serverCpu?.toFixed(1) ?? '?'} s, load process ${r.loadCpuSeconds.toFixed(1)} s ` +
    `over ${r.windowSeconds.toFixed(1)} s + drain` +
    (r.refusedSample.length ? `\n  refused e.g.: ${r.refusedSample[0]}` : '') +
    (r.socketErrors ? `\n  socket errors: ${r.socketErrors}` : '')
  );
}

const seeded = createSeededDbFile({ scale: 1 });
await seedDemoAccounts(seeded.db, undefined, new Date());
insertBenchDevices(seeded.db, DEVICES, new Date().toISOString());
seeded.db.pragma('wal_checkpoint(TRUNCATE)');

const quiet: ScenarioResult[] = [];
const busy: ScenarioResult[] = [];
const rss: { start: number | null; end: number | null }[] = [];
const statsResults: StatsLoadResult[] = [];
/** Per run: SSE streams of the disturbance that failed to (re)connect (dropped consoles disturb nothing). */
const sseFailures: number[] = [];
try {
  console.log(
    `${DEVICES} devices over TCP (one connection each), minute data (CN 2051, ST 22, Flag=5) offered at ` +
      `${RATE.toLocaleString('en')} packets/s for ${SECONDS} s after ${WARM_UP_SECONDS} s of unmeasured warm-up; ` +
      'server: tsx server/main.ts --workers 2 on loopback, ' +
      `scale-1 demo data; ${RUNS} run(s), each on a fresh copy of the database`,
  );
  const naive = runNaiveIngest(seeded.file, Math.min(SECONDS, 10));
  console.log(
    `naive baseline (one transaction with synchronous=FULL per packet, decode + password check + insert + ` +
      `device counters, no network): ${naive.rate.toFixed(0)} packets/s ` +
      `(${naive.packets} in ${naive.seconds.toFixed(1)} s)`,
  );
  // each device's DataTimes: a minute apart, starting two days back (late data is accepted)
  const firstDataTime = Math.floor((Date.now() - 2 * 86_400_000) / 60_000) * 60_000;
  const perDevice = Math.ceil((RATE * (SECONDS + WARM_UP_SECONDS)) / DEVICES) + 10;
  for (let run = 1; run <= RUNS; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'lantian-ingest-bench-'));
    const dbFile = join(dir, 'lantian.db');
    copyFileSync(seeded.file, dbFile);
    const hj212Port = await freePort();
    const server = await startServer(dbFile, ['--hj212-port', String(hj212Port), '--workers', '2']);
    try {
      const analyst = await signInHeaders(server.base, 'analyst', DEMO_PASSWORD);
      const cookie = analyst.cookie as string;
      const start = rssMb(server.pid);
      const scenario = async (index: number): Promise<ScenarioResult> => {
        const ackedFile = join(dir, `acked-${index}.txt`);
        const cpuBefore = server.cpuSeconds();
        const report = await runIngestLoad({
          host: '127.0.0.1',
          hj212Port,
          base: server.base,
          cookie,
          devices: DEVICES,
          rate: RATE,
          seconds: SECONDS,
          warmUpSeconds: WARM_UP_SECONDS,
          firstDataTime: firstDataTime + index * perDevice * 60_000,
          ackedFile,
          sampleEvery: 50,
        });
        const cpuAfter = server.cpuSeconds();
        const serverCpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
        const rate = report.ackedInWindow / report.windowSeconds;
        return { report, serverCpu, rate, ...checkRows(dbFile, report, ackedFile) };
      };
      const load = () => loadavg()[0]?.toFixed(1) ?? '?';
      console.log(`run ${run}: machine load average ${load()} (2 cores shared with whatever else runs)`);
      const undisturbed = await scenario(0);
      quiet.push(undisturbed);
      console.log(`run ${run}: ${describeScenario('undisturbed', undisturbed)}`);

      const sse = startSseClients(server.base, cookie, SSE_CLIENTS);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const stats = startStatsLoad(`${server.base}/api/stats/townships`, analyst, STATS_CONNECTIONS);
      const disturbed = await scenario(1);
      const statsResult = await stats.stop();
      const sseResult = await sse.stop();
      sseFailures.push(sseResult.failed);
      busy.push(disturbed);
      statsResults.push(statsResult);
      const end = rssMb(server.pid);
      rss.push({ start, end });
      console.log(
        `run ${run}: ${describeScenario(`with ${SSE_CLIENTS} SSE clients + statistics`, disturbed)}\n` +
          `  SSE clients: ${sseResult.opened} streams, ${sseResult.events.toLocaleString('en')} events, ` +
          `${(sseResult.bytes / 1e6).toFixed(1)} MB, ${sseResult.reconnects} reconnects, ` +
          `${sseResult.failed} failed connections` +
          `${sseResult.failures.length ? `, failures: ${sseResult.failures.join('; ')}` : ''}; ` +
          `GET /api/stats/townships meanwhile: ${statsResult.rate.toFixed(1)} req/s, p50 ${ms(statsResult.p50)}, ` +
          `p99 ${ms(statsResult.p99)}, ${statsResult.requests} answered, ${statsResult.failures} failed; ` +
          `server RSS ${start?.toFixed(0) ?? '?'} MB at start, ${end?.toFixed(0) ?? '?'} MB at end; ` +
          `load average ${load()}`,
      );
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const quietRate = median(quiet.map((r) => r.rate));
  const busyRate = median(busy.map((r) => r.rate));
  const eventP99 = Math.max(
    median(quiet.map((r) => late(r.report.eventMs.p99))),
    median(busy.map((r) => late(r.report.eventMs.p99))),
  );
  const missingEvents = [...quiet, ...busy].reduce((sum, r) => sum + r.report.eventMs.missing, 0);
  const lost = [...quiet, ...busy].reduce((sum, r) => sum + r.lost, 0);
  const ratio = busyRate / quietRate;
  console.log(
    `\nmedians of ${RUNS} run(s): undisturbed ${quietRate.toFixed(0)} packets/s ` +
      `(p99 packet → 9014 ${ms(median(quiet.map((r) => late(r.report.ackMs.p99))))}, ` +
      `p99 packet → event ${ms(median(quiet.map((r) => late(r.report.eventMs.p99))))}); ` +
      `disturbed ${busyRate.toFixed(0)} packets/s ` +
      `(p99 packet → 9014 ${ms(median(busy.map((r) => late(r.report.ackMs.p99))))}, ` +
      `p99 packet → event ${ms(median(busy.map((r) => late(r.report.eventMs.p99))))}); ` +
      `disturbed / undisturbed ${ratio.toFixed(3)}; ` +
      `${(quietRate / naive.rate).toFixed(1)}× the naive baseline's ${naive.rate.toFixed(0)} packets/s; ` +
      `server RSS ${median(rss.map((r) => r.start ?? Number.NaN)).toFixed(0)} → ` +
      `${median(rss.map((r) => r.end ?? Number.NaN)).toFixed(0)} MB`,
  );
  const fullSize = DEVICES >= 500 ? '' : ` (with ${DEVICES} devices, not the target's 500)`;
  console.log(
    `target ≥ ${TARGET_RATE.toLocaleString('en')} packets/s with 500 devices${fullSize}: ` +
      verdict(quietRate >= TARGET_RATE && DEVICES >= 500),
  );
  console.log(
    `target p99 packet → SSE event ≤ ${TARGET_EVENT_P99_MS} ms (worse scenario; every acked packet's event seen): ` +
      `${ms(eventP99)}, ${missingEvents} missing: ${verdict(eventP99 <= TARGET_EVENT_P99_MS && missingEvents === 0)}`,
  );
  console.log(`target 0 acknowledged packets lost: ${lost} lost: ${verdict(lost === 0)}`);
  console.log(
    `target ingest undisturbed by ${SSE_CLIENTS} SSE clients + ${STATS_CONNECTIONS} statistics connections ` +
      `(disturbed ≥ ${UNDISTURBED_RATIO * 100} % of undisturbed, every SSE client kept connected): ` +
      `${(ratio * 100).toFixed(1)} %, ${sseFailures.reduce((a, b) => a + b, 0)} failed (re)connections: ` +
      `${verdict(ratio >= UNDISTURBED_RATIO && sseFailures.every((n) => n === 0))}`,
  );
} finally {
  seeded.dispose();
}
