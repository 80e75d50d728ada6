import type { Random } from '../random.ts';
import type { VrptwModel } from './model.ts';
import { scheduleRoute } from './route-schedule.ts';
import { emptyRoute, fitsCapacity, insertionDelta, refreshRoute, type RouteState } from './route-state.ts';

/** Routes (non-empty) and unserved jobs of a candidate solution. */
export interface Solution {
  routes: RouteState[];
  unassigned: number[];
}

/** Total travel plus the weighted penalty of the unserved jobs. */
export function solutionCost(model: VrptwModel, solution: Solution): number {
  let cost = 0;
  for (const route of solution.routes) cost += route.travel;
  for (const job of solution.unassigned) cost += model.dropPenalty * (model.weight[job] as number);
  return cost;
}

/** Whether inserting `job` before position `k` still meets maxWorkTime (only checked when one is set). */
function meetsWorkTime(model: VrptwModel, route: RouteState, job: number, k: number): boolean {
  if (model.maxWork === Infinity) return true;
  const jobs = route.jobs.slice();
  jobs.splice(k, 0, job);
  return scheduleRoute(model, jobs).feasible;
}

/** Orders in which removed jobs are reinserted (SISR: random, demand, far, close). */
function sortForInsertion(model: VrptwModel, jobs: number[], random: Random): void {
  const { time, size, depot, node } = model;
  const fromDepot = (job: number): number => time[depot * size + (node[job] as number)] as number;
  const pick = random.int(11);
  if (pick < 4) {
    for (let k = jobs.length - 1; k > 0; k--) {
      const r = random.int(k + 1);
      [jobs[k], jobs[r]] = [jobs[r] as number, jobs[k] as number];
    }
  } else if (pick < 8) jobs.sort((a, b) => (model.demand[b] as number) - (model.demand[a] as number));
  else if (pick < 10) jobs.sort((a, b) => fromDepot(b) - fromDepot(a));
  else jobs.sort((a, b) => fromDepot(a) - fromDepot(b));
  // Higher priority first, so that what does not fit is the least important.
  jobs.sort((a, b) => (model.weight[b] as number) - (model.weight[a] as number));
}

/**
 * Greedy reinsertion with blinks (SISR): each job goes to its cheapest feasible position over
 * all routes and one new route while vehicles remain, skipping each position with probability
 * `blinkRate`; jobs with no feasible position join `unassigned`.
 */
export function recreate(
  model: VrptwModel,
  solution: Solution,
  removed: number[],
  random: Random,
  blinkRate: number,
): void {
  const jobs = removed.concat(solution.unassigned);
  solution.unassigned = [];
  sortForInsertion(model, jobs, random);
  const spare = emptyRoute();
  for (const job of jobs) {
    let best = Infinity;
    let bestRoute: RouteState | null = null;
    let bestPosition = 0;
    for (const route of solution.routes) {
      if (!fitsCapacity(model, route, job)) continue;
      for (let k = 0; k <= route.jobs.length; k++) {
        if (blinkRate > 0 && random.next() < blinkRate) continue;
        const delta = insertionDelta(model, route, job, k, best);
        if (delta < best && meetsWorkTime(model, route, job, k)) {
          best = delta;
          bestRoute = route;
          bestPosition = k;
        }
      }
    }
    if (solution.routes.length < model.vehicleCount) {
      const delta = fitsCapacity(model, spare, job) ? insertionDelta(model, spare, job, 0, best) : Infinity;
      if (delta < best && meetsWorkTime(model, spare, job, 0)) {
        best = delta;
        bestRoute = null;
        bestPosition = -1;
      }
    }
    if (best === Infinity) {
      solution.unassigned.push(job);
    } else if (bestRoute === null) {
      const route = emptyRoute();
      route.jobs.push(job);
      refreshRoute(model, route);
      solution.routes.push(route);
    } else {
      bestRoute.jobs.splice(bestPosition, 0, job);
      refreshRoute(model, bestRoute);
    }
  }
}
