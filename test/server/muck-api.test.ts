import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { muckTrackResponseSchema } from '../../server/schema/muck-track.ts';
import {
  permitSchema,
  positionsResultSchema,
  spillSchema,
  violationsResponseSchema,
} from '../../server/schema/muck.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('/api/muck (渣土车, task 11)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let admin: Caller;
  let official: Caller;
  let inspector: Caller;
  let route: [number, number][];

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.1 });
    const app = createApp({ db: seeded.db, now: () => Date.parse('2024-01-01T00:00:00Z') });
    admin = asUser(app, seeded.db, 'admin');
    official = asUser(app, seeded.db, 'official');
    inspector = asUser(app, seeded.db, 'inspector', { username: 'far', townships: ['140902001'] });
    route = (
      JSON.parse(
        (seeded.db.prepare("SELECT route FROM muck_permits WHERE truck_id = 'ZTC-001'").get() as { route: string })
          .route,
      ) as { coordinates: [number, number][] }
    ).coordinates;
  });
  afterAll(() => seeded.dispose());

  it('serves the track of the truck that left its route at 23:40, with its permit and the episode', async () => {
    const res = await official.request('/api/muck/trucks/ZTC-007/track');
    expect(res.status).toBe(200);
    const track = muckTrackResponseSchema.parse(await res.json());
    expect(track).toMatchObject({ truckId: 'ZTC-007', from: '2023-12-30T23:00', to: '2023-12-31T23:00' });
    expect(track.permit?.route.length).toBeGreaterThan(1);
    expect(track.disposalSites).toHaveLength(1);
    expect(track.violations).toContainEqual(
      expect.objectContaining({ kind: 'off-route', from: '2023-12-30T23:40:00' }),
    );
  });

  it('refuses a window over 72 h, a reversed one and an unknown truck', async () => {
    const long = await official.request('/api/muck/trucks/ZTC-007/track?from=2023-12-20T00:00&to=2023-12-31T00:00');
    expect(long.status).toBe(400);
    expect((await errorOf(long)).message).toMatch(/longer than 72 h/);
    const reversed = await official.request('/api/muck/trucks/ZTC-007/track?from=2023-12-31T00:00&to=2023-12-30T00:00');
    expect(reversed.status).toBe(400);
    expect((await official.request('/api/muck/trucks/NOPE/track')).status).toBe(404);
    expect((await official.request('/api/muck/trucks/ZTC-007/track?hours=3')).status).toBe(400);
  });

  it('lists every episode of the default window: the four kinds of the demo', async () => {
    const res = await official.request('/api/muck/violations');
    const body = violationsResponseSchema.parse(await res.json());
    expect(new Set(body.violations.map((v) => v.kind))).toEqual(
      new Set(['off-route', 'out-of-hours', 'illegal-dumping', 'spill']),
    );
    const none = violationsResponseSchema.parse(
      await (await official.request('/api/muck/violations?township=140999999')).json(),
    );
    expect(none.violations).toEqual([]);
    expect((await official.request('/api/muck/violations?from=2023-10-01&to=2023-12-31')).status).toBe(400);
  });

  it('stores a batch of fixes by id or plate, all or none, naming the refused row', async () => {
    const plate = (seeded.db.prepare("SELECT plate FROM muck_trucks WHERE id = 'ZTC-002'").get() as { plate: string })
      .plate;
    const ok = await admin.request(
      '/api/muck/positions',
      json('POST', {
        positions: [
          { truckId: 'ZTC-001', ts: '2023-12-31T22:30:00', lon: 112.73, lat: 38.41, speedKmh: 20 },
          { plate, ts: '2023-12-31T22:30', lon: 112.73, lat: 38.42 },
        ],
      }),
    );
    expect(ok.status).toBe(201);
    expect(positionsResultSchema.parse(await ok.json())).toEqual({
      stored: 2,
      trucks: 2,
      from: '2023-12-31T22:30:00',
      to: '2023-12-31T22:30:00',
    });
    const count = () => seeded.db.prepare('SELECT count(*) FROM muck_positions').pluck().get();
    const before = count();
    const cases: [unknown, RegExp][] = [
      [{ truckId: 'NOPE', ts: '2023-12-31T22:31:00', lon: 112.7, lat: 38.4 }, /positions\[1\]: no truck 'NOPE'/],
      [{ truckId: 'ZTC-001', ts: '2023-12-31T22:31:00', lon: 2.35, lat: 48.85 }, /positions\.1.*outside China/],
      [{ truckId: 'ZTC-001', ts: '2024-06-01T00:00:00', lon: 112.7, lat: 38.4 }, /positions\[1\].*in the future/],
      [{ truckId: 'ZTC-001', ts: '2023-02-30T00:00:00', lon: 112.7, lat: 38.4 }, /existing CST time/],
      [{ ts: '2023-12-31T22:31:00', lon: 112.7, lat: 38.4 }, /truckId or plate/],
      [{ truckId: 'ZTC-001', ts: '2023-12-31T22:31:00', lon: '112.7', lat: 38.4 }, /lon/],
    ];
    for (const [row, message] of cases) {
      const good = { truckId: 'ZTC-003', ts: '2023-12-31T22:31:00', lon: 112.7, lat: 38.4 };
      const res = await admin.request('/api/muck/positions', json('POST', { positions: [good, row] }));
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(message);
    }
    const huge = Array.from({ length: 10_001 }, () => ({
      truckId: 'ZTC-001',
      ts: '2023-12-31T22:31',
      lon: 112.7,
      lat: 38.4,
    }));
    expect((await admin.request('/api/muck/positions', json('POST', { positions: huge }))).status).toBe(400);
    expect(count()).toBe(before);
    const refused = await official.request('/api/muck/positions', json('POST', { positions: [] }));
    expect(refused.status).toBe(403);
  });

  it('registers and edits permits with a validated route, buffer and hours', async () => {
    const permit = {
      id: 'ZYZ-TEST-1',
      truckId: 'ZTC-001',
      siteId: 'S-X',
      disposalSiteId: 'XN-DS-01',
      route: { type: 'LineString', coordinates: route.slice(0, 5) },
      bufferM: 150,
      validFrom: '2024-01-01',
      validTo: '2024-03-31',
      hoursFrom: '22:00',
      hoursTo: '05:00',
      source: '市住建局准运证',
    };
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ bufferM: 5 }, /bufferM/],
      [{ bufferM: 2001 }, /bufferM/],
      [{ hoursTo: '24:00' }, /hoursTo/],
      [{ route: { type: 'LineString', coordinates: [[112.7, 38.4]] } }, /at least 2 positions/],
      [
        {
          route: {
            type: 'LineString',
            coordinates: [
              [112.7, 38.4],
              [116.4, 39.9],
            ],
          },
        },
        /outside the district/,
      ],
      [{ disposalSiteId: 'NOPE' }, /no disposal site/],
      [{ validTo: '2023-12-01' }, /after validTo/],
      [{ truckId: 'NOPE' }, /no truck/],
      [{ hoursTo: '22:00' }, /must differ/],
    ];
    for (const [change, message] of bad) {
      const res = await admin.request('/api/muck/permits', json('POST', { ...permit, ...change }));
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(message);
    }
    const created = await admin.request('/api/muck/permits', json('POST', permit));
    expect(created.status).toBe(201);
    expect(permitSchema.parse(await created.json())).toMatchObject({ id: 'ZYZ-TEST-1', provenance: 'official' });
    expect((await admin.request('/api/muck/permits', json('POST', permit))).status).toBe(409);
    const patched = await admin.request('/api/muck/permits/ZYZ-TEST-1', json('PATCH', { bufferM: 300 }));
    expect(permitSchema.parse(await patched.json()).bufferM).toBe(300);
    expect((await admin.request('/api/muck/permits/NOPE', json('PATCH', { bufferM: 300 }))).status).toBe(404);
    expect((await admin.request('/api/muck/permits/ZYZ-TEST-1', json('PATCH', {}))).status).toBe(400);
    // permits (approved routes and hours) are read by every role; only admins write them
    expect((await official.request('/api/muck/permits')).status).toBe(200);
    expect((await official.request('/api/muck/permits', json('POST', permit))).status).toBe(403);
    const audit = seeded.db.prepare("SELECT count(*) FROM audit_log WHERE action LIKE 'muck.permit.%'").pluck().get();
    expect(audit).toBe(2);
  });

  it('records a spill report, links the plate, closes it once; inspectors only in their townships', async () => {
    const [lon, lat] = route[Math.floor(route.length / 2)] as [number, number];
    const plate = (seeded.db.prepare("SELECT plate FROM muck_trucks WHERE id = 'ZTC-004'").get() as { plate: string })
      .plate;
    const body = { lon, lat, plate, reporter: 'public', description: '路面洒落渣土', reportedAt: '2023-12-31T20:00' };
    const township = (seeded.db.prepare('SELECT code FROM townships').all() as { code: string }[]).length;
    expect(township).toBeGreaterThan(1);
    const created = await admin.request('/api/muck/spills', json('POST', body));
    expect(created.status).toBe(201);
    const spill = spillSchema.parse(await created.json());
    expect(spill).toMatchObject({ truckId: 'ZTC-004', status: 'open', closedAt: null });
    expect(spill.recordedBy).toBe(admin.user.username);
    if (spill.township !== '140902001') {
      expect((await inspector.request('/api/muck/spills', json('POST', body))).status).toBe(403);
      expect(
        (await inspector.request(`/api/muck/spills/${spill.id}`, json('PATCH', { status: 'cleaned' }))).status,
      ).toBe(403);
    }
    const outside = await admin.request('/api/muck/spills', json('POST', { ...body, lon: 116.4, lat: 39.9 }));
    expect((await errorOf(outside)).message).toMatch(/outside the district/);
    const closed = await admin.request(
      `/api/muck/spills/${spill.id}`,
      json('PATCH', { status: 'cleaned', closedAt: '2023-12-31T21:00' }),
    );
    expect(spillSchema.parse(await closed.json())).toMatchObject({ status: 'cleaned', closedAt: '2023-12-31T21:00' });
    expect((await admin.request(`/api/muck/spills/${spill.id}`, json('PATCH', { status: 'penalized' }))).status).toBe(
      409,
    );
    expect((await admin.request('/api/muck/spills/0x1', json('PATCH', { status: 'cleaned' }))).status).toBe(400);
    expect((await admin.request('/api/muck/spills/999999', json('PATCH', { status: 'cleaned' }))).status).toBe(404);
    const list = spillSchema.array().parse(await (await official.request('/api/muck/spills?status=open')).json());
    expect(list.every((s) => s.status === 'open')).toBe(true);
  });
});
