import type { CostMatrix } from './cost-matrix.ts';

/**
 * A nearest-neighbour tour over the search matrix. With a dummy node (open path) the tour is
 * dummy → start → … → end → dummy, so it never uses a forbidden edge; `end` null lets the
 * path end at whichever node comes last.
 *
 * @returns the tour as a permutation of 0 … size−1
 * @example
 * nearestNeighbourTour(buildCostMatrix(m, 0, undefined), 0, undefined);
 */
export function nearestNeighbourTour(matrix: CostMatrix, start: number, end: number | null | undefined): Int32Array {
  const { size, cost, dummy } = matrix;
  const tour = new Int32Array(size);
  const used = new Uint8Array(size);
  let k = 0;
  if (dummy >= 0) {
    tour[k++] = dummy;
    used[dummy] = 1;
  }
  tour[k++] = start;
  used[start] = 1;
  const last = typeof end === 'number' && end !== start ? end : -1;
  if (last >= 0) used[last] = 1;
  let current = start;
  while (k < size - (last >= 0 ? 1 : 0)) {
    let best = -1;
    let bestCost = Infinity;
    for (let j = 0; j < size; j++) {
      if (used[j]) continue;
      const c = cost[current * size + j] as number;
      if (c < bestCost) {
        bestCost = c;
        best = j;
      }
    }
    tour[k++] = best;
    used[best] = 1;
    current = best;
  }
  if (last >= 0) tour[k++] = last;
  return tour;
}

/**
 * For each node the `count` nearest other nodes by min(cost(i, j), cost(j, i)), nearest first.
 *
 * @returns row-major `size × count` node indices
 */
export function neighbourLists(matrix: CostMatrix, count: number): Int32Array {
  const { size, cost } = matrix;
  const k = Math.min(count, size - 1);
  const out = new Int32Array(size * k);
  const others: number[] = [];
  const key = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    others.length = 0;
    for (let j = 0; j < size; j++) {
      if (j === i) continue;
      others.push(j);
      key[j] = Math.min(cost[i * size + j] as number, cost[j * size + i] as number);
    }
    others.sort((a, b) => (key[a] as number) - (key[b] as number) || a - b);
    for (let r = 0; r < k; r++) out[i * k + r] = others[r] as number;
  }
  return out;
}
