import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createSearchWorkspace } from '../../server/roads/dijkstra.ts';
import { geodesicDistanceM } from '../../server/roads/geodesic-distance.ts';
import { buildRoadGraph } from '../../server/roads/road-graph.ts';
import { createRoadRouter } from '../../server/roads/road-router.ts';
import { CONNECTOR_SPEED_KMH } from '../../server/roads/road-speeds.ts';
import { createRandom } from '../../server/routing/random.ts';
import { oracleDijkstra, oracleSnapTravel, randomRoadLines } from './oracle.ts';

const connectorS = (metres: number): number => metres / (CONNECTOR_SPEED_KMH / 3.6);

function randomPoints(seed: number, count: number): Position[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => [112.698 + rng.next() * 0.06, 38.398 + rng.next() * 0.06]);
}

describe('one-to-many Dijkstra', () => {
  for (const seed of [1, 2, 3]) {
    it(`equals the array-scan oracle from random nodes (graph seed ${seed})`, () => {
      const graph = buildRoadGraph(randomRoadLines(seed));
      const search = createSearchWorkspace(graph);
      const rng = createRandom(seed * 100);
      for (let k = 0; k < 10; k++) {
        const start = rng.int(graph.nodeCount);
        const expected = oracleDijkstra(graph, [{ node: start, durationS: 0 }]);
        search.run([{ node: start, durationS: 0, distanceM: 0 }]);
        for (let n = 0; n < graph.nodeCount; n++) {
          if (expected[n] === Infinity) expect(search.reached(n)).toBe(false);
          else expect(search.durationS[n]).toBeCloseTo(expected[n] as number, 6);
        }
      }
    });
  }

  it('stops early but still gets every target exactly', () => {
    const graph = buildRoadGraph(randomRoadLines(4));
    const search = createSearchWorkspace(graph);
    const expected = oracleDijkstra(graph, [{ node: 0, durationS: 0 }]);
    const targets = [5, 17, 40].filter((n) => n < graph.nodeCount && expected[n] !== Infinity);
    search.run([{ node: 0, durationS: 0, distanceM: 0 }], targets);
    for (const t of targets) expect(search.durationS[t]).toBeCloseTo(expected[t] as number, 6);
  });
});

describe('routes and matrices between arbitrary points', () => {
  const graph = buildRoadGraph(randomRoadLines(7));
  const router = createRoadRouter(graph);
  const points = randomPoints(11, 12);

  it('matrix entries equal the pairwise oracle (snap + oracle Dijkstra + connectors)', () => {
    const matrix = router.matrix(points, points);
    expect(matrix.method).toBe('road');
    points.forEach((from, i) => {
      points.forEach((to, j) => {
        const s = router.snap(from)!,
          t = router.snap(to)!;
        const expected =
          i === j ? 0 : oracleSnapTravel(graph, s, t) + connectorS(s.distanceM) + connectorS(t.distanceM);
        if (expected === Infinity) expect(matrix.durationsS[i]?.[j]).toBe(Infinity);
        else expect(matrix.durationsS[i]?.[j]).toBeCloseTo(expected, 6);
      });
    });
  });

  it('route durations equal the matrix, and the geometry runs from start to end with the reported length', () => {
    const matrix = router.matrix(points, points);
    const rng = createRandom(5);
    for (let k = 0; k < 20; k++) {
      const i = rng.int(points.length),
        j = rng.int(points.length);
      const route = router.route(points[i] as Position, points[j] as Position);
      expect(route.durationS).toBeCloseTo(matrix.durationsS[i]?.[j] as number, 6);
      expect(route.distanceM).toBeCloseTo(matrix.distancesM[i]?.[j] as number, 6);
      if (i === j || route.geometry === null) continue;
      const coordinates = route.geometry.coordinates;
      expect(coordinates[0]).toEqual(points[i]);
      expect(coordinates[coordinates.length - 1]).toEqual(points[j]);
      let length = 0;
      for (let v = 1; v < coordinates.length; v++) {
        const a = coordinates[v - 1] as Position,
          b = coordinates[v] as Position;
        length += geodesicDistanceM(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
      }
      expect(Math.abs(length - route.distanceM)).toBeLessThan(1e-3 * route.distanceM + 0.5);
    }
  });

  it('the route duration is what the edges of its geometry cost (checked on a path along one line)', () => {
    const line = buildRoadGraph([
      {
        coordinates: [
          [112.7, 38.4],
          [112.71, 38.4],
          [112.72, 38.4],
        ],
        speedKmh: 36,
        roadClass: 'local',
        direction: 'both',
      },
    ]);
    const route = createRoadRouter(line).route([112.702, 38.4], [112.718, 38.4]);
    const metres = geodesicDistanceM(112.702, 38.4, 112.718, 38.4);
    expect(route.distanceM).toBeCloseTo(metres, 3);
    expect(route.durationS).toBeCloseTo(metres / 10, 3);
  });

  it('reports an unreachable target as Infinity with no geometry', () => {
    const apart = buildRoadGraph([
      {
        coordinates: [
          [112.7, 38.4],
          [112.71, 38.4],
        ],
        speedKmh: 30,
        roadClass: 'local',
        direction: 'both',
      },
      {
        coordinates: [
          [112.8, 38.5],
          [112.81, 38.5],
        ],
        speedKmh: 30,
        roadClass: 'local',
        direction: 'both',
      },
    ]);
    const router = createRoadRouter(apart);
    const route = router.route([112.705, 38.4], [112.805, 38.5]);
    expect(route.durationS).toBe(Infinity);
    expect(route.geometry).toBeNull();
    expect(router.matrix([[112.705, 38.4]], [[112.805, 38.5]]).durationsS).toEqual([[Infinity]]);
  });
});
