import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceM } from '../../server/roads/geodesic-distance.ts';
import { toWgs84 } from '../../server/import/to-wgs84.ts';
import type { SourceCrs } from '../../server/import/parsed-import.ts';

/** A 0.02° grid over Xinfu District and its surroundings (lon 112.2–113.1, lat 38.2–38.8). */
function xinfuGrid(): Array<[number, number]> {
  const grid: Array<[number, number]> = [];
  for (let i = 0; i <= 45; i++) for (let j = 0; j <= 30; j++) grid.push([112.2 + i * 0.02, 38.2 + j * 0.02]);
  return grid;
}

const forward = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

describe('toWgs84', () => {
  for (const crs of ['gcj02', 'bd09'] as const satisfies readonly SourceCrs[]) {
    it(`inverts gcoord's WGS84 → ${crs} within 1 m over Xinfu`, () => {
      let worst = 0;
      let smallestShift = Infinity;
      for (const [lon, lat] of xinfuGrid()) {
        const [x, y] = gcoord.transform<[number, number]>([lon, lat], gcoord.WGS84, forward[crs]);
        smallestShift = Math.min(smallestShift, geodesicDistanceM(lon, lat, x, y));
        const [backLon, backLat] = toWgs84(x, y, crs);
        worst = Math.max(worst, geodesicDistanceM(lon, lat, backLon, backLat));
      }
      expect(worst).toBeLessThan(1);
      // The shift undone is hundreds of metres, so the test cannot pass with an identity.
      expect(smallestShift).toBeGreaterThan(300);
    });
  }

  it('leaves WGS84 unchanged', () => {
    expect(toWgs84(112.7341, 38.4162, 'wgs84')).toEqual([112.7341, 38.4162]);
  });

  it('moves a GCJ-02 position in Xinfu about 570 m west', () => {
    const [lon, lat] = toWgs84(112.74, 38.42, 'gcj02');
    expect(lon).toBeLessThan(112.74);
    expect(geodesicDistanceM(112.74, 38.42, lon, lat)).toBeGreaterThan(500);
    expect(geodesicDistanceM(112.74, 38.42, lon, lat)).toBeLessThan(650);
  });
});
