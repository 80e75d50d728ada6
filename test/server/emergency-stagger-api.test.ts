import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { auditResponseSchema } from '../../server/schema/audit.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { staggerResponseSchema, staggerScheduleSchema } from '../../server/schema/stagger.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let duty: Caller;
let official: Caller;
let admin: Caller;
let advances = 0;
/** An enterprise in 建材 (cement grinding), one in 焦化, one in food processing (not a stagger industry). */
let cement: { id: string; name: string; township: string };
let coking: { id: string };
let food: { id: string };

const LINE = '测试1#粉磨线';

const body = (over: Record<string, unknown> = {}) => ({
  season: '2023-2024',
  enterpriseId: cement.id,
  line: LINE,
  outletCode: 'DA001',
  from: '2023-12-01',
  to: '2023-12-31',
  production: 'stop',
  basis: '忻府区2023—2024年秋冬季错峰生产方案（测试）',
  ...over,
});

const send = (caller: Caller, method: string, path: string, payload: unknown) =>
  caller.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
const post = (caller: Caller, payload: unknown) => send(caller, 'POST', '/api/emergency/stagger', payload);
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const getStagger = async (query: string) => {
  const res = await official.request(`/api/emergency/stagger${query}`);
  expect(res.status, query).toBe(200);
  return staggerResponseSchema.parse(await res.json());
};

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  const app = createApp({
    db: seeded.db,
    advanceLedger: () => {
      advances += 1;
      return Promise.resolve({ at: '2023-12-31T23:00', hits: 0 });
    },
  });
  duty = asUser(app, seeded.db, 'duty');
  official = asUser(app, seeded.db, 'official');
  admin = asUser(app, seeded.db, 'admin');
  const pick = (industry: string) =>
    seeded.db
      .prepare('SELECT id, name, township_code AS township FROM enterprises WHERE industry = ? ORDER BY id LIMIT 1')
      .get(industry) as { id: string; name: string; township: string } | undefined;
  const c = pick('cement-grinding');
  const k = pick('coking');
  const f = pick('food');
  if (!c || !k || !f) throw new Error('the seeded enterprises lack cement grinding, coking or food processing');
  cement = c;
  coking = k;
  food = f;
});
afterAll(() => seeded.dispose());

