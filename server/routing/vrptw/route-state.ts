import type { VrptwModel } from './model.ts';

/**
 * A route under search with the data for O(1) insertion checks: for each stop the earliest
 * service start (leaving the depot at shift start) and the latest start that keeps the rest of
 * the route feasible (backward time slack).
 */
export interface RouteState {
  jobs: number[];
  earliest: number[];
  latest: number[];
  load: number;
  travel: number;
}

/** An empty route. */
export function emptyRoute(): RouteState {
  return { jobs: [], earliest: [], latest: [], load: 0, travel: 0 };
}

/** A copy of `route` (arrays copied). */
export function cloneRoute(route: RouteState): RouteState {
  return {
    jobs: route.jobs.slice(),
    earliest: route.earliest.slice(),
    latest: route.latest.slice(),
    load: route.load,
    travel: route.travel,
  };
}

/** Recomputes the cached times, load and travel of `route` after its `jobs` changed. O(length). */
export function refreshRoute(model: VrptwModel, route: RouteState): void {
  const { time, size, depot, node, service, early, late, demand } = model;
  const { jobs } = route;
  const m = jobs.length;
  route.earliest.length = m;
  route.latest.length = m;
  let clock = model.shiftStart;
  let at = depot;
  let travel = 0;
  let load = 0;
  for (let k = 0; k < m; k++) {
    const job = jobs[k] as number;
    const to = node[job] as number;
    const leg = time[at * size + to] as number;
    travel += leg;
    const begin = Math.max(clock + leg, early[job] as number);
    route.earliest[k] = begin;
    clock = begin + (service[job] as number);
    load += demand[job] as number;
    at = to;
  }
  travel += time[at * size + depot] as number;
  let next = model.shiftEnd;
  let nextNode = depot;
  for (let k = m - 1; k >= 0; k--) {
    const job = jobs[k] as number;
    const here = node[job] as number;
    const latest = Math.min(
      late[job] as number,
      next - (time[here * size + nextNode] as number) - (service[job] as number),
    );
    route.latest[k] = latest;
    next = latest;
    nextNode = here;
  }
  route.load = load;
  route.travel = travel;
}

/**
 * Extra travel of inserting `job` before position `k` of `route` (k = length: at the end), or
 * Infinity when it is not below `bound` or a window or the shift end would be broken. O(1);
 * checks neither capacity (see {@link fitsCapacity}) nor maxWorkTime (see `scheduleRoute`).
 * The cheap travel delta is computed first, so most rejected positions cost three lookups.
 */
export function insertionDelta(model: VrptwModel, route: RouteState, job: number, k: number, bound = Infinity): number {
  const { time, size, depot, node, service, early, late } = model;
  const { jobs } = route;
  const here = node[job] as number;
  const prevJob = k > 0 ? (jobs[k - 1] as number) : -1;
  const prev = prevJob >= 0 ? (node[prevJob] as number) : depot;
  const nextJob = k < jobs.length ? (jobs[k] as number) : -1;
  const next = nextJob >= 0 ? (node[nextJob] as number) : depot;
  const toHere = time[prev * size + here] as number;
  const fromHere = time[here * size + next] as number;
  const delta = toHere + fromHere - (time[prev * size + next] as number);
  if (!(delta < bound)) return Infinity;
  const leave = prevJob >= 0 ? (route.earliest[k - 1] as number) + (service[prevJob] as number) : model.shiftStart;
  const begin = Math.max(leave + toHere, early[job] as number);
  if (begin > (late[job] as number)) return Infinity;
  const arriveNext = begin + (service[job] as number) + fromHere;
  if (arriveNext > (nextJob >= 0 ? (route.latest[k] as number) : model.shiftEnd)) return Infinity;
  return delta;
}

/** Whether `route` has room for `job`'s demand. */
export function fitsCapacity(model: VrptwModel, route: RouteState, job: number): boolean {
  return route.load + (model.demand[job] as number) <= model.capacity;
}
