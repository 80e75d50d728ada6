import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { industries, industryInfo } from '../../server/schema/enterprise.ts';
import {
  statsLayerIds,
  statsPollutants,
  townshipStatsResponseSchema,
  type TownshipStatsResponse,
} from '../../server/schema/stats.ts';
import { heatingStatuses } from '../../server/schema/village.ts';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';
import { allPointLayers, bruteCounts, inside, layerFeatures } from './stats-oracle.ts';

type Areal = Polygon | MultiPolygon;
type Township = Feature<Areal, { code: string; name: string; areaKm2: number }>;

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;
let table: TownshipStatsResponse;
let townships: Township[];

beforeAll(async () => {
  seeded = createSeededDbFile();
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  table = await getTable('');
  townships = (await layerFeatures(app, 'townships')) as Township[];
});
afterAll(() => seeded.dispose());

async function getTable(query: string): Promise<TownshipStatsResponse> {
  const res = await app.request(`/api/stats/townships${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return townshipStatsResponseSchema.parse(await res.json());
}

describe('GET /api/stats/townships', () => {
  it('has 18 township rows by code and a district row, at the default month and as-of', () => {
    expect(table.townships).toHaveLength(18);
    expect(table.townships.map((t) => t.code)).toEqual(townships.map((t) => t.properties.code));
    expect(table.townships.map((t) => t.name)).toEqual(townships.map((t) => t.properties.name));
    expect(table.month).toBe('2023-12');
    expect(table.asOf).toBe('2023-12-31T23:00');
  });

  it('measures each township geodesically, and the township areas add up to the district area', () => {
    table.townships.forEach((row, k) => {
      const geometry = townships[k]?.geometry as Areal;
      expect(row.areaKm2).toBeCloseTo(geodesicAreaKm2(geometry), 9);
      expect(row.areaKm2).toBeCloseTo(townships[k]?.properties.areaKm2 as number, 2);
    });
    const sum = table.townships.reduce((s, t) => s + t.areaKm2, 0);
    expect(table.district.areaKm2).toBeGreaterThan(1980);
    expect(Math.abs(sum - table.district.areaKm2)).toBeLessThan(1e-5);
  });

  it(
    'counts in each township exactly the layer features inside its polygon, ' + 'and in the district every feature',
    async () => {
      const layers = await allPointLayers(app);
      table.townships.forEach((row, k) => {
        expect(row.counts, row.code).toEqual(bruteCounts(layers, townships[k]?.geometry as Areal));
        for (const id of statsLayerIds) expect(row.densities[id]).toBeCloseTo(row.counts[id] / row.areaKm2, 12);
      });
      expect(table.district.counts).toEqual(Object.fromEntries(statsLayerIds.map((id) => [id, layers[id].length])));
      // Here no feature lies on a shared township boundary, so the rows add up to the district.
      for (const id of statsLayerIds)
        expect(
          table.townships.reduce((s, t) => s + t.counts[id], 0),
          id,
        ).toBe(table.district.counts[id]);
    },
  );

  it(
    'breaks counts down by industry, heating status, site compliance and fuel-point status ' + 'as the features say',
    async () => {
      const layers = await allPointLayers(app);
      table.townships.forEach((row, k) => {
        const area = townships[k]?.geometry as Areal;
        const enterprises = inside(layers.enterprises, area);
        for (const industry of industries) {
          expect(row.enterprises.byIndustry[industry].count, `${row.code} ${industry}`).toBe(
            enterprises.filter((f) => f.properties.industry === industry).length,
          );
        }
        const groups = new Map<string, number>();
        for (const f of enterprises)
          groups.set(
            industryInfo[f.properties.industry as (typeof industries)[number]].group,
            (groups.get(industryInfo[f.properties.industry as (typeof industries)[number]].group) ?? 0) + 1,
          );
        for (const [group, n] of groups)
          expect(row.enterprises.byGroup[group as keyof typeof row.enterprises.byGroup].count).toBe(n);

        const villages = inside(layers.villages, area);
        for (const status of heatingStatuses)
          expect(row.villages.byHeating[status].count).toBe(
            villages.filter((f) => f.properties.heatingStatus === status).length,
          );

        const sites = inside(layers['construction-sites'], area);
        expect(row.constructionSites.failing.count).toBe(sites.filter((f) => f.properties.compliant === false).length);
        expect(row.constructionSites.uninspected).toBe(sites.filter((f) => f.properties.compliant === null).length);
        expect(row.constructionSites.active).toBe(sites.filter((f) => f.properties.active === true).length);
        expect(row.constructionSites.activeFailing).toBe(
          sites.filter((f) => f.properties.active === true && f.properties.compliant === false).length,
        );
        expect(row.constructionSites.failedChecks.sealedTransport).toBe(
          sites.filter((f) => (f.properties.failedChecks as string[]).includes('sealedTransport')).length,
        );

        const stations = inside(layers.stations, area);
        expect(row.stations.national).toBe(stations.filter((f) => f.properties.kind === 'national').length);
        expect(row.stations.active).toBe(stations.filter((f) => f.properties.status === 'active').length);
        expect(row.fuelPoints.open).toBe(
          inside(layers['fuel-points'], area).filter((f) => f.properties.status !== 'closed').length,
        );
      });
      expect(table.district.constructionSites.failing.count).toBeGreaterThan(0);
      expect(table.district.villages.byHeating.reburning.count).toBeGreaterThan(0);
    },
  );

  it('counts banned machines inside NRMM zones as the nrmm-zones layer lists them', async () => {
    const zones = (await layerFeatures(app, 'nrmm-zones')) as Feature<Areal, { bannedMachinesInside: string[] }>[];
    const listed = new Set(zones.flatMap((z) => z.properties.bannedMachinesInside));
    expect(listed.size).toBeGreaterThan(0);
    expect(table.district.machines.bannedInNrmmZones.count).toBe(listed.size);
    const machines = (await layerFeatures(app, 'machines')) as Feature<Point, Record<string, unknown>>[];
    table.townships.forEach((row, k) => {
      const here = machines.filter(
        (m) =>
          listed.has(m.properties.id as string) &&
          pointInPolygon(m.geometry.coordinates, townships[k]?.geometry as Areal),
      );
      expect(row.machines.bannedInNrmmZones.count, row.code).toBe(here.length);
      expect(row.machines.banned).toBe(
        inside(machines, townships[k]?.geometry as Areal).filter((m) => m.properties.banned === true).length,
      );
    });
  });

  it(
    'takes the dustfall of a township as the mean of its points, ' +
      'and of the district as the area-weighted mean of the townships',
    async () => {
      const points = (await layerFeatures(app, 'dustfall-points', { month: '2023-12' })) as Feature<
        Point,
        { value: number | null }
      >[];
      let weighted = 0;
      let covered = 0;
      table.townships.forEach((row, k) => {
        const values = inside(points as Feature<Point, Record<string, unknown>>[], townships[k]?.geometry as Areal)
          .map((f) => f.properties.value as number | null)
          .filter((v): v is number => v !== null);
        const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
        expect(row.dustfall).toMatchObject({ month: '2023-12', method: 'point-mean', points: values.length, limit: 7 });
        expect(row.dustfall.value, row.code).toBeCloseTo(mean as number, 12);
        expect(row.dustfall.exceeds).toBe((mean as number) > 7);
        if (mean !== null) {
          weighted += row.areaKm2 * mean;
          covered += row.areaKm2;
        }
      });
      const district = table.district.dustfall;
      expect(district.method).toBe('area-weighted');
      expect(district.value).toBeCloseTo(weighted / covered, 12);
      expect(district.coverageKm2).toBeCloseTo(covered, 9);
      expect(district.exceeds).toBe((district.value as number) > 7);
      // The area weighting matters: the plain mean of the points is another number.
      expect(district.pointMean).not.toBeCloseTo(district.value as number, 2);
      expect(district.points).toBe(points.filter((p) => p.properties.value !== null).length);
    },
  );

  it('counts the month of machine position reports up to as-of, per township and for the district', async () => {
    const { db } = seeded;
    const rows = db
      .prepare(
        "SELECT machine_id, lon, lat FROM machine_positions WHERE ts >= '2023-12-01' AND ts <= '2023-12-31T23:00'",
      )
      .all() as { machine_id: string; lon: number; lat: number }[];
    // banned as the machines layer says at as-of: below the minimum stage of the zone it is in, unregistered, smoke
    const banned = new Set(
      ((await layerFeatures(app, 'machines')) as Feature<Point, Record<string, unknown>>[])
        .filter((f) => f.properties.banned === true)
        .map((f) => String(f.id)),
    );
    expect(table.district.machines.activity).toEqual({
      positions: rows.length,
      machines: new Set(rows.map((r) => r.machine_id)).size,
      bannedMachines: new Set(rows.filter((r) => banned.has(r.machine_id)).map((r) => r.machine_id)).size,
    });
    table.townships.slice(0, 6).forEach((row, k) => {
      const here = rows.filter((r) => pointInPolygon([r.lon, r.lat], townships[k]?.geometry as Areal));
      expect(row.machines.activity.positions, row.code).toBe(here.length);
      expect(row.machines.activity.machines).toBe(new Set(here.map((r) => r.machine_id)).size);
    });
  });

  it('summarises the hourly readings of the stations inside over the month', () => {
    const { db } = seeded;
    const avg = db
      .prepare(
        'SELECT avg(pm25) AS pm25, count(pm25) AS n, avg(co) AS co FROM station_readings ' +
          "WHERE ts > '2023-12-01T00:00' AND ts <= '2023-12-31T23:00'",
      )
      .get() as { pm25: number; n: number; co: number };
    const readings = table.district.stations.readings;
    expect(readings).toMatchObject({ from: '2023-12-01T00:00', to: '2023-12-31T23:00', stations: 39 });
    expect(readings.validHours['PM2.5']).toBe(avg.n);
    expect(readings.means['PM2.5']).toBeCloseTo(avg.pm25, 9);
    expect(readings.means.CO).toBeCloseTo(avg.co, 9);
    const row = table.townships.find(
      (t) => t.stations.national + t.stations.micro > 0,
    ) as TownshipStatsResponse['townships'][number];
    const codes = (
      db.prepare('SELECT code, lon, lat FROM stations').all() as { code: string; lon: number; lat: number }[]
    )
      .filter((s) =>
        pointInPolygon([s.lon, s.lat], townships.find((t) => t.properties.code === row.code)?.geometry as Areal),
      )
      .map((s) => s.code);
    const local = db
      .prepare(
        `SELECT avg(no2) AS no2 FROM station_readings ` +
          `WHERE station_code IN (${codes.map(() => '?').join(',')}) ` +
          `AND ts > '2023-12-01T00:00' AND ts <= '2023-12-31T23:00'`,
      )
      .get(...codes) as { no2: number };
    expect(row.stations.readings.means.NO2).toBeCloseTo(local.no2, 9);
    for (const p of statsPollutants) expect(row.stations.readings.validHours[p]).toBeGreaterThan(0);
  });

  it('takes month and asOf: dustfall of that month, machines and statuses at that moment', async () => {
    const april = await getTable('?month=2023-04');
    expect(april.month).toBe('2023-04');
    const points = (await layerFeatures(app, 'dustfall-points', { month: '2023-04' })) as Feature<
      Point,
      Record<string, unknown>
    >[];
    const first = inside(points, townships[0]?.geometry as Areal).map((f) => f.properties.value as number);
    expect(april.townships[0]?.dustfall.value).toBeCloseTo(first.reduce((a, b) => a + b, 0) / first.length, 12);
    expect(april.townships[0]?.dustfall.value).not.toBeCloseTo(table.townships[0]?.dustfall.value as number, 3);

    const asOf = '2023-06-15T12:00';
    const june = await getTable(`?asOf=${asOf}`);
    expect(june.month).toBe('2023-06');
    expect(june.asOf).toBe(asOf);
    const layers = await allPointLayers(app, { asOf });
    june.townships.forEach((row, k) =>
      expect(row.counts, row.code).toEqual(bruteCounts(layers, townships[k]?.geometry as Areal)),
    );
    expect(june.district.stations.readings.to).toBe(asOf);
    const villages = layers.villages;
    expect(june.district.villages.byHeating.reburning.count).toBe(
      villages.filter((f) => f.properties.heatingStatus === 'reburning').length,
    );
    const machinesThen = layers.machines.filter((m) => m.properties.banned === true).length;
    expect(june.district.machines.banned).toBe(machinesThen);
    // An ISO date-time with offset names the same moment.
    expect((await getTable('?asOf=2023-06-15T04:00:00Z')).district).toEqual(june.district);
  });

  it('rejects bad parameters with a 400 naming them', async () => {
    const cases: Array<[string, RegExp]> = [
      ['?month=2023-13', /month: must be YYYY-MM/],
      ['?asOf=yesterday', /asOf: must be YYYY-MM-DD/],
      ['?township=140902001', /unknown query parameter 'township'/],
    ];
    for (const [query, message] of cases) {
      const res = await app.request(`/api/stats/townships${query}`);
      expect(res.status).toBe(400);
      expect(errorBodySchema.parse(await res.json()).error.message).toMatch(message);
    }
  });
});
