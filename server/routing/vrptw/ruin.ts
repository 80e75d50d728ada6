import type { Random } from '../random.ts';
import type { Solution } from './recreate.ts';
import { refreshRoute } from './route-state.ts';
import type { VrptwModel } from './model.ts';

/** Parameters of the adjacent string removal. */
export interface RuinParams {
  /** Mean number of jobs removed (SISR c̄). */
  meanRemoved: number;
  /** Longest string removed from one route (SISR Lmax). */
  maxString: number;
}

/**
 * For every job, the other jobs by increasing travel time to it (min of both directions).
 *
 * @returns one array per job
 */
export function adjacentJobs(model: VrptwModel, routable: readonly number[]): number[][] {
  const { time, size, node } = model;
  const lists: number[][] = [];
  for (let job = 0; job < model.jobCount; job++) {
    const here = node[job] as number;
    const gap = (other: number): number => {
      const there = node[other] as number;
      return Math.min(time[here * size + there] as number, time[there * size + here] as number);
    };
    lists.push(routable.filter((other) => other !== job).sort((a, b) => gap(a) - gap(b) || a - b));
  }
  return lists;
}

/**
 * Adjacent string removal (SISR, Christiaens & Vanden Berghe 2020): from a random seed job,
 * walk its nearest jobs and cut one string of random length through each not-yet-ruined
 * route, until a random number of routes has been ruined. Mutates `solution` (emptied routes
 * are dropped) and returns the removed jobs.
 */
export function ruin(
  model: VrptwModel,
  solution: Solution,
  adjacent: readonly (readonly number[])[],
  random: Random,
  params: RuinParams,
): number[] {
  const routeOf = new Map<number, number>();
  let routed = 0;
  solution.routes.forEach((route, r) => {
    for (const job of route.jobs) routeOf.set(job, r);
    routed += route.jobs.length;
  });
  if (routed === 0) return [];
  const meanLength = routed / solution.routes.length;
  const maxLength = Math.min(params.maxString, meanLength);
  const maxStrings = (4 * params.meanRemoved) / (1 + maxLength) - 1;
  const strings = Math.floor(random.next() * maxStrings) + 1;
  const routedJobs = [...routeOf.keys()];
  const seed = routedJobs[random.int(routedJobs.length)] as number;
  const ruined = new Set<number>();
  const removed: number[] = [];
  for (const job of [seed, ...(adjacent[seed] as readonly number[])]) {
    if (ruined.size >= strings) break;
    const r = routeOf.get(job);
    if (r === undefined || ruined.has(r)) continue;
    const route = solution.routes[r];
    if (!route) continue;
    const at = route.jobs.indexOf(job);
    if (at < 0) continue;
    const length = Math.floor(random.next() * Math.min(route.jobs.length, maxLength)) + 1;
    const lowest = Math.max(0, at - length + 1);
    const highest = Math.min(at, route.jobs.length - length);
    const from = lowest + random.int(highest - lowest + 1);
    removed.push(...route.jobs.splice(from, length));
    refreshRoute(model, route);
    ruined.add(r);
  }
  solution.routes = solution.routes.filter((route) => route.jobs.length > 0);
  return removed;
}
