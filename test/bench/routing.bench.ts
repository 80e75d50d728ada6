import { readFileSync } from 'node:fs';
import { parseSolomon, solomonProblem } from '../../server/routing/instances/parse-solomon.ts';
import { parseTsplib, tsplibMatrix } from '../../server/routing/instances/parse-tsplib.ts';
import { solveTsp, solveVrptw } from '../../server/routing/solve.ts';
import { BENCHMARK_DIR } from '../routing/helpers.ts';

/**
 * `npm run bench -- routing`: the route solver on the benchmark instances of test/fixtures/routing/ (issue #8).
 * TSP: gap to the proven optimum on the TSPLIB instances up to 200 nodes (target < 1 % in
 * < 1 s). VRPTW: gap in total distance to the distance-minimising best-known solutions of the
 * 56 Solomon 100-customer instances (target: mean < 3 %, < 2 s each; VROOM: 1.6 % in ~0.4 s).
 * One run per instance with the default seed and budget; times cover the solver call only (matrices are built
 * beforehand).
 * Set ROUTING_BENCH=tsp or =vrptw to run one half.
 */
const dir = BENCHMARK_DIR;
const optima = JSON.parse(readFileSync(`${dir}optima.json`, 'utf8')) as {
  tsplib: Record<string, { optimum: number; dimension: number; type: string }>;
  solomon: Record<
    string,
    { vehicles: number; distance: number; distance_only_bks: { vehicles: number; distance: number } }
  >;
};
const only = process.env.ROUTING_BENCH ?? '';
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const pct = (gap: number): string => `${(gap * 100).toFixed(2).padStart(6)} %`;

if (only !== 'vrptw') {
  console.log('TSP (TSPLIB, n ≤ 200; closed tour, default budget): instance, n, found, optimum, gap, time');
  const gaps: number[] = [];
  const times: number[] = [];
  const names = Object.entries(optima.tsplib)
    .filter(([, v]) => v.dimension <= 200)
    .sort(([, a], [, b]) => a.dimension - b.dimension)
    .map(([name]) => name);
  for (const name of names) {
    const entry = optima.tsplib[name] as { optimum: number; dimension: number };
    const matrix = tsplibMatrix(parseTsplib(readFileSync(`${dir}tsplib/${name}.tsp`, 'utf8')));
    const started = performance.now();
    const { length } = solveTsp(matrix);
    const ms = performance.now() - started;
    const gap = length / entry.optimum - 1;
    gaps.push(gap);
    times.push(ms);
    console.log(
      `  ${name.padEnd(10)} ${String(entry.dimension).padStart(4)} ${String(length).padStart(8)} ` +
        `${String(entry.optimum).padStart(8)} ${pct(gap)} ${ms.toFixed(0).padStart(6)} ms`,
    );
  }
  const within = gaps.filter((g) => g <= 0.01).length;
  console.log(
    `TSP summary: ${names.length} instances, mean gap ${pct(mean(gaps))}, max gap ${pct(Math.max(...gaps))}, ` +
      `${within}/${names.length} within 1 %, ${gaps.filter((g) => g <= 1e-12).length} optimal; ` +
      `mean time ${mean(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
  );
}

if (only !== 'tsp') {
  console.log(
    '\nVRPTW (Solomon, 100 customers, fleet from the file; distance-minimising BKS): ' +
      'instance, distance, BKS, gap, vehicles (BKS), time',
  );
  const gaps: number[] = [];
  const times: number[] = [];
  for (const name of Object.keys(optima.solomon)) {
    const bks = (optima.solomon[name] as { distance_only_bks: { vehicles: number; distance: number } })
      .distance_only_bks;
    const problem = solomonProblem(parseSolomon(readFileSync(`${dir}solomon/${name}.txt`, 'utf8')));
    const started = performance.now();
    const result = solveVrptw(problem);
    const ms = performance.now() - started;
    const gap = result.travel / bks.distance - 1;
    gaps.push(gap);
    times.push(ms);
    const missing = result.unassigned.length > 0 ? `  ${result.unassigned.length} UNASSIGNED` : '';
    console.log(
      `  ${name.padEnd(6)} ${result.travel.toFixed(2).padStart(8)} ` +
        `${bks.distance.toFixed(2).padStart(8)} ${pct(gap)} ` +
        `${String(result.routes.length).padStart(3)} (${String(bks.vehicles).padStart(2)}) ` +
        `${ms.toFixed(0).padStart(6)} ms${missing}`,
    );
  }
  console.log(
    `VRPTW summary: ${gaps.length} instances, mean gap ${pct(mean(gaps))}, max gap ${pct(Math.max(...gaps))}, ` +
      `mean time ${mean(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
  );
}
