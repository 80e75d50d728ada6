import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { circlePolygon } from '../../server/spatial/circle-polygon.ts';
import { findRingIntersections } from '../../server/spatial/find-ring-intersections.ts';
import { MAX_USER_VERTICES, validateGeometry } from '../../server/spatial/validate-geometry.ts';
import { createRng } from '../../seeds/random.ts';
import { starRing } from './random-shapes.ts';

const square: Position[] = [
  [112.7, 38.4],
  [112.72, 38.4],
  [112.72, 38.42],
  [112.7, 38.42],
  [112.7, 38.4],
];
const codes = (input: unknown, options = {}) => {
  const result = validateGeometry(input, options);
  return result.ok ? [] : result.problems.map((p) => p.code);
};
const firstProblem = (input: unknown) => {
  const result = validateGeometry(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems[0];
};

describe('validateGeometry', () => {
  it('accepts a Polygon and a MultiPolygon, returns them typed with their vertex count', () => {
    const result = validateGeometry({ type: 'Polygon', coordinates: [square] });
    expect(result).toEqual({
      ok: true,
      geometry: { type: 'Polygon', coordinates: [square] },
      vertices: 5,
      warnings: [],
    });
    expect(validateGeometry({ type: 'MultiPolygon', coordinates: [[square]] }).ok).toBe(true);
  });

  it('names the wrong type and suggests the fix', () => {
    expect(firstProblem(null)).toMatchObject({ code: 'wrong-type', message: /got object/ });
    expect(firstProblem([1, 2])).toMatchObject({ code: 'wrong-type', message: /got an array/ });
    expect(firstProblem({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] } })).toMatchObject({
      code: 'wrong-type',
      hint: /geometry` member/,
    });
    expect(firstProblem({ type: 'FeatureCollection', features: [] })).toMatchObject({
      code: 'wrong-type',
      hint: /MultiPolygon/,
    });
    expect(firstProblem({ type: 'polygon', coordinates: [square] })).toMatchObject({
      code: 'wrong-type',
      hint: /case-sensitive/,
    });
    expect(firstProblem({ type: 'Point', coordinates: [112.7, 38.4] })).toMatchObject({
      code: 'wrong-type',
      message: /got Point/,
    });
  });

  it('checks the nesting of coordinates', () => {
    expect(codes({ type: 'Polygon', coordinates: 'x' })).toEqual(['bad-coordinates']);
    expect(codes({ type: 'Polygon', coordinates: [] })).toEqual(['empty']);
    expect(codes({ type: 'MultiPolygon', coordinates: [[]] })).toEqual(['empty']);
    expect(
      codes({
        type: 'Polygon',
        coordinates: [
          [
            [112.7, 38.4, 10],
            [112.72, 38.4, 10],
            [112.72, 38.42, 10],
            [112.7, 38.4, 10],
          ],
        ],
      }),
    ).toEqual([]);
    expect(
      firstProblem({ type: 'Polygon', coordinates: [[[112.7], [112.72, 38.4], [112.72, 38.42], [112.7, 38.4]]] }),
    ).toMatchObject({
      code: 'bad-position',
      path: 'coordinates[0][0]',
    });
    expect(
      codes({
        type: 'Polygon',
        coordinates: [
          [
            [112.7, 38.4, 1, 2],
            [112.72, 38.4],
            [112.72, 38.42],
            [112.7, 38.4],
          ],
        ],
      }),
    ).toEqual(['bad-position']);
    expect(
      codes({
        type: 'Polygon',
        coordinates: [
          [
            [112.7, Number.NaN],
            [112.72, 38.4],
            [112.72, 38.42],
            [112.7, Number.NaN],
          ],
        ],
      }),
    ).toEqual(['bad-position', 'bad-position']);
  });

  it(
    'refuses coordinates nested deeper than the type allows, at any depth, ' + 'without recursing (issue 12, probe 5)',
    () => {
      const nested = (depth: number): unknown => {
        let value: unknown = 0;
        for (let i = 0; i < depth; i += 1) value = [value];
        return value;
      };
      expect(firstProblem({ type: 'Polygon', coordinates: nested(100_000) })).toEqual({
        code: 'too-deep',
        severity: 'error',
        path: 'coordinates[0][0][0]',
        message:
          'coordinates of a Polygon nest 3 levels of arrays (rings → positions → [lon, lat]); ' +
          'these nest deeper at coordinates[0][0][0]',
      });
      expect(firstProblem({ type: 'MultiPolygon', coordinates: [[[square[0], [[112.7], 38.4]]]] })).toMatchObject({
        code: 'too-deep',
        path: 'coordinates[0][0][1][0]',
      });
      expect(firstProblem({ type: 'Polygon', coordinates: [[[112.7, { lat: { deep: [38.4] } }]]] })).toMatchObject({
        code: 'too-deep',
        path: 'coordinates[0][0][1]',
      });
      expect(codes({ type: 'Polygon', coordinates: nested(3) })).toEqual(['bad-position']);
    },
  );

  it('gives swapped [lat, lon] and projected metres their own hints, and claims nothing about GCJ-02', () => {
    const swapped = square.map(([lon, lat]) => [lat, lon]);
    expect(firstProblem({ type: 'Polygon', coordinates: [swapped] })).toMatchObject({
      code: 'out-of-range',
      hint: /\[lat, lon\]/,
    });
    const metres = square.map(([lon, lat]) => [(lon as number) * 111_000, (lat as number) * 111_000]);
    expect(firstProblem({ type: 'Polygon', coordinates: [metres] })).toMatchObject({
      code: 'out-of-range',
      hint: /metres/,
    });
    const gcj02 = square.map(([lon, lat]) => [(lon as number) + 0.0065, (lat as number) + 0.0006]);
    expect(validateGeometry({ type: 'Polygon', coordinates: [gcj02] })).toMatchObject({ ok: true, warnings: [] });
  });

  it('warns (without failing) when the shape is far from the expected region but swapped would fit it', () => {
    // In range either way: a region at lon 30–31, lat 60–61, and a shape drawn at lon 60, lat 30.
    const result = validateGeometry(
      {
        type: 'Polygon',
        coordinates: [
          [
            [60.2, 30.2],
            [60.4, 30.2],
            [60.4, 30.4],
            [60.2, 30.2],
          ],
        ],
      },
      { expectedBbox: [30, 60, 31, 61] },
    );
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'looks-swapped', severity: 'warning' }] });
  });

  it('requires closed rings of at least 4 positions', () => {
    expect(firstProblem({ type: 'Polygon', coordinates: [square.slice(0, 4)] })).toMatchObject({
      code: 'ring-not-closed',
      path: 'coordinates[0]',
      message: /starts at \[112.7, 38.4\] but ends at \[112.7, 38.42\]/,
    });
    expect(codes({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] })).toEqual(['ring-too-short']);
    expect(firstProblem({ type: 'MultiPolygon', coordinates: [[square], [square.slice(0, 4)]] })).toMatchObject({
      path: 'coordinates[1][0]',
      message: /polygon 1, ring 0/,
    });
  });

  it('reports the crossing segments and the crossing point of a self-intersecting ring', () => {
    const bowTie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(firstProblem({ type: 'Polygon', coordinates: [bowTie] })).toMatchObject({
      code: 'self-intersection',
      segments: [0, 2],
      at: [0.5, 0.5],
      message: 'ring 0 (outer) intersects itself: segment 0 meets segment 2 at [0.5, 0.5]',
    });
  });

  it('ignores repeated consecutive positions but keeps the original segment numbers', () => {
    const withRepeats = [
      [0, 0],
      [0, 0],
      [1, 1],
      [1, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(firstProblem({ type: 'Polygon', coordinates: [withRepeats] })).toMatchObject({ segments: [1, 4] });
    expect(
      codes({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      }),
    ).toEqual([]);
  });

  it('checks holes against their shell and each other, and MultiPolygon parts against each other', () => {
    const hole = (x: number, y: number, s: number): Position[] => [
      [x, y],
      [x, y + s],
      [x + s, y + s],
      [x + s, y],
      [x, y],
    ];
    const shell: Position[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(codes({ type: 'Polygon', coordinates: [shell, hole(2, 2, 2)] })).toEqual([]);
    expect(codes({ type: 'Polygon', coordinates: [shell, hole(20, 2, 2)] })).toEqual(['hole-outside-shell']);
    expect(codes({ type: 'Polygon', coordinates: [shell, hole(2, 2, 5), hole(3, 3, 1)] })).toEqual(['holes-nested']);
    expect(codes({ type: 'Polygon', coordinates: [shell, hole(9, 2, 2)] })).toEqual(['rings-cross', 'rings-cross']);
    expect(codes({ type: 'MultiPolygon', coordinates: [[shell], [hole(2, 2, 2).reverse()]] })).toEqual([
      'polygons-overlap',
    ]);
    // An island inside a hole is a separate, valid part.
    expect(codes({ type: 'MultiPolygon', coordinates: [[shell, hole(2, 2, 6)], [hole(4, 4, 1).reverse()]] })).toEqual(
      [],
    );
    // Parts touching at one corner are valid.
    expect(
      codes({ type: 'MultiPolygon', coordinates: [[hole(0, 0, 1).reverse()], [hole(1, 1, 1).reverse()]] }),
    ).toEqual([]);
  });

  it('stops at the vertex limit with one clear problem', () => {
    const huge = circlePolygon([112.7, 38.4], 5000, MAX_USER_VERTICES);
    const result = validateGeometry(huge);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'too-many-vertices',
        message: 'the geometry has 10,001 positions; the limit is 10,000',
        hint: expect.stringMatching(/simplify/),
      }),
    ]);
    expect(validateGeometry(circlePolygon([112.7, 38.4], 5000, MAX_USER_VERTICES - 1)).ok).toBe(true);
    expect(codes(circlePolygon([112.7, 38.4], 5000, 100), { maxVertices: 100 })).toEqual(['too-many-vertices']);
  });

  it('lists at most maxPerKind problems of one kind and says how many more there are', () => {
    const positions = Array.from({ length: 30 }, (_, i) => [200 + i, 38.4]);
    const result = validateGeometry({ type: 'Polygon', coordinates: [[...positions, positions[0]]] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/so are 30 more positions/);
  });
});

describe('findRingIntersections', () => {
  /** Brute force over all segment pairs: proper crossings only (random rings have no touching in general position). */
  function bruteForceCrossings(ring: Position[]): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    const n = ring.length - 1;
    const orient = (a: Position, b: Position, c: Position) =>
      Math.sign(
        ((b[0] as number) - (a[0] as number)) * ((c[1] as number) - (a[1] as number)) -
          ((b[1] as number) - (a[1] as number)) * ((c[0] as number) - (a[0] as number)),
      );
    for (let i = 0; i < n; i++) {
      for (let j = i + 2; j < n; j++) {
        if (i === 0 && j === n - 1) continue;
        const [a, b, c, d] = [ring[i], ring[i + 1], ring[j], ring[j + 1]] as Position[];
        if (
          orient(a as Position, b as Position, c as Position) * orient(a as Position, b as Position, d as Position) <
            0 &&
          orient(c as Position, d as Position, a as Position) * orient(c as Position, d as Position, b as Position) < 0
        )
          found.push([i, j]);
      }
    }
    return found;
  }

  it('finds exactly the crossing pairs brute force finds, on 100 seeded random (mostly self-crossing) rings', () => {
    const rng = createRng('ring-intersections');
    let total = 0;
    for (let t = 0; t < 100; t++) {
      const n = rng.int(4, 120);
      const ring: Position[] = Array.from({ length: n }, () => [rng.range(0, 1), rng.range(0, 1)]);
      ring.push([...(ring[0] as Position)]);
      const expected = bruteForceCrossings(ring);
      const found = findRingIntersections([{ polygon: 0, ring: 0, positions: ring }], 1_000_000).map(
        (f) => [f.a.segment, f.b.segment].sort((x, y) => x - y) as [number, number],
      );
      expect(
        found.sort((p, q) => p[0] - q[0] || p[1] - q[1]),
        `ring ${t}`,
      ).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(1000);
  });

  it('finds nothing in simple star rings', () => {
    const rng = createRng('ring-intersections-simple');
    for (let t = 0; t < 50; t++)
      expect(
        findRingIntersections([{ polygon: 0, ring: 0, positions: starRing(rng, 0, 0, 0.5, 1, rng.int(3, 500)) }]),
      ).toEqual([]);
  });
});
