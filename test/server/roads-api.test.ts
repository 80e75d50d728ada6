import type { LineString, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { localUnprojection } from '../../server/dust/local-metres.ts';
import { importOutcomeSchema, importReportSchema } from '../../server/schema/imports.ts';
import {
  cleaningSchema,
  cleaningsResponseSchema,
  scheduleResponseSchema,
  standardsResponseSchema,
  trackOutcomeSchema,
} from '../../server/schema/roads.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: ReturnType<typeof createApp>;
let admin: Caller;
let segment: { id: string; township: string; line: Position[] };
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = createApp({ db: seeded.db });
  admin = asUser(app, seeded.db, 'admin', { username: 'roads-admin' });
  const row = seeded.db.prepare("SELECT id, township_code, geometry FROM road_segments WHERE id = 'RS-001'").get() as {
    id: string;
    township_code: string;
    geometry: string;
  };
  segment = { id: row.id, township: row.township_code, line: (JSON.parse(row.geometry) as LineString).coordinates };
});
afterAll(() => seeded.dispose());

const json = (body: unknown, method = 'POST'): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

describe('GET /api/roads/schedule and /standards', () => {
  it('lists every segment behind first, with totals by class and maintainer', async () => {
    const res = await admin.request('/api/roads/schedule');
    expect(res.status).toBe(200);
    const body = scheduleResponseSchema.parse(await res.json());
    expect(body.asOf).toBe('2023-12-31T23:00');
    const behind = body.segments.filter((s) => s.behind);
    expect(behind.length).toBeGreaterThan(0);
    expect(body.segments.slice(0, behind.length).every((s) => s.behind)).toBe(true);
    const kmBehind = body.byMaintainer.reduce((sum, m) => sum + m.kmBehind, 0);
    expect(kmBehind).toBeCloseTo(
      behind.reduce((sum, s) => sum + s.lengthKm, 0),
      1,
    );
    expect(body.segments.every((s) => s.insideBuiltUp)).toBe(true);
  });

  it('filters by class and refuses unknown parameters and classes', async () => {
    const body = scheduleResponseSchema.parse(
      await (await admin.request('/api/roads/schedule?roadClass=secondary')).json(),
    );
    expect(body.segments.every((s) => s.roadClass === 'secondary')).toBe(true);
    expect((await admin.request('/api/roads/schedule?roadClass=motorway')).status).toBe(400);
    expect((await admin.request('/api/roads/schedule?bogus=1')).status).toBe(400);
    expect((await admin.request('/api/roads/schedule?asOf=2023-02-30')).status).toBe(400);
  });

  it('serves the standards marked as held, and lets an admin change one (audited), not an inspector', async () => {
    const before = standardsResponseSchema.parse(await (await admin.request('/api/roads/standards')).json());
    expect(before.map((s) => s.roadClass)).toEqual(['arterial', 'secondary', 'branch', 'other']);
    expect(before[0]?.source).toMatch(/本系统约定/);
    const inspector = asUser(app, seeded.db, 'inspector', { townships: [segment.township] });
    const body = { sweepIntervalH: 8, washIntervalH: null, source: '忻州市城市管理局 2024 年清扫保洁作业标准' };
    expect((await inspector.request('/api/roads/standards/branch', json(body, 'PUT'))).status).toBe(403);
    const res = await admin.request('/api/roads/standards/branch', json(body, 'PUT'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ roadClass: 'branch', sweepIntervalH: 8, provenance: 'official' });
    expect((await admin.request('/api/roads/standards/motorway', json(body, 'PUT'))).status).toBe(400);
    expect(
      (await admin.request('/api/roads/standards/branch', json({ ...body, sweepIntervalH: 0 }, 'PUT'))).status,
    ).toBe(400);
    expect(
      (await admin.request('/api/roads/standards/branch', json({ ...body, sweepIntervalH: '8' }, 'PUT'))).status,
    ).toBe(400);
    const audit = seeded.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'road.standard.update'")
      .get() as {
      n: number;
    };
    expect(audit.n).toBe(1);
  });
});

