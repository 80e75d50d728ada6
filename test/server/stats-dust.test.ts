import { feature, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readMonthlyReportData } from '../../server/report/monthly-report-data.ts';
import { renderMonthlyReport } from '../../server/report/render-monthly-report.ts';
import {
  areaStatsResponseSchema,
  townshipStatsResponseSchema,
  type AreaStatsResponse,
  type TownshipStatsResponse,
} from '../../server/schema/stats.ts';
import { lineKm, segmentKm } from '../../server/services/stats/line-length-inside.ts';
import { circlePolygon } from '../../server/spatial/circle-polygon.ts';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';
import { inside, layerFeatures } from './stats-oracle.ts';
import {
  BUILT_UP,
  CENTRE,
  insertVehiclesDustFixtures,
  LONG_ROAD,
  SHORT_ROAD,
  townshipAt,
} from './vehicles-dust-fixtures.ts';

type Areal = Polygon | MultiPolygon;

/** The district as the union of the townships (as the statistics take it). */
function districtGeometry(): Areal {
  const united = union(featureCollection(townships.map((t) => feature(t.geometry))));
  if (!united) throw new Error('no townships');
  return united.geometry;
}
type PointFeature = Feature<Point, Record<string, unknown>>;

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;
let table: TownshipStatsResponse;
let townships: Feature<Areal, { code: string }>[];
let home: string;

