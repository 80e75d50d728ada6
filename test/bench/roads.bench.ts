import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { synthesizeRoadFeatures } from '../../geodata/scripts/roads/build-roads.ts';
import { loadRoadInputs } from '../../geodata/scripts/roads/load-road-inputs.ts';
import { buildContractionHierarchy } from '../../server/roads/contraction-hierarchy.ts';
import { createSearchWorkspace } from '../../server/roads/dijkstra.ts';
import { importRoadNetwork } from '../../server/roads/import-roads.ts';
import { arrivalAt, createRoadRouter, seedsOf } from '../../server/roads/road-router.ts';
import { CONNECTOR_SPEED_KMH } from '../../server/roads/road-speeds.ts';
import { createRandom } from '../../server/routing/random.ts';
import { preparePolygon } from '../../server/spatial/prepared-polygon.ts';
import { median, medianTimeSync, quantile } from './timing.ts';

/**
 * `npm run bench -- roads`: the road graph on the synthetic network of 忻府区. Import time and graph
 * size; a 100×100 travel-time matrix between seeded random points of the county (median of 20 runs,
 * target < 100 ms, issue 8) against the naive baseline of one full Dijkstra per pair in the same run
 * (checked to give the same matrix); and a single point-to-point route with its geometry. Then the
 * optional contraction hierarchy on the same network, and a scaling run on a denser network from the
 * same generator (400 m lattice; `ROADS_BENCH_SCALE=0` skips it).
 */
const report = (line: string) => console.log(line);
const ms = (value: number): string => `${value.toFixed(2)} ms`;
const geodata = new URL('../../geodata/', import.meta.url);

const text = readFileSync(new URL('xinfu-roads.synthetic.geojson', geodata), 'utf8');
let started = performance.now();
const imported = importRoadNetwork(JSON.parse(text));
if (!imported.ok) throw new Error(imported.error.problems.map((e) => e.message).join('\n'));
const graph = imported.value.graph;
report(
  `import: ${ms(performance.now() - started)}; ${imported.value.lines.length} lines → ` +
    `${graph.nodeCount} nodes, ${graph.edgeCount} edges, ${graph.arcCount} arcs, ${graph.coords.length / 2} vertices`,
);

const county = preparePolygon(
  (
    JSON.parse(readFileSync(new URL('xinfu-county.wgs84.geojson', geodata), 'utf8')) as {
      features: { geometry: Parameters<typeof preparePolygon>[0] }[];
    }
  ).features[0]!.geometry,
);
const rng = createRandom(8);
const points: Position[] = [];
while (points.length < 100) {
  const [minLon, minLat, maxLon, maxLat] = county.bbox;
  const p = [minLon + rng.next() * (maxLon - minLon), minLat + rng.next() * (maxLat - minLat)];
  if (county.contains(p[0] as number, p[1] as number)) points.push(p);
}

started = performance.now();
const router = createRoadRouter(graph);
report(`router (snap index + workspace): ${ms(performance.now() - started)}`);

const matrixTimes: number[] = [];
let matrix = router.matrix(points, points);
for (let run = 0; run < 20; run++) {
  const t = performance.now();
  matrix = router.matrix(points, points);
  matrixTimes.push(performance.now() - t);
}
const fast = median(matrixTimes);
report(
  `100×100 matrix (snap 200 points + 100 one-to-many Dijkstras, early stop): ` +
    `median ${ms(fast)}, p90 ${ms(quantile(matrixTimes, 0.9))} over 20 runs ` +
    `(target < 100 ms: ${fast < 100 ? 'met' : 'MISSED'})`,
);

