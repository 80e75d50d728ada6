import { createRandom } from '../random.ts';
import type { SolveOptions, VrptwProblem, VrptwResult, VrptwRoute } from '../types.ts';
import { buildModel } from './model.ts';
import { scheduleRoute } from './route-schedule.ts';
import { ruinAndRecreate } from './ruin-recreate.ts';
import { DID_NOT_FIT, unservableReason } from './unservable-reason.ts';
import { validateProblem } from './validate-problem.ts';

const DEFAULT_TIME_LIMIT_MS = 10_000;

/**
 * Default iteration budget of the ruin-and-recreate search for `jobs` jobs: 200 per job up to
 * 20 000 (about 0.6 s for 100 jobs), then shrinking as 2·10⁶ / jobs (each iteration scans all
 * insertion positions) down to 2000, so large problems stay around a second.
 */
export function defaultVrptwIterations(jobs: number): number {
  return Math.round(Math.max(Math.min(2000, 200 * jobs), Math.min(200 * jobs, 20_000, 2_000_000 / Math.max(1, jobs))));
}

/**
 * Vehicle routes serving `problem.jobs` from the depot within time windows, shifts, capacity
 * and maxWorkTime, minimising total travel time; jobs that cannot be served are returned with
 * a reason (unservable on their own, or, lowest priority first, did not fit in the fleet).
 * Method: greedy insertion then SISR ruin-and-recreate with simulated annealing, O(1)
 * insertion checks by forward/backward time slack. Deterministic for a seed.
 *
 * @param problem - matrix of travel times (any time unit, asymmetric allowed), depot, jobs, vehicles
 * @param opts - `seed` (default 1), `iterations`, `timeLimitMs` (safety cap)
 * @example
 * solveVrptw({ matrix: [[0, 5], [5, 0]], depot: 0, jobs: [{ node: 1, service: 10, window: [0, 100] }],
 *   vehicles: { count: 1, shift: [0, 480] } });
 * // {
 * //   routes: [
 * //     { vehicle: 0, depart: 0, stops: [{ job: 0, arrival: 5, start: 5, departure: 15 }], travel: 10, end: 20 },
 * //   ],
 * //   travel: 10,
 * //   unassigned: [],
 * // }
 */
export function solveVrptw(problem: VrptwProblem, opts: SolveOptions = {}): VrptwResult {
  validateProblem(problem);
  const model = buildModel(problem);
  const unassigned: { job: number; reason: string }[] = [];
  const routable: number[] = [];
  for (let job = 0; job < model.jobCount; job++) {
    const reason = unservableReason(model, job);
    if (reason === null) routable.push(job);
    else unassigned.push({ job, reason });
  }
  const solution = ruinAndRecreate(model, routable, createRandom(opts.seed ?? 1), {
    iterations: routable.length === 0 ? 0 : (opts.iterations ?? defaultVrptwIterations(routable.length)),
    timeLimitMs: opts.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    startTemperature: 1,
    finalTemperature: 0.01,
  });
  for (const job of solution.unassigned) unassigned.push({ job, reason: DID_NOT_FIT });
  unassigned.sort((a, b) => a.job - b.job);
  const routes: VrptwRoute[] = solution.routes.map((route, vehicle) => {
    const schedule = scheduleRoute(model, route.jobs);
    return {
      vehicle,
      depart: schedule.depart,
      stops: route.jobs.map((job, k) => ({
        job,
        arrival: schedule.arrival[k] as number,
        start: schedule.start[k] as number,
        departure: schedule.departure[k] as number,
      })),
      travel: schedule.travel,
      end: schedule.end,
    };
  });
  return { routes, travel: routes.reduce((sum, route) => sum + route.travel, 0), unassigned };
}
