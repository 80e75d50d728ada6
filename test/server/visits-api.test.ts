import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { assistanceVisitSchema, visitsListResponseSchema, visitsSummarySchema } from '../../server/schema/visits.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('assistance visits API', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let official: Caller;
  let duty: Caller;
  let localInspector: Caller;
  let otherInspector: Caller;
  let enterprise: { id: string; township: string };

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    const app = createApp({ db: seeded.db });
    enterprise = seeded.db
      .prepare("SELECT id, township_code AS township FROM enterprises WHERE operating_status = 'operating' LIMIT 1")
      .get() as typeof enterprise;
    const other = seeded.db
      .prepare('SELECT code FROM townships WHERE code <> ? LIMIT 1')
      .pluck()
      .get(enterprise.township);
    official = asUser(app, seeded.db, 'official');
    duty = asUser(app, seeded.db, 'duty');
    localInspector = asUser(app, seeded.db, 'inspector', { username: 'visit-local', townships: [enterprise.township] });
    otherInspector = asUser(app, seeded.db, 'inspector', { username: 'visit-other', townships: [other as string] });
  });
  afterAll(() => seeded.dispose());

  const visit = (overrides: Record<string, unknown> = {}) => ({
    enterpriseId: enterprise.id,
    visitedAt: '2023-12-20T10:00',
    visitors: '张三、李四',
    topic: 'technical',
    problems: [{ text: '布袋除尘器压差异常', category: 'treatment' }],
    requests: [{ text: '冬季天然气供应保障', category: 'energy', departmentId: 'energy' }],
    followUp: '一周内复查除尘器',
    followUpDueOn: '2023-12-27',
    ...overrides,
  });
  const post = (caller: Caller, body: unknown) => caller.request('/api/visits', json('POST', body));

  it('lists the seeded visits newest first with their enterprise, requests and a total', async () => {
    const res = await official.request('/api/visits?limit=5');
    expect(res.status).toBe(200);
    const body = visitsListResponseSchema.parse(await res.json());
    expect(body.asOf).toBe('2023-12-31T23:00');
    expect(body.visits.length).toBeLessThanOrEqual(5);
    expect(body.total).toBeGreaterThan(body.visits.length);
    const times = body.visits.map((v) => v.visitedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(body.visits.every((v) => v.provenance === 'synthetic' && v.enterpriseName !== '')).toBe(true);
  });

  it('records a visit by an inspector of the township, eco-env by default, its follow-up overdue', async () => {
    const res = await post(localInspector, visit());
    expect(res.status).toBe(201);
    const created = assistanceVisitSchema.parse(await res.json());
    expect(created).toMatchObject({
      departmentId: 'eco-env',
      provenance: 'official',
      followUpOverdue: true,
      requests: [{ status: 'open', departmentId: 'energy', openDays: 11 }],
    });
    const list = visitsListResponseSchema.parse(
      await (await official.request(`/api/visits?enterprise=${enterprise.id}&openRequests=true`)).json(),
    );
    expect(list.visits.map((v) => v.id)).toContain(created.id);
    // as of the due day itself the follow-up is not late yet
    const before = visitsListResponseSchema.parse(
      await (await official.request(`/api/visits?enterprise=${enterprise.id}&asOf=2023-12-27`)).json(),
    );
    expect(before.visits.find((v) => v.id === created.id)?.followUpOverdue).toBe(false);
  });

  it('answers a request and records the follow-up, audited; resolved and done are final', async () => {
    const created = assistanceVisitSchema.parse(
      await (await post(duty, visit({ visitedAt: '2023-12-01T09:00' }))).json(),
    );
    const requestId = created.requests[0]?.id as number;
    const answer = await duty.request(
      `/api/visits/requests/${requestId}`,
      json('PATCH', { status: 'resolved', response: '已协调燃气公司保供', answeredAt: '2023-12-05T10:00' }),
    );
    expect(answer.status).toBe(200);
    const answered = assistanceVisitSchema.parse(await answer.json());
    expect(answered.requests[0]).toMatchObject({ status: 'resolved', answeredAt: '2023-12-05T10:00', openDays: null });
    const again = await duty.request(
      `/api/visits/requests/${requestId}`,
      json('PATCH', { status: 'answered', response: 'x' }),
    );
    expect(again.status).toBe(409);
    const done = await duty.request(`/api/visits/${created.id}`, json('PATCH', { followUpDoneOn: '2023-12-10' }));
    expect(assistanceVisitSchema.parse(await done.json())).toMatchObject({
      followUpDoneOn: '2023-12-10',
      followUpOverdue: false,
    });
    expect(
      (await duty.request(`/api/visits/${created.id}`, json('PATCH', { followUpDoneOn: '2023-12-11' }))).status,
    ).toBe(409);
    const actions = seeded.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'assistance_visit' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(String(created.id));
    expect(actions).toEqual(['visit.create', 'visit.request.answer', 'visit.follow-up']);
    // seen before the answer, the request was open
    const earlier = visitsListResponseSchema.parse(
      await (await official.request(`/api/visits?enterprise=${enterprise.id}&asOf=2023-12-04`)).json(),
    );
    expect(earlier.visits.find((v) => v.id === created.id)?.requests[0]?.status).toBe('open');
  });

  it('refuses an inspector outside the township and a reader', async () => {
    const res = await post(otherInspector, visit());
    expect(res.status).toBe(403);
    expect((await errorOf(res)).text.zh).toMatch(/不在您负责的乡镇内/);
    expect((await post(official, visit())).status).toBe(403);
  });

  it('refuses unknown enterprises and departments, future visits, too many problems and malformed bodies', async () => {
    expect((await post(duty, visit({ enterpriseId: 'NO-SUCH' }))).status).toBe(404);
    const dept = await post(duty, visit({ departmentId: 'no-such-dept' }));
    expect(dept.status).toBe(400);
    expect((await errorOf(dept)).message).toMatch(/departmentId/);
    const future = await post(duty, visit({ visitedAt: '2024-01-02T10:00' }));
    expect(future.status).toBe(422);
    const many = Array.from({ length: 21 }, () => ({ text: '问题', category: 'other' }));
    expect((await post(duty, visit({ problems: many }))).status).toBe(400);
    expect((await post(duty, visit({ problems: [{ text: 'x'.repeat(501), category: 'other' }] }))).status).toBe(400);
    expect((await post(duty, visit({ topic: 'party' }))).status).toBe(400);
    expect((await post(duty, visit({ followUpDueOn: '2023-12-01' }))).status).toBe(400);
    expect((await post(duty, visit({ photoId: 999999 }))).status).toBe(400);
    expect(
      (await duty.request('/api/visits/requests/999999', json('PATCH', { status: 'answered', response: 'x' }))).status,
    ).toBe(404);
    expect((await duty.request('/api/visits/0', json('PATCH', { followUpDoneOn: '2023-12-10' }))).status).toBe(400);
    expect((await official.request('/api/visits?limit=501')).status).toBe(400);
    expect((await official.request('/api/visits?topic=x')).status).toBe(400);
  });

  it('summarises visits by department and township with the requests and overdue follow-ups at as-of', async () => {
    const res = await official.request('/api/visits/summary');
    expect(res.status).toBe(200);
    const summary = visitsSummarySchema.parse(await res.json());
    expect(summary.visits.year).toBeGreaterThan(0);
    expect(summary.byDepartment.reduce((n, d) => n + d.year, 0)).toBe(summary.visits.year);
    expect(summary.openLongDays).toBe(30);
    expect(summary.openLongBasis.zh).toMatch(/控制台约定/);
    expect(summary.requests.open + summary.requests.answered + summary.requests.resolved).toBeGreaterThan(0);
  });
});
