import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import gcoord from 'gcoord';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { geodesicDistanceM } from '../../server/roads/geodesic-distance.ts';
import { auditResponseSchema } from '../../server/schema/audit.ts';
import { importOutcomeSchema, importReportSchema } from '../../server/schema/imports.ts';
import { createPolygonLocator } from '../../server/spatial/polygon-locator.ts';
import { maxVertexDistanceM, readFixture } from '../import/fixtures.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: ReturnType<typeof createApp>;
let admin: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = createApp({ db: seeded.db });
  admin = asUser(app, seeded.db, 'admin', { username: 'district-admin' });
});
afterAll(() => seeded.dispose());

const upload = (
  target: string,
  step: 'dry-run' | 'commit',
  file: string,
  bytes: Uint8Array,
  query = '',
  as: Caller = admin,
) =>
  as.request(`/api/imports/${target}/${step}?file=${encodeURIComponent(file)}${query}`, {
    method: 'POST',
    body: bytes.slice(),
    headers: { 'content-type': 'application/octet-stream' },
  });
const count = (table: string) => (seeded.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const csvRows = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.match(/("[^"]*"|[^,]+)/g) as string[]);

describe('enterprise register: CSV exported from Excel, positions in GCJ-02', () => {
  const file = readFixture('enterprises-gcj02.utf8-bom.csv');

  it('dry run: a report and a preview, nothing written', async () => {
    const before = count('enterprises');
    const res = await upload('enterprises', 'dry-run', '企业名录.csv', file, '&crs=gcj02');
    expect(res.status).toBe(200);
    const report = importReportSchema.parse(await res.json());
    expect(report).toMatchObject({ target: 'enterprises', format: 'csv', crs: 'GCJ-02', committable: true });
    expect(report.counts).toMatchObject({ features: 5, valid: 5, inserts: 5, updates: 0, errors: 0 });
    expect(
      report.problems
        .filter((p) => p.severity === 'warning')
        .map((p) => p.problem)
        .join('\n'),
    ).toMatch(/地址/);
    expect(report.preview.features).toHaveLength(5);
    expect(count('enterprises')).toBe(before);
  });

  it(
    'commit: inserted by credit code at the WGS84 positions, in the township they lie in, ' +
      'marked official, audited',
    async () => {
      const before = count('enterprises');
      const res = await upload('enterprises', 'commit', '企业名录.csv', file, '&crs=gcj02');
      expect(res.status).toBe(200);
      const outcome = importOutcomeSchema.parse(await res.json());
      expect(outcome).toMatchObject({ inserted: 5, updated: 0 });
      expect(count('enterprises')).toBe(before + 5);

      const layer = (await (
        await admin.request('/api/layers/enterprises?provenance=official')
      ).json()) as FeatureCollection<Point, Record<string, unknown>>;
      const townships = (
        seeded.db.prepare('SELECT code AS id, geometry FROM townships').all() as { id: string; geometry: string }[]
      ).map((t) => ({ id: t.id, geometry: JSON.parse(t.geometry) as Polygon }));
      const locate = createPolygonLocator(townships);
      for (const [name, code, industry, , lon, lat] of csvRows(file)) {
        const feature = layer.features.find((f) => f.properties.id === code);
        expect(feature, code).toBeDefined();
        const [wlon, wlat] = gcoord.transform([Number(lon), Number(lat)], gcoord.GCJ02, gcoord.WGS84) as [
          number,
          number,
        ];
        if (!feature) throw new Error(`feature ${code} missing`);
        const [flon, flat] = feature.geometry.coordinates as [number, number];
        expect(geodesicDistanceM(flon, flat, wlon, wlat)).toBeLessThan(1);
        // GCJ-02 really was converted
        expect(geodesicDistanceM(flon, flat, Number(lon), Number(lat))).toBeGreaterThan(100);
        expect(feature?.properties).toMatchObject({ name, provenance: 'official', township: locate(wlon, wlat) });
        expect(String(feature?.properties.source)).toContain('企业名录.csv');
        if (industry === '铸造') expect(feature?.properties.industry).toBe('casting');
      }
      const audit = auditResponseSchema.parse(
        await (await admin.request('/api/audit?entity=enterprises&limit=20')).json(),
      );
      expect(audit.entries.map((e) => e.action)).toEqual(['import.commit', ...Array<string>(5).fill('import.insert')]);
      expect(audit.entries[1]).toMatchObject({
        actor: 'district-admin',
        before: null,
        after: { provenance: 'official' },
      });
    },
  );

  it('importing the same register again updates the five records (upsert by code), no duplicates', async () => {
    const before = count('enterprises');
    const outcome = importOutcomeSchema.parse(
      await (
        await upload('enterprises', 'commit', '企业名录.csv', readFixture('enterprises-gcj02.gbk.csv'), '&crs=gcj02')
      ).json(),
    );
    expect(outcome).toMatchObject({ inserted: 0, updated: 5 });
    expect(count('enterprises')).toBe(before);
    const audit = auditResponseSchema.parse(
      await (await admin.request('/api/audit?action=import.update&limit=5')).json(),
    );
    expect(audit.entries[0]?.before).toMatchObject({ provenance: 'official' });
  });

  it('one bad row: the report names its row and field, and the commit imports nothing (422)', async () => {
    const bad = readFixture('enterprises-gcj02.bad-row.csv');
    const before = count('enterprises');
    const auditBefore = count('audit_log');
    const report = importReportSchema.parse(
      await (await upload('enterprises', 'dry-run', 'bad.csv', bad, '&crs=gcj02')).json(),
    );
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ row: 3, field: '经度' })]);
    expect(errors[0]?.problem).toMatch(/112\.82\.31/);
    const res = await upload('enterprises', 'commit', 'bad.csv', bad, '&crs=gcj02');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { message: string }; report: unknown };
    expect(body.error.message).toMatch(/nothing imported/);
    expect(importReportSchema.parse(body.report).committable).toBe(false);
    expect(count('enterprises')).toBe(before);
    expect(count('audit_log')).toBe(auditBefore);
  });

  it('positions read in the wrong CRS or outside the district are refused with a message that says so', async () => {
    const swapped = new TextEncoder().encode(
      '名称,统一社会信用代码,经度,纬度\n甲,91140902MA0K0000X1,38.41,112.74\n乙,91140902MA0K0000X2,116.40,39.90\n',
    );
    const report = importReportSchema.parse(await (await upload('enterprises', 'dry-run', 'x.csv', swapped)).json());
    expect(report.problems.find((p) => p.row === 1)?.problem).toMatch(/swapped/i);
    expect(report.problems.find((p) => p.row === 2)?.problem).toMatch(/not in Xinfu District/);
    expect(report.committable).toBe(false);
  });
});

