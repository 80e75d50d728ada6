/**
 * Exact shortest route by dynamic programming over subsets (Held–Karp), for tiny instances
 * (n ≤ 12): O(2ⁿ · n²).
 *
 * @param end - undefined: closed tour; null: open path; k: path ending at k
 * @returns the order (starting at `start`) and its cost
 */
export function exactPath(
  matrix: readonly (readonly number[])[],
  start: number,
  end: number | null | undefined,
): { order: number[]; length: number } {
  const n = matrix.length;
  const full = (1 << n) - 1;
  const best = new Float64Array((1 << n) * n).fill(Infinity);
  const from = new Int32Array((1 << n) * n).fill(-1);
  const cost = (i: number, j: number): number => (matrix[i] as readonly number[])[j] as number;
  best[(1 << start) * n + start] = 0;
  for (let mask = 0; mask <= full; mask++) {
    if (!(mask & (1 << start))) continue;
    for (let last = 0; last < n; last++) {
      const here = best[mask * n + last] as number;
      if (here === Infinity) continue;
      for (let next = 0; next < n; next++) {
        if (mask & (1 << next)) continue;
        // A fixed end may only be visited last.
        if (typeof end === 'number' && next === end && (mask | (1 << next)) !== full) continue;
        const index = (mask | (1 << next)) * n + next;
        const value = here + cost(last, next);
        if (value < (best[index] as number)) {
          best[index] = value;
          from[index] = last;
        }
      }
    }
  }
  let last = start;
  let length = Infinity;
  for (let j = 0; j < n; j++) {
    if (typeof end === 'number' && j !== end) continue;
    const value = (best[full * n + j] as number) + (end === undefined ? cost(j, start) : 0);
    if (value < length) {
      length = value;
      last = j;
    }
  }
  const order: number[] = [];
  let mask = full;
  while (last !== -1) {
    order.push(last);
    const previous = from[mask * n + last] as number;
    mask &= ~(1 << last);
    last = previous;
  }
  order.reverse();
  return { order, length };
}
