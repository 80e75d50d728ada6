import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createChangeLogStore } from '../../server/db/change-log.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import type { AreaStatsRequest } from '../../server/schema/stats.ts';
import { createStatsRepository, type StatsRepository } from '../../server/services/stats/stats-repository.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { quantile } from './timing.ts';

/**
 * `npm run bench -- stats-writes`: latency of the township table and of a drawn area's statistics
 * (both through the statistics repository over a read-only connection, as a worker has) idle, and
 * while another thread writes 1,000 rows/s (machine positions and station readings, at most 100 rows
 * per transaction every ~10 ms, into the queried month), for the index that follows the change log
 * against the naive one (a full rebuild whenever anything was committed, as before issue 19), in the
 * same run. Queries are at month 2023-12 as of its end (the default), so every new position and
 * reading touches their caches. Target: under writes within 2× of idle.
 * BENCH_SCALE (default 1) sets the demo data's scale; BENCH_SECONDS (default 10) each phase's length.
 */
const scale = Number(process.env.BENCH_SCALE ?? 1);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const ms = (value: number): string => `${value.toFixed(1)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'lantian-bench-'));
const file = join(dir, 'lantian.db');
const seeded = openDatabase(file);
let started = performance.now();
seedDatabase(seeded, { scale });
console.log(`seed scale ${scale}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
const machines = seeded
  .prepare('SELECT machine_id AS id, township_code, lon, lat FROM machine_positions GROUP BY machine_id')
  .all();
const stations = seeded.prepare('SELECT code FROM stations').pluck().all();
seeded.close();

const reader = new Database(file, { readonly: true, fileMustExist: true });
const query = { month: '2023-12', asOf: '2023-12-31T23:00' };

/**
 * The writer thread: plain JavaScript (no loader needed), its own connection. It keeps to `rate`
 * rows/s in small transactions (at most 100 rows, every ~10 ms): new positions of December 2023 at
 * minutes the seed does not use (its are on the hour) and replaced readings of December's hours.
 */
const writerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const pos = db.prepare(\`INSERT OR REPLACE INTO machine_positions (machine_id, ts, lon, lat, township_code)
                        VALUES (?, ?, ?, ?, ?)\`);
const reading = db.prepare(\`INSERT OR REPLACE INTO station_readings (station_code, ts, so2, no2, pm10, pm25, co, o3)
                            VALUES (?, ?, 8, 30, 70, 45 + ?, 1.1, 50)\`);
const base = Date.UTC(2023, 11, 1, 0, 0); // the text of CST minutes in December 2023 (a UTC clock used as a label)
const label = (minutes) => new Date(base + minutes * 60000).toISOString().slice(0, 16);
const { machines, stations, rate } = workerData;
const started = Date.now();
let k = 0, rows = 0, running = true;
parentPort.on('message', () => { running = false; });
const step = () => {
  if (!running) { db.close(); parentPort.postMessage(rows); return; }
  const due = Math.min(100, Math.floor(((Date.now() - started) * rate) / 1000) - rows);
  if (due >= 2) {
    db.transaction(() => {
      for (let i = 0; i < due / 2; i++, k++) {
        const m = machines[k % machines.length];
        const minute = 7 + 60 * ((k * 37) % (31 * 24 - 1)); // hh:07 somewhere in the month
        pos.run(m.id, label(minute), m.lon + 0.001 * (k % 13), m.lat - 0.001 * (k % 11), m.township_code);
        reading.run(stations[k % stations.length], label(60 * (1 + ((k * 53) % (31 * 24 - 1)))), k % 9);
      }
    })();
    rows += 2 * Math.ceil(due / 2);
  }
  setTimeout(step, 10);
};
step();
`;

/** Starts the writer; `stop()` resolves with the rows it wrote. */
function startWriter(): { stop: () => Promise<number> } {
  const worker = new Worker(writerSource, { eval: true, workerData: { file, machines, stations, rate: 1_000 } });
  const done = new Promise<number>((resolve, reject) => {
    worker.once('message', (rows: number) => resolve(rows));
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      worker.postMessage('stop');
      const rows = await done;
      await worker.terminate();
      return rows;
    },
  };
}

/** Runs township table and area queries alternately for `seconds` (yielding between, so the writer runs). */
async function sample(repo: StatsRepository, before: () => void, circle: NonNullable<AreaStatsRequest['circle']>) {
  const table: number[] = [];
  const area: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    let t = performance.now();
    before();
    repo.townshipTable(query);
    table.push(performance.now() - t);
    t = performance.now();
    before();
    repo.areaStatistics({ circle, ...query });
    area.push(performance.now() - t);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { table, area };
}

const stat = (values: number[]) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length });
const line = (name: string, values: number[], idle?: number[]) => {
  const s = stat(values);
  const base = idle ? stat(idle) : null;
  const ratio = base ? `  ×${(s.median / base.median).toFixed(2)} of idle (p95 ×${(s.p95 / base.p95).toFixed(2)})` : '';
  const figures = `median ${ms(s.median).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  (${s.n} runs)`;
  console.log(`  ${name.padEnd(26)} ${figures}${ratio}`);
};

/** The incremental index, or the naive one: invalidated whenever the log's newest seq moved. */
function makeRepo(naive: boolean) {
  const repo = createStatsRepository(reader);
  const log = createChangeLogStore(reader);
  let seen = log.maxSeq();
  const before = naive
    ? () => {
        const now = log.maxSeq();
        if (now !== seen) repo.index.invalidate();
        seen = now;
      }
    : () => undefined;
  started = performance.now();
  repo.townshipTable(query);
  console.log(`  first build: ${ms(performance.now() - started)}`);
  return { repo, before };
}

const incremental = makeRepo(false);
const [minX, minY, maxX, maxY] = incremental.repo.index.data().district.bbox;
const circle = { center: [(minX + maxX) / 2, (minY + maxY) / 2] as [number, number], radiusM: 10_000 };

console.log(`idle (${seconds} s):`);
const idle = await sample(incremental.repo, incremental.before, circle);
line('township table', idle.table);
line('drawn area (10 km circle)', idle.area);

for (const naive of [false, true]) {
  const { repo, before } = naive ? makeRepo(true) : incremental;
  const buildsBefore = { ...repo.index.builds };
  const writer = startWriter();
  started = performance.now();
  const busy = await sample(repo, before, circle);
  const rows = await writer.stop();
  const rate = rows / ((performance.now() - started) / 1000);
  const b = repo.index.builds;
  console.log(
    `${naive ? 'naive (full rebuild on any commit)' : 'incremental (change log)'} under ${rate.toFixed(0)} rows/s ` +
      `(full builds ${b.full - buildsBefore.full}, month indexes ${b.months - buildsBefore.months}, ` +
      `station-months of readings read ${b.readings - buildsBefore.readings}):`,
  );
  line('township table', busy.table, idle.table);
  line('drawn area (10 km circle)', busy.area, idle.area);
  // a rebuild lands on whichever query first sees the commit: the naive lines alternate, this one does not
  line('either query', [...busy.table, ...busy.area], [...idle.table, ...idle.area]);
}

reader.close();
rmSync(dir, { recursive: true, force: true });
