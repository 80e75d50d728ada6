import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildContractionHierarchy, createManyToMany } from '../../server/roads/contraction-hierarchy.ts';
import { buildRoadGraph } from '../../server/roads/road-graph.ts';
import { createRoadRouter } from '../../server/roads/road-router.ts';
import { createRandom } from '../../server/routing/random.ts';
import { oracleDijkstra, randomRoadLines } from './oracle.ts';

describe('contraction hierarchy', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`node-to-node many-to-many equals the array-scan oracle (graph seed ${seed})`, () => {
      const graph = buildRoadGraph(randomRoadLines(seed, 14));
      const hierarchy = buildContractionHierarchy(graph);
      for (let v = 0; v < graph.nodeCount; v++) {
        for (let a = hierarchy.up.offsets[v] as number; a < (hierarchy.up.offsets[v + 1] as number); a++)
          expect(hierarchy.rank[hierarchy.up.target[a] as number]).toBeGreaterThan(hierarchy.rank[v] as number);
      }
      const rng = createRandom(seed);
      const sources = Array.from({ length: 8 }, () => rng.int(graph.nodeCount));
      const targets = Array.from({ length: 9 }, () => rng.int(graph.nodeCount));
      const seedOf = (node: number) => [{ node, durationS: 0, distanceM: 0 }];
      const result = createManyToMany(hierarchy).run(sources.map(seedOf), targets.map(seedOf));
      sources.forEach((s, i) => {
        const expected = oracleDijkstra(graph, [{ node: s, durationS: 0 }]);
        targets.forEach((t, j) => {
          const got = result.durationsS[i * targets.length + j] as number;
          if (expected[t] === Infinity) expect(got).toBe(Infinity);
          else expect(got).toBeCloseTo(expected[t] as number, 6);
        });
      });
    });
  }

  it('gives the same matrix between arbitrary points as the Dijkstra router', () => {
    const graph = buildRoadGraph(randomRoadLines(9, 16));
    const plain = createRoadRouter(graph);
    const fast = createRoadRouter(graph, { hierarchy: buildContractionHierarchy(graph) });
    const rng = createRandom(4);
    const points: Position[] = Array.from({ length: 25 }, () => [
      112.698 + rng.next() * 0.08,
      38.398 + rng.next() * 0.08,
    ]);
    points.push(points[3] as Position);
    const a = plain.matrix(points, points),
      b = fast.matrix(points, points);
    a.durationsS.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === Infinity) expect(b.durationsS[i]?.[j]).toBe(Infinity);
        else expect(b.durationsS[i]?.[j]).toBeCloseTo(v, 6);
      }),
    );
  });
});