describe('POST /api/roads/cleanings (a sanitation log line)', () => {
  it('records a cleaning once (a repeat is kept, not doubled) and it shows in the segment’s cleanings', async () => {
    const body = { segmentId: segment.id, doneAt: '2023-12-31T22:10', kind: 'wet-sweep', plate: '晋H12345' };
    const first = await admin.request('/api/roads/cleanings', json(body));
    expect(first.status).toBe(201);
    expect(cleaningSchema.parse(await first.json())).toMatchObject({ origin: 'log', provenance: 'official' });
    expect((await admin.request('/api/roads/cleanings', json(body))).status).toBe(200);
    const list = cleaningsResponseSchema.parse(
      await (await admin.request(`/api/roads/segments/${segment.id}/cleanings?from=2023-12-31T22:00`)).json(),
    );
    expect(list.cleanings.filter((c) => c.doneAt === '2023-12-31T22:10' && c.kind === 'wet-sweep')).toHaveLength(1);
  });

  it('refuses unknown segments (404), wrong types and impossible times (400), inspectors elsewhere (403)', async () => {
    const ok = { segmentId: segment.id, doneAt: '2023-12-31T21:00', kind: 'wash' };
    expect((await admin.request('/api/roads/cleanings', json({ ...ok, segmentId: 'RS-999' }))).status).toBe(404);
    expect((await admin.request('/api/roads/cleanings', json({ ...ok, kind: 'vacuum' }))).status).toBe(400);
    expect((await admin.request('/api/roads/cleanings', json({ ...ok, doneAt: '2023-12-32T10:00' }))).status).toBe(400);
    expect((await admin.request('/api/roads/cleanings', json({ ...ok, segmentId: 'x'.repeat(500) }))).status).toBe(400);
    expect((await admin.request('/api/roads/cleanings', json([ok]))).status).toBe(400);
    const elsewhere = asUser(app, seeded.db, 'inspector', {
      username: 'roads-inspector-elsewhere',
      townships: ['140902108'],
    });
    expect((await elsewhere.request('/api/roads/cleanings', json(ok))).status).toBe(403);
    const viewer = asUser(app, seeded.db, 'official');
    expect((await viewer.request('/api/roads/cleanings', json(ok))).status).toBe(403);
    expect((await admin.request('/api/roads/segments/RS-999/cleanings')).status).toBe(404);
    expect(
      (await admin.request(`/api/roads/segments/${segment.id}/cleanings?from=2023-12-31&to=2023-12-01`)).status,
    ).toBe(400);
  });
});

describe('POST /api/roads/cleanings/track (a sweeper’s GPS track)', () => {
  it('records a cleaning of the segment the track drove along, dated at its last fix near it', async () => {
    const fixes = segment.line.map(([lon, lat], i) => ({
      ts: `2023-12-31T22:${String(20 + i).padStart(2, '0')}`,
      lon: lon as number,
      lat: lat as number,
    }));
    const res = await admin.request(
      '/api/roads/cleanings/track',
      json({ plate: '晋HD0001', kind: 'wash', points: fixes }),
    );
    expect(res.status).toBe(200);
    const outcome = trackOutcomeSchema.parse(await res.json());
    const mine = outcome.covered.find((c) => c.segmentId === segment.id);
    expect(mine?.doneAt).toBe(fixes[fixes.length - 1]?.ts);
    expect(outcome.recorded).toBeGreaterThanOrEqual(1);
    const list = cleaningsResponseSchema.parse(
      await (await admin.request(`/api/roads/segments/${segment.id}/cleanings?from=2023-12-31T22:00`)).json(),
    );
    expect(list.cleanings.some((c) => c.origin === 'gps' && c.kind === 'wash')).toBe(true);
  });

  it('records nothing for a track 200 m beside the road; refuses bad tracks', async () => {
    const at = localUnprojection(segment.line[0] as Position);
    const beside = [0, 100, 200, 300].map((x, i) => {
      const [lon, lat] = at([x, 200]) as [number, number];
      return { ts: `2023-12-31T05:0${i}`, lon, lat };
    });
    const res = await admin.request(
      '/api/roads/cleanings/track',
      json({ plate: '晋HD0002', kind: 'wet-sweep', points: beside }),
    );
    const outcome = trackOutcomeSchema.parse(await res.json());
    expect(outcome.covered.find((c) => c.segmentId === segment.id)).toBeUndefined();
    const reversed = [...beside].reverse();
    expect(
      (await admin.request('/api/roads/cleanings/track', json({ plate: '晋HD0002', kind: 'wash', points: reversed })))
        .status,
    ).toBe(400);
    const huge = Array.from({ length: 20_001 }, () => beside[0]);
    expect(
      (await admin.request('/api/roads/cleanings/track', json({ plate: '晋HD0002', kind: 'wash', points: huge })))
        .status,
    ).toBe(400);
    expect(
      (
        await admin.request(
          '/api/roads/cleanings/track',
          json({ plate: '晋HD0002', kind: 'wash', points: [beside[0]] }),
        )
      ).status,
    ).toBe(400);
    const outside = beside.map((p) => ({ ...p, lon: 200 }));
    expect(
      (await admin.request('/api/roads/cleanings/track', json({ plate: '晋HD0002', kind: 'wash', points: outside })))
        .status,
    ).toBe(400);
  });
});