describe('surveyed township boundaries from a zipped Shapefile (CGCS2000 / 3-degree Gauss-Krüger CM 111E)', () => {
  it('replace the provisional ones and move every positioned record to the township it lies in', async () => {
    const zip = readFixture('townships-cgcs2000-gk111.zip');
    const expected = JSON.parse(new TextDecoder().decode(readFixture('townships.wgs84.geojson'))) as FeatureCollection<
      Polygon | MultiPolygon,
      { code: string; name: string }
    >;
    const dry = importReportSchema.parse(await (await upload('townships', 'dry-run', 'XZQ_township.zip', zip)).json());
    expect(dry.crs).toMatch(/CGCS2000.*Gauss.Kr[uü]ger.*111/i);
    expect(dry.counts).toMatchObject({
      valid: expected.features.length,
      updates: expected.features.length,
      inserts: 0,
      errors: 0,
    });
    expect(dry.problems.some((p) => /keep their provisional boundaries/.test(p.problem))).toBe(true);

    const res = await upload('townships', 'commit', 'XZQ_township.zip', zip);
    expect(res.status).toBe(200);
    const outcome = importOutcomeSchema.parse(await res.json());
    expect(outcome.updated).toBe(expected.features.length);
    expect(outcome.reassigned).toEqual(dry.reassigned);

    const layer = (await (await admin.request('/api/layers/townships')).json()) as FeatureCollection<
      Polygon | MultiPolygon,
      Record<string, unknown>
    >;
    for (const f of expected.features) {
      const stored = layer.features.find((t) => t.properties.code === f.properties.code) as Feature<
        Polygon | MultiPolygon,
        Record<string, unknown>
      >;
      expect(stored.properties.provenance).toBe('official');
      expect(maxVertexDistanceM(stored.geometry, f.geometry)).toBeLessThan(1);
    }
    // every positioned record now lies in its township under the stored boundaries
    const locate = createPolygonLocator(
      layer.features.map((t) => ({ id: String(t.properties.code), geometry: t.geometry })),
    );
    for (const table of ['enterprises', 'construction_sites', 'fuel_points', 'dustfall_points', 'stations']) {
      const rows = seeded.db.prepare(`SELECT lon, lat, township_code AS township FROM ${table}`).all() as {
        lon: number;
        lat: number;
        township: string;
      }[];
      const wrong = rows.filter((r) => {
        const t = locate(r.lon, r.lat);
        return t !== null && t !== r.township;
      });
      expect(wrong, table).toEqual([]);
    }
    const audit = auditResponseSchema.parse(await (await admin.request('/api/audit?entity=townships&limit=50')).json());
    expect(audit.entries[0]).toMatchObject({ action: 'import.commit', detail: { format: 'shapefile' } });
    expect(audit.entries.filter((e) => e.action === 'import.update')).toHaveLength(expected.features.length);
    expect(audit.entries.find((e) => e.action === 'import.update')?.before).toMatchObject({
      provenance: 'approximate',
    });
  });
});

