/**
 * Checks that `matrix` is a square array of arrays of finite non-negative numbers and returns
 * its size; throws a RangeError/TypeError naming the offending cell otherwise.
 *
 * @param matrix - n×n costs
 * @param name - argument name used in messages
 * @example
 * validateMatrix([[0, 1], [1, 0]], 'matrix'); // 2
 */
export function validateMatrix(matrix: unknown, name: string): number {
  if (!Array.isArray(matrix)) throw new TypeError(`${name} must be an array of rows`);
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    const row: unknown = matrix[i];
    if (!Array.isArray(row)) throw new TypeError(`${name}[${i}] must be an array`);
    if (row.length !== n)
      throw new RangeError(`${name} must be square: row ${i} has ${row.length} entries, expected ${n}`);
    for (let j = 0; j < n; j++) {
      const v: unknown = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        throw new RangeError(`${name}[${i}][${j}] must be a finite non-negative number, got ${String(v)}`);
      }
    }
  }
  return n;
}

/**
 * Checks that `index` is an integer node index in [0, n); throws a RangeError otherwise.
 *
 * @example
 * validateIndex(3, 5, 'opts.start'); // ok
 */
export function validateIndex(index: unknown, n: number, name: string): void {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= n) {
    throw new RangeError(`${name} must be an integer node index in [0, ${n - 1}], got ${String(index)}`);
  }
}
