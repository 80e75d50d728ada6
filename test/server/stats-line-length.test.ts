import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { edgeSet, lineKm, lineKmInside, segmentKm } from '../../server/services/stats/line-length-inside.ts';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [112, 38],
      [112.1, 38],
      [112.1, 38.1],
      [112, 38.1],
      [112, 38],
    ],
  ],
};
/** The square with a hole in its middle third. */
const holed: Polygon = {
  type: 'Polygon',
  coordinates: [
    ...square.coordinates,
    [
      [112.0333, 38.0333],
      [112.0667, 38.0333],
      [112.0667, 38.0667],
      [112.0333, 38.0667],
      [112.0333, 38.0333],
    ],
  ],
};

function area(geometry: Polygon | MultiPolygon) {
  return edgeSet(geometry, (lon, lat) => pointInPolygon([lon, lat], geometry), bboxOf(geometry));
}
function inside(line: Position[], geometry: Polygon | MultiPolygon): number {
  const kms = line.slice(1).map((p, i) => segmentKm(line[i] as Position, p));
  return lineKmInside(line, kms, area(geometry));
}
/** Brute force: 20,000 pieces per segment, a piece counting when its midpoint is inside. */
function sampled(line: Position[], geometry: Polygon | MultiPolygon): number {
  let km = 0;
  const n = 20_000;
  for (let s = 0; s + 1 < line.length; s++) {
    const [ax, ay] = line[s] as [number, number];
    const [bx, by] = line[s + 1] as [number, number];
    const length = segmentKm([ax, ay], [bx, by]);
    for (let i = 0; i < n; i++) {
      const t = (i + 0.5) / n;
      if (pointInPolygon([ax + (bx - ax) * t, ay + (by - ay) * t], geometry)) km += length / n;
    }
  }
  return km;
}

describe('lineKmInside', () => {
  it('gives a line wholly inside its whole geodesic length, and one wholly outside 0', () => {
    const line = [
      [112.01, 38.01],
      [112.05, 38.09],
      [112.09, 38.02],
    ];
    expect(inside(line, square)).toBeCloseTo(lineKm(line), 12);
    expect(
      inside(
        [
          [113, 38],
          [113.1, 38.1],
        ],
        square,
      ),
    ).toBe(0);
  });

  it('cuts a line crossing the boundary where it crosses (half of a line centred on an edge)', () => {
    const line = [
      [112.05, 37.95],
      [112.05, 38.05],
    ];
    expect(inside(line, square)).toBeCloseTo(lineKm(line) / 2, 3);
    expect(inside(line, square)).toBeCloseTo(sampled(line, square), 3);
  });

  it('counts a line along an edge (the boundary is inside), and a line through a vertex', () => {
    const edge = [
      [111.95, 38],
      [112.15, 38],
    ];
    // a share of the segment's length: within a centimetre of the piece's own geodesic
    expect(inside(edge, square)).toBeCloseTo(segmentKm([112, 38], [112.1, 38]), 5);
    const diagonal = [
      [111.9, 37.9],
      [112.2, 38.2],
    ];
    expect(inside(diagonal, square)).toBeCloseTo(sampled(diagonal, square), 2);
  });

  it('leaves out the part in a hole and agrees with brute force on a zigzag', () => {
    const zigzag = [
      [111.98, 38.05],
      [112.12, 38.04],
      [112.02, 38.09],
      [112.08, 37.99],
    ];
    expect(inside(zigzag, holed)).toBeCloseTo(sampled(zigzag, holed), 3);
    expect(inside(zigzag, holed)).toBeLessThan(inside(zigzag, square));
  });

  it('splits a line between two touching polygons without losing or doubling length', () => {
    const east: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [112.1, 38],
          [112.2, 38],
          [112.2, 38.1],
          [112.1, 38.1],
          [112.1, 38],
        ],
      ],
    };
    const line = [
      [112.03, 38.02],
      [112.17, 38.07],
    ];
    expect(inside(line, square) + inside(line, east)).toBeCloseTo(lineKm(line), 9);
  });
});
