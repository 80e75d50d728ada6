import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { createApp } from '../../server/app.ts';
import { asUser } from '../helpers/sign-in.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { cstMinute } from '../../server/time/cst.ts';
import { nrmmBanReasons } from '../../server/rules/nrmm-ban.ts';
import {
  areaStatsResponseSchema,
  statsLayerIds,
  townshipStatsResponseSchema,
  type StatsLayerId,
} from '../../server/schema/stats.ts';
import { createPointIndex } from '../../server/spatial/point-index.ts';
import { preparePolygon } from '../../server/spatial/prepared-polygon.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { quantile, sampleTimes } from './timing.ts';
import { wavyPolygonCovering } from './wavy-polygon.ts';

/**
 * `npm run bench -- spatial`: the spatial statistics on the `--scale 4` demo data (over 1,000,000
 * machine positions), in memory. Area statistics of a 1,000-vertex polygon covering about a third
 * of the district, through the whole POST /api/stats/area handler (parse, validate, intersect,
 * count, serialise), median and p95 over repeated queries; against a naive loop of turf's
 * booleanPointInPolygon over every point in the same run; the township table; and the candidate
 * search of flatbush against SQLite's R*Tree. Targets (issue 4): median < 30 ms, ≥ 20× the naive
 * loop, township table < 200 ms.
 */
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const report = (line: string) => console.log(line);

// --- data ------------------------------------------------------------------------------------

