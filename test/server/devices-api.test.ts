import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { hashDevicePassword, readDeviceAuth } from '../../server/db/devices-repository.ts';
import { auditResponseSchema } from '../../server/schema/audit.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { deviceDetailSchema, deviceSchema, devicesResponseSchema } from '../../server/schema/devices.ts';
import type { LiveEvent } from '../../server/schema/live-events.ts';
import { startDeviceMonitor } from '../../server/services/device-monitor.ts';
import { createLiveHub } from '../../server/services/live-hub.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('the device registry API (seeded demo database)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let app: ReturnType<typeof createApp>;
  let admin: Caller;
  let clock = Date.now();
  const hub = createLiveHub();
  let station: { code: string; name: string };
  let otherStation: string;
  let enterprise: { id: string; name: string };
  let machine: string;

  const post = (caller: Caller, body: unknown) => caller.request('/api/devices', json('POST', body));
  const patch = (caller: Caller, mn: string, body: unknown) =>
    caller.request(`/api/devices/${mn}`, json('PATCH', body));
  const ambient = (mn: string) => ({
    mn,
    password: '123456',
    kind: 'ambient',
    entity: { layer: 'stations', id: station.code },
  });
  const outlet = (code: string) => ({
    enterpriseId: enterprise.id,
    code,
    name: '1#水泥磨排气筒',
    standard: 'gb4915-2013-grinding',
    referenceO2: null,
    limits: { pm: 20 },
    uleLimits: { pm: 10 },
  });

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    app = createApp({ db: seeded.db, hub, now: () => clock });
    admin = asUser(app, seeded.db, 'admin');
    const stations = seeded.db.prepare('SELECT code, name FROM stations ORDER BY code LIMIT 2').all() as {
      code: string;
      name: string;
    }[];
    station = stations[0] as { code: string; name: string };
    otherStation = (stations[1] as { code: string }).code;
    enterprise = seeded.db.prepare('SELECT id, name FROM enterprises ORDER BY id LIMIT 1').get() as typeof enterprise;
    machine = (seeded.db.prepare('SELECT id FROM machines ORDER BY id LIMIT 1').get() as { id: string }).id;
  });
  afterAll(() => seeded.dispose());

  it('an admin registers an ambient device (201): bound to its station, never seen, offline', async () => {
    const res = await post(admin, ambient('TESTA0001'));
    expect(res.status).toBe(201);
    const device = deviceSchema.parse(await res.json());
    expect(device).toMatchObject({
      mn: 'TESTA0001',
      kind: 'ambient',
      entity: { layer: 'stations', id: station.code },
      entityName: station.name,
      intervalS: 60,
      enabled: true,
      status: 'offline',
      statusSince: null,
      lastSeen: null,
      accepted: 0,
      refused: 0,
    });
    const auth = readDeviceAuth(seeded.db, 'TESTA0001');
    expect(auth).toMatchObject({ kind: 'ambient', entityLayer: 'stations', entityId: station.code, enabled: true });
    expect(auth?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(auth?.hash).toBe(hashDevicePassword('123456', auth?.salt ?? ''));
    expect(auth?.hash).not.toBe(hashDevicePassword('654321', auth?.salt ?? ''));

    const list = devicesResponseSchema.parse(await (await admin.request('/api/devices')).json());
    expect(list.devices.find((d) => d.mn === 'TESTA0001')).toEqual(device);
    expect(JSON.stringify(list)).not.toMatch(/salt|hash|password/i);
  });

  it('a stack device with a new outlet creates the outlet (id enterprise-code) with its limits', async () => {
    const res = await post(admin, {
      mn: 'TESTS0001',
      password: 'pw-9',
      kind: 'stack',
      entity: { layer: 'outlets', id: 'ignored' },
      outlet: outlet('TDA901'),
      intervalS: 3600,
    });
    expect(res.status).toBe(201);
    const device = deviceSchema.parse(await res.json());
    const id = `${enterprise.id}-TDA901`;
    expect(device.entity).toEqual({ layer: 'outlets', id });
    expect(device.entityName).toBe(`${enterprise.name} · 1#水泥磨排气筒`);
    expect(device.intervalS).toBe(3600);
    const row = seeded.db.prepare('SELECT * FROM outlets WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({
      enterprise_id: enterprise.id,
      code: 'TDA901',
      standard: 'gb4915-2013-grinding',
      reference_o2: null,
      provenance: 'official',
    });
    expect(JSON.parse(String(row.limits))).toEqual({ pm: 20 });
    expect(JSON.parse(String(row.ule_limits))).toEqual({ pm: 10 });

    // the same outlet again: 409, nothing written
    const again = await post(admin, {
      ...ambient('TESTS0002'),
      kind: 'stack',
      entity: { layer: 'outlets', id: '-' },
      outlet: outlet('TDA901'),
    });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).text.zh).toContain('已有编号为 TDA901 的排放口');
    expect(readDeviceAuth(seeded.db, 'TESTS0002')).toBeUndefined();

    // a second device may bind to the existing outlet
    const bound = await post(admin, {
      mn: 'TESTS0002',
      password: 'pw-9',
      kind: 'stack',
      entity: { layer: 'outlets', id },
    });
    expect(bound.status).toBe(201);
  });

  it('an NRMM tracker binds to a machine, named by its type', async () => {
    const res = await post(admin, {
      mn: 'TESTN0001',
      password: 'x1',
      kind: 'nrmm',
      entity: { layer: 'machines', id: machine },
    });
    expect(res.status).toBe(201);
    const device = deviceSchema.parse(await res.json());
    expect(device.intervalS).toBe(30);
    expect(device.entityName).toMatch(new RegExp(` ${machine}$`));
  });

  it.each([
    ['a bad MN', { mn: 'has space' }, '设备编号（MN）须为1–24位字母、数字或“-”'],
    ['an MN over 24 characters', { mn: 'A'.repeat(25) }, '设备编号（MN）'],
    ['a PW with ;', { password: '12;456' }, '密码（PW）须为1–32位可见ASCII字符，不含 ; , = &'],
    ['an unknown kind', { kind: 'drone' }, '设备类型须为 ambient、micro、stack 或 nrmm'],
    ['an unknown station', { entity: { layer: 'stations', id: 'NOPE' } }, '绑定对象：站点「NOPE」不存在'],
    ['a kind on the wrong layer', { kind: 'stack' }, '设备类型「排放口在线监测」须绑定排放口，不能绑定站点'],
    ['an unknown field', { colour: 'red' }, '请求内容包含不接受的字段：colour'],
    ['a negative interval', { intervalS: -5 }, '数据间隔（秒）：不能小于 1'],
  ])('400 in Chinese naming the field for %s', async (_what, change, zh) => {
    const res = await post(admin, { ...ambient('TESTBAD01'), ...change });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    expect(error.text.zh).toContain(zh);
    expect(readDeviceAuth(seeded.db, 'TESTBAD01')).toBeUndefined();
  });

  it('400 for a missing field, an unknown enterprise or standard, and an outlet on a non-stack device', async () => {
    const { password: _pw, ...noPassword } = ambient('TESTBAD02');
    expect((await errorOf(await post(admin, noPassword))).text.zh).toBe('密码（PW）：必填');
    const stack = { mn: 'TESTBAD02', password: 'p', kind: 'stack', entity: { layer: 'outlets', id: '-' } };
    const noFirm = await post(admin, { ...stack, outlet: { ...outlet('DA009'), enterpriseId: 'E9999' } });
    expect(noFirm.status).toBe(400);
    expect((await errorOf(noFirm)).text.zh).toBe('排放口所属企业「E9999」不存在');
    const noStandard = await post(admin, { ...stack, outlet: { ...outlet('DA009'), standard: 'gb-0000' } });
    expect(noStandard.status).toBe(400);
    expect((await errorOf(noStandard)).text.zh).toContain('排放标准「gb-0000」不在可选标准之列');
    const badLimit = await post(admin, { ...stack, outlet: { ...outlet('DA009'), limits: { pm: -1 } } });
    expect((await errorOf(badLimit)).text.zh).toBe('标准排放限值（颗粒物）：限值须大于0');
    const notStack = await post(admin, { ...ambient('TESTBAD02'), outlet: outlet('DA009') });
    expect(notStack.status).toBe(400);
    expect((await errorOf(notStack)).text.zh).toContain('只有「排放口在线监测」设备可同时新建排放口');
    expect(seeded.db.prepare('SELECT 1 FROM outlets WHERE code = ?').get('DA009')).toBeUndefined();
    expect(readDeviceAuth(seeded.db, 'TESTBAD02')).toBeUndefined();
  });

  it('409 for an MN already registered; 413 for an oversized body', async () => {
    expect((await post(admin, ambient('TESTDUP01'))).status).toBe(201);
    const dup = await post(admin, { ...ambient('TESTDUP01'), password: 'other' });
    expect(dup.status).toBe(409);
    expect((await errorOf(dup)).text.zh).toBe('设备编号（MN）TESTDUP01 已登记');
    const big = await post(admin, { ...ambient('TESTBIG01'), padding: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
    expect((await errorOf(big)).text.zh).toContain('提交的内容过大');
    expect(readDeviceAuth(seeded.db, 'TESTBIG01')).toBeUndefined();
  });

  it('403 in Chinese for officials, analysts and inspectors on writes and the detail; they list devices', async () => {
    expect((await post(admin, ambient('TESTROLE1'))).status).toBe(201);
    for (const role of ['official', 'analyst', 'inspector'] as const) {
      const caller = asUser(app, seeded.db, role);
      const res = await post(caller, ambient('TESTROLE2'));
      expect(res.status, role).toBe(403);
      const error = await errorOf(res);
      expect(error.code).toBe('forbidden');
      expect(error.text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect((await patch(caller, 'TESTROLE1', { enabled: false })).status, role).toBe(403);
      expect((await caller.request('/api/devices/TESTROLE1', { method: 'DELETE' })).status, role).toBe(403);
      expect((await caller.request('/api/devices/TESTROLE1')).status, role).toBe(403);
      const list = await caller.request('/api/devices');
      expect(list.status, role).toBe(200);
      expect(devicesResponseSchema.parse(await list.json()).devices.some((d) => d.mn === 'TESTROLE1')).toBe(true);
    }
    expect(readDeviceAuth(seeded.db, 'TESTROLE2')).toBeUndefined();
    expect(readDeviceAuth(seeded.db, 'TESTROLE1')?.enabled).toBe(true);
  });

  it('PATCH changes the password (new salt and hash), the binding, the interval; disables; audited', async () => {
    expect((await post(admin, ambient('TESTP0001'))).status).toBe(201);
    const before = readDeviceAuth(seeded.db, 'TESTP0001');
    const res = await patch(admin, 'TESTP0001', { password: 'n3w-pw', intervalS: 3600 });
    expect(res.status).toBe(200);
    expect(deviceSchema.parse(await res.json()).intervalS).toBe(3600);
    const after = readDeviceAuth(seeded.db, 'TESTP0001');
    expect(after?.hash).not.toBe(before?.hash);
    expect(after?.salt).not.toBe(before?.salt);
    expect(after?.hash).toBe(hashDevicePassword('n3w-pw', after?.salt ?? ''));

    const moved = await patch(admin, 'TESTP0001', { entity: { layer: 'stations', id: otherStation } });
    expect(deviceSchema.parse(await moved.json()).entity.id).toBe(otherStation);
    const wrong = await patch(admin, 'TESTP0001', { entity: { layer: 'machines', id: machine } });
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).text.zh).toContain('须绑定站点');
    const empty = await patch(admin, 'TESTP0001', {});
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).text.zh).toBe('请至少修改一项');

    const disabled = await patch(admin, 'TESTP0001', { enabled: false });
    expect(deviceSchema.parse(await disabled.json())).toMatchObject({ enabled: false, status: 'disabled' });
    expect(readDeviceAuth(seeded.db, 'TESTP0001')?.enabled).toBe(false);
    expect((await patch(admin, 'NOSUCHMN', { enabled: false })).status).toBe(404);

    const audit = auditResponseSchema.parse(
      await (await admin.request('/api/audit?entity=device&entityId=TESTP0001')).json(),
    );
    expect(audit.entries.map((e) => e.action)).toEqual([
      'device.update',
      'device.update',
      'device.update',
      'device.create',
    ]);
    expect(audit.entries[2]?.detail).toEqual({ passwordChanged: true });
    expect(audit.entries[2]?.before).toMatchObject({ intervalS: 60 });
    expect(audit.entries[2]?.after).toMatchObject({ intervalS: 3600 });
    expect(audit.entries[1]?.after).toMatchObject({ entity: { layer: 'stations', id: otherStation } });
    expect(audit.entries[0]?.after).toMatchObject({ enabled: false });
    expect(audit.entries.every((e) => e.actor === 'test-admin')).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/n3w-pw|123456|salt|hash/);
  });

  it('DELETE removes the device and its error log (audited); a second DELETE is a 404 in Chinese', async () => {
    expect((await post(admin, ambient('TESTD0001'))).status).toBe(201);
    seeded.db
      .prepare("INSERT INTO device_errors (mn, at, code, message, raw) VALUES ('TESTD0001', ?, '3', 'x', 'y')")
      .run(new Date(clock).toISOString());
    const res = await admin.request('/api/devices/TESTD0001', { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: 'TESTD0001' });
    expect(readDeviceAuth(seeded.db, 'TESTD0001')).toBeUndefined();
    expect(seeded.db.prepare("SELECT 1 FROM device_errors WHERE mn = 'TESTD0001'").get()).toBeUndefined();
    const again = await admin.request('/api/devices/TESTD0001', { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect((await errorOf(again)).text.zh).toBe('没有设备编号（MN）为 TESTD0001 的设备');
    expect((await admin.request('/api/devices/TESTD0001')).status).toBe(404);
    const audit = auditResponseSchema.parse(
      await (await admin.request('/api/audit?entity=device&entityId=TESTD0001')).json(),
    );
    expect(audit.entries.map((e) => e.action)).toEqual(['device.delete', 'device.create']);
    expect(audit.entries[0]?.before).toMatchObject({ mn: 'TESTD0001', kind: 'ambient' });
  });

  it('the detail shows the last packet and the newest 50 refusals with every PW redacted', async () => {
    expect((await post(admin, ambient('TESTR0001'))).status).toBe(201);
    const packet = 'QN=20260301080000000;ST=22;CN=2011;PW=123456;MN=TESTR0001;Flag=5;CP=&&DataTime=20260301080000&&';
    seeded.db
      .prepare("UPDATE devices SET last_packet = ?, last_seen_at = ?, online_since = ? WHERE mn = 'TESTR0001'")
      .run(packet, new Date(clock).toISOString(), new Date(clock).toISOString());
    const insert = seeded.db.prepare(
      "INSERT INTO device_errors (mn, at, code, message, raw) VALUES ('TESTR0001', ?, '3', ?, ?)",
    );
    for (let i = 0; i < 60; i++)
      insert.run(new Date(clock + i).toISOString(), `密码错误 ${i}`, `##0100PW=secret${i};MN=X`);
    const res = await admin.request('/api/devices/TESTR0001');
    expect(res.status).toBe(200);
    const text = await res.clone().text();
    expect(text).not.toMatch(/123456|secret/);
    const detail = deviceDetailSchema.parse(await res.json());
    expect(detail.lastPacket).toBe(packet.replace('PW=123456', 'PW=***'));
    expect(detail.status).toBe('online');
    expect(detail.errors).toHaveLength(50);
    expect(detail.errors[0]).toMatchObject({ code: '3', message: '密码错误 59', raw: '##0100PW=***;MN=X' });
    expect(detail.errors.at(-1)?.message).toBe('密码错误 10');
  });

  it('statuses follow the clock; the monitor publishes the changes (the first check only remembers)', async () => {
    expect((await post(admin, ambient('TESTM0001'))).status).toBe(201);
    const seen = clock;
    seeded.db
      .prepare("UPDATE devices SET last_seen_at = ?, online_since = ? WHERE mn = 'TESTM0001'")
      .run(new Date(seen).toISOString(), new Date(seen - 600_000).toISOString());
    const events: LiveEvent[] = [];
    hub.subscribe(new Set(['devices']), (e) => events.push(e));
    const monitor = startDeviceMonitor({ db: seeded.db, hub, now: () => clock, intervalMs: 0 });
    const mine = () =>
      events.flatMap((e) => (e.topic === 'devices' ? (e.data as { devices: { mn: string }[] }).devices : []));
    const statusOf = async () =>
      devicesResponseSchema
        .parse(await (await admin.request('/api/devices')).json())
        .devices.find((d) => d.mn === 'TESTM0001')?.status;
    try {
      expect(monitor.check()).toEqual([]);
      expect(events).toEqual([]);
      expect(await statusOf()).toBe('online');

      clock = seen + 119_000;
      expect(monitor.check().filter((d) => d.mn === 'TESTM0001')).toEqual([]);

      clock = seen + 120_000;
      expect(monitor.check().filter((d) => d.mn === 'TESTM0001')).toEqual([
        { mn: 'TESTM0001', status: 'late', since: new Date(seen + 120_000).toISOString() },
      ]);
      expect(await statusOf()).toBe('late');

      clock = seen + 360_000;
      monitor.check();
      expect(mine().filter((d) => d.mn === 'TESTM0001')).toEqual([
        { mn: 'TESTM0001', status: 'late', since: new Date(seen + 120_000).toISOString() },
        { mn: 'TESTM0001', status: 'offline', since: new Date(seen + 360_000).toISOString() },
      ]);
      expect(await statusOf()).toBe('offline');
      const count = events.length;
      monitor.check();
      expect(events.length).toBe(count);

      // a registration between checks is announced with its status
      expect((await post(admin, ambient('TESTM0002'))).status).toBe(201);
      expect(monitor.check()).toEqual([{ mn: 'TESTM0002', status: 'offline', since: null }]);
    } finally {
      monitor.stop();
    }
  });
});
