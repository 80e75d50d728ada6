import { describe, expect, it } from 'vitest';
import { importRoadNetwork } from '../../server/roads/import-roads.ts';
import type { RoadGraph } from '../../server/roads/road-graph.ts';
import { createRoadRouter } from '../../server/roads/road-router.ts';

/** A short one-way street a→b (1 km) and a long two-way detour a→c→b (about 3 km). */
function onewayNetwork(oneway: unknown): RoadGraph {
  const a = [112.7, 38.4],
    b = [112.711, 38.4],
    c = [112.7055, 38.412];
  const result = importRoadNetwork({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { class: 'local', oneway },
        geometry: { type: 'LineString', coordinates: [a, b] },
      },
      { type: 'Feature', properties: { class: 'local' }, geometry: { type: 'LineString', coordinates: [a, c, b] } },
    ],
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.graph;
}

describe('one-way roads', () => {
  for (const value of [true, 'yes', '1']) {
    it(`oneway ${JSON.stringify(value)} allows a→b on the short street only in coordinate order`, () => {
      const router = createRoadRouter(onewayNetwork(value));
      const ab = router.route([112.7, 38.4], [112.711, 38.4]);
      const ba = router.route([112.711, 38.4], [112.7, 38.4]);
      expect(ab.distanceM).toBeLessThan(1000);
      expect(ba.distanceM).toBeGreaterThan(2500);
      expect(ba.durationS).toBeGreaterThan(2 * ab.durationS);
    });
  }

  it("oneway '-1' allows only travel against the coordinate order", () => {
    const router = createRoadRouter(onewayNetwork('-1'));
    expect(router.route([112.711, 38.4], [112.7, 38.4]).distanceM).toBeLessThan(1000);
    expect(router.route([112.7, 38.4], [112.711, 38.4]).distanceM).toBeGreaterThan(2500);
  });

  it('a two-way street is symmetric', () => {
    const router = createRoadRouter(onewayNetwork('no'));
    const m = router.matrix(
      [
        [112.7, 38.4],
        [112.711, 38.4],
      ],
      [
        [112.7, 38.4],
        [112.711, 38.4],
      ],
    );
    expect(m.durationsS[0]?.[1]).toBeCloseTo(m.durationsS[1]?.[0] as number, 9);
  });

  it('a point on a one-way street cannot go back along it to a point behind it', () => {
    const router = createRoadRouter(onewayNetwork('yes'));
    const ahead = router.route([112.703, 38.4], [112.708, 38.4]);
    const behind = router.route([112.708, 38.4], [112.703, 38.4]);
    expect(ahead.distanceM).toBeLessThan(500);
    expect(behind.distanceM).toBeGreaterThan(2500);
  });
});
