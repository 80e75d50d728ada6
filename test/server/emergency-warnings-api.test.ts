import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { controlsResponseSchema } from '../../server/schema/controls.ts';
import {
  notificationSchema,
  stepSchema,
  supervisorSchema,
  warningDetailSchema,
  warningSchema,
  warningsResponseSchema,
} from '../../server/schema/emergency-warnings.ts';
import type { LiveEvent } from '../../server/schema/live-events.ts';
import { createLiveHub } from '../../server/services/live-hub.ts';
import { clearEmergency, insertTestList } from '../helpers/emergency-test-list.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('heavy-pollution warnings: issue, mechanism, change, lift (seeded demo database)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let app: ReturnType<typeof createApp>;
  let duty: Caller;
  let admin: Caller;
  let official: Caller;
  let inspector: Caller;
  let listId: number;
  let enterprises: { id: string; name: string; township: string }[];
  let warningId: number;
  const hub = createLiveHub();
  const events: LiveEvent[] = [];

  const issue = (caller: Caller, body: unknown) => caller.request('/api/emergency/warnings', json('POST', body));
  const change = (body: unknown) => duty.request(`/api/emergency/warnings/${warningId}/change`, json('POST', body));
  const lift = (body: unknown) => duty.request(`/api/emergency/warnings/${warningId}/lift`, json('POST', body));
  const detail = async (at: string) => {
    const res = await duty.request(`/api/emergency/warnings/${warningId}?at=${at}`);
    expect(res.status).toBe(200);
    return warningDetailSchema.parse(await res.json());
  };
  const auditCount = (action: string) =>
    (seeded.db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    app = createApp({ db: seeded.db, hub });
    hub.subscribe(new Set(['emergency']), (e) => events.push(e));
    clearEmergency(seeded.db);
    enterprises = seeded.db
      .prepare('SELECT id, name, township_code AS township FROM enterprises ORDER BY id LIMIT 3')
      .all() as typeof enterprises;
    listId = insertTestList(
      seeded.db,
      '测试清单第1版',
      '2023-11-01',
      enterprises.map((e) => e.id),
    );
    duty = asUser(app, seeded.db, 'duty');
    admin = asUser(app, seeded.db, 'admin');
    official = asUser(app, seeded.db, 'official');
    // an inspector whose townships hold none of the listed enterprises
    const others = seeded.db
      .prepare('SELECT code FROM townships WHERE code NOT IN (SELECT value FROM json_each(?)) LIMIT 1')
      .get(JSON.stringify(enterprises.map((e) => e.township))) as { code: string };
    inspector = asUser(app, seeded.db, 'inspector', { townships: [others.code] });
  });
  afterAll(() => seeded.dispose());

  it('the duty officer issues an orange warning from the forecast: 201, list bound, audited, live event', async () => {
    const res = await issue(duty, {
      level: 'orange',
      start: '2023-12-20T00:00',
      plannedEnd: '2023-12-23T00:00',
      issuedAt: '2023-12-19T16:00',
      basis: 'forecast',
      forecast: [210, 230, 250, 180],
      document: '忻府区重污染天气橙色预警（测试）',
    });
    expect(res.status).toBe(201);
    const warning = warningSchema.parse(await res.json());
    warningId = warning.id;
    expect(warning).toMatchObject({
      level: 'orange',
      start: '2023-12-20T00:00',
      plannedEnd: '2023-12-23T00:00',
      liftedAt: null,
      advanceHours: 8,
      basis: 'forecast',
      forecast: { dailyAqi: [210, 230, 250, 180], derivedLevel: 'orange' },
      listVersion: { id: listId, version: '测试清单第1版' },
      createdBy: duty.user.username,
    });
    expect(warning.events.map((e) => [e.kind, e.level])).toEqual([['issue', 'orange']]);
    expect(warning.segments).toEqual([{ level: 'orange', from: '2023-12-20T00:00', to: '2023-12-23T00:00' }]);
    expect(auditCount('emergency.warning.issue')).toBe(1);
    expect(events.at(-1)?.data).toEqual({ kind: 'warning', warningId });
  });

  it('refuses officials and inspectors (403), an overlapping warning (409), a start before publication', async () => {
    const body = { level: 'yellow', start: '2023-12-26T00:00', basis: 'decision', issuedAt: '2023-12-25T00:00' };
    expect((await issue(official, body)).status).toBe(403);
    expect((await issue(inspector, body)).status).toBe(403);

    const overlap = await issue(admin, { ...body, start: '2023-12-22T12:00', issuedAt: '2023-12-22T00:00' });
    expect(overlap.status).toBe(409);
    const overlapError = await errorOf(overlap);
    expect(overlapError.text?.zh).toContain(`第 ${warningId} 号预警`);
    expect(overlapError.message).toContain(`warning ${warningId}`);

    // an open-ended warning before it would run into it
    const openEnded = await issue(duty, { ...body, start: '2023-12-18T00:00', issuedAt: '2023-12-17T00:00' });
    expect(openEnded.status).toBe(409);

    const late = await issue(duty, { ...body, issuedAt: '2023-12-26T06:00' });
    expect(late.status).toBe(422);
    expect((await errorOf(late)).text?.zh).toContain('预警开始时间不能早于发布时间');
    // without issuedAt the publication is the dataset's present (2023-12-31T23:00), after this start
    const pastStart = await issue(duty, { level: 'yellow', start: '2023-12-26T00:00', basis: 'decision' });
    expect(pastStart.status).toBe(422);

    const endFirst = await issue(duty, { ...body, plannedEnd: '2023-12-25T00:00' });
    expect(endFirst.status).toBe(400);
    const noForecast = await issue(duty, { ...body, basis: 'forecast' });
    expect(noForecast.status).toBe(400);
    expect(auditCount('emergency.warning.issue')).toBe(1);
  });

  it('shows who is bound at the level in force, from when, and the mechanism so far', async () => {
    const seen = await detail('2023-12-20T12:00');
    expect(seen.warning.status).toBe('in-force');
    expect(seen.bound.map((b) => b.enterpriseId)).toEqual(enterprises.map((e) => e.id));
    const first = seen.bound[0];
    expect(first).toMatchObject({
      enterpriseName: enterprises[0]?.name,
      township: enterprises[0]?.township,
      grade: 'C',
      from: '2023-12-20T00:00',
      measures: [{ line: '1#回转窑', kind: 'limit', limitPct: 50, text: '1#回转窑限产50%' }],
    });
    expect(first?.townshipName).toBeTruthy();
    const parts = Object.fromEntries(seen.mechanism.map((m) => [m.key, m]));
    expect(Object.keys(parts)).toEqual([
      'advance-warning',
      'advance-response',
      'assistance',
      'regional',
      'supervision',
      'consultation',
    ]);
    expect(parts['advance-warning']).toMatchObject({ done: true, at: '2023-12-19T16:00' });
    expect(parts.supervision?.done).toBe(false);
  });

  it('notifies every listed enterprise, records an acknowledgement and keeps it when notified again', async () => {
    const url = `/api/emergency/warnings/${warningId}/notifications`;
    const res = await duty.request(url, json('POST', { channel: 'sms', notifiedAt: '2023-12-19T17:00' }));
    expect(res.status).toBe(200);
    const notified = notificationSchema.array().parse(await res.json());
    expect(notified.map((n) => n.enterpriseId)).toEqual(enterprises.map((e) => e.id));
    expect(notified[0]).toMatchObject({ enterpriseName: enterprises[0]?.name, acknowledgedAt: null, channel: 'sms' });

    const id = enterprises[0]?.id as string;
    const ack = await duty.request(
      `${url}/${id}/ack`,
      json('POST', { acknowledgedAt: '2023-12-19T18:00', acknowledgedBy: '王厂长' }),
    );
    expect(ack.status).toBe(200);
    expect(notificationSchema.parse(await ack.json())).toMatchObject({
      acknowledgedAt: '2023-12-19T18:00',
      acknowledgedBy: '王厂长',
    });
    const again = await duty.request(`${url}/${id}/ack`, json('POST', { acknowledgedBy: '王厂长' }));
    expect(again.status).toBe(409);
    const early = await duty.request(
      `${url}/${enterprises[1]?.id}/ack`,
      json('POST', { acknowledgedAt: '2023-12-19T16:30', acknowledgedBy: '李' }),
    );
    expect(early.status).toBe(422);
    expect((await duty.request(`${url}/no-such/ack`, json('POST', { acknowledgedBy: '李' }))).status).toBe(404);

    const renotified = await duty.request(url, json('POST', { channel: 'phone', notifiedAt: '2023-12-19T20:00' }));
    const after = notificationSchema.array().parse(await renotified.json());
    expect(after[0]).toMatchObject({
      acknowledgedAt: '2023-12-19T18:00',
      channel: 'sms',
      notifiedAt: '2023-12-19T17:00',
    });
    expect(after[1]).toMatchObject({ acknowledgedAt: null, channel: 'phone', notifiedAt: '2023-12-19T20:00' });

    const stranger = await duty.request(url, json('POST', { channel: 'sms', enterpriseIds: ['not-on-list'] }));
    expect(stranger.status).toBe(422);
    expect((await errorOf(stranger)).text?.zh).toContain('not-on-list');
    expect((await official.request(url, json('POST', { channel: 'sms' }))).status).toBe(403);
  });

  it('assigns resident supervisors: a supervising account, a listed enterprise (else 422 naming which)', async () => {
    const url = `/api/emergency/warnings/${warningId}/supervisors`;
    const candidates = await duty.request('/api/emergency/supervisor-candidates');
    expect(candidates.status).toBe(200);
    const list = (await candidates.json()) as { id: number; username: string }[];
    expect(list.map((c) => c.username)).toContain(inspector.user.username);
    expect(list.map((c) => c.username)).not.toContain(official.user.username);
    expect((await official.request('/api/emergency/supervisor-candidates')).status).toBe(403);

    const wrongRole = await duty.request(
      url,
      json('PUT', { assignments: [{ enterpriseId: enterprises[0]?.id, userId: official.user.id }] }),
    );
    expect(wrongRole.status).toBe(422);
    expect((await errorOf(wrongRole)).text?.zh).toContain(official.user.username);
    const unlisted = await duty.request(
      url,
      json('PUT', { assignments: [{ enterpriseId: 'x-1', userId: inspector.user.id }] }),
    );
    expect(unlisted.status).toBe(422);
    expect((await errorOf(unlisted)).message).toContain('x-1');
    const nobody = await duty.request(
      url,
      json('PUT', { assignments: [{ enterpriseId: enterprises[0]?.id, userId: 999_999 }] }),
    );
    expect(nobody.status).toBe(422);

    const res = await duty.request(
      url,
      json('PUT', { assignments: [{ enterpriseId: enterprises[0]?.id, userId: inspector.user.id }] }),
    );
    expect(res.status).toBe(200);
    const supervisors = supervisorSchema.array().parse(await res.json());
    expect(supervisors).toEqual([
      expect.objectContaining({
        enterpriseId: enterprises[0]?.id,
        userId: inspector.user.id,
        username: inspector.user.username,
        displayName: inspector.user.displayName,
      }),
    ]);
    expect(auditCount('emergency.supervisors')).toBe(1);
    const parts = (await detail('2023-12-20T12:00')).mechanism;
    expect(parts.find((m) => m.key === 'supervision')?.done).toBe(true);
  });

  it('records the mechanism’s steps (提前应对, 区域联防, 协商减排)', async () => {
    const url = `/api/emergency/warnings/${warningId}/steps`;
    const res = await duty.request(
      url,
      json('POST', { kind: 'advance-response', at: '2023-12-19T18:00', note: '召开调度会，部署橙色预警措施' }),
    );
    expect(res.status).toBe(201);
    expect(stepSchema.parse(await res.json())).toMatchObject({ kind: 'advance-response', at: '2023-12-19T18:00' });
    const consult = await duty.request(
      url,
      json('POST', {
        kind: 'consultation',
        at: '2023-12-20T09:00',
        enterpriseId: enterprises[1]?.id,
        note: '与企业协商2#线提前停产',
      }),
    );
    expect(consult.status).toBe(201);
    const unknown = await duty.request(url, json('POST', { kind: 'regional', enterpriseId: 'nope', note: 'x' }));
    expect(unknown.status).toBe(422);
    const parts = Object.fromEntries((await detail('2023-12-20T12:00')).mechanism.map((m) => [m.key, m]));
    expect(parts['advance-response']).toMatchObject({ done: true, at: '2023-12-19T18:00' });
    expect(parts.consultation).toMatchObject({ done: true, at: '2023-12-20T09:00' });
    expect(parts.regional?.done).toBe(false);
  });

  it('upgrades to red, refuses an upgrade to the same or a lower level, downgrades and extends', async () => {
    const up = await change({ kind: 'upgrade', level: 'red', effectiveAt: '2023-12-21T00:00', note: '污染加重' });
    expect(up.status).toBe(200);
    expect(warningSchema.parse(await up.json()).events.map((e) => e.kind)).toEqual(['issue', 'upgrade']);

    const same = await change({ kind: 'upgrade', level: 'red', effectiveAt: '2023-12-21T06:00' });
    expect(same.status).toBe(409);
    expect((await errorOf(same)).text?.zh).toContain('红色预警');
    const lower = await change({ kind: 'upgrade', level: 'orange', effectiveAt: '2023-12-21T06:00' });
    expect(lower.status).toBe(409);
    const upward = await change({ kind: 'downgrade', level: 'red', effectiveAt: '2023-12-21T06:00' });
    expect(upward.status).toBe(409);
    const beforeLast = await change({ kind: 'downgrade', level: 'yellow', effectiveAt: '2023-12-20T12:00' });
    expect(beforeLast.status).toBe(422);
    const noLevel = await change({ kind: 'upgrade', effectiveAt: '2023-12-21T06:00' });
    expect(noLevel.status).toBe(400);

    const seenRed = await detail('2023-12-21T12:00');
    expect(seenRed.warning.level).toBe('red');
    expect(seenRed.bound[0]).toMatchObject({ from: '2023-12-21T00:00', measures: [{ kind: 'stop', limitPct: null }] });

    const down = await change({ kind: 'downgrade', level: 'yellow', effectiveAt: '2023-12-22T00:00' });
    expect(down.status).toBe(200);
    const shorter = await change({ kind: 'extend', plannedEnd: '2023-12-22T18:00', effectiveAt: '2023-12-22T06:00' });
    expect(shorter.status).toBe(422);
    const extended = await change({ kind: 'extend', plannedEnd: '2023-12-24T00:00', effectiveAt: '2023-12-22T06:00' });
    expect(extended.status).toBe(200);
    const warning = warningSchema.parse(await extended.json());
    expect(warning.plannedEnd).toBe('2023-12-24T00:00');
    expect(warning.segments).toEqual([
      { level: 'orange', from: '2023-12-20T00:00', to: '2023-12-21T00:00' },
      { level: 'red', from: '2023-12-21T00:00', to: '2023-12-22T00:00' },
      { level: 'yellow', from: '2023-12-22T00:00', to: '2023-12-24T00:00' },
    ]);
    expect(auditCount('emergency.warning.change')).toBe(3);
    const audit = seeded.db
      .prepare("SELECT before, after FROM audit_log WHERE action = 'emergency.warning.change' ORDER BY id DESC")
      .get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toMatchObject({ plannedEnd: '2023-12-23T00:00' });
    expect(JSON.parse(audit.after)).toMatchObject({ plannedEnd: '2023-12-24T00:00' });
  });

  it('lists the warnings overlapping a stretch with the one in force at `at`', async () => {
    const res = await official.request(
      '/api/emergency/warnings?from=2023-12-01T00:00&to=2023-12-31T00:00&at=2023-12-21T12:00',
    );
    expect(res.status).toBe(200);
    const body = warningsResponseSchema.parse(await res.json());
    expect(body.at).toBe('2023-12-21T12:00');
    expect(body.inForce).toMatchObject({ id: warningId, level: 'red', status: 'in-force' });
    expect(body.warnings.map((w) => w.id)).toEqual([warningId]);
    const before = warningsResponseSchema.parse(
      await (await official.request('/api/emergency/warnings?to=2023-12-10T00:00&at=2023-12-19T20:00')).json(),
    );
    expect(before.warnings).toEqual([]);
    expect(before.inForce).toBeNull();
    const scheduled = warningsResponseSchema.parse(
      await (await official.request('/api/emergency/warnings?at=2023-12-19T20:00')).json(),
    );
    expect(scheduled.warnings[0]).toMatchObject({ status: 'scheduled', level: 'orange' });
    expect((await official.request('/api/emergency/warnings?at=soon')).status).toBe(400);
    expect((await official.request('/api/emergency/warnings/999999')).status).toBe(404);
  });

  it('GET /api/controls?at= reports the issued warning in force', async () => {
    const res = await official.request('/api/controls?at=2023-12-21T12:00');
    expect(res.status).toBe(200);
    const body = controlsResponseSchema.parse(await res.json());
    expect(body.heavyPollution).toMatchObject({
      level: 'red',
      source: 'issued',
      warning: { id: warningId, level: 'red', levelFrom: '2023-12-21T00:00' },
      listVersion: { id: listId },
    });
    expect(body.heavyPollution.measures.map((m) => m.enterpriseId)).toEqual(enterprises.map((e) => e.id));
  });

  it('lifts once; a lifted warning takes no change and no second lift', async () => {
    const early = await lift({ effectiveAt: '2023-12-21T23:00' }); // before the last change (12-22T06:00)
    expect(early.status).toBe(422);
    const res = await lift({ effectiveAt: '2023-12-23T12:00', note: '空气质量好转' });
    expect(res.status).toBe(200);
    const warning = warningSchema.parse(await res.json());
    expect(warning).toMatchObject({ liftedAt: '2023-12-23T12:00', status: 'lifted', level: 'yellow' });
    expect(warning.segments.at(-1)).toEqual({ level: 'yellow', from: '2023-12-22T00:00', to: '2023-12-23T12:00' });

    const twice = await lift({ effectiveAt: '2023-12-23T13:00' });
    expect(twice.status).toBe(409);
    expect((await errorOf(twice)).text?.zh).toContain('已于 2023-12-23T12:00 解除');
    const afterLift = await change({ kind: 'upgrade', level: 'red', effectiveAt: '2023-12-23T13:00' });
    expect(afterLift.status).toBe(409);
    expect(auditCount('emergency.warning.lift')).toBe(1);
    expect((await lift({})).status).toBe(409);
    expect(events.filter((e) => (e.data as { kind: string }).kind === 'warning').length).toBe(5);

    // the stretch after the lift is free for a new warning
    const next = await issue(duty, {
      level: 'yellow',
      start: '2023-12-23T12:00',
      plannedEnd: '2023-12-24T12:00',
      issuedAt: '2023-12-23T08:00',
      basis: 'regional',
    });
    expect(next.status).toBe(201);
  });

  it('refuses an ended warning’s change and unknown ids', async () => {
    const ended = await duty.request(
      `/api/emergency/warnings/${warningId + 1}/change`,
      json('POST', {
        kind: 'extend',
        plannedEnd: '2023-12-25T12:00',
      }),
    ); // default effectiveAt: the present (2023-12-31T23:00), after its planned end
    expect(ended.status).toBe(409);
    expect((await errorOf(ended)).text?.zh).toContain('计划结束时间 2023-12-24T12:00 结束');
    expect((await duty.request('/api/emergency/warnings/999999/lift', json('POST', {}))).status).toBe(404);
    expect((await duty.request('/api/emergency/warnings/0x1/lift', json('POST', {}))).status).toBe(400);
  });
});
