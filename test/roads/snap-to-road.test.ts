import { describe, expect, it } from 'vitest';
import { geodesicDistanceM } from '../../server/roads/geodesic-distance.ts';
import { buildRoadGraph } from '../../server/roads/road-graph.ts';
import { createRoadSnapper } from '../../server/roads/snap-to-road.ts';
import { createRandom } from '../../server/routing/random.ts';
import { randomRoadLines } from './oracle.ts';

describe('createRoadSnapper', () => {
  // An east–west road with a bend, and a north–south road 1 km east, not touching it.
  const graph = buildRoadGraph([
    {
      coordinates: [
        [112.7, 38.4],
        [112.705, 38.4],
        [112.71, 38.401],
      ],
      speedKmh: 30,
      roadClass: 'local',
      direction: 'both',
    },
    {
      coordinates: [
        [112.7225, 38.39],
        [112.7225, 38.41],
      ],
      speedKmh: 30,
      roadClass: 'local',
      direction: 'both',
    },
  ]);
  const snapper = createRoadSnapper(graph);

  it('projects a point onto the interior of the nearest segment', () => {
    const snap = snapper.snap(112.702, 38.4009)!;
    expect(snap.edge).toBe(0);
    expect(snap.point[0]).toBeCloseTo(112.702, 9);
    expect(snap.point[1]).toBeCloseTo(38.4, 9);
    expect(snap.distanceM).toBeCloseTo(geodesicDistanceM(112.702, 38.4009, 112.702, 38.4), 3);
    expect(snap.offsetM).toBeCloseTo(geodesicDistanceM(112.7, 38.4, 112.702, 38.4), 3);
  });

  it('snaps beyond a line end to the end vertex', () => {
    const snap = snapper.snap(112.69, 38.4)!;
    expect(snap.edge).toBe(0);
    expect(snap.offsetM).toBe(0);
    expect(snap.point).toEqual([112.7, 38.4]);
  });

  it('chooses the other road when it is nearer', () => {
    const snap = snapper.snap(112.72, 38.405)!;
    expect(snap.edge).toBe(1);
    expect(snap.point[0]).toBeCloseTo(112.7225, 9);
  });

  it('matches a brute-force nearest-segment search on random points', () => {
    const random = buildRoadGraph(randomRoadLines(3));
    const index = createRoadSnapper(random);
    const rng = createRandom(9);
    for (let k = 0; k < 200; k++) {
      const lon = 112.69 + rng.next() * 0.08,
        lat = 38.39 + rng.next() * 0.08;
      let best = Infinity;
      for (let e = 0; e < random.edgeCount; e++) {
        for (let v = random.edgeVertexStart[e] as number; v + 1 < (random.edgeVertexStart[e + 1] as number); v++)
          best = Math.min(best, nearestDistanceM(lon, lat, random.coords, v));
      }
      expect(index.snap(lon, lat)!.distanceM).toBeLessThanOrEqual(best + 0.01);
    }
  });

  it('returns null on an empty graph', () => {
    expect(createRoadSnapper(buildRoadGraph([])).snap(112.7, 38.4)).toBeNull();
  });
});

/** Geodesic distance (m) to the point of segment v→v+1 nearest in a plane with longitudes scaled by cos(latitude). */
function nearestDistanceM(lon: number, lat: number, coords: Float64Array, v: number): number {
  const kx = Math.cos((lat * Math.PI) / 180);
  const x1 = coords[2 * v] as number,
    y1 = coords[2 * v + 1] as number;
  const dx = (coords[2 * v + 2] as number) - x1,
    dy = (coords[2 * v + 3] as number) - y1;
  const len2 = dx * dx * kx * kx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, ((lon - x1) * dx * kx * kx + (lat - y1) * dy) / len2)) : 0;
  return geodesicDistanceM(lon, lat, x1 + t * dx, y1 + t * dy);
}
