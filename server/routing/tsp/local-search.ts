import type { CostMatrix } from './cost-matrix.ts';

/**
 * A tour under local search: the node order, each node's position and prefix sums of the
 * cost along the tour in both directions (so reversing a segment is priced in O(1) even on
 * an asymmetric matrix).
 */
export interface TourState {
  matrix: CostMatrix;
  tour: Int32Array;
  pos: Int32Array;
  /** forward[k] = cost of tour[0] → … → tour[k] (tour[size] = tour[0]). */
  forward: Float64Array;
  /** backward[k] = cost of tour[k] → … → tour[0] walked backwards. */
  backward: Float64Array;
  /** Neighbour lists, `size × neighbourCount`. */
  neighbours: Int32Array;
  neighbourCount: number;
  /** Improvements smaller than this are ignored (float noise). */
  epsilon: number;
}

/** Creates the state of `tour` (copied) for local search. */
export function createTourState(
  matrix: CostMatrix,
  tour: Int32Array,
  neighbours: Int32Array,
  neighbourCount: number,
): TourState {
  const size = matrix.size;
  const state: TourState = {
    matrix,
    tour: Int32Array.from(tour),
    pos: new Int32Array(size),
    forward: new Float64Array(size + 1),
    backward: new Float64Array(size + 1),
    neighbours,
    neighbourCount,
    epsilon: 1e-9 * Math.max(1, matrix.maxEntry),
  };
  refreshTourState(state);
  return state;
}

/** Recomputes positions and prefix sums after `state.tour` changed. O(size). */
export function refreshTourState(state: TourState): void {
  const { tour, pos, forward, backward } = state;
  const { size, cost } = state.matrix;
  for (let k = 0; k < size; k++) pos[tour[k] as number] = k;
  for (let k = 0; k < size; k++) {
    const a = tour[k] as number;
    const b = tour[k + 1 === size ? 0 : k + 1] as number;
    forward[k + 1] = (forward[k] as number) + (cost[a * size + b] as number);
    backward[k + 1] = (backward[k] as number) + (cost[b * size + a] as number);
  }
}

/** Total cost of the closed tour. */
export function tourCost(state: TourState): number {
  return state.forward[state.matrix.size] as number;
}

const at = (state: TourState, k: number): number => state.tour[k === state.matrix.size ? 0 : k] as number;

/** Cost change of reversing tour[p+1 … q] (0 ≤ p, p+1 < q ≤ size−1). */
function twoOptDelta(state: TourState, p: number, q: number): number {
  const { size, cost } = state.matrix;
  const a = at(state, p),
    b = at(state, p + 1),
    c = at(state, q),
    d = at(state, q + 1);
  return (
    (cost[a * size + c] as number) +
    (cost[b * size + d] as number) -
    (cost[a * size + b] as number) -
    (cost[c * size + d] as number) +
    ((state.backward[q] as number) - (state.backward[p + 1] as number)) -
    ((state.forward[q] as number) - (state.forward[p + 1] as number))
  );
}

function applyTwoOpt(state: TourState, p: number, q: number): number[] {
  const touched = [at(state, p), at(state, p + 1), at(state, q), at(state, q + 1)];
  state.tour.subarray(p + 1, q + 1).reverse();
  refreshTourState(state);
  return touched;
}

/**
 * Cost change of moving tour[s … e] (1 ≤ s ≤ e ≤ size−1) between positions g and g+1,
 * reversed when `reversed`. g must lie outside [s−1, e].
 */
function orOptDelta(state: TourState, s: number, e: number, g: number, reversed: boolean): number {
  const { size, cost } = state.matrix;
  const prev = at(state, s - 1),
    first = at(state, s),
    last = at(state, e),
    next = at(state, e + 1);
  const left = at(state, g),
    right = at(state, g + 1);
  const x = reversed ? last : first;
  const y = reversed ? first : last;
  const inner = reversed
    ? (state.backward[e] as number) -
      (state.backward[s] as number) -
      ((state.forward[e] as number) - (state.forward[s] as number))
    : 0;
  return (
    (cost[prev * size + next] as number) +
    (cost[left * size + x] as number) +
    (cost[y * size + right] as number) -
    (cost[prev * size + first] as number) -
    (cost[last * size + next] as number) -
    (cost[left * size + right] as number) +
    inner
  );
}

