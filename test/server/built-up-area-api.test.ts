import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readRuleFacts } from '../../server/db/rule-facts.ts';
import { builtUpSummarySchema } from '../../server/schema/built-up-summary.ts';
import { importOutcomeSchema, importReportSchema } from '../../server/schema/imports.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: ReturnType<typeof createApp>;
let admin: Caller;
let analyst: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = createApp({ db: seeded.db });
  admin = asUser(app, seeded.db, 'admin', { username: 'district-admin' });
  analyst = asUser(app, seeded.db, 'analyst', { username: 'analyst' });
});
afterAll(() => seeded.dispose());

const summaryAt = async (query = '') => {
  const res = await analyst.request(`/api/built-up-area/summary${query}`);
  expect(res.status).toBe(200);
  return builtUpSummarySchema.parse(await res.json());
};
const layerAt = async (asOf: string) =>
  (await (await analyst.request(`/api/layers/built-up-area?asOf=${asOf}`)).json()) as FeatureCollection<
    Polygon | MultiPolygon,
    { id: string; provisional: boolean; provenance: string; areaKm2: number }
  >;
const geojson = (features: unknown[]) =>
  new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
const upload = (step: 'dry-run' | 'commit', bytes: Uint8Array, as: Caller = admin) =>
  as.request(`/api/imports/built-up-area/${step}?file=${encodeURIComponent('建成区.geojson')}`, {
    method: 'POST',
    body: bytes.slice(),
    headers: { 'content-type': 'application/octet-stream' },
  });
const ring = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
/** The planning department's boundary (a test stand-in): 112.70–112.76 E, 38.39–38.44 N, from 2023-06-01. */
const official = {
  type: 'Feature',
  properties: { 编号: 'BUA-2023', 名称: '忻州市城市建成区', 生效日期: '2023-06-01' },
  geometry: { type: 'Polygon', coordinates: ring(112.7, 38.39, 112.76, 38.44) },
};

describe('GET /api/built-up-area/summary on the seeded district', () => {
  it('gives the provisional outline in force, marked so, and what lies inside it', async () => {
    const summary = await summaryAt();
    expect(summary).toMatchObject({ asOf: '2023-12-31T23:00', provisional: true });
    expect(summary.areas).toEqual([
      expect.objectContaining({ id: 'BUA-PROVISIONAL', provisional: true, provenance: 'approximate' }),
    ]);
    expect(summary.areaKm2).toBeGreaterThan(20);
    expect(summary.areaKm2).toBeLessThan(120);
    expect(summary.enterprises.total).toBeGreaterThan(0);
    expect(summary.enterprises.operating).toBeLessThanOrEqual(summary.enterprises.total);
    expect(summary.enterprises.listVersion).not.toBeNull();
    expect(summary.constructionSites.active).toBeLessThanOrEqual(summary.constructionSites.total);
    expect(summary.machines.electric).toBeLessThanOrEqual(summary.machines.seen);
  });

  it('counts the enterprises inside as an independent point-in-polygon oracle does', async () => {
    const summary = await summaryAt('?asOf=2023-07-15T11:00');
    const area = JSON.parse(
      (seeded.db.prepare('SELECT geometry FROM built_up_areas').get() as { geometry: string }).geometry,
    ) as Polygon;
    const inside = (
      seeded.db.prepare('SELECT lon, lat FROM enterprises').all() as { lon: number; lat: number }[]
    ).filter((e) => pointInPolygon([e.lon, e.lat], area)).length;
    expect(summary.enterprises.total).toBe(inside);
  });

  it('refuses unknown parameters and a malformed as-of, naming them', async () => {
    const unknown = await analyst.request('/api/built-up-area/summary?township=140902001');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('township');
    const bad = await analyst.request('/api/built-up-area/summary?asOf=2023-13-45');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('asOf');
  });
});

