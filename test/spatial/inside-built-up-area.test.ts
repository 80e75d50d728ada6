import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { insideBuiltUpArea, type BuiltUpPolygon } from '../../server/spatial/inside-built-up-area.ts';

/** A square city of 0.02° with a 0.004° park (hole) in its middle. */
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [112.7, 38.4],
      [112.72, 38.4],
      [112.72, 38.42],
      [112.7, 38.42],
      [112.7, 38.4],
    ],
    [
      [112.708, 38.408],
      [112.708, 38.412],
      [112.712, 38.412],
      [112.712, 38.408],
      [112.708, 38.408],
    ],
  ],
};
const twoParts: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [112.6, 38.3],
        [112.61, 38.3],
        [112.61, 38.31],
        [112.6, 38.31],
        [112.6, 38.3],
      ],
    ],
    [
      [
        [112.8, 38.5],
        [112.81, 38.5],
        [112.81, 38.51],
        [112.8, 38.51],
        [112.8, 38.5],
      ],
    ],
  ],
};
const area = (geometry: Polygon | MultiPolygon, id = 'A'): BuiltUpPolygon => ({ id, geometry, provisional: false });

describe('insideBuiltUpArea', () => {
  it('counts a point inside, and not one outside', () => {
    expect(insideBuiltUpArea([112.702, 38.402], [area(withHole)])).toBe(true);
    expect(insideBuiltUpArea([112.721, 38.41], [area(withHole)])).toBe(false);
  });

  it('counts the outer edge and a vertex as inside', () => {
    expect(insideBuiltUpArea([112.72, 38.41], [area(withHole)])).toBe(true);
    expect(insideBuiltUpArea([112.7, 38.4], [area(withHole)])).toBe(true);
  });

  it('leaves a hole out, but its edge in', () => {
    expect(insideBuiltUpArea([112.71, 38.41], [area(withHole)])).toBe(false);
    expect(insideBuiltUpArea([112.708, 38.41], [area(withHole)])).toBe(true);
  });

  it('looks in every part of a MultiPolygon and in every polygon held', () => {
    expect(insideBuiltUpArea([112.805, 38.505], [area(twoParts)])).toBe(true);
    expect(insideBuiltUpArea([112.605, 38.305], [area(twoParts)])).toBe(true);
    expect(insideBuiltUpArea([112.7, 38.4], [area(twoParts)])).toBe(false);
    expect(insideBuiltUpArea([112.7, 38.4], [area(twoParts), area(withHole, 'B')])).toBe(true);
  });

  it('finds nothing inside when no polygon is held', () => {
    expect(insideBuiltUpArea([112.71, 38.41], [])).toBe(false);
  });
});
