import { describe, expect, it } from 'vitest';
import { solveTsp } from '../../server/routing/solve.ts';
import { euclideanMatrix, pathCost, permutations, randomMatrix } from './helpers.ts';

function expectPermutation(order: number[], n: number): void {
  expect(order).toHaveLength(n);
  expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, k) => k));
}

/** Brute-force optimum over all orders from `start` (closed, open or to a fixed end). */
function bruteForce(m: number[][], start: number, end: number | null | undefined): number {
  const others = m.map((_, k) => k).filter((k) => k !== start && k !== end);
  let best = Infinity;
  for (const p of permutations(others)) {
    const order = [start, ...p, ...(typeof end === 'number' ? [end] : [])];
    best = Math.min(best, pathCost(m, order, end === undefined));
  }
  return best;
}

describe('solveTsp contract', () => {
  const cases: { name: string; end: number | null | undefined; start: number }[] = [
    { name: 'closed', end: undefined, start: 0 },
    { name: 'closed from 7', end: undefined, start: 7 },
    { name: 'open', end: null, start: 3 },
    { name: 'fixed end', end: 11, start: 2 },
  ];
  for (const asymmetric of [false, true]) {
    for (const { name, end, start } of cases) {
      it(
        `${name}, ${asymmetric ? 'asymmetric' : 'symmetric'}: ` +
          'permutation from start, end honoured, length = matrix cost',
        () => {
          const n = 40;
          const m = randomMatrix(n, 17 + start, asymmetric);
          const { order, length } = solveTsp(m, { start, end, iterations: 300 });
          expectPermutation(order, n);
          expect(order[0]).toBe(start);
          if (typeof end === 'number') expect(order[n - 1]).toBe(end);
          expect(length).toBe(pathCost(m, order, end === undefined));
        },
      );
    }
  }

  it('handles n = 0, 1, 2 and 3', () => {
    expect(solveTsp([])).toEqual({ order: [], length: 0 });
    expect(solveTsp([[0]])).toEqual({ order: [0], length: 0 });
    expect(solveTsp([[0]], { end: 0 })).toEqual({ order: [0], length: 0 });
    expect(
      solveTsp([
        [0, 3],
        [5, 0],
      ]),
    ).toEqual({ order: [0, 1], length: 8 });
    expect(
      solveTsp(
        [
          [0, 3],
          [5, 0],
        ],
        { start: 1, end: null },
      ),
    ).toEqual({ order: [1, 0], length: 5 });
    const m3 = [
      [0, 1, 10],
      [10, 0, 1],
      [1, 10, 0],
    ];
    expect(solveTsp(m3)).toEqual({ order: [0, 1, 2], length: 3 });
    expect(solveTsp(m3, { start: 2, end: 1 })).toEqual({ order: [2, 0, 1], length: 2 });
  });

  it('is deterministic for a seed', () => {
    const m = euclideanMatrix(80, 5);
    const a = solveTsp(m, { seed: 9, iterations: 500 });
    const b = solveTsp(m, { seed: 9, iterations: 500 });
    expect(b).toEqual(a);
  });

  it('rejects malformed input with precise messages', () => {
    expect(() => solveTsp([[0, 1], [1]])).toThrow(/square: row 1 has 1 entries, expected 2/);
    expect(() =>
      solveTsp([
        [0, -1],
        [1, 0],
      ]),
    ).toThrow(/matrix\[0\]\[1\] must be a finite non-negative number/);
    expect(() =>
      solveTsp([
        [0, NaN],
        [1, 0],
      ]),
    ).toThrow(/matrix\[0\]\[1\]/);
    expect(() =>
      solveTsp([
        [0, Infinity],
        [1, 0],
      ]),
    ).toThrow(/matrix\[0\]\[1\]/);
    expect(() =>
      solveTsp(
        [
          [0, 1],
          [1, 0],
        ],
        { start: 2 },
      ),
    ).toThrow(/opts.start must be an integer node index in \[0, 1\], got 2/);
    expect(() =>
      solveTsp(
        [
          [0, 1],
          [1, 0],
        ],
        { start: 0.5 },
      ),
    ).toThrow(/opts.start/);
    expect(() =>
      solveTsp(
        [
          [0, 1],
          [1, 0],
        ],
        { end: -1 },
      ),
    ).toThrow(/opts.end must be an integer node index/);
    expect(() =>
      solveTsp(
        [
          [0, 1],
          [1, 0],
        ],
        { start: 1, end: 1 },
      ),
    ).toThrow(/opts.end must differ from opts.start/);
  });
});

describe('solveTsp optimality against brute force (n ≤ 9)', () => {
  for (const n of [4, 5, 7, 9]) {
    for (const asymmetric of [false, true]) {
      for (const end of [undefined, null, n - 1] as const) {
        it(`n = ${n}, ${asymmetric ? 'asymmetric' : 'symmetric'}, end ${String(end)}`, () => {
          for (let seed = 1; seed <= 4; seed++) {
            const m = randomMatrix(n, seed * 31 + n, asymmetric);
            const start = seed % (n - 1);
            const { order, length } = solveTsp(m, { start, end, seed });
            expect(order[0]).toBe(start);
            expect(length).toBe(bruteForce(m, start, end));
          }
        });
      }
    }
  }
});

describe('solveTsp heuristic quality', () => {
  it('matches the optimum of a 9-node instance by local search (exact DP threshold is 8)', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const m = euclideanMatrix(9, seed);
      expect(solveTsp(m).length).toBeCloseTo(bruteForce(m, 0, undefined), 6);
    }
  });
});