describe('boundaries that move records between townships', () => {
  it('every record and its open alerts follow its position; the dry run counted exactly those moves', async () => {
    // Swap two townships' polygons: everything in one now lies in the other.
    const [a, b] = seeded.db
      .prepare("SELECT code, geometry FROM townships WHERE code IN ('140902101', '140902107') ORDER BY code")
      .all() as { code: string; geometry: string }[];
    if (!a || !b) throw new Error('townships missing');
    // the server's scheduler: the rule hits at the present in the alert ledger
    advanceAlertLedger(seeded.db, Date.now());
    const inA = (table: string) =>
      (seeded.db.prepare(`SELECT id FROM ${table} WHERE township_code = ?`).all(a.code) as { id: string }[]).map(
        (r) => r.id,
      );
    const enterprisesInA = inA('enterprises');
    const sitesInA = inA('construction_sites');
    const movedCount = (table: string) =>
      (
        seeded.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE township_code IN (?, ?)`).get(a.code, b.code) as {
          n: number;
        }
      ).n;
    const expectedMoves = {
      enterprises: movedCount('enterprises'),
      construction_sites: movedCount('construction_sites'),
    };
    const alertsBefore = seeded.db
      .prepare("SELECT id, entity_id AS entityId FROM alerts WHERE layer = 'enterprises' AND township_code = ?")
      .all(a.code) as { id: number; entityId: string }[];
    expect(alertsBefore.length).toBeGreaterThan(0);
    const geojson = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: a.code }, geometry: JSON.parse(b.geometry) },
        {
          type: 'Feature',
          properties: { 乡镇名称: seeded.db.prepare('SELECT name FROM townships WHERE code = ?').pluck().get(b.code) },
          geometry: JSON.parse(a.geometry),
        },
      ],
    };
    const bytes = new TextEncoder().encode(JSON.stringify(geojson));
    const dry = importReportSchema.parse(await (await upload('townships', 'dry-run', 'swap.geojson', bytes)).json());
    expect(dry.counts).toMatchObject({ valid: 2, updates: 2, errors: 0 });
    expect(dry.reassigned).toMatchObject(expectedMoves);
    expect(expectedMoves.enterprises).toBeGreaterThan(0);

    const outcome = importOutcomeSchema.parse(
      await (await upload('townships', 'commit', 'swap.geojson', bytes)).json(),
    );
    expect(outcome.reassigned).toEqual(dry.reassigned);
    for (const id of enterprisesInA)
      expect(seeded.db.prepare('SELECT township_code FROM enterprises WHERE id = ?').pluck().get(id)).toBe(b.code);
    for (const id of sitesInA)
      expect(seeded.db.prepare('SELECT township_code FROM construction_sites WHERE id = ?').pluck().get(id)).toBe(
        b.code,
      );
    for (const alert of alertsBefore)
      expect(seeded.db.prepare('SELECT township_code FROM alerts WHERE id = ?').pluck().get(alert.id)).toBe(b.code);
    const followed = seeded.db
      .prepare(
        'SELECT a.township_code = e.township_code AS same FROM alerts a JOIN enterprises e ON e.id = a.entity_id ' +
          "WHERE a.layer = 'enterprises'",
      )
      .pluck()
      .all();
    expect(followed.length).toBeGreaterThan(0);
    expect(followed.every((same) => same === 1)).toBe(true);
  });
});

describe('boundaries that overlap', () => {
  it('are reported with the township overlapped and the area, as warnings of the dry run', async () => {
    const [a, b] = seeded.db
      .prepare(
        'SELECT code, geometry, area_km2 AS areaKm2 FROM townships ' +
          "WHERE code IN ('140902102', '140902108') ORDER BY code",
      )
      .all() as { code: string; geometry: string; areaKm2: number }[];
    if (!a || !b) throw new Error('townships missing');
    // a boundary for A that is B's: it covers all of B (still provisional)
    const bytes = new TextEncoder().encode(
      JSON.stringify({ type: 'Feature', properties: { code: a.code }, geometry: JSON.parse(b.geometry) }),
    );
    const report = importReportSchema.parse(
      await (await upload('townships', 'dry-run', 'overlap.geojson', bytes)).json(),
    );
    const overlap = report.problems.find((p) => p.problem.includes(`overlaps township ${b.code}`));
    expect(overlap).toMatchObject({ row: 1, field: 'geometry', severity: 'warning' });
    const km2 = Number(/by ([\d.]+) km²/.exec(overlap?.problem ?? '')?.[1]);
    expect(Math.abs(km2 - b.areaKm2)).toBeLessThan(0.01 + b.areaKm2 * 1e-6);
    expect(overlap?.problem).toContain('still provisional there');
  });
});

describe('KML placemarks', () => {
  it('points import as dustfall points; a polygon among them is reported by its placemark number', async () => {
    const kml = readFixture('sites.kml');
    const report = importReportSchema.parse(
      await (await upload('dustfall-points', 'dry-run', 'sites.kml', kml)).json(),
    );
    expect(report.format).toBe('kml');
    expect(report.counts.valid).toBe(3);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ row: 4, field: 'geometry' }),
    ]);

    const pointsOnly = new TextEncoder().encode(
      new TextDecoder().decode(kml).replace(/<Placemark>\s*<name>示例建设工地[\s\S]*?<\/Placemark>/, ''),
    );
    const before = count('dustfall_points');
    const outcome = importOutcomeSchema.parse(
      await (await upload('dustfall-points', 'commit', 'sites.kml', pointsOnly)).json(),
    );
    expect(outcome.inserted).toBe(3);
    expect(count('dustfall_points')).toBe(before + 3);
    const row = seeded.db.prepare("SELECT name, lon, lat, provenance FROM dustfall_points WHERE id = 'YC-002'").get();
    expect(row).toMatchObject({ name: '豆罗镇扬尘监测点', lon: 112.8168, lat: 38.4896, provenance: 'official' });
  });
});

describe('refusals', () => {
  it('an unknown target 404, an Excel workbook 415 with advice, an empty body 400, a bad CRS 400', async () => {
    const bytes = new TextEncoder().encode('a,b\n1,2\n');
    expect((await upload('nothing', 'dry-run', 'a.csv', bytes)).status).toBe(404);
    const xlsx = await upload('enterprises', 'dry-run', '名录.xlsx', bytes);
    expect(xlsx.status).toBe(415);
    expect(((await xlsx.json()) as { error: { message: string } }).error.message).toMatch(/CSV/);
    expect((await upload('enterprises', 'dry-run', 'a.csv', new Uint8Array())).status).toBe(400);
    expect((await upload('enterprises', 'dry-run', 'a.csv', bytes, '&crs=wgs1984')).status).toBe(400);
    expect((await upload('enterprises', 'dry-run', '../../etc/passwd.csv', bytes)).status).toBe(400);
  });

  it('a file over the import limit gets 413 and the server goes on serving', async () => {
    const small = createApp({ db: seeded.db, maxImportBytes: 1024 });
    const caller = asUser(small, seeded.db, 'admin');
    const res = await upload('enterprises', 'dry-run', 'big.csv', new Uint8Array(4096).fill(65), '', caller);
    expect(res.status).toBe(413);
    expect((await caller.request('/api/health')).status).toBe(200);
  });

  it('only admins import', async () => {
    for (const role of ['official', 'analyst', 'inspector'] as const) {
      const res = await upload(
        'enterprises',
        'dry-run',
        'a.csv',
        readFixture('enterprises-gcj02.utf8-bom.csv'),
        '',
        asUser(app, seeded.db, role),
      );
      expect(res.status).toBe(403);
    }
  });
});
