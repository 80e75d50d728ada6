import { feature, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { heatingStatuses } from '../../server/schema/village.ts';
import {
  areaStatsResponseSchema,
  geometryErrorBodySchema,
  statsLayerIds,
  townshipStatsResponseSchema,
  type AreaStatsResponse,
  type TownshipStatsResponse,
} from '../../server/schema/stats.ts';
import { circlePolygon } from '../../server/spatial/circle-polygon.ts';
import { geodesicAreaKm2, geodesicPerimeterKm } from '../../server/spatial/geodesic-area.ts';
import { createRng } from '../../seeds/random.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';
import { randomArea, starRing } from '../spatial/random-shapes.ts';
import { allPointLayers, bruteCounts, inside, layerFeatures } from './stats-oracle.ts';

type Areal = Polygon | MultiPolygon;
type Township = Feature<Areal, { code: string; name: string }>;

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;
let townships: Township[];
let table: TownshipStatsResponse;
let district: Areal;

beforeAll(async () => {
  seeded = createSeededDbFile();
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  townships = (await layerFeatures(app, 'townships')) as Township[];
  table = townshipStatsResponseSchema.parse(await (await app.request('/api/stats/townships')).json());
  const merged = union(featureCollection(townships.map((t) => feature(t.geometry))));
  if (!merged) throw new Error('no union');
  district = merged.geometry;
});
afterAll(() => seeded.dispose());

async function post(body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await app.request('/api/stats/area', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return { status: res.status, json: await res.json() };
}

async function stats(body: unknown): Promise<AreaStatsResponse> {
  const { status, json } = await post(body);
  expect(status, JSON.stringify(json)).toBe(200);
  return areaStatsResponseSchema.parse(json);
}

async function geometryError(body: unknown, status: number) {
  const res = await post(body);
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  return geometryErrorBodySchema.parse(res.json).error;
}

async function requestError(body: unknown, message: RegExp) {
  const res = await post(body);
  expect(res.status, JSON.stringify(res.json)).toBe(400);
  const error = errorBodySchema.parse(res.json).error;
  expect(error.code).toBe('invalid_request');
  expect(error.message).toMatch(message);
}

const hexagon = (cx: number, cy: number, r: number): Polygon => {
  const ring: Position[] = [];
  for (let k = 0; k < 6; k++)
    ring.push([cx + r * Math.cos((Math.PI / 3) * k), cy + r * 0.8 * Math.sin((Math.PI / 3) * k)]);
  ring.push([...(ring[0] as Position)]);
  return { type: 'Polygon', coordinates: [ring] };
};

const turfAreaKm2 = (a: Areal, b: Areal): number => {
  const clipped = intersect(featureCollection<Areal>([feature(a), feature(b)]));
  return clipped ? geodesicAreaKm2(clipped.geometry) : 0;
};

describe('POST /api/stats/area: valid shapes', () => {
  it('measures a drawn polygon and counts exactly the layer features inside it', async () => {
    const area = hexagon(112.735, 38.42, 0.05);
    const result = await stats({ geometry: area });
    expect(result.areaKm2).toBeCloseTo(geodesicAreaKm2(area), 9);
    expect(result.drawnAreaKm2).toBe(result.areaKm2);
    expect(result.perimeterKm).toBeCloseTo(geodesicPerimeterKm(area), 9);
    expect(result).toMatchObject({
      clipped: false,
      outsideAreaKm2: 0,
      vertices: 7,
      warnings: [],
      month: '2023-12',
      asOf: '2023-12-31T23:00',
    });
    const layers = await allPointLayers(app);
    expect(result.counts).toEqual(bruteCounts(layers, area));
    expect(result.counts.enterprises).toBeGreaterThan(20);
    for (const id of statsLayerIds) expect(result.densities[id]).toBeCloseTo(result.counts[id] / result.areaKm2, 12);
    const villages = inside(layers.villages, area);
    for (const status of heatingStatuses)
      expect(result.villages.byHeating[status].count).toBe(
        villages.filter((f) => f.properties.heatingStatus === status).length,
      );
    expect(result.constructionSites.failing.count).toBe(
      inside(layers['construction-sites'], area).filter((f) => f.properties.compliant === false).length,
    );
    expect(result.machines.banned).toBe(
      inside(layers.machines, area).filter((f) => f.properties.banned === true).length,
    );
  });

  it(
    'counts exactly as brute force for a 1,000-vertex shape ' +
      'and for seeded random polygons with holes and multipolygons',
    async () => {
      const layers = await allPointLayers(app);
      const rng = createRng('stats-area-oracle');
      const shapes: Areal[] = [{ type: 'Polygon', coordinates: [starRing(rng, 112.72, 38.43, 0.08, 0.12, 1000)] }];
      for (let n = 0; n < 8; n++)
        shapes.push(randomArea(rng, rng.range(112.65, 112.8), rng.range(38.35, 38.5), rng.range(0.01, 0.06), 300));
      for (const [n, area] of shapes.entries()) {
        const result = await stats({ geometry: area });
        expect(result.counts, `shape ${n}`).toEqual(bruteCounts(layers, area));
        expect(result.areaKm2).toBeCloseTo(geodesicAreaKm2(area), 9);
      }
    },
  );

  it('counts at the requested as-of and month', async () => {
    const asOf = '2023-03-10T18:00';
    const area = hexagon(112.735, 38.42, 0.08);
    const result = await stats({ geometry: area, asOf, month: '2023-02' });
    expect(result).toMatchObject({ asOf, month: '2023-02' });
    expect(result.counts).toEqual(bruteCounts(await allPointLayers(app, { asOf }), area));
    const february = (await layerFeatures(app, 'dustfall-points', { month: '2023-02' })) as Feature<
      Point,
      Record<string, unknown>
    >[];
    const values = inside(february, area).map((f) => f.properties.value as number);
    expect(result.dustfall.points).toBe(values.length);
    expect(result.dustfall.pointMean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 12);
    expect(result.machines.activity.positions).toBeGreaterThan(0);
  });

  it('splits the area by township like turf does, and weights the township dustfall by those parts', async () => {
    const area = hexagon(112.72, 38.44, 0.09);
    const result = await stats({ geometry: area });
    expect(result.townships.length).toBeGreaterThan(3);
    let weighted = 0;
    let covered = 0;
    for (const part of result.townships) {
      const township = townships.find((t) => t.properties.code === part.code) as Township;
      expect(part.name).toBe(township.properties.name);
      expect(part.areaKm2).toBeCloseTo(turfAreaKm2(area, township.geometry), 8);
      const row = table.townships.find((t) => t.code === part.code);
      expect(part.dustfall).toBe(row?.dustfall.value);
      weighted += part.areaKm2 * (part.dustfall as number);
      covered += part.areaKm2;
    }
    expect(result.townships.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 12);
    expect(result.dustfall.method).toBe('area-weighted');
    expect(result.dustfall.value).toBeCloseTo(weighted / covered, 12);
    expect(result.dustfall.exceeds).toBe((result.dustfall.value as number) > 7);
    // The hexagon's edges are ~10 km: parts are split at planar crossings, so they add up to the
    // geodesic area only to about 1e-5 (see README, "Drawn areas").
    expect(Math.abs(covered - result.areaKm2) / result.areaKm2).toBeLessThan(1e-4);
  });

  it('gives a township drawn as an area the statistics of that township row', async () => {
    for (const k of [0, 8, 14]) {
      const township = townships[k] as Township;
      const row = table.townships[k] as TownshipStatsResponse['townships'][number];
      const result = await stats({ geometry: township.geometry });
      expect(result.clipped).toBe(false);
      expect(result.areaKm2).toBeCloseTo(row.areaKm2, 9);
      expect(result.counts).toEqual(row.counts);
      expect(result.townships.map((p) => p.code)).toEqual([township.properties.code]);
      expect(result.dustfall.value).toBeCloseTo(row.dustfall.value as number, 12);
      expect(result.villages).toEqual(row.villages);
    }
  });

  it('gives a shape covering the whole district the district row, clipped to the district', async () => {
    const box: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [112.2, 38.1],
          [113.2, 38.1],
          [113.2, 38.9],
          [112.2, 38.9],
          [112.2, 38.1],
        ],
      ],
    };
    const result = await stats({ geometry: box });
    expect(result.clipped).toBe(true);
    expect(result.areaKm2).toBeCloseTo(table.district.areaKm2, 4);
    expect(result.outsideAreaKm2).toBeCloseTo(geodesicAreaKm2(box) - result.areaKm2, 9);
    expect(result.counts).toEqual(table.district.counts);
    expect(result.townships).toHaveLength(18);
    expect(result.dustfall.value).toBeCloseTo(table.district.dustfall.value as number, 9);
    expect(result.machines.activity).toEqual(table.district.machines.activity);
    expect(result.machines.bannedInNrmmZones.count).toBe(table.district.machines.bannedInNrmmZones.count);
    expect(result.stations.readings).toEqual(table.district.stations.readings);
  });

  it('clips a shape partly outside the district, says so, and measures the part inside', async () => {
    const edge = circlePolygon([112.36, 38.45], 8000);
    const result = await stats({ geometry: edge });
    const insideKm2 = turfAreaKm2(edge, district);
    expect(result.clipped).toBe(true);
    expect(insideKm2).toBeGreaterThan(1);
    expect(result.areaKm2).toBeLessThan(result.drawnAreaKm2);
    expect(Math.abs(result.areaKm2 - insideKm2) / insideKm2).toBeLessThan(1e-5);
    expect(result.outsideAreaKm2 + result.areaKm2).toBeCloseTo(result.drawnAreaKm2, 9);
    expect(result.warnings).toEqual([expect.stringMatching(/extends [\d.]+ km² beyond the district/)]);
    expect(result.counts).toEqual(bruteCounts(await allPointLayers(app), edge));
  });

  it('answers a shape wholly outside the district with zero counts, no densities and a warning', async () => {
    const result = await stats({ geometry: hexagon(100, 30, 0.05) });
    expect(result).toMatchObject({ clipped: true, areaKm2: 0, townships: [] });
    expect(Object.values(result.counts)).toEqual(statsLayerIds.map(() => 0));
    expect(Object.values(result.densities)).toEqual(statsLayerIds.map(() => null));
    expect(result.dustfall).toMatchObject({ value: null, exceeds: null, points: 0, coverageKm2: 0 });
    expect(result.outsideAreaKm2).toBeCloseTo(result.drawnAreaKm2, 9);
    expect(result.warnings).toEqual([expect.stringMatching(/wholly outside the district/)]);
  });

  it('accepts a circle as centre and radius and counts inside its geodesic polygon', async () => {
    const circle = { center: [112.734, 38.417] as [number, number], radiusM: 3000 };
    const result = await stats({ circle });
    const polygon = circlePolygon(circle.center, circle.radiusM);
    expect(result.vertices).toBe(129);
    expect(result.areaKm2).toBeCloseTo(geodesicAreaKm2(polygon), 9);
    expect(result.areaKm2 / (Math.PI * 9)).toBeCloseTo(1, 3);
    expect(result.perimeterKm / (2 * Math.PI * 3)).toBeCloseTo(1, 3);
    expect(result.counts).toEqual(bruteCounts(await allPointLayers(app), polygon));
    expect((await stats({ circle: { ...circle, vertices: 64 } })).vertices).toBe(65);
  });

  it('handles a MultiPolygon with a hole', async () => {
    const outer = hexagon(112.73, 38.42, 0.06).coordinates[0] as Position[];
    const hole = (hexagon(112.73, 38.42, 0.02).coordinates[0] as Position[]).slice().reverse();
    const other = hexagon(112.62, 38.55, 0.03).coordinates[0] as Position[];
    const area: MultiPolygon = { type: 'MultiPolygon', coordinates: [[outer, hole], [other]] };
    const result = await stats({ geometry: area });
    expect(result.areaKm2).toBeCloseTo(geodesicAreaKm2(area), 9);
    const layers = await allPointLayers(app);
    expect(result.counts).toEqual(bruteCounts(layers, area));
    const withoutHole = bruteCounts(layers, { type: 'MultiPolygon', coordinates: [[outer], [other]] });
    expect(withoutHole.enterprises).toBeGreaterThan(result.counts.enterprises);
  });
});

