import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../../server/routing/random.ts';
import type { VrptwProblem, VrptwResult } from '../../server/routing/solve.ts';

/** Folder of the routing benchmark instances kept in the repository (see its SOURCES.md). */
export const BENCHMARK_DIR = fileURLToPath(new URL('../fixtures/routing/', import.meta.url));

/** Reads a file of the benchmark folder. */
export function readBenchmark(path: string): string {
  return readFileSync(BENCHMARK_DIR + path, 'utf8');
}

/** A seeded random n×n matrix of integers in [1, max]; symmetric unless `asymmetric`. */
export function randomMatrix(n: number, seed: number, asymmetric = false, max = 100): number[][] {
  const random = createRandom(seed);
  const m: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      if (!asymmetric && j < i) (m[i] as number[])[j] = (m[j] as number[])[i] as number;
      else (m[i] as number[])[j] = 1 + random.int(max);
    }
  }
  return m;
}

/** Euclidean matrix (rounded to 0.1) of `n` seeded random points in a `side`×`side` square. */
export function euclideanMatrix(n: number, seed: number, side = 100): number[][] {
  const random = createRandom(seed);
  const pts = Array.from({ length: n }, () => [random.next() * side, random.next() * side] as const);
  return pts.map(([x1, y1]) => pts.map(([x2, y2]) => Math.round(Math.hypot(x1 - x2, y1 - y2) * 10) / 10));
}

/** Matrix cost of visiting `order`, with the closing leg when `closed`. */
export function pathCost(m: number[][], order: number[], closed: boolean): number {
  let s = 0;
  for (let k = 0; k + 1 < order.length; k++) s += (m[order[k] as number] as number[])[order[k + 1] as number] as number;
  if (closed && order.length > 1) s += (m[order[order.length - 1] as number] as number[])[order[0] as number] as number;
  return s;
}

/** Every permutation of `items` (for brute force on tiny instances). */
export function* permutations(items: number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield items.slice();
    return;
  }
  for (let k = 0; k < items.length; k++) {
    const rest = items.slice(0, k).concat(items.slice(k + 1));
    for (const p of permutations(rest)) yield [items[k] as number, ...p];
  }
}

/**
 * Independent feasibility check of a VRPTW result: returns the list of violations (empty when
 * the result is valid). Re-simulates each route from its own departure time.
 */
export function vrptwViolations(problem: VrptwProblem, result: VrptwResult, tolerance = 1e-6): string[] {
  const errors: string[] = [];
  const { matrix, depot, jobs, vehicles } = problem;
  const t = (a: number, b: number): number => (matrix[a] as number[])[b] as number;
  const seen = new Map<number, string>();
  const vehiclesUsed = new Set<number>();
  let total = 0;
  for (const route of result.routes) {
    const tag = `vehicle ${route.vehicle}`;
    if (!Number.isInteger(route.vehicle) || route.vehicle < 0 || route.vehicle >= vehicles.count)
      errors.push(`${tag}: no such vehicle`);
    if (vehiclesUsed.has(route.vehicle)) errors.push(`${tag}: used twice`);
    vehiclesUsed.add(route.vehicle);
    if (route.depart < vehicles.shift[0] - tolerance) errors.push(`${tag}: leaves before the shift starts`);
    let at = depot;
    let clock = route.depart;
    let travel = 0;
    let load = 0;
    for (const stop of route.stops) {
      const job = jobs[stop.job];
      if (!job) {
        errors.push(`${tag}: unknown job ${stop.job}`);
        continue;
      }
      if (seen.has(stop.job)) errors.push(`job ${stop.job} visited twice`);
      seen.set(stop.job, 'routed');
      const arrive = clock + t(at, job.node);
      travel += t(at, job.node);
      if (Math.abs(stop.arrival - arrive) > tolerance)
        errors.push(`${tag} job ${stop.job}: arrival ${stop.arrival} ≠ ${arrive}`);
      if (stop.start < stop.arrival - tolerance) errors.push(`${tag} job ${stop.job}: starts before arriving`);
      if (job.window && stop.start < job.window[0] - tolerance)
        errors.push(`${tag} job ${stop.job}: starts before its window`);
      if (job.window && stop.start > job.window[1] + tolerance)
        errors.push(`${tag} job ${stop.job}: starts after its window`);
      if (Math.abs(stop.departure - (stop.start + job.service)) > tolerance)
        errors.push(`${tag} job ${stop.job}: departure ≠ start + service`);
      load += job.demand ?? 0;
      clock = stop.departure;
      at = job.node;
    }
    travel += t(at, depot);
    const end = clock + t(at, depot);
    if (Math.abs(end - route.end) > tolerance) errors.push(`${tag}: end ${route.end} ≠ ${end}`);
    if (end > vehicles.shift[1] + tolerance) errors.push(`${tag}: back at ${end}, after the shift end`);
    if (vehicles.maxWorkTime !== undefined && end - route.depart > vehicles.maxWorkTime + tolerance)
      errors.push(`${tag}: works ${end - route.depart} > maxWorkTime`);
    if (vehicles.capacity !== undefined && load > vehicles.capacity + tolerance)
      errors.push(`${tag}: load ${load} over capacity`);
    if (Math.abs(travel - route.travel) > tolerance) errors.push(`${tag}: travel ${route.travel} ≠ ${travel}`);
    total += travel;
  }
  if (Math.abs(total - result.travel) > tolerance * 10) errors.push(`total travel ${result.travel} ≠ ${total}`);
  for (const { job, reason } of result.unassigned) {
    if (seen.has(job)) errors.push(`job ${job} both routed and unassigned`);
    seen.set(job, 'unassigned');
    if (typeof reason !== 'string' || reason.length === 0) errors.push(`job ${job}: no reason`);
  }
  for (let job = 0; job < jobs.length; job++)
    if (!seen.has(job)) errors.push(`job ${job} neither routed nor unassigned`);
  return errors;
}
