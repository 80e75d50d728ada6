import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { pointToLineDistance, polygonToLine } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aqi } from '../../server/aq/aqi.ts';
import { createApp } from '../../server/app.ts';
import { loadMigrations } from '../../server/db/migrate.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { layerCatalogueSchema, layerIds, layerInfo, type LayerId } from '../../server/schema/layer-catalogue.ts';
import { planResponseSchema } from '../../server/schema/plan.ts';
import { ruleHitsResponseSchema } from '../../server/schema/rules.ts';
import { layerPropertySchemas } from '../../server/schema/layer-properties.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { loadReferenceData } from '../../server/reference/load-reference-data.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const propertySchemas = layerPropertySchemas;

const county = loadReferenceData().county;
const countyOutline = polygonToLine(
  county.type === 'Polygon'
    ? { type: 'Polygon', coordinates: county.coordinates }
    : { type: 'MultiPolygon', coordinates: county.coordinates },
);

/** Inside the county, or on its boundary within 1 m (shared vertices are rounded to 6 decimals). */
function inCounty(p: Position): boolean {
  if (pointInPolygon(p, county)) return true;
  const lines = countyOutline.type === 'FeatureCollection' ? countyOutline.features : [countyOutline];
  return lines.some((line) => pointToLineDistance(p, line as Feature<never>, { units: 'meters' }) < 1);
}

function vertices(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
      return geometry.coordinates.flat();
    default:
      throw new Error(`unexpected geometry ${geometry.type}`);
  }
}

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;

beforeAll(() => {
  seeded = createSeededDbFile();
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
});
afterAll(() => seeded.dispose());

async function getJson(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const res = await app.request(path, init);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return { status: res.status, body: await res.json() };
}