describe('import target built-up-area: the planning department’s boundary replaces the 示意 outline', () => {
  it('refuses a self-intersecting polygon, and a point, naming the problem; nothing is written', async () => {
    const bowTie = {
      ...official,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [112.7, 38.39],
            [112.76, 38.44],
            [112.76, 38.39],
            [112.7, 38.44],
            [112.7, 38.39],
          ],
        ],
      },
    };
    const report = importReportSchema.parse(await (await upload('dry-run', geojson([bowTie]))).json());
    expect(report.committable).toBe(false);
    expect(report.problems.find((p) => p.severity === 'error')?.problem).toMatch(/intersects itself/);
    const res = await upload('commit', geojson([bowTie]));
    expect(res.status).toBe(422);
    const point = { ...official, geometry: { type: 'Point', coordinates: [112.73, 38.41] } };
    const pointReport = importReportSchema.parse(await (await upload('dry-run', geojson([point]))).json());
    expect(pointReport.problems.find((p) => p.severity === 'error')?.problem).toMatch(/polygons/);
    expect((seeded.db.prepare('SELECT count(*) AS n FROM built_up_areas').get() as { n: number }).n).toBe(1);
  });

  it('refuses the provisional outline’s own code, so an import never updates it in place', async () => {
    const reuse = { ...official, properties: { ...official.properties, 编号: 'BUA-PROVISIONAL' } };
    const report = importReportSchema.parse(await (await upload('dry-run', geojson([reuse]))).json());
    expect(report.committable).toBe(false);
    expect(report.problems.find((p) => p.severity === 'error')?.problem).toContain('BUA-PROVISIONAL');
  });

  it('only admins import', async () => {
    expect((await upload('dry-run', geojson([official]), analyst)).status).toBe(403);
  });

  it('dry run reports one insert and writes nothing', async () => {
    const report = importReportSchema.parse(await (await upload('dry-run', geojson([official]))).json());
    expect(report).toMatchObject({ target: 'built-up-area', format: 'geojson', committable: true });
    expect(report.counts).toMatchObject({ features: 1, valid: 1, inserts: 1, errors: 0 });
    expect((seeded.db.prepare('SELECT count(*) AS n FROM built_up_areas').get() as { n: number }).n).toBe(1);
  });

  it('commit: from its effective date the imported boundary alone is in force (layer and rules)', async () => {
    const outcome = importOutcomeSchema.parse(await (await upload('commit', geojson([official]))).json());
    expect(outcome).toMatchObject({ inserted: 1, updated: 0 });
    const row = seeded.db.prepare("SELECT * FROM built_up_areas WHERE id = 'BUA-2023'").get() as Record<
      string,
      unknown
    >;
    expect(row).toMatchObject({ provisional: 0, provenance: 'official', effective_from: '2023-06-01' });
    expect(row.area_km2).toBeGreaterThan(20);

    const after = await layerAt('2023-12-31T23:00');
    expect(after.features.map((f) => [f.properties.id, f.properties.provisional])).toEqual([['BUA-2023', false]]);
    const before = await layerAt('2023-05-31T23:00');
    expect(before.features.map((f) => [f.properties.id, f.properties.provisional])).toEqual([
      ['BUA-PROVISIONAL', true],
    ]);
    expect(readRuleFacts(seeded.db, '2023-12-31T23:00').builtUp?.map((b) => b.id)).toEqual(['BUA-2023']);
    expect(readRuleFacts(seeded.db, '2023-06-01T00:00').builtUp?.map((b) => b.id)).toEqual(['BUA-2023']);
    expect(readRuleFacts(seeded.db, '2023-05-31T23:59').builtUp?.map((b) => b.id)).toEqual(['BUA-PROVISIONAL']);

    const summary = await summaryAt();
    expect(summary.provisional).toBe(false);
    expect(summary.areas.map((a) => a.id)).toEqual(['BUA-2023']);
    expect(summary.areaKm2).toBeCloseTo(row.area_km2 as number, 3);
  });
});
