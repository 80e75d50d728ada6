import type { Random } from '../random.ts';
import type { VrptwModel } from './model.ts';
import { recreate, solutionCost, type Solution } from './recreate.ts';
import { adjacentJobs, ruin } from './ruin.ts';
import { cloneRoute } from './route-state.ts';

/** Budget and annealing schedule of {@link ruinAndRecreate}. */
export interface SearchSettings {
  iterations: number;
  /** Wall-clock safety cap, ms. */
  timeLimitMs: number;
  /** Start and final temperature, as multiples of the mean travel time of the model. */
  startTemperature: number;
  finalTemperature: number;
}

const RUIN = { meanRemoved: 10, maxString: 10 };
const BLINK_RATE = 0.01;

function cloneSolution(solution: Solution): Solution {
  return { routes: solution.routes.map(cloneRoute), unassigned: solution.unassigned.slice() };
}

/**
 * Slack induction by string removals (SISR): greedy construction, then repeated adjacent
 * string removal + greedy insertion with blinks, accepted by simulated annealing on total
 * travel + drop penalties. Deterministic for a given `random` and iteration budget.
 *
 * @param routable - jobs that can be served on their own (the others are never tried)
 * @returns the best solution found
 */
export function ruinAndRecreate(
  model: VrptwModel,
  routable: number[],
  random: Random,
  settings: SearchSettings,
): Solution {
  const adjacent = adjacentJobs(model, routable);
  let current: Solution = { routes: [], unassigned: [] };
  recreate(model, current, routable.slice(), random, 0);
  let currentCost = solutionCost(model, current);
  let best = cloneSolution(current);
  let bestCost = currentCost;
  const scale = Math.max(model.meanTravel, 1e-9);
  const t0 = settings.startTemperature * scale;
  const t1 = settings.finalTemperature * scale;
  const started = performance.now();
  for (let it = 0; it < settings.iterations; it++) {
    if ((it & 127) === 0 && performance.now() - started > settings.timeLimitMs) break;
    const temperature = t0 * (t1 / t0) ** (it / settings.iterations);
    const candidate = cloneSolution(current);
    const removed = ruin(model, candidate, adjacent, random, RUIN);
    recreate(model, candidate, removed, random, BLINK_RATE);
    const cost = solutionCost(model, candidate);
    if (cost < currentCost - temperature * Math.log(random.next() || Number.MIN_VALUE)) {
      current = candidate;
      currentCost = cost;
      if (cost < bestCost) {
        best = cloneSolution(candidate);
        bestCost = cost;
      }
    }
  }
  return best;
}
