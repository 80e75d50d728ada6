import { feature, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { createAreaIntersector } from '../../server/spatial/intersection-area.ts';
import { orient2dSign } from '../../server/spatial/orient2d.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { createRng } from '../../seeds/random.ts';
import { randomArea, starRing } from './random-shapes.ts';

type Areal = Polygon | MultiPolygon;

/** The oracle: turf's intersection polygon, measured with geodesicAreaKm2. */
function turfAreaKm2(a: Areal, b: Areal): number {
  const clipped = intersect(featureCollection<Areal>([feature(a), feature(b)]));
  return clipped ? geodesicAreaKm2(clipped.geometry) : 0;
}

const square = (w: number, s: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w + size, s],
      [w + size, s + size],
      [w, s + size],
      [w, s],
    ],
  ],
});

describe('createAreaIntersector', () => {
  it(
    'gives the same areas as turf intersect + geodesicAreaKm2 for 150 seeded random pairs ' +
      '(holes, multipolygons, either winding)',
    () => {
      const rng = createRng('intersection-area-oracle');
      let overlapping = 0;
      for (let n = 0; n < 150; n++) {
        const a = randomArea(rng, 112.7, 38.4, 0.08, 120);
        const b = randomArea(
          rng,
          112.7 + rng.range(-0.1, 0.1),
          38.4 + rng.range(-0.1, 0.1),
          rng.range(0.02, 0.12),
          120,
        );
        if (rng.chance(0.3) && b.type === 'Polygon')
          b.coordinates = b.coordinates.map((ring) => ring.slice().reverse());
        const expected = turfAreaKm2(a, b);
        const result = createAreaIntersector(a).intersect(b);
        expect(result, `pair ${n}`).not.toBeNull();
        expect(
          Math.abs((result?.areaKm2 ?? NaN) - expected),
          `pair ${n}: ${result?.areaKm2} vs ${expected}`,
        ).toBeLessThan(1e-9 * Math.max(1, expected));
        if (expected > 0) overlapping++;
      }
      expect(overlapping).toBeGreaterThan(80);
    },
  );

  it(
    'gives the township parts of a drawn shape with 1,000 vertices as turf does, ' +
      'adding up to its area inside the county',
    () => {
      const { townships, county } = loadReferenceData();
      const rng = createRng('intersection-area-townships');
      const ring = starRing(rng, 112.68, 38.45, 0.12, 0.2, 1000);
      const drawn: Polygon = { type: 'Polygon', coordinates: [ring] };
      const fast = createAreaIntersector(drawn);
      let sum = 0;
      for (const t of townships) {
        const result = fast.intersect(t.geometry);
        expect(result, t.code).not.toBeNull();
        expect(Math.abs((result?.areaKm2 ?? NaN) - turfAreaKm2(drawn, t.geometry)), t.code).toBeLessThan(1e-8);
        sum += result?.areaKm2 ?? 0;
      }
      const inCounty = fast.intersect(county);
      expect(inCounty?.aLeavesB).toBe(true);
      expect(Math.abs((inCounty?.areaKm2 ?? NaN) - turfAreaKm2(drawn, county))).toBeLessThan(1e-8);
      // Not to the last digit: this star's edges are up to 9 km long, and each edge split at a township
      // boundary is measured as two geodesics through a point of the straight lon/lat edge, ~1 m off
      // the edge's own geodesic. Turf's parts differ from its county intersection just the same.
      expect(Math.abs(sum - (inCounty?.areaKm2 ?? NaN)) / sum).toBeLessThan(2e-5);
    },
  );

  it('reports containment: A inside B leaves nothing outside; B inside A enters A', () => {
    const big = square(112, 38, 1);
    const small = square(112.2, 38.2, 0.1);
    const inner = createAreaIntersector(small).intersect(big);
    expect(inner).toMatchObject({ aLeavesB: false, bEntersA: false });
    expect(inner?.areaKm2).toBeCloseTo(geodesicAreaKm2(small), 9);
    const outer = createAreaIntersector(big).intersect(small);
    expect(outer).toMatchObject({ aLeavesB: true, bEntersA: true });
    expect(outer?.areaKm2).toBeCloseTo(geodesicAreaKm2(small), 9);
    expect(createAreaIntersector(small).intersect(square(113, 38, 0.1))).toEqual({
      areaKm2: 0,
      aLeavesB: true,
      bEntersA: false,
    });
  });

  it('returns null when boundaries touch: shared edge, shared vertex, vertex on an edge, identical shapes', () => {
    const a = square(0, 0, 1);
    expect(createAreaIntersector(a).intersect(square(1, 0, 1))).toBeNull();
    expect(createAreaIntersector(a).intersect(square(1, 1, 1))).toBeNull();
    expect(
      createAreaIntersector(a).intersect({
        type: 'Polygon',
        coordinates: [
          [
            [1, 0.5],
            [2, 0],
            [2, 1],
            [1, 0.5],
          ],
        ],
      }),
    ).toBeNull();
    expect(createAreaIntersector(a).intersect(a)).toBeNull();
    const { townships } = loadReferenceData();
    expect(
      createAreaIntersector((townships[0] as { geometry: Areal }).geometry).intersect(
        (townships[1] as { geometry: Areal }).geometry,
      ),
    ).toBeNull();
  });
});

