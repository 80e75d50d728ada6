import { openDatabase } from '../../server/db/open-database.ts';
import { createApp } from '../../server/app.ts';
import { asUser } from '../helpers/sign-in.ts';
import { layerIds } from '../../server/schema/layer-catalogue.ts';
import { machinesLayer } from '../../server/db/layers/machines.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { median, medianTimeSync } from './timing.ts';

/**
 * `npm run bench`: figures for the foundation, each with a naive baseline measured in the
 * same run. Medians of repeated runs; machines are noisy, so compare ratios, not absolutes.
 */
const ref = loadReferenceData();
const results: string[] = [];
const report = (line: string) => {
  results.push(line);
  console.log(line);
};

for (const scale of [1, 4]) {
  const db = openDatabase(':memory:');
  const started = performance.now();
  const summary = seedDatabase(db, { scale }, ref);
  const seconds = (performance.now() - started) / 1000;
  const rows = Object.values(summary).reduce((a, b) => a + b, 0);
  report(
    `seed scale ${scale}: ${seconds.toFixed(1)} s, ${rows.toLocaleString('en')} rows ` +
      `(${Math.round(rows / seconds).toLocaleString('en')} rows/s); ` +
      `${summary.station_readings.toLocaleString('en')} readings, ` +
      `${summary.machine_positions.toLocaleString('en')} machine positions`,
  );

  // The machines layer (one primary-key seek per machine, then building the features) against
  // the naive way: read every position up to as-of and keep the latest per machine in JS.
  const asOf = '2023-09-15T12:00';
  const indexed = medianTimeSync(() => void machinesLayer.features(db, {}, asOf), 15);
  const naive = medianTimeSync(() => {
    const latest = new Map<string, { ts: string; lon: number; lat: number }>();
    for (const row of db
      .prepare('SELECT machine_id, ts, lon, lat FROM machine_positions WHERE ts <= ?')
      .iterate(asOf) as IterableIterator<{
      machine_id: string;
      ts: string;
      lon: number;
      lat: number;
    }>) {
      const seen = latest.get(row.machine_id);
      if (!seen || seen.ts < row.ts) latest.set(row.machine_id, row);
    }
  }, 5);
  report(
    `  machines layer, latest positions (scale ${scale}): ` +
      `${indexed.toFixed(1)} ms vs naive scan ${naive.toFixed(1)} ms ` +
      `→ ${(naive / indexed).toFixed(0)}× faster`,
  );
  if (scale === 1) {
    const app = asUser(createApp({ db }), db, 'admin');
    for (const path of ['/api/layers', ...layerIds.map((id) => `/api/layers/${id}`), '/api/plan']) {
      const samples: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 9; i++) {
        const started = performance.now();
        bytes = (await (await app.request(path)).arrayBuffer()).byteLength;
        samples.push(performance.now() - started);
      }
      report(`  GET ${path.padEnd(32)} median ${median(samples).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KiB`);
    }
  }
  db.close();
}
console.log(`\n${results.length} figures`);