describe('POST /api/emergency/stagger', () => {
  let createdId = 0;

  it('stores a schedule (201) for duty, joined with the enterprise, audited; the ledger advances', async () => {
    const before = advances;
    const res = await post(duty, body());
    expect(res.status).toBe(201);
    const created = staggerScheduleSchema.parse(await res.json());
    createdId = created.id;
    expect(created).toMatchObject({
      season: '2023-2024',
      enterpriseId: cement.id,
      enterpriseName: cement.name,
      township: cement.township,
      industry: 'cement-grinding',
      line: LINE,
      from: '2023-12-01',
      to: '2023-12-31',
      production: 'stop',
      limitPct: null,
      stricterBuiltUp: false,
      provenance: 'official',
    });
    expect(created.townshipName).toBeTruthy();
    expect(advances).toBe(before + 1);

    const audit = await admin.request(`/api/audit?action=emergency.stagger.create&entityId=${createdId}`);
    expect(audit.status).toBe(200);
    const entries = auditResponseSchema.parse(await audit.json()).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'test-duty', action: 'emergency.stagger.create' });
  });

  it('GET lists it in its season with the season calendar', async () => {
    const res = await getStagger('?season=2023-2024');
    expect(res.season).toBe('2023-2024');
    expect(res.period).toEqual({ from: '2023-10-01', to: '2024-03-31' });
    expect(res.seasons).toContain('2023-2024');
    const mine = res.schedules.find((s) => s.id === createdId);
    expect(mine?.line).toBe(LINE);
    for (const s of res.schedules) expect(s.season).toBe('2023-2024');
  });

  it('GET ?at= tells who is bound that day: inside the period yes, after it no', async () => {
    const inside = await getStagger('?at=2023-12-15T10:00');
    expect(inside.season).toBe('2023-2024');
    expect(inside.boundAt.at).toBe('2023-12-15T10:00');
    const bound = inside.boundAt.enterprises.find((e) => e.enterpriseId === cement.id);
    expect(bound?.scheduleIds).toContain(createdId);
    // the last day is inclusive
    const lastDay = await getStagger('?at=2023-12-31T23:00');
    expect(lastDay.boundAt.enterprises.flatMap((e) => e.scheduleIds)).toContain(createdId);
    const after = await getStagger('?at=2024-01-01T00:00');
    expect(after.boundAt.enterprises.flatMap((e) => e.scheduleIds)).not.toContain(createdId);
  });

  it('the season defaults to the one holding at: 2023-11-05 → 2023-2024, 2023-05-01 → 2022-2023', async () => {
    const winter = await getStagger('?at=2023-11-05T08:00');
    expect(winter.season).toBe('2023-2024');
    const spring = await getStagger('?at=2023-05-01T08:00');
    expect(spring.season).toBe('2022-2023');
    expect(spring.period).toEqual({ from: '2022-10-01', to: '2023-03-31' });
    expect(spring.schedules.find((s) => s.id === createdId)).toBeUndefined();
    expect(spring.boundAt.enterprises).toEqual([]);
  });

  it('refuses an overlapping period of the same enterprise and line (409), allows another line', async () => {
    const res = await post(duty, body({ from: '2023-12-20', to: '2024-01-10' }));
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe('conflict');
    expect(error.text.zh).toContain('时段不能重叠');
    expect(error.message).toContain(String(createdId));
    const other = await post(duty, body({ line: '测试2#粉磨线', from: '2023-12-20', to: '2024-01-10' }));
    expect(other.status).toBe(201);
  });

  it('refuses an unknown enterprise (400) naming it', async () => {
    const res = await post(duty, body({ enterpriseId: 'no-such-enterprise' }));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.text.zh).toContain('企业「no-such-enterprise」不存在');
  });

  it('refuses a period outside its season, 1 October – 31 March (400)', async () => {
    for (const [from, to] of [
      ['2023-09-20', '2023-10-15'],
      ['2024-03-20', '2024-04-05'],
      ['2024-12-01', '2024-12-31'],
    ] as const) {
      const res = await post(duty, body({ line: '测试季外', from, to }));
      expect(res.status, `${from} … ${to}`).toBe(400);
      expect((await errorOf(res)).text.zh).toContain('2023-10-01 至 2024-03-31');
    }
  });

  it('refuses an enterprise outside 建材、焦化、铸造、化工 (422) unless the note explains', async () => {
    const res = await post(duty, body({ enterpriseId: food.id, line: '食品线' }));
    expect(res.status).toBe(422);
    expect((await errorOf(res)).text.zh).toContain('错峰生产适用于建材、焦化、铸造、化工等高排放行业');
    const explained = await post(
      duty,
      body({ enterpriseId: food.id, line: '食品线', note: '燃煤锅炉纳入本季错峰，经局务会研究同意' }),
    );
    expect(explained.status).toBe(201);
    const coke = await post(duty, body({ enterpriseId: coking.id, line: '2#焦炉', production: 'limit', limitPct: 30 }));
    expect(coke.status).toBe(201);
    expect(staggerScheduleSchema.parse(await coke.json())).toMatchObject({ production: 'limit', limitPct: 30 });
  });

  it('refuses a malformed body (400): limit without share, stop with one, bad season, to < from', async () => {
    const cases = [
      body({ production: 'limit' }),
      body({ production: 'stop', limitPct: 20 }),
      body({ season: '2023-2025' }),
      body({ from: '2023-12-31', to: '2023-12-01' }),
      body({ unknown: 1 }),
    ];
    for (const payload of cases) {
      const res = await post(duty, payload);
      expect(res.status, JSON.stringify(payload)).toBe(400);
    }
  });

  it('is refused to an official (403) and to anonymous callers', async () => {
    expect((await post(official, body({ line: 'x' }))).status).toBe(403);
  });

  it('PATCH replaces the whole schedule (200), audited; refuses overlap (409) and an unknown id (404)', async () => {
    const before = advances;
    const res = await send(
      duty,
      'PATCH',
      `/api/emergency/stagger/${createdId}`,
      body({ from: '2023-11-15', to: '2023-12-10', stricterBuiltUp: true }),
    );
    expect(res.status).toBe(200);
    expect(staggerScheduleSchema.parse(await res.json())).toMatchObject({
      id: createdId,
      from: '2023-11-15',
      to: '2023-12-10',
      stricterBuiltUp: true,
    });
    expect(advances).toBe(before + 1);
    const overlap = await post(duty, body({ from: '2023-12-05', to: '2023-12-06' }));
    expect(overlap.status).toBe(409);
    // its own period does not count against itself
    const again = await send(duty, 'PATCH', `/api/emergency/stagger/${createdId}`, body({ from: '2023-11-16' }));
    expect(again.status).toBe(200);
    expect((await send(duty, 'PATCH', '/api/emergency/stagger/999999', body())).status).toBe(404);
    expect((await send(duty, 'PATCH', '/api/emergency/stagger/abc', body())).status).toBe(400);
    const audit = await admin.request(`/api/audit?action=emergency.stagger.update&entityId=${createdId}`);
    const entries = auditResponseSchema.parse(await audit.json()).entries;
    expect(entries).toHaveLength(2);
    expect(entries[1]?.before).toMatchObject({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('DELETE removes it (200), audited; a second DELETE is 404', async () => {
    const res = await duty.request(`/api/emergency/stagger/${createdId}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(staggerScheduleSchema.parse(await res.json()).id).toBe(createdId);
    const list = await getStagger('?season=2023-2024');
    expect(list.schedules.find((s) => s.id === createdId)).toBeUndefined();
    expect((await duty.request(`/api/emergency/stagger/${createdId}`, { method: 'DELETE' })).status).toBe(404);
    const audit = await admin.request(`/api/audit?action=emergency.stagger.delete&entityId=${createdId}`);
    expect(auditResponseSchema.parse(await audit.json()).entries).toHaveLength(1);
  });

  it('GET refuses a malformed season or at (400)', async () => {
    expect((await official.request('/api/emergency/stagger?season=2023')).status).toBe(400);
    expect((await official.request('/api/emergency/stagger?at=yesterday')).status).toBe(400);
  });
});
