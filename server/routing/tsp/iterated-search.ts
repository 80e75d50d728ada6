import type { Random } from '../random.ts';
import { localSearch, refreshTourState, tourCost, type TourState } from './local-search.ts';

/** Budget of {@link iteratedLocalSearch}. */
export interface SearchBudget {
  /** Number of kick + local-search rounds. */
  iterations: number;
  /** Wall-clock cap, ms (safety only). */
  timeLimitMs: number;
}

/**
 * Iterated local search: a local double-bridge kick (three short consecutive segments
 * A B C → A C B, no reversal, so fine for asymmetric costs), local search from the kicked
 * nodes, keep the result when it is no worse. Leaves the best tour found in `state`.
 *
 * @returns cost of the best tour
 */
export function iteratedLocalSearch(state: TourState, random: Random, budget: SearchBudget): number {
  const size = state.matrix.size;
  localSearch(state);
  let cost = tourCost(state);
  if (size < 8) return cost;
  const saved = Int32Array.from(state.tour);
  const started = performance.now();
  const rotated = new Int32Array(size);
  const kicked = new Int32Array(size);
  const maxSegment = Math.max(1, Math.min(50, Math.floor(size / 3) - 1));
  for (let it = 0; it < budget.iterations; it++) {
    if ((it & 63) === 0 && performance.now() - started > budget.timeLimitMs) break;
    saved.set(state.tour);
    // Kick: rotate so the kicked stretch starts at a random place, then swap two segments.
    const l1 = 1 + random.int(maxSegment),
      l2 = 1 + random.int(maxSegment);
    const p = random.int(size);
    for (let k = 0; k < size; k++) rotated[k] = state.tour[(p + k) % size] as number;
    // rotated = [x] B (l1) C (l2) rest → [x] C B rest
    kicked[0] = rotated[0] as number;
    kicked.set(rotated.subarray(1 + l1, 1 + l1 + l2), 1);
    kicked.set(rotated.subarray(1, 1 + l1), 1 + l2);
    kicked.set(rotated.subarray(1 + l1 + l2), 1 + l1 + l2);
    state.tour.set(kicked);
    refreshTourState(state);
    const touched = [0, 1, l1, l1 + 1, l1 + l2, (l1 + l2 + 1) % size].map((k) => rotated[k] as number);
    localSearch(state, touched);
    const next = tourCost(state);
    if (next <= cost + state.epsilon) {
      cost = Math.min(cost, next);
    } else {
      state.tour.set(saved);
      refreshTourState(state);
    }
  }
  return tourCost(state);
}