async function getTable(query = ''): Promise<TownshipStatsResponse> {
  const res = await app.request(`/api/stats/townships${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return townshipStatsResponseSchema.parse(await res.json());
}
async function postArea(body: unknown): Promise<AreaStatsResponse> {
  const res = await app.request('/api/stats/area', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return areaStatsResponseSchema.parse(await res.json());
}
/** Brute force: 5,000 pieces per segment, a piece counting when its midpoint is inside. */
function sampledKm(line: Position[], geometry: Areal): number {
  let km = 0;
  const n = 5000;
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

beforeAll(async () => {
  seeded = createSeededDbFile();
  insertVehiclesDustFixtures(seeded.db);
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  townships = (await layerFeatures(app, 'townships')) as Feature<Areal, { code: string }>[];
  home = townshipAt(seeded.db, CENTRE);
  table = await getTable();
});
afterAll(() => seeded.dispose());

describe('statistics of the vehicle, road and dust layers', () => {
  it('counts each point layer in each township exactly as its layer serves it at as-of', async () => {
    for (const id of ['vehicles', 'checkpoints', 'repair-shops', 'muck-trucks', 'stockyards'] as const) {
      const features = (await layerFeatures(app, id, { asOf: table.asOf })) as PointFeature[];
      expect(table.district.counts[id], id).toBe(features.length);
      table.townships.forEach((row, k) => {
        expect(row.counts[id], `${id} ${row.code}`).toBe(inside(features, townships[k]?.geometry as Areal).length);
      });
    }
    expect(table.district.counts.vehicles).toBe(4); // the one registered after as-of is not there yet
  });

  it('breaks vehicles down at as-of: in use, 国四-and-below diesel trucks, new energy', async () => {
    expect(table.district.vehicles).toEqual({ inUse: 3, dieselTrucksIVAndBelow: 1, newEnergy: 1 });
    // before the tractor unit was scrapped (2023-12-10) it was in use
    const early = await getTable('?asOf=2023-12-09T23:59');
    expect(early.district.vehicles).toEqual({ inUse: 4, dieselTrucksIVAndBelow: 2, newEnergy: 1 });
    const onTheDay = await getTable('?asOf=2023-12-10T00:00');
    expect(onTheDay.district.vehicles.dieselTrucksIVAndBelow).toBe(1);
  });

  it('sums checks and hits over the checkpoints layer’s 30 days: after the window start, up to as-of', () => {
    const row = table.townships.find((t) => t.code === home);
    // 2023-12-01T00:00 lies before the window start 2023-12-01T23:00; 12-15 (a hit) and the as-of itself are in
    expect(row?.checkpoints).toEqual({
      from: '2023-12-01T23:00',
      to: '2023-12-31T23:00',
      checks: 2,
      hits: 1,
      hitRate: 0.5,
    });
    expect(table.district.checkpoints.checks).toBe(2);
  });

  it('counts repair shops with an open finding, muck trucks with a violation this month, stockyards', () => {
    const d = table.district;
    expect(d.repairShops.openFinding).toBe(1);
    // mt-2's alert was raised in November: not this month
    expect(d.muckTrucks.violating).toBe(1);
    expect(d.stockyards).toEqual({ failing: 1, uninspected: 1, areaM2: 4000 });
  });

  it('clips the roads to each township: km inside by brute force, adding up to the district', () => {
    let sum = 0;
    let behindSum = 0;
    table.townships.forEach((row, k) => {
      const geometry = townships[k]?.geometry as Areal;
      const longKm = sampledKm(LONG_ROAD, geometry);
      expect(row.roads.km, row.code).toBeCloseTo(longKm + sampledKm(SHORT_ROAD, geometry), 2);
      expect(row.roads.behindKm, row.code).toBeCloseTo(longKm, 2);
      sum += row.roads.km;
      behindSum += row.roads.behindKm;
    });
    // the long road leaves the district in the east: the district counts the part inside
    const district = districtGeometry();
    const total = sampledKm(LONG_ROAD, district) + lineKm(SHORT_ROAD);
    expect(total).toBeLessThan(lineKm(LONG_ROAD));
    expect(table.district.roads.km).toBeCloseTo(total, 2);
    expect(sum).toBeCloseTo(table.district.roads.km, 6);
    expect(behindSum).toBeCloseTo(table.district.roads.behindKm, 6);
    // the short road was swept exactly one interval before as-of: on schedule
    expect(table.district.roads).toMatchObject({ segments: 2, behindSegments: 1 });
    expect(table.townships.filter((t) => t.roads.segments > 0).length).toBeGreaterThan(1);
  });

  it('measures the built-up area inside each township (turf as the oracle), marked provisional', () => {
    let sum = 0;
    table.townships.forEach((row, k) => {
      const part = intersect(featureCollection([feature(townships[k]?.geometry as Areal), feature(BUILT_UP)]));
      const expected = part ? geodesicAreaKm2(part.geometry) : 0;
      expect(row.builtUpArea.km2, row.code).toBeCloseTo(expected, 6);
      expect(row.builtUpArea.provisional).toBe(expected > 0);
      sum += row.builtUpArea.km2;
    });
    expect(table.townships.find((t) => t.code === home)?.builtUpArea.km2).toBeGreaterThan(0);
    expect(table.district.builtUpArea).toEqual({
      km2: expect.closeTo(geodesicAreaKm2(BUILT_UP), 6),
      provisional: true,
    });
    // the townships' outlines overlap by a few m² here: their parts add up to the whole within that
    expect(sum).toBeCloseTo(geodesicAreaKm2(BUILT_UP), 4);
  });

  it('counts a drawn circle: points inside, roads clipped to it, the built-up area inside it', async () => {
    const circle = { center: CENTRE, radiusM: 3000 };
    const result = await postArea({ circle });
    const polygon = circlePolygon(circle.center, circle.radiusM, 128);
    expect(result.counts.vehicles).toBe(4);
    expect(result.counts.stockyards).toBe(3);
    expect(result.roads.km).toBeCloseTo(sampledKm(LONG_ROAD, polygon) + lineKm(SHORT_ROAD), 2);
    expect(result.builtUpArea.km2).toBeCloseTo(geodesicAreaKm2(BUILT_UP), 5);
    const far = await postArea({ circle: { center: [112.9, 38.6], radiusM: 1000 } });
    expect(far.roads).toEqual({ segments: 0, km: 0, behindSegments: 0, behindKm: 0 });
    expect(far.builtUpArea).toEqual({ km2: 0, provisional: false });
  });

  it('follows a new stockyard and a new muck position without rebuilding the other layers', async () => {
    const { db } = seeded;
    const repository = (await import('../../server/services/stats/stats-repository.ts')).createStatsRepository(db);
    repository.townshipTable({});
    const entities = repository.index.builds.entities;
    db.prepare(
      `INSERT INTO stockyards VALUES ('sy-late', '新堆场', 'industrial', 'coal', NULL, 800, ?, ?, ?, 'synthetic', 't')`,
    ).run(home, CENTRE[0], CENTRE[1]);
    db.prepare("INSERT INTO muck_positions VALUES ('mt-1', '2023-12-31T22:00:00', 113.2, 38.9, 20)").run();
    const after = repository.townshipTable({});
    expect(after.district.counts.stockyards).toBe(4);
    expect(after.district.stockyards.uninspected).toBe(2);
    expect(repository.index.builds.entities).toBe(entities);
    // the truck is now at its position (outside the district), no longer in its township
    const features = (await layerFeatures(app, 'muck-trucks', { asOf: after.asOf })) as PointFeature[];
    expect(after.district.counts['muck-trucks']).toBe(
      features.filter((f) => townships.some((t) => pointInPolygon(f.geometry.coordinates, t.geometry))).length,
    );
    db.prepare("DELETE FROM stockyards WHERE id = 'sy-late'").run();
    db.prepare("DELETE FROM muck_positions WHERE truck_id = 'mt-1'").run();
  });
});

describe('the monthly report’s section 车辆与扬尘', () => {
  it('counts the month’s checks, trucks phased out, muck alerts, roads behind and stockyards failing', () => {
    const outcome = readMonthlyReportData(seeded.db, '2023-12', new Date('2024-01-01T00:00:00Z'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const v = outcome.value.vehiclesDust;
    // the month's first minute and the month-end moment are in the month; November's check is not
    expect(v.checks).toEqual({ checks: 3, hits: 1, hitRate: 1 / 3 });
    expect(v.dieselTrucks).toEqual({ phasedOut: 1, inUse: 1 });
    expect(v.muck.total).toBe(2);
    expect(v.muck.byRule).toMatchObject({ 'muck-off-route': 1, 'muck-out-of-hours': 1 });
    expect(v.roads).toMatchObject({ segments: 2, behind: 1 });
    expect(v.stockyards).toEqual({ total: 3, failing: 1, uninspected: 1 });
    const zh = renderMonthlyReport(outcome.value, { lang: 'zh' });
    expect(zh).toContain('<section id="vehicles-dust">');
    expect(zh).toContain('车辆与扬尘');
    expect(renderMonthlyReport(outcome.value, { lang: 'en' })).toContain('Vehicles and dust');
  });

  it('has nothing phased out in November, when the tractor unit was still in use', () => {
    const outcome = readMonthlyReportData(seeded.db, '2023-11', new Date('2024-01-01T00:00:00Z'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.value.vehiclesDust.dieselTrucks).toEqual({ phasedOut: 0, inUse: 2 });
    expect(outcome.value.vehiclesDust.checks.checks).toBe(1);
    expect(outcome.value.vehiclesDust.muck.total).toBe(1);
  });
});

describe('inspection routes over checkpoints, repair shops and stockyards', () => {
  it('plans a route with such stops, their service minutes and what they are', async () => {
    const res = await app.request('/api/routes/plan', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        sites: [
          { layer: 'checkpoints', id: 'cp-1' },
          { layer: 'repair-shops', id: 'rs-1' },
          { layer: 'stockyards', id: 'sy-bad' },
        ],
        inspectors: { count: 1, shift: ['08:00', '17:00'] },
      }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as {
      routes: { stops: { layer: string; id: string; start: string; departure: string }[] }[];
    };
    const stops = body.routes.flatMap((r) => r.stops);
    expect(stops.map((s) => `${s.layer}:${s.id}`).sort()).toEqual([
      'checkpoints:cp-1',
      'repair-shops:rs-1',
      'stockyards:sy-bad',
    ]);
    const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
    const service = Object.fromEntries(stops.map((s) => [s.layer, minutes(s.departure) - minutes(s.start)]));
    expect(service).toEqual({ checkpoints: 45, 'repair-shops': 30, stockyards: 25 });
  });
});