const db = openDatabase(':memory:');
let started = performance.now();
const summary = seedDatabase(db, { scale: 4 }, loadReferenceData());
report(
  `seed scale 4: ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `${summary.machine_positions.toLocaleString('en')} machine positions, ` +
    `${summary.station_readings.toLocaleString('en')} readings`,
);
if (summary.machine_positions < 1_000_000) throw new Error('scale 4 should give over 1,000,000 machine positions');
const app = asUser(createApp({ db }), db, 'admin');

// --- the query polygon: 1,000 vertices, a wavy ring around the district's centre, about a third of its area inside

const { county } = loadReferenceData();
started = performance.now();
const districtKm2 = townshipStatsResponseSchema.parse(await (await app.request('/api/stats/townships')).json()).district
  .areaKm2;
report(
  '  first statistics request (builds the index: every entity and position, flatbush, townships): ' +
    ms(performance.now() - started),
);
const polygon = wavyPolygonCovering(county, districtKm2 / 3);

// --- indexed: the API ------------------------------------------------------------------------

const body = JSON.stringify({ geometry: polygon });
const post = async (): Promise<unknown> =>
  (
    await app.request('/api/stats/area', { method: 'POST', body, headers: { 'content-type': 'application/json' } })
  ).json();
started = performance.now();
const first = areaStatsResponseSchema.parse(await post());
const coldMs = performance.now() - started;
report(
  `query polygon: ${first.vertices} positions, ` +
    `${first.areaKm2.toFixed(1)} km² inside the district of ${districtKm2.toFixed(1)} km² ` +
    `(${((100 * first.areaKm2) / districtKm2).toFixed(1)} %), ${first.townships.length} townships; ` +
    `month ${first.month}, as of ${first.asOf}`,
);
report(`  first area request (index built; month index and as-of snapshot cached on the way): ${ms(coldMs)}`);
const apiSamples = await sampleTimes(post, 60);
const apiMedian = quantile(apiSamples, 0.5);

// --- naive: every point through turf's booleanPointInPolygon ---------------------------------

type Props = Record<string, unknown>;
const layer = async (id: string): Promise<Feature<Point, Props>[]> =>
  ((await (await app.request(`/api/layers/${id}`)).json()) as FeatureCollection<Point, Props>).features;
const entities: Array<{ id: StatsLayerId; position: Position }> = [];
for (const id of statsLayerIds) {
  if (id === 'machines') continue;
  for (const f of await layer(id)) entities.push({ id, position: f.geometry.coordinates });
}
const machineRows = db
  .prepare('SELECT id, emission_stage, registration_code, smoke_test FROM machines ORDER BY id')
  .all() as Array<{
  id: string;
  emission_stage: 'pre-I' | 'I' | 'II' | 'III' | 'IV' | 'electric';
  registration_code: string | null;
  smoke_test: 'pass' | 'fail' | 'untested';
}>;
const machineIndex = new Map(machineRows.map((m, i) => [m.id, i]));
const banned = machineRows.map(
  (m) =>
    nrmmBanReasons(
      { emissionStage: m.emission_stage, registrationCode: m.registration_code, smokeTest: m.smoke_test },
      'III',
    ).length > 0,
);
const positions = db.prepare('SELECT machine_id, ts, lon, lat FROM machine_positions').raw().all() as Array<
  [string, string, number, number]
>;
const asOf = first.asOf;
const asOfMinute = cstMinute(asOf);
const monthPrefix = first.month;
const minuteOf = new Map<string, number>();
const position = positions.map(([machine, ts, lon, lat]) => {
  let minute = minuteOf.get(ts);
  if (minute === undefined) minuteOf.set(ts, (minute = cstMinute(ts)));
  return { machine: machineIndex.get(machine) as number, ts, minute, point: [lon, lat] as Position };
});
// The latest position of each machine at as-of (found outside the timing; the naive loop only tests points).
const latest = new Map<number, number>();
position.forEach((p, i) => {
  if (p.minute > asOfMinute) return;
  const seen = latest.get(p.machine);
  if (seen === undefined || (position[seen] as { minute: number }).minute < p.minute) latest.set(p.machine, i);
});
const isLatest = new Uint8Array(position.length);
for (const i of latest.values()) isLatest[i] = 1;

function naive(points: 'every' | 'relevant') {
  const counts = Object.fromEntries(statsLayerIds.map((id) => [id, 0])) as Record<StatsLayerId, number>;
  for (const e of entities) if (booleanPointInPolygon(e.position, polygon)) counts[e.id]++;
  let activity = 0;
  const seen = new Set<number>();
  for (let i = 0; i < position.length; i++) {
    const p = position[i] as (typeof position)[number];
    const relevant = isLatest[i] === 1 || (p.ts.startsWith(monthPrefix) && p.minute <= asOfMinute);
    if (points === 'relevant' && !relevant) continue;
    if (!booleanPointInPolygon(p.point, polygon)) continue;
    if (isLatest[i] === 1) counts.machines++;
    if (p.ts.startsWith(monthPrefix) && p.minute <= asOfMinute) {
      activity++;
      seen.add(p.machine);
    }
  }
  return { counts, activity, machines: seen.size, banned: [...seen].filter((m) => banned[m]).length };
}
const naiveResult = naive('every');
if (
  JSON.stringify(naiveResult.counts) !== JSON.stringify(first.counts) ||
  naiveResult.activity !== first.machines.activity.positions ||
  naiveResult.machines !== first.machines.activity.machines
) {
  const counts = { naive: naiveResult, api: { counts: first.counts, activity: first.machines.activity } };
  throw new Error(`indexed and naive counts differ: ${JSON.stringify(counts)}`);
}
const naiveSamples = await sampleTimes(() => naive('every'), 3);
const naiveMedian = quantile(naiveSamples, 0.5);
const relevantMedian = quantile(await sampleTimes(() => naive('relevant'), 5), 0.5);
const pointCount = entities.length + position.length;

report(
  '  area statistics, 1,000-vertex polygon (scale 4), POST /api/stats/area: ' +
    `median ${ms(apiMedian)}, p95 ${ms(quantile(apiSamples, 0.95))} over ${apiSamples.length} queries ` +
    `(target < 30 ms)`,
);
report(
  `  naive loop of turf booleanPointInPolygon over every point (${pointCount.toLocaleString('en')}): ` +
    `median ${ms(naiveMedian)} ` +
    `→ ${(naiveMedian / apiMedian).toFixed(0)}× slower than the API (target ≥ 20×); counts agree`,
);
report(
  "  naive loop over only the points that matter (entities, latest positions, the month's positions): " +
    `${ms(relevantMedian)} ` +
    `→ ${(relevantMedian / apiMedian).toFixed(0)}×`,
);

// --- the township table ------------------------------------------------------------------------

const tableSamples = await sampleTimes(
  async () => townshipStatsResponseSchema.parse(await (await app.request('/api/stats/townships')).json()),
  15,
);
report(
  `  GET /api/stats/townships (18 townships + district): median ${ms(quantile(tableSamples, 0.5))}, ` +
    `p95 ${ms(quantile(tableSamples, 0.95))} (target < 200 ms)`,
);
const asOfs = ['2023-03-01T12:00', '2023-05-01T12:00', '2023-07-01T12:00', '2023-09-01T12:00'];
const coldTable: number[] = [];
for (const other of asOfs) {
  started = performance.now();
  await (await app.request(`/api/stats/townships?asOf=${other}`)).json();
  coldTable.push(performance.now() - started);
}
report(
  '  GET /api/stats/townships at an as-of not seen before (new snapshot, month index, readings): ' +
    `median ${ms(quantile(coldTable, 0.5))}`,
);

// --- flatbush against SQLite R*Tree: candidates of the month's positions in the polygon's box ---

const month = position.filter((p) => p.ts.startsWith(monthPrefix));
const lons = Float64Array.from(month, (p) => p.point[0] as number);
const lats = Float64Array.from(month, (p) => p.point[1] as number);
const tree = createPointIndex(lons, lats);
db.exec('CREATE VIRTUAL TABLE bench_positions USING rtree(id, min_lon, max_lon, min_lat, max_lat)');
const insert = db.prepare('INSERT INTO bench_positions VALUES (?, ?, ?, ?, ?)');
db.transaction(() => month.forEach((_, i) => insert.run(i, lons[i], lons[i], lats[i], lats[i])))();
const prepared = preparePolygon(polygon);
const [minX, minY, maxX, maxY] = prepared.bbox;
// R*Tree boxes are float32, rounded outwards: ask for overlaps, then check the exact coordinates.
const query = db
  .prepare('SELECT id FROM bench_positions WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?')
  .pluck();
let flatbushHits = 0;
const flatbushSamples = await sampleTimes(() => {
  flatbushHits = 0;
  tree.forEachInBbox(prepared.bbox, () => flatbushHits++);
}, 30);
let rtreeHits = 0;
const rtreeSamples = await sampleTimes(() => {
  rtreeHits = 0;
  for (const id of query.all(minX, maxX, minY, maxY) as number[]) {
    const x = lons[id] as number;
    const y = lats[id] as number;
    if (x >= minX && x <= maxX && y >= minY && y <= maxY) rtreeHits++;
  }
}, 30);
if (rtreeHits !== flatbushHits) throw new Error(`R*Tree found ${rtreeHits} candidates, flatbush ${flatbushHits}`);
report(
  `  candidates in the polygon's box among ${month.length.toLocaleString('en')} positions of ${monthPrefix} ` +
    `(${flatbushHits.toLocaleString('en')} found): ` +
    `flatbush ${ms(quantile(flatbushSamples, 0.5))}, SQLite R*Tree ${ms(quantile(rtreeSamples, 0.5))}`,
);
db.close();