// Naive baseline: one full Dijkstra (no early stop, one target) per ordered pair.
const search = createSearchWorkspace(graph);
const connector = (metres: number): number => metres / (CONNECTOR_SPEED_KMH / 3.6);
started = performance.now();
let maxDifference = 0;
const snaps = points.map((p) => router.snap(p)!);
for (let i = 0; i < points.length; i++) {
  for (let j = 0; j < points.length; j++) {
    const source = snaps[i]!,
      target = snaps[j]!;
    search.run(seedsOf(graph, source));
    const value =
      i === j
        ? 0
        : arrivalAt(graph, search, source, target).durationS +
          connector(source.distanceM) +
          connector(target.distanceM);
    maxDifference = Math.max(maxDifference, Math.abs(value - (matrix.durationsS[i]?.[j] as number)));
  }
}
const naive = performance.now() - started;
report(
  `naive baseline (10,000 full Dijkstras, one per pair): ${ms(naive)}; ratio ${(naive / fast).toFixed(0)}× ; ` +
    `max |difference| ${maxDifference.toExponential(1)} s`,
);

const pairs = Array.from({ length: 200 }, () => [points[rng.int(100)]!, points[rng.int(100)]!] as const);
let pair = 0;
const single = medianTimeSync(() => {
  const [from, to] = pairs[pair++ % pairs.length]!;
  router.route(from, to);
}, 199);
const example = router.route(points[0]!, points[1]!);
report(
  `single route with geometry: median ${ms(single)} ` +
    `(example: ${(example.distanceM / 1000).toFixed(1)} km, ${(example.durationS / 60).toFixed(1)} min, ` +
    `${example.geometry?.coordinates.length} vertices)`,
);
const durations = matrix.durationsS.flat().filter((v) => v > 0);
report(
  `matrix values: median ${(median(durations) / 60).toFixed(1)} min, ` +
    `max ${(Math.max(...durations) / 60).toFixed(1)} min, ` +
    `unreachable ${matrix.durationsS.flat().filter((v) => v === Infinity).length}`,
);

/** Median matrix time (ms) of `matrixOf` over `runs` runs after one warm-up. */
function medianMatrix(matrixOf: () => unknown, runs: number): number {
  return medianTimeSync(() => void matrixOf(), runs);
}

started = performance.now();
const hierarchy = buildContractionHierarchy(graph);
const chBuild = performance.now() - started;
const chRouter = createRoadRouter(graph, { hierarchy });
const chMatrix = chRouter.matrix(points, points);
const chDifference = Math.max(
  ...chMatrix.durationsS.flatMap((row, i) => row.map((v, j) => Math.abs(v - (matrix.durationsS[i]?.[j] as number)))),
);
report(
  `contraction hierarchy: build ${ms(chBuild)}, ${hierarchy.shortcutCount} shortcuts; ` +
    `100×100 matrix median ${ms(medianMatrix(() => chRouter.matrix(points, points), 20))} ` +
    `(max |difference| to Dijkstra ${chDifference.toExponential(1)} s)`,
);

if (process.env.ROADS_BENCH_SCALE !== '0') {
  const { county: countyGeometry, seats } = loadRoadInputs((name) => readFileSync(new URL(name, geodata), 'utf8'));
  const dense = importRoadNetwork({
    type: 'FeatureCollection',
    features: synthesizeRoadFeatures(countyGeometry, seats, { spacingM: 400 }),
  });
  if (!dense.ok) throw new Error(dense.error.message);
  const denseRouter = createRoadRouter(dense.value.graph);
  const plainMs = medianMatrix(() => denseRouter.matrix(points, points), 5);
  started = performance.now();
  const denseHierarchy = buildContractionHierarchy(dense.value.graph);
  const denseBuild = performance.now() - started;
  const denseCh = createRoadRouter(dense.value.graph, { hierarchy: denseHierarchy });
  const chMs = medianMatrix(() => denseCh.matrix(points, points), 5);
  report(
    `scaling (400 m lattice, ${dense.value.graph.nodeCount} nodes, ${dense.value.graph.edgeCount} edges): ` +
      `100×100 Dijkstra ${ms(plainMs)}; ` +
      `contraction hierarchy build ${(denseBuild / 1000).toFixed(1)} s, ${denseHierarchy.shortcutCount} shortcuts, ` +
      `100×100 ${ms(chMs)}`,
  );
}