describe('orient2dSign', () => {
  /** Exact sign with rationals: doubles are dyadic, so scale by 2^1074 into BigInt. */
  const exact = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number => {
    const big = (v: number): bigint => {
      let scaled = BigInt(0);
      let rest = v;
      // v = Σ of at most 53 powers of two; peel them off exactly.
      for (let e = 1023; e >= -1074 && rest !== 0; e--) {
        const p = 2 ** e;
        if (Math.abs(rest) >= p) {
          const s = Math.sign(rest);
          scaled += BigInt(s) * (1n << BigInt(e + 1074));
          rest -= s * p;
        }
      }
      return scaled;
    };
    const d = (big(ax) - big(cx)) * (big(by) - big(cy)) - (big(ay) - big(cy)) * (big(bx) - big(cx));
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  };

  it('is exact on the classroom example where the floating determinant is wrong (Kettner et al. 2008)', () => {
    // a = (0.5 + i·u, 0.5 + j·u) with u = 2^-53, b = (12, 12), c = (24, 24): all nearly collinear.
    // Every coordinate is an integer multiple of 2^-53, so scaling by 2^53 gives exact BigInts.
    const u = 2 ** -53;
    const exactSign = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number => {
      const k = (v: number) => BigInt(v * 2 ** 53);
      const d = (k(ax) - k(cx)) * (k(by) - k(cy)) - (k(ay) - k(cy)) * (k(bx) - k(cx));
      return d > 0n ? 1 : d < 0n ? -1 : 0;
    };
    let naiveWrong = 0;
    for (let i = 0; i < 64; i++) {
      for (let j = 0; j < 64; j++) {
        const ax = 0.5 + i * u;
        const ay = 0.5 + j * u;
        const want = exactSign(ax, ay, 12, 12, 24, 24);
        expect(orient2dSign(ax, ay, 12, 12, 24, 24), `${i},${j}`).toBe(want);
        if (Math.sign((ax - 24) * (12 - 24) - (ay - 24) * (12 - 24)) !== want) naiveWrong++;
      }
    }
    expect(naiveWrong).toBeGreaterThan(100);
  });

  it('agrees with an exact rational evaluation on seeded random nearly collinear points', () => {
    const rng = createRng('orient2d');
    for (let i = 0; i < 300; i++) {
      const ax = rng.range(112, 113);
      const ay = rng.range(38, 39);
      const bx = rng.range(112, 113);
      const by = rng.range(38, 39);
      const t = rng.next();
      const cx = ax + t * (bx - ax);
      const cy = ay + t * (by - ay);
      expect(orient2dSign(ax, ay, bx, by, cx, cy), `${i}`).toBe(exact(ax, ay, bx, by, cx, cy));
    }
  });

  it('gives 0 exactly on the line and the usual signs off it', () => {
    expect(orient2dSign(0, 0, 2, 2, 1, 1)).toBe(0);
    expect(orient2dSign(0, 0, 1, 0, 0.5, 1e-300)).toBe(1);
    expect(orient2dSign(0, 0, 1, 0, 0.5, -1e-300)).toBe(-1);
    expect(orient2dSign(112.1, 38.1, 112.3, 38.3, 112.2, 38.2)).toBe(exact(112.1, 38.1, 112.3, 38.3, 112.2, 38.2));
  });
});

describe('createAreaIntersector on points exactly representable (regression guard for the crossing walk)', () => {
  it('measures a square cut by a square rotated 45°: the octagon', () => {
    const a = square(0, 0, 1);
    const diamond: Position[] = [
      [0.5, -0.2],
      [1.2, 0.5],
      [0.5, 1.2],
      [-0.2, 0.5],
      [0.5, -0.2],
    ];
    const b: Polygon = { type: 'Polygon', coordinates: [diamond] };
    expect(createAreaIntersector(a).intersect(b)?.areaKm2).toBeCloseTo(turfAreaKm2(a, b), 6);
  });
});