describe('POST /api/stats/area: invalid requests', () => {
  it('self-intersecting: 422 naming the crossing segments and point', async () => {
    const error = await geometryError(
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.7, 38.4],
              [112.8, 38.5],
              [112.8, 38.4],
              [112.7, 38.5],
              [112.7, 38.4],
            ],
          ],
        },
      },
      422,
    );
    expect(error.code).toBe('invalid_request');
    expect(error.message).toBe(
      'geometry: ring 0 (outer) intersects itself: segment 0 meets segment 2 at [112.75, 38.45]',
    );
    expect(error.problems).toEqual([
      expect.objectContaining({ code: 'self-intersection', segments: [0, 2], at: [112.75, 38.45] }),
    ]);
  });

  it('unclosed ring: 422', async () => {
    const error = await geometryError(
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.7, 38.4],
              [112.8, 38.4],
              [112.8, 38.5],
              [112.7, 38.5],
            ],
          ],
        },
      },
      422,
    );
    expect(error.problems[0]).toMatchObject({ code: 'ring-not-closed', hint: /repeat the first position/ });
  });

  it('wrong type: 422, with a hint for a Feature', async () => {
    expect(
      (
        await geometryError(
          {
            geometry: {
              type: 'LineString',
              coordinates: [
                [112.7, 38.4],
                [112.8, 38.4],
              ],
            },
          },
          422,
        )
      ).message,
    ).toMatch(/must be Polygon or MultiPolygon, got LineString/);
    const feature = { type: 'Feature', properties: {}, geometry: hexagon(112.7, 38.4, 0.01) };
    expect((await geometryError({ geometry: feature }, 422)).problems[0]?.hint).toMatch(/geometry` member/);
    expect((await geometryError({ geometry: null }, 422)).problems[0]?.code).toBe('wrong-type');
  });

  it('swapped latitude and longitude: 422 that says so', async () => {
    const swapped = (hexagon(112.73, 38.42, 0.02).coordinates[0] as Position[]).map(([lon, lat]) => [lat, lon]);
    const error = await geometryError({ geometry: { type: 'Polygon', coordinates: [swapped] } }, 422);
    expect(error.problems[0]).toMatchObject({ code: 'out-of-range', hint: /look like \[lat, lon\]/ });
    await requestError(
      { circle: { center: [38.42, 112.73], radiusM: 1000 } },
      /circle\.center\.1: latitude must lie in \[-90, 90\] \(centre is \[lon, lat\]\)/,
    );
  });

  it('too many vertices: 413 with the limit', async () => {
    const error = await geometryError({ geometry: circlePolygon([112.73, 38.42], 5000, 10_000) }, 413);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toBe('geometry: the geometry has 10,001 positions; the limit is 10,000');
  });

  it('malformed JSON, an empty body, and a body over the size limit', async () => {
    await requestError('{"geometry": {"type": "Polygon", ', /body: malformed JSON/);
    await requestError('', /body: expected a JSON object, got an empty body/);
    const res = await app.request('/api/stats/area', {
      method: 'POST',
      body: `{"geometry":${' '.repeat(6 * 1024 * 1024)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(errorBodySchema.parse(await res.json()).error.code).toBe('payload_too_large');
  });

  it('neither or both of geometry and circle, unknown members, bad radius or month: 400 naming them', async () => {
    await requestError({}, /body: send exactly one of geometry/);
    await requestError(
      { geometry: hexagon(112.7, 38.4, 0.01), circle: { center: [112.7, 38.4], radiusM: 10 } },
      /exactly one/,
    );
    await requestError({ geometry: hexagon(112.7, 38.4, 0.01), colour: 'red' }, /unknown body 'colour'/);
    await requestError({ circle: { center: [112.7, 38.4], radiusM: -5 } }, /circle\.radiusM: must be positive/);
    await requestError(
      { circle: { center: [112.7, 38.4], radiusM: 500_000 } },
      /circle\.radiusM: must be at most 100000 m/,
    );
    await requestError({ geometry: hexagon(112.7, 38.4, 0.01), month: '2023-4' }, /month: must be YYYY-MM/);
    await requestError([1, 2], /body/);
  });

  it('keeps serving after errors', async () => {
    expect((await stats({ circle: { center: [112.734, 38.417], radiusM: 500 } })).clipped).toBe(false);
  });
});