describe('POST /api/roads/dust-loads', () => {
  it('records a load, marks it high above 1.0 g/m², and replaces a second one of the same day', async () => {
    const body = { segmentId: segment.id, measuredOn: '2023-12-30', loadGM2: 1.4, method: '吸尘法（HJ/T 393）' };
    const res = await admin.request('/api/roads/dust-loads', json(body));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ loadGM2: 1.4, high: true, provenance: 'official' });
    const again = await admin.request('/api/roads/dust-loads', json({ ...body, loadGM2: 1.0 }));
    expect(await again.json()).toMatchObject({ loadGM2: 1.0, high: false });
    const list = (await (
      await admin.request(`/api/roads/dust-loads?segment=${segment.id}&from=2023-12-30`)
    ).json()) as {
      loads: unknown[];
    };
    expect(list.loads).toHaveLength(1);
    expect((await admin.request('/api/roads/dust-loads', json({ ...body, loadGM2: -1 }))).status).toBe(400);
    expect((await admin.request('/api/roads/dust-loads', json({ ...body, loadGM2: 1e9 }))).status).toBe(400);
    expect((await admin.request('/api/roads/dust-loads', json({ ...body, measuredOn: '2023-13-01' }))).status).toBe(
      400,
    );
  });
});

describe('importing road segments (LineString)', () => {
  const upload = (step: 'dry-run' | 'commit', features: unknown[]) =>
    admin.request(`/api/imports/road-segments/${step}?file=roads.geojson`, {
      method: 'POST',
      body: new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })),
      headers: { 'content-type': 'application/octet-stream' },
    });
  const feature = (coordinates: unknown, id = 'RD-IMPORT-1') => ({
    type: 'Feature',
    properties: { 路段编号: id, 路段名称: '示例路第1段', 道路等级: '城市主干路', 保洁单位: '城区环卫一所' },
    geometry: { type: 'LineString', coordinates },
  });

  it('imports a valid line with its length, midpoint and township', async () => {
    const res = await upload('commit', [
      feature([
        [112.72, 38.41],
        [112.73, 38.41],
      ]),
    ]);
    expect(res.status).toBe(200);
    expect(importOutcomeSchema.parse(await res.json())).toMatchObject({ inserted: 1 });
    const row = seeded.db.prepare("SELECT * FROM road_segments WHERE id = 'RD-IMPORT-1'").get() as Record<
      string,
      unknown
    >;
    expect(row).toMatchObject({ road_class: 'arterial', provenance: 'official', lon: 112.725, lat: 38.41 });
    expect(row.length_km as number).toBeCloseTo(0.873, 2);
    expect(row.township_code).toMatch(/^1409020/);
  });

  it('refuses a line of one position and a line outside China, naming the problem', async () => {
    const one = importReportSchema.parse(await (await upload('dry-run', [feature([[112.72, 38.41]], 'RD-2')])).json());
    expect(one.committable).toBe(false);
    expect(one.problems.map((p) => p.problem).join('\n')).toMatch(/at least 2/);
    const far = importReportSchema.parse(
      await (
        await upload('dry-run', [
          feature(
            [
              [2.35, 48.85],
              [2.36, 48.86],
            ],
            'RD-3',
          ),
        ])
      ).json(),
    );
    expect(far.committable).toBe(false);
    expect(far.problems.map((p) => p.problem).join('\n')).toMatch(/outside China/);
    const point = importReportSchema.parse(
      await (
        await upload('dry-run', [
          { ...feature(null, 'RD-4'), geometry: { type: 'Point', coordinates: [112.72, 38.41] } },
        ])
      ).json(),
    );
    expect(point.problems.map((p) => p.problem).join('\n')).toMatch(/LineString/);
  });
});
