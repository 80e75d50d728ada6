import { describe, expect, it } from 'vitest';
import { importRoadNetwork } from '../../server/roads/import-roads.ts';
import { createRoadRouter } from '../../server/roads/road-router.ts';
import { FALLBACK_DETOUR_FACTOR, FALLBACK_SPEED_KMH } from '../../server/roads/road-speeds.ts';
import { geodesicDistanceM } from '../../server/roads/geodesic-distance.ts';

const line = (
  properties: Record<string, unknown>,
  coordinates: unknown = [
    [112.7, 38.4],
    [112.71, 38.4],
  ],
) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates } });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

function errorsOf(input: unknown) {
  const result = importRoadNetwork(input);
  if (result.ok) throw new Error('expected the import to fail');
  expect(result.error.code).toBe('invalid-roads');
  expect(result.error.message.startsWith(result.error.problems[0]?.message ?? '?')).toBe(true);
  return result.error.problems;
}

describe('importRoadNetwork', () => {
  it('rejects anything but a FeatureCollection', () => {
    expect(errorsOf({ type: 'Feature' })[0]?.code).toBe('not-a-feature-collection');
    expect(errorsOf(null)[0]?.featureIndex).toBeNull();
  });

  it('names the feature with a wrong geometry type', () => {
    const errors = errorsOf(
      collection(line({ class: 'local' }), {
        type: 'Feature',
        properties: { class: 'local' },
        geometry: { type: 'Point', coordinates: [112.7, 38.4] },
      }),
    );
    expect(errors).toEqual([
      {
        code: 'wrong-geometry',
        featureIndex: 1,
        message: 'feature 1: geometry must be a LineString or MultiLineString, got Point',
      },
    ]);
  });

  it('requires a speed or a known class', () => {
    expect(errorsOf(collection(line({})))[0]).toMatchObject({ code: 'missing-speed', featureIndex: 0 });
    expect(errorsOf(collection(line({ class: 'footpath' })))[0]?.message).toContain(
      "road class 'footpath' has no default speed",
    );
    expect(errorsOf(collection(line({ speedKmh: -5 })))[0]?.code).toBe('missing-speed');
  });

  it('rejects coordinates out of range, non-numeric or degenerate', () => {
    expect(
      errorsOf(
        collection(
          line({ class: 'local' }, [
            [112.7, 38.4],
            [212.7, 38.4],
          ]),
        ),
      )[0]?.message,
    ).toBe('feature 0: position 1 [212.7, 38.4] is out of range (lon ±180, lat ±90)');
    expect(
      errorsOf(
        collection(
          line({ class: 'local' }, [
            [112.7, '38.4'],
            [112.71, 38.4],
          ]),
        ),
      )[0]?.code,
    ).toBe('bad-coordinates');
    expect(
      errorsOf(
        collection(
          line({ class: 'local' }, [
            [112.7, 38.4],
            [112.7, 38.4],
          ]),
        ),
      )[0]?.code,
    ).toBe('bad-coordinates');
  });

  it('rejects an unknown oneway value and an empty collection', () => {
    expect(errorsOf(collection(line({ class: 'local', oneway: 'sometimes' })))[0]?.code).toBe('bad-oneway');
    expect(errorsOf(collection())[0]?.code).toBe('empty');
  });

  it('reports every bad feature, not only the first', () => {
    const errors = errorsOf(collection(line({}), line({ class: 'local' }), line({ class: 'local', oneway: 2 })));
    expect(errors.map((e) => e.featureIndex)).toEqual([0, 2]);
  });

  it('takes speeds from speedKmh, maxspeed or the class (OSM highway too)', () => {
    const result = importRoadNetwork(
      collection(
        line({ speedKmh: 72 }),
        line({ maxspeed: '36' }, [
          [112.72, 38.4],
          [112.73, 38.4],
        ]),
        line({ highway: 'primary' }, [
          [112.74, 38.4],
          [112.75, 38.4],
        ]),
      ),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.lines.map((l) => l.speedKmh)).toEqual([72, 36, 50]);
    const g = result.value.graph;
    expect(g.edgeDurationS[0]).toBeCloseTo((g.edgeLengthM[0] as number) / 20, 9);
  });

  it('nodes lines at shared coordinates, also in the middle of a line', () => {
    const result = importRoadNetwork(
      collection(
        line({ class: 'local' }, [
          [112.7, 38.4],
          [112.71, 38.4],
          [112.72, 38.4],
        ]),
        line({ class: 'local' }, [
          [112.71, 38.39],
          [112.71, 38.4],
        ]),
      ),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.graph.nodeCount).toBe(4);
    expect(result.value.graph.edgeCount).toBe(3);
  });
});

describe('straight-line fallback without a network', () => {
  it('uses geodesic distance × the detour factor at the fallback speed, and says so', () => {
    const router = createRoadRouter(null);
    const metres = geodesicDistanceM(112.7, 38.4, 112.8, 38.5) * FALLBACK_DETOUR_FACTOR;
    const route = router.route([112.7, 38.4], [112.8, 38.5]);
    expect(route.method).toBe('straight-line');
    expect(route.distanceM).toBeCloseTo(metres, 6);
    expect(route.durationS).toBeCloseTo(metres / (FALLBACK_SPEED_KMH / 3.6), 6);
    const matrix = router.matrix(
      [[112.7, 38.4]],
      [
        [112.7, 38.4],
        [112.8, 38.5],
      ],
    );
    expect(matrix.method).toBe('straight-line');
    expect(matrix.durationsS[0]).toEqual([0, route.durationS]);
  });
});
