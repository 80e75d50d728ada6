import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { attachmentSchema } from '../../server/schema/attachments.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { visitSchema, warningDetailSchema, warningSchema } from '../../server/schema/emergency-warnings.ts';
import { clearEmergency, insertTestList } from '../helpers/emergency-test-list.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('visits to listed enterprises (驻点监督, 定期帮扶, 协商减排)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let app: ReturnType<typeof createApp>;
  let duty: Caller;
  let official: Caller;
  /** Supervises enterprise 0 in the warning; its townships hold none of the listed enterprises. */
  let supervisor: Caller;
  /** Assigned nowhere; its township holds enterprise 2. */
  let local: Caller;
  let enterprises: { id: string; name: string; township: string }[];
  let warningId: number;
  let photoId: number;

  const visit = (caller: Caller, body: Record<string, unknown>) =>
    caller.request('/api/emergency/visits', json('POST', body));
  const supervision = (enterprise: number, extra: Record<string, unknown> = {}) => ({
    warningId,
    enterpriseId: enterprises[enterprise]?.id,
    kind: 'supervision',
    visitedAt: '2023-12-20T10:00',
    verdict: 'compliant',
    lines: [{ line: '1#回转窑', state: 'limited' }],
    note: '现场检查：1#回转窑限产运行，电表读数下降约五成',
    ...extra,
  });

  beforeAll(async () => {
    seeded = createSeededDbFile({ scale: 0.25 });
    app = createApp({ db: seeded.db });
    clearEmergency(seeded.db);
    // three enterprises in two different townships
    const first = seeded.db
      .prepare('SELECT id, name, township_code AS township FROM enterprises ORDER BY id LIMIT 2')
      .all() as typeof enterprises;
    const other = seeded.db
      .prepare(
        `SELECT id, name, township_code AS township FROM enterprises
         WHERE township_code NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1`,
      )
      .get(JSON.stringify(first.map((e) => e.township))) as (typeof enterprises)[number];
    enterprises = [...first, other];
    insertTestList(
      seeded.db,
      '测试清单',
      '2023-11-01',
      enterprises.map((e) => e.id),
    );
    duty = asUser(app, seeded.db, 'duty');
    official = asUser(app, seeded.db, 'official');
    const elsewhere = seeded.db
      .prepare('SELECT code FROM townships WHERE code NOT IN (SELECT value FROM json_each(?)) LIMIT 1')
      .get(JSON.stringify(enterprises.map((e) => e.township))) as { code: string };
    supervisor = asUser(app, seeded.db, 'inspector', { username: 'resident', townships: [elsewhere.code] });
    local = asUser(app, seeded.db, 'inspector', { username: 'local', townships: [other.township] });

    const issued = await duty.request(
      '/api/emergency/warnings',
      json('POST', {
        level: 'orange',
        start: '2023-12-20T00:00',
        plannedEnd: '2023-12-22T00:00',
        issuedAt: '2023-12-19T12:00',
        basis: 'decision',
      }),
    );
    warningId = warningSchema.parse(await issued.json()).id;
    const assigned = await duty.request(
      `/api/emergency/warnings/${warningId}/supervisors`,
      json('PUT', { assignments: [{ enterpriseId: enterprises[0]?.id, userId: supervisor.user.id }] }),
    );
    expect(assigned.status).toBe(200);
    const upload = await supervisor.request('/api/attachments?file=现场照片.png', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: PNG,
    });
    expect(upload.status).toBe(201);
    photoId = attachmentSchema.parse(await upload.json()).id;
  });
  afterAll(() => seeded.dispose());

  it('the resident supervisor records a supervision visit with a photo: 201, audited, on the warning', async () => {
    const res = await visit(supervisor, supervision(0, { photoId }));
    expect(res.status).toBe(201);
    const recorded = visitSchema.parse(await res.json());
    expect(recorded).toMatchObject({
      warningId,
      enterpriseId: enterprises[0]?.id,
      enterpriseName: enterprises[0]?.name,
      kind: 'supervision',
      visitedAt: '2023-12-20T10:00',
      inspector: supervisor.user.displayName,
      verdict: 'compliant',
      lines: [{ line: '1#回转窑', state: 'limited' }],
      photoId,
      provenance: 'official',
    });
    const audit = seeded.db
      .prepare("SELECT actor, entity_id FROM audit_log WHERE action = 'emergency.visit.create'")
      .all() as { actor: string; entity_id: string }[];
    expect(audit).toEqual([{ actor: 'resident', entity_id: String(recorded.id) }]);
    const detail = warningDetailSchema.parse(
      await (await official.request(`/api/emergency/warnings/${warningId}?at=2023-12-20T12:00`)).json(),
    );
    expect(detail.visits.map((v) => v.id)).toEqual([recorded.id]);
  });

  it('an inspector visits only enterprises they supervise or in their townships (403 naming it)', async () => {
    const outside = await visit(supervisor, supervision(1));
    expect(outside.status).toBe(403);
    const error = await errorOf(outside);
    expect(error.message).toContain(enterprises[1]?.id);
    expect(error.text?.zh).toContain(enterprises[1]?.name);

    const inTownship = await visit(local, supervision(2, { verdict: 'non-compliant', lines: [] }));
    expect(inTownship.status).toBe(201);
    const assistance = await visit(local, {
      enterpriseId: enterprises[2]?.id,
      kind: 'assistance',
      visitedAt: '2023-11-15T10:00',
      verdict: 'not-checked',
      note: '帮扶：指导企业完善一厂一策',
    });
    expect(assistance.status).toBe(201);
    const localElsewhere = await visit(local, supervision(0));
    expect(localElsewhere.status).toBe(403);
    expect((await visit(official, supervision(0))).status).toBe(403);
    expect((await visit(duty, supervision(1, { verdict: 'non-compliant' }))).status).toBe(201);
  });

  it('refuses a missing warning, photo or enterprise (422) and a supervision visit without a warning', async () => {
    const noPhoto = await visit(duty, supervision(0, { photoId: 999_999 }));
    expect(noPhoto.status).toBe(422);
    expect((await errorOf(noPhoto)).message).toContain('photoId');
    expect((await visit(duty, supervision(0, { warningId: 999_999 }))).status).toBe(422);
    expect((await visit(duty, supervision(0, { enterpriseId: 'no-such-enterprise' }))).status).toBe(422);
    expect((await visit(duty, supervision(0, { warningId: null }))).status).toBe(422);
    expect((await visit(duty, supervision(0, { verdict: 'fine' }))).status).toBe(400);
    expect((await visit(duty, supervision(0, { note: '' }))).status).toBe(400);
  });

  it('lists visits by warning, enterprise and kind; an assistance visit is 定期帮扶 in the season', async () => {
    const all = visitSchema.array().parse(await (await official.request('/api/emergency/visits')).json());
    expect(all.map((v) => v.visitedAt)).toEqual([...all.map((v) => v.visitedAt)].sort());
    expect(all).toHaveLength(4);
    const ofWarning = visitSchema
      .array()
      .parse(await (await official.request(`/api/emergency/visits?warning=${warningId}&kind=supervision`)).json());
    expect(ofWarning).toHaveLength(3);
    const ofEnterprise = visitSchema
      .array()
      .parse(await (await official.request(`/api/emergency/visits?enterprise=${enterprises[2]?.id}`)).json());
    expect(ofEnterprise.map((v) => v.kind).sort()).toEqual(['assistance', 'supervision']);
    expect((await official.request('/api/emergency/visits?warning=abc')).status).toBe(400);
    expect((await official.request('/api/emergency/visits?kind=party')).status).toBe(400);

    const detail = warningDetailSchema.parse(
      await (await official.request(`/api/emergency/warnings/${warningId}`)).json(),
    );
    expect(detail.mechanism.find((m) => m.key === 'assistance')).toMatchObject({ done: true, at: '2023-11-15T10:00' });
  });

  it('counts an assistance visit (帮扶走访, issue 17) during the warning as 定期帮扶, not one after it', async () => {
    const helpVisit = (visitedAt: string) =>
      duty.request(
        '/api/visits',
        json('POST', { enterpriseId: enterprises[1]?.id, visitedAt, visitors: '王五', topic: 'emergency' }),
      );
    expect((await helpVisit('2023-12-21T09:00')).status).toBe(201);
    expect((await helpVisit('2023-12-23T09:00')).status).toBe(201);
    const detail = warningDetailSchema.parse(
      await (await official.request(`/api/emergency/warnings/${warningId}`)).json(),
    );
    expect(detail.mechanism.find((m) => m.key === 'assistance')).toMatchObject({ done: true, at: '2023-12-21T09:00' });
  });
});
