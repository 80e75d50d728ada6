/**
 * A dense cost matrix for the tour search: `cost[i * size + j]` is the cost of i → j.
 * Open paths are turned into closed tours by a dummy node (index `size − 1`) whose edges
 * are free where the path may end/start and `forbidden` elsewhere (on a symmetric matrix with
 * an open end, all ends pay one `forbidden` edge alike, which keeps the dummy next to start).
 */
export interface CostMatrix {
  size: number;
  cost: Float64Array;
  /** True when cost(i, j) = cost(j, i) for every pair. */
  symmetric: boolean;
  /** Index of the dummy node closing an open path, or −1 for a closed tour. */
  dummy: number;
  /** Largest entry of the input matrix (scale for tolerances). */
  maxEntry: number;
}

/** True when `matrix` equals its transpose. */
export function isSymmetric(matrix: readonly (readonly number[])[]): boolean {
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    const row = matrix[i] as readonly number[];
    for (let j = i + 1; j < n; j++) if (row[j] !== (matrix[j] as readonly number[])[i]) return false;
  }
  return true;
}

/**
 * Builds the tour-search matrix for a route from `start`: `end` undefined → closed tour
 * (the input matrix as is); null → open path ending anywhere; k → path ending at k.
 *
 * @example
 * buildCostMatrix([[0, 1], [1, 0]], 0, null).size; // 3 (two nodes plus the dummy)
 */
export function buildCostMatrix(
  matrix: readonly (readonly number[])[],
  start: number,
  end: number | null | undefined,
): CostMatrix {
  const n = matrix.length;
  let maxEntry = 0;
  for (const row of matrix) for (const v of row) if (v > maxEntry) maxEntry = v;
  const symmetric = isSymmetric(matrix);
  const size = end === undefined ? n : n + 1;
  const cost = new Float64Array(size * size);
  for (let i = 0; i < n; i++) {
    const row = matrix[i] as readonly number[];
    for (let j = 0; j < n; j++) cost[i * size + j] = row[j] as number;
  }
  if (end === undefined) return { size, cost, symmetric, dummy: -1, maxEntry };
  // Larger than any tour: a tour with one more forbidden edge always costs more.
  const forbidden = (maxEntry + 1) * (n + 2) * 4;
  const dummy = n;
  const canEnd = (j: number): boolean => (end === null ? j !== start || n === 1 : j === end);
  for (let j = 0; j < n; j++) {
    // dummy → start is free; j → dummy is free where the path may end.
    const into = canEnd(j) ? 0 : forbidden;
    const out = j === start ? 0 : forbidden;
    if (symmetric) {
      // Open path: every end pays the same `forbidden`, so the dummy sits next to start
      // (two such edges would cost more) and the tour cost is forbidden + the path cost.
      const both = j === start ? 0 : end === null ? forbidden : canEnd(j) ? 0 : forbidden;
      cost[j * size + dummy] = both;
      cost[dummy * size + j] = both;
    } else {
      cost[j * size + dummy] = into;
      cost[dummy * size + j] = out;
    }
  }
  return { size, cost, symmetric, dummy, maxEntry };
}