async function getLayer(id: string, query = ''): Promise<FeatureCollection> {
  const { status, body } = await getJson(`/api/layers/${id}${query ? `?${query}` : ''}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body as FeatureCollection;
}

async function expectError(path: string, status: number, code: string, message: RegExp) {
  const res = await getJson(path);
  expect(res.status).toBe(status);
  const body = errorBodySchema.parse(res.body);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(message);
}

describe('GET /api/health', () => {
  it('answers ok', async () => {
    expect(await getJson('/api/health')).toEqual({ status: 200, body: { ok: true } });
  });
});

describe('GET /api/layers', () => {
  it('lists every layer with names, geometry type and a count equal to what the layer serves', async () => {
    const { status, body } = await getJson('/api/layers');
    expect(status).toBe(200);
    const catalogue = layerCatalogueSchema.parse(body);
    expect(catalogue.layers.map((l) => l.id)).toEqual([...layerIds]);
    for (const layer of catalogue.layers) {
      const features = (await getLayer(layer.id)).features;
      expect(layer.featureCount, layer.id).toBe(features.length);
      expect(layer.nameZh).toMatch(/\p{Script=Han}/u);
      expect(layer.nameEn).toMatch(/[A-Za-z]/);
      const { official, approximate, synthetic } = layer.provenance;
      expect(official + approximate + synthetic).toBe(features.length);
    }
  });
});

/** The GeoJSON geometry types each catalogue geometry type allows (a road may be a MultiLineString). */
const geometryTypes = {
  Point: ['Point'],
  Polygon: ['Polygon', 'MultiPolygon'],
  LineString: ['LineString', 'MultiLineString'],
} as const;

describe('GET /api/layers/:id', () => {
  it.each(layerIds.map((id) => [id]))(
    '%s is a non-empty, valid FeatureCollection inside the county',
    async (id: LayerId) => {
      const fc = await getLayer(id);
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features.length).toBeGreaterThan(0);
      const ids = new Set();
      for (const f of fc.features) {
        expect(f.type).toBe('Feature');
        ids.add(f.id);
        const result = propertySchemas[id].safeParse(f.properties);
        expect(result.success, `${id} ${String(f.id)}: ${result.error?.message}`).toBe(true);
        const expectedType = geometryTypes[layerInfo[id].geometryType];
        expect(expectedType).toContain(f.geometry.type);
        for (const p of vertices(f.geometry)) {
          expect(p).toHaveLength(2);
          expect(inCounty(p), `${id} ${String(f.id)} vertex ${p.join(',')}`).toBe(true);
        }
      }
      expect(ids.size).toBe(fc.features.length);
    },
  );

  it('filters by bbox: only and exactly the features whose point lies in the box', async () => {
    const all = await getLayer('enterprises');
    const box = [112.7, 38.4, 112.76, 38.45];
    const inside = (f: Feature) => {
      const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates as [number, number];
      return lon >= box[0]! && lon <= box[2]! && lat >= box[1]! && lat <= box[3]!;
    };
    const filtered = await getLayer('enterprises', `bbox=${box.join(',')}`);
    expect(filtered.features.length).toBeGreaterThan(0);
    expect(filtered.features.map((f) => f.id)).toEqual(all.features.filter(inside).map((f) => f.id));
  });

  it('filters polygons by bbox intersection', async () => {
    const far = await getLayer('townships', 'bbox=100,30,101,31');
    expect(far.features).toEqual([]);
    const centre = await getLayer('townships', 'bbox=112.735,38.425,112.7351,38.4251');
    expect(centre.features.length).toBeGreaterThanOrEqual(1);
    expect(centre.features.map((f) => f.id)).toContain('140902001');
  });

  it('filters by township', async () => {
    const fc = await getLayer('villages', 'township=140902004');
    expect(fc.features.length).toBe(16);
    expect(new Set(fc.features.map((f) => f.properties?.township))).toEqual(new Set(['140902004']));
    const one = await getLayer('townships', 'township=140902004');
    expect(one.features.map((f) => f.id)).toEqual(['140902004']);
  });

  it('filters by provenance', async () => {
    const approx = await getLayer('enterprises', 'provenance=approximate');
    expect(approx.features.map((f) => f.properties?.name).sort()).toEqual(
      ['山西禹王煤炭气化有限公司', '忻州市五峰山水泥有限公司', '忻州市铁牛水泥粉磨有限公司'].sort(),
    );
    const official = await getLayer('stations', 'provenance=official');
    expect(official.features.map((f) => f.id)).toEqual(['2180A', '2181A', '2182A', '3208A']);
  });

  it('applies layer filters: enterprise grade and group', async () => {
    const all = await getLayer('enterprises');
    const cd = await getLayer('enterprises', 'grade=C,D');
    expect(cd.features.length).toBe(all.features.filter((f) => ['C', 'D'].includes(f.properties?.grade)).length);
    expect(cd.features.every((f) => ['C', 'D'].includes(f.properties?.grade))).toBe(true);
    const building = await getLayer('enterprises', 'group=building-materials');
    expect(building.features.length).toBeGreaterThan(0);
    expect(building.features.every((f) => f.properties?.industryGroup === 'building-materials')).toBe(true);
  });

  it('applies layer filters: banned machines, failing sites, heating status, station kind, fuel status', async () => {
    const banned = await getLayer('machines', 'banned=true');
    const allowed = await getLayer('machines', 'banned=false');
    const machines = await getLayer('machines');
    expect(banned.features.length).toBeGreaterThan(0);
    expect(banned.features.length + allowed.features.length).toBe(machines.features.length);
    expect(banned.features.every((f) => f.properties?.banReasons.length > 0)).toBe(true);

    const failing = await getLayer('construction-sites', 'compliant=false');
    expect(failing.features.length).toBeGreaterThan(0);
    expect(failing.features.every((f) => f.properties?.failedChecks.length > 0)).toBe(true);

    const reburning = await getLayer('villages', 'heating=reburning');
    expect(reburning.features.length).toBeGreaterThan(0);
    expect(reburning.features.every((f) => f.properties?.reburnReports > 0)).toBe(true);

    const national = await getLayer('stations', 'kind=national');
    expect(national.features).toHaveLength(4);

    const open = await getLayer('fuel-points', 'status=reported,verified');
    expect(open.features.every((f) => f.properties?.status !== 'closed')).toBe(true);
  });

  it('serves dustfall for a chosen month, flagging values above 7 t/(km²·month)', async () => {
    const april = await getLayer('dustfall-points', 'month=2023-04');
    expect(april.features.every((f) => f.properties?.month === '2023-04')).toBe(true);
    for (const f of april.features) expect(f.properties?.exceeds).toBe(f.properties?.value > 7);
    const exceeding = await getLayer('dustfall-points', 'month=2023-04&exceeds=true');
    expect(exceeding.features.length).toBe(april.features.filter((f) => f.properties?.value > 7).length);
    const latest = await getLayer('dustfall-points');
    expect(latest.features.every((f) => f.properties?.month === '2023-12')).toBe(true);
    const asOfJune = await getLayer('dustfall-points', 'asOf=2023-06-20T10:00');
    expect(asOfJune.features.every((f) => f.properties?.month === '2023-06')).toBe(true);
  });

  it('answers as of a moment: machine positions and station readings no later than asOf', async () => {
    const machines = await getLayer('machines', 'asOf=2023-06-15T12:00');
    expect(machines.features.length).toBeGreaterThan(0);
    expect(machines.features.every((f) => f.properties?.positionTs === '2023-06-15T09:00')).toBe(true);
    const stations = await getLayer('stations', 'kind=national&asOf=2023-06-15T12:30');
    const latest = stations.features.map((f) => f.properties?.latest?.ts).filter(Boolean);
    expect(latest.length).toBeGreaterThanOrEqual(1);
    expect(latest.every((ts: string) => ts <= '2023-06-15T12:30' && ts > '2023-06-14T12:30')).toBe(true);
    const utc = await getLayer('stations', 'kind=national&asOf=2023-06-15T04:30:00Z');
    expect(utc.features.map((f) => f.properties?.latest)).toEqual(stations.features.map((f) => f.properties?.latest));
    const beforeData = await getLayer('machines', 'asOf=2022-06-01');
    expect(beforeData.features).toEqual([]);
  });

  it('gives each station the HJ 633 hourly AQI of its latest reading', async () => {
    const fc = await getLayer('stations');
    const withReading = fc.features.filter((f) => f.properties?.latest);
    expect(withReading.length).toBeGreaterThan(30);
    for (const f of withReading) {
      const { ts: _ts, ...concentrations } = (f.properties?.latest ?? {}) as Record<string, number | null>;
      const expected = aqi(concentrations, 'hourly');
      expect(f.properties?.aqi).toMatchObject({ value: expected.aqi, level: expected.level, color: expected.color });
    }
  });

  it('gives, with aqiPeriod=day, the daily AQI of as-of’s calendar day, as the daily AQ endpoint does', async () => {
    const fc = await getLayer('stations', 'kind=national&asOf=2023-03-10T12:00&aqiPeriod=day');
    const active = fc.features.filter((f) => f.properties?.status === 'active');
    expect(active.length).toBe(3);
    for (const f of active) {
      const daily = (await getJson(`/api/aq/daily?station=${String(f.id)}&from=2023-03-10&to=2023-03-10`)).body as {
        days: { aqi: number | null; color: string | null }[];
      };
      expect(f.properties?.aqi).toMatchObject({
        period: 'day',
        at: '2023-03-10',
        value: daily.days[0]?.aqi,
        color: daily.days[0]?.color,
      });
    }
    // the hour ending at midnight belongs to the day before
    const midnight = await getLayer('stations', 'kind=national&asOf=2023-03-11T00:00&aqiPeriod=day');
    expect(midnight.features.find((f) => f.id === '3208A')?.properties?.aqi?.at).toBe('2023-03-10');
  });

  it('lists, for each NRMM zone, the banned non-exempt machines whose latest position lies inside it', async () => {
    const zones = await getLayer('nrmm-zones', 'asOf=2023-06-15T12:00');
    const machines = await getLayer('machines', 'asOf=2023-06-15T12:00&banned=true');
    for (const zone of zones.features) {
      const expected = machines.features
        .filter(
          (m) =>
            m.properties?.exemptUse === null &&
            pointInPolygon(
              (m.geometry as { coordinates: Position }).coordinates,
              zone.geometry as Polygon | MultiPolygon,
            ),
        )
        .map((m) => m.id);
      expect(zone.properties?.bannedMachinesInside).toEqual(expected);
    }
    expect(zones.features.some((z) => z.properties?.bannedMachinesInside.length > 0)).toBe(true);
  });

  it('marks the stopped national station as stopped with no latest reading', async () => {
    const fc = await getLayer('stations', 'kind=national');
    const stopped = fc.features.find((f) => f.id === '2180A');
    expect(stopped?.properties).toMatchObject({ status: 'stopped', stoppedOn: '2019-03-13', latest: null });
  });

  it('returns townships with their geometry and geodesic area', async () => {
    const fc = await getLayer('townships');
    expect(fc.features).toHaveLength(18);
    const total = fc.features.reduce((sum, f) => sum + (f.properties?.areaKm2 as number), 0);
    expect(total).toBeGreaterThan(1950);
    expect(total).toBeLessThan(2020);
    expect((fc.features[0]?.geometry as Polygon | MultiPolygon | undefined)?.coordinates.length).toBeGreaterThan(0);
  });
});

describe('bad requests', () => {
  it('unknown layer → 404 naming the known layers', () =>
    expectError('/api/layers/roads', 404, 'not_found', /unknown layer 'roads'.*enterprises/));

  it.each([
    ['bbox=1,2,3', /four numbers/],
    ['bbox=a,b,c,d', /four numbers/],
    ['bbox=112,38,113,', /four numbers/],
    ['bbox=38.4,112.7,38.5,112.8', /latitudes in \[-90, 90\]/],
    ['bbox=113,38,112,39', /min must not exceed max/],
  ])('malformed bbox %s → 400', (query, message) =>
    expectError(`/api/layers/villages?${query}`, 400, 'invalid_request', message),
  );

  it('unknown query parameter → 400 naming it', () =>
    expectError('/api/layers/villages?grade=A', 400, 'invalid_request', /unknown query parameter 'grade'/));

  it('bad enum value → 400 listing the allowed ones', () =>
    expectError('/api/layers/enterprises?grade=E', 400, 'invalid_request', /'E' is not one of A, B, C, D/));

  it('township not 9 digits → 400; unknown township → 400', async () => {
    await expectError('/api/layers/villages?township=1409', 400, 'invalid_request', /9-digit/);
    await expectError(
      '/api/layers/villages?township=140902999',
      400,
      'invalid_request',
      /no township has code 140902999/,
    );
  });

  it('bad asOf, month and boolean → 400', async () => {
    await expectError('/api/layers/machines?asOf=yesterday', 400, 'invalid_request', /asOf: must be YYYY-MM-DD/);
    await expectError('/api/layers/dustfall-points?month=2023-13', 400, 'invalid_request', /month: must be YYYY-MM/);
    await expectError('/api/layers/machines?banned=yes', 400, 'invalid_request', /banned/);
  });

  it('unknown API route → 404 JSON', () =>
    expectError('/api/nothing-here', 404, 'not_found', /no route for GET \/api\/nothing-here/));

  it('oversized body → 413, and the server keeps serving', async () => {
    const res = await app.request('/api/layers', {
      method: 'POST',
      body: 'x'.repeat(6 * 1024 * 1024),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(413);
    expect(errorBodySchema.parse(await res.json()).error.code).toBe('payload_too_large');
    expect((await getJson('/api/health')).status).toBe(200);
  });
});

describe('GET /api/plan', () => {
  it('lists the targets and the 17 tasks with lead units and status', async () => {
    const { status, body } = await getJson('/api/plan');
    expect(status).toBe(200);
    const plan = planResponseSchema.parse(body);
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const limits = Object.fromEntries(plan.targets.map((t) => [t.subject, [t.limit, t.unit]]));
    expect(limits).toEqual({
      'PM2.5': [35, 'µg/m³'],
      SO2: [10, 'µg/m³'],
      PM10: [70, 'µg/m³'],
      NO2: [40, 'µg/m³'],
      CO: [4, 'mg/m³'],
      O3: [160, 'µg/m³'],
      dustfall: [7, 't/(km²·month)'],
    });
    expect(plan.tasks[0]?.leadUnits).toEqual(['区发改局', '区行政审批局']);
    expect(plan.tasks[2]?.deadlines.map((d) => d.date)).toEqual(['2023-06-30']);
    expect(plan.tasks.every((t) => t.statusProvenance === 'synthetic')).toBe(true);
  });
});

describe('GET /api/rules', () => {
  it('lists the rule hits at as-of with the controls in force, each citing its task', async () => {
    const { status, body } = await getJson('/api/rules?asOf=2023-07-15T11:00');
    expect(status).toBe(200);
    const r = ruleHitsResponseSchema.parse(body);
    expect(r.controls).toEqual({ ozone: true, autumnWinter: false });
    expect(r.alertLevel).toBe('none');
    expect(r.counts['ozone-voc-stagger']).toBeGreaterThan(0);
    // 五峰山 only: 铁牛 finished its assessment monitoring (monitoring-done), which task 3's date asks for
    expect(r.hits.filter((h) => h.rule === 'ule-assessment-overdue').map((h) => h.task)).toEqual([3]);
    expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.hits.length);
  });

  it('derives the alert level from a forecast, and rejects a malformed one', async () => {
    const r = ruleHitsResponseSchema.parse(
      (await getJson('/api/rules?asOf=2023-12-20T09:00&forecast=250,260,270')).body,
    );
    expect(r.alertLevel).toBe('orange');
    expect(r.counts['heavy-pollution-measure']).toBeGreaterThan(0);
    await expectError(
      '/api/rules?forecast=high',
      400,
      'invalid_request',
      /forecast: must be comma-separated daily AQI/,
    );
  });
});

describe('GET /api/meta', () => {
  it('describes the dataset: seed, scale, default as-of', async () => {
    const { status, body } = await getJson('/api/meta');
    expect(status).toBe(200);
    const latest = loadMigrations().at(-1)?.version;
    expect(latest).toBeGreaterThanOrEqual(2);
    expect(body).toMatchObject({
      schemaVersion: latest,
      defaultAsOf: '2023-12-31T23:00',
      dataset: { seed: 'lantian-2023', scale: '1' },
    });
  });
});
