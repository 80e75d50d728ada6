import { createRandom } from '../random.ts';
import type { TspOptions, TspResult } from '../types.ts';
import { validateIndex, validateMatrix } from '../validate-matrix.ts';
import { buildCostMatrix } from './cost-matrix.ts';
import { nearestNeighbourTour, neighbourLists } from './construct.ts';
import { exactPath } from './exact-path.ts';
import { iteratedLocalSearch } from './iterated-search.ts';
import { createTourState } from './local-search.ts';

/** Instances up to this size are solved exactly (Held–Karp). */
const EXACT_MAX_NODES = 8;
const NEIGHBOURS = 10;
const DEFAULT_TIME_LIMIT_MS = 10_000;

/** Default iteration budget: enough for < 1 % gaps on 200-node TSPLIB instances in ~1 s. */
export function defaultTspIterations(nodes: number): number {
  return Math.max(1000, Math.min(20 * nodes, 4000));
}

/** Matrix cost of `order`, plus the return leg when `closed`. */
export function routeCost(matrix: readonly (readonly number[])[], order: readonly number[], closed: boolean): number {
  let length = 0;
  for (let k = 0; k + 1 < order.length; k++)
    length += (matrix[order[k] as number] as readonly number[])[order[k + 1] as number] as number;
  if (closed && order.length > 1)
    length += (matrix[order[order.length - 1] as number] as readonly number[])[order[0] as number] as number;
  return length;
}

/** Reads the closed search tour as the route from `start`, dropping the dummy of an open path. */
function readRoute(tour: Int32Array, start: number, dummy: number, symmetric: boolean): number[] {
  const size = tour.length;
  const anchor = dummy >= 0 ? dummy : start;
  const at = tour.indexOf(anchor);
  const forwardFirst = tour[(at + 1) % size] as number;
  // With a dummy on a symmetric matrix the tour may run either way round: walk towards start.
  const step = dummy >= 0 && symmetric && forwardFirst !== start ? size - 1 : 1;
  const order: number[] = [];
  for (let k = 0; k < size; k++) {
    const node = tour[(at + k * step) % size] as number;
    if (node !== dummy) order.push(node);
  }
  return order;
}

/**
 * Shortest route visiting every node of `matrix` once: 2-opt + or-opt local search with
 * neighbour lists and don't-look bits, then iterated local search with local double-bridge
 * kicks; exact for n ≤ 8. Asymmetric matrices are fine (reversals are priced exactly).
 *
 * @param matrix - n×n non-negative costs (any unit; asymmetric allowed)
 * @param opts - `start` (default 0); `end`: omitted → closed tour back to start, null → open
 *   path, k → path ending at k; `seed`; `iterations`; `timeLimitMs` (safety cap)
 * @returns `order` (every node once, from start, ending at end when given) and its matrix `length`
 *   (with the return leg for a closed tour)
 * @example
 * solveTsp([[0, 2, 9], [2, 0, 4], [9, 4, 0]], { end: null }); // { order: [0, 1, 2], length: 6 }
 */
export function solveTsp(matrix: number[][], opts: TspOptions = {}): TspResult {
  const n = validateMatrix(matrix, 'matrix');
  const start = opts.start ?? 0;
  const end = opts.end;
  if (n === 0) {
    if (opts.start !== undefined || (end !== undefined && end !== null))
      throw new RangeError('opts.start/opts.end must be omitted for an empty matrix');
    return { order: [], length: 0 };
  }
  validateIndex(start, n, 'opts.start');
  if (end !== undefined && end !== null) {
    validateIndex(end, n, 'opts.end');
    if (end === start && n > 1)
      throw new RangeError(
        `opts.end must differ from opts.start (${start}) when there are ${n} nodes; omit end for a closed tour`,
      );
  }
  if (n === 1) return { order: [start], length: 0 };
  const closed = end === undefined;
  if (n <= EXACT_MAX_NODES) return exactPath(matrix, start, end);

  const costs = buildCostMatrix(matrix, start, end);
  const neighbours = neighbourLists(costs, NEIGHBOURS);
  const neighbourCount = Math.min(NEIGHBOURS, costs.size - 1);
  const state = createTourState(costs, nearestNeighbourTour(costs, start, end), neighbours, neighbourCount);
  iteratedLocalSearch(state, createRandom(opts.seed ?? 1), {
    iterations: opts.iterations ?? defaultTspIterations(n),
    timeLimitMs: opts.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
  });
  const order = readRoute(state.tour, start, costs.dummy, costs.symmetric);
  return { order, length: routeCost(matrix, order, closed) };
}