function applyOrOpt(state: TourState, s: number, e: number, g: number, reversed: boolean): number[] {
  const { tour } = state;
  const touched = [at(state, s - 1), at(state, s), at(state, e), at(state, e + 1), at(state, g), at(state, g + 1)];
  const before = Int32Array.from(tour);
  let k = 0;
  const copy = (from: number, to: number): void => {
    for (let m = from; m < to; m++) tour[k++] = before[m] as number;
  };
  const copySegment = (): void => {
    if (reversed) for (let m = e; m >= s; m--) tour[k++] = before[m] as number;
    else copy(s, e + 1);
  };
  if (g < s) {
    copy(0, g + 1);
    copySegment();
    copy(g + 1, s);
    copy(e + 1, before.length);
  } else {
    copy(0, s);
    copy(e + 1, g + 1);
    copySegment();
    copy(g + 1, before.length);
  }
  refreshTourState(state);
  return touched;
}

const MAX_SEGMENT = 3;

/** Tries 2-opt and or-opt moves around `node`; applies the first improving one. */
function improveAround(state: TourState, node: number): number[] | null {
  const { size } = state.matrix;
  const { neighbours, neighbourCount, pos, epsilon } = state;
  const i = pos[node] as number;
  for (let r = 0; r < neighbourCount; r++) {
    const other = neighbours[node * neighbourCount + r] as number;
    const j = pos[other] as number;
    const lo = Math.min(i, j),
      hi = Math.max(i, j);
    // 2-opt: the two reversals that make lo's node adjacent to hi's node.
    if (hi > lo + 1 && twoOptDelta(state, lo, hi) < -epsilon) return applyTwoOpt(state, lo, hi);
    if (lo >= 1 && hi - 1 > lo && twoOptDelta(state, lo - 1, hi - 1) < -epsilon)
      return applyTwoOpt(state, lo - 1, hi - 1);
    // or-opt: segments starting or ending at `node`, put next to `other` (after or before it).
    for (let len = 1; len <= MAX_SEGMENT; len++) {
      for (const [s, e] of [
        [i, i + len - 1],
        [i - len + 1, i],
      ] as const) {
        if (s < 1 || e > size - 1 || (len === 1 && s !== i)) continue;
        for (const g of [j, j - 1]) {
          if (g < 0 || (g >= s - 1 && g <= e)) continue;
          for (const reversed of [false, true]) {
            if (reversed && len === 1) continue;
            if (orOptDelta(state, s, e, g, reversed) < -epsilon) return applyOrOpt(state, s, e, g, reversed);
          }
        }
      }
    }
  }
  return null;
}

/**
 * Runs 2-opt + or-opt (segments of 1–3, both orientations) to a local optimum over the
 * neighbour lists, starting from the nodes in `active` (don't-look bits: only nodes next to a
 * change are re-examined). Works on asymmetric matrices (reversals are priced exactly).
 *
 * @param active - nodes to examine first; every node when omitted
 */
export function localSearch(state: TourState, active?: readonly number[]): void {
  const { size } = state.matrix;
  const queued = new Uint8Array(size);
  const queue: number[] = [];
  const push = (node: number): void => {
    if (!queued[node]) {
      queued[node] = 1;
      queue.push(node);
    }
  };
  if (active) for (const node of active) push(node);
  else for (let k = 0; k < size; k++) push(state.tour[k] as number);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    queued[node] = 0;
    const touched = improveAround(state, node);
    if (touched) {
      push(node);
      for (const t of touched) push(t);
    }
  }
}
