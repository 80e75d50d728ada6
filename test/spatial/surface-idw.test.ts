import { describe, expect, it } from 'vitest';
import {
  idwAt,
  idwSurface,
  mergeCoincident,
  planarProjection,
  surfaceGridGeometry,
  type IdwSample,
} from '../../server/spatial/surface-idw.ts';

const bbox = [112.6, 38.3, 112.8, 38.5] as const;
const everywhere = () => true;

/** Seeded LCG, so the random cases are the same on every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomSamples(count: number, seed: number): IdwSample[] {
  const random = lcg(seed);
  return Array.from({ length: count }, () => ({
    lon: bbox[0] + random() * (bbox[2] - bbox[0]),
    lat: bbox[1] + random() * (bbox[3] - bbox[1]),
    value: Math.round(random() * 3000) / 10,
  }));
}

describe('idwAt (inverse-distance weighting, power 2)', () => {
  const projection = planarProjection(112.7, 38.4);

  it('is exact at every sample position', () => {
    const samples = randomSamples(25, 7);
    const merged = mergeCoincident(samples, projection);
    for (const sample of samples) {
      expect(idwAt(merged, projection.x(sample.lon), projection.y(sample.lat))).toBe(sample.value);
    }
  });

  it('between samples gives a weighted mean within their minimum and maximum', () => {
    const samples = randomSamples(12, 11);
    const merged = mergeCoincident(samples, projection);
    const values = samples.map((s) => s.value);
    const random = lcg(3);
    for (let i = 0; i < 500; i += 1) {
      const value = idwAt(merged, (random() - 0.5) * 30, (random() - 0.5) * 30);
      expect(value).not.toBeNull();
      expect(value).toBeGreaterThanOrEqual(Math.min(...values));
      expect(value).toBeLessThanOrEqual(Math.max(...values));
    }
  });

  it('weights by 1/d²: a point 1 km from a 10 and 3 km from a 50 gets (10·1 + 50/9) / (1 + 1/9) = 14', () => {
    const merged = [
      { x: 0, y: 0, value: 10, members: [0] },
      { x: 4, y: 0, value: 50, members: [1] },
    ];
    expect(idwAt(merged, 1, 0)).toBeCloseTo(14, 12);
    expect(idwAt(merged, 2, 0)).toBeCloseTo(30, 12); // the midpoint: the plain mean
  });

  it('has no value without samples', () => {
    expect(idwAt([], 0, 0)).toBeNull();
  });

  it('merges coincident samples into their mean, the value at that position', () => {
    const samples: IdwSample[] = [
      { lon: 112.7, lat: 38.4, value: 40 },
      { lon: 112.7, lat: 38.4, value: 80 },
      { lon: 112.75, lat: 38.45, value: 10 },
    ];
    const merged = mergeCoincident(samples, projection);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ value: 60, members: [0, 1] });
    expect(idwAt(merged, projection.x(112.7), projection.y(38.4))).toBe(60);
  });
});

describe('idwSurface (the grid)', () => {
  it('is flat at the single station’s value with one station', () => {
    const grid = idwSurface([{ lon: 112.71, lat: 38.41, value: 42.5 }], { bbox, cellKm: 1 }, everywhere);
    expect(grid.cells.length).toBe(grid.geometry.cols * grid.geometry.rows);
    expect(new Set(grid.cells.map((c) => c.value))).toEqual(new Set([42.5]));
  });

  it('is empty without stations', () => {
    const grid = idwSurface([], { bbox, cellKm: 1 }, everywhere);
    expect(grid.cells).toEqual([]);
  });

  it('shows each station’s own reading in the cell that holds it (the highest when a cell holds several)', () => {
    const samples: IdwSample[] = [
      { lon: 112.65, lat: 38.35, value: 12 },
      { lon: 112.75, lat: 38.45, value: 180 },
      { lon: 112.7501, lat: 38.4501, value: 90 }, // same 1 km cell as the 180, 14 m away
    ];
    const grid = idwSurface(samples, { bbox, cellKm: 1 }, everywhere);
    const { west, south, cellLon, cellLat } = grid.geometry;
    const cellOf = (s: IdwSample) =>
      grid.cells.find(
        (c) => c.col === Math.floor((s.lon - west) / cellLon) && c.row === Math.floor((s.lat - south) / cellLat),
      );
    expect(cellOf(samples[0]!)?.value).toBe(12);
    expect(cellOf(samples[1]!)?.value).toBe(180);
    expect(cellOf(samples[2]!)?.value).toBe(180);
    expect(cellOf(samples[0]!)?.sample?.members).toEqual([0]);
  });

  it('keeps only the cells whose centre is inside, plus the cells holding a station', () => {
    const inside = (lon: number) => lon < 112.7;
    const grid = idwSurface([{ lon: 112.79, lat: 38.49, value: 5 }], { bbox, cellKm: 1 }, inside);
    const { west, cellLon } = grid.geometry;
    const outside = grid.cells.filter((c) => west + (c.col + 0.5) * cellLon >= 112.7);
    expect(outside).toHaveLength(1);
    expect(outside[0]?.sample).not.toBeNull();
  });

  it('cuts the bbox into cells of the given edge: ~1 km at 38.4° N', () => {
    const geometry = surfaceGridGeometry({ bbox, cellKm: 1 });
    const projection = planarProjection(112.7, 38.4);
    expect(projection.x(geometry.west + geometry.cellLon) - projection.x(geometry.west)).toBeCloseTo(1, 2);
    expect(projection.y(geometry.south + geometry.cellLat) - projection.y(geometry.south)).toBeCloseTo(1, 6);
    expect(geometry.cols * geometry.cellLon).toBeGreaterThanOrEqual(bbox[2] - bbox[0]);
    expect(geometry.rows * geometry.cellLat).toBeGreaterThanOrEqual(bbox[3] - bbox[1]);
  });
});
