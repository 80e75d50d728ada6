import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/open-database.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { readWarningCompliance } from '../../server/services/warning-compliance.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { complianceResponseSchema, type ComplianceResponse } from '../../server/schema/emergency-compliance.ts';
import { addMinutes } from '../../server/time/cst.ts';
import { clearEmergency } from '../helpers/emergency-test-list.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const EPISODE = { start: '2023-12-20T00:00', end: '2023-12-23T00:00' };
const INSIDE = '2023-12-21T12:00';

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
let official: Caller;
/** A: its kiln (outlet `code`) must stop and shows flow; B: a built-up heavy polluter found running; C: stopped. */
let ids: { a: string; b: string; c: string; outletId: string; code: string };
let warningId = 0;

function insertList(db: Db): void {
  const version = Number(
    db
      .prepare(
        `INSERT INTO emergency_list_versions (version, effective_from, title, signed_off_by, signed_off_on, note,
           source, provenance, created_at, created_by)
         VALUES ('核查测试清单', '2023-10-01', '测试清单', '测试局长', '2023-09-28', NULL, 'manual', 'synthetic',
           '2023-09-28T00:00:00Z', 'test')`,
      )
      .run().lastInsertRowid,
  );
  const entry = db.prepare(
    `INSERT INTO emergency_list_entries (version_id, enterprise_id, enterprise_name, grade, industry, built_up_area,
       heavy_polluter, contact) VALUES (?, ?, (SELECT name FROM enterprises WHERE id = ?), 'C', '建材', ?, ?, NULL)`,
  );
  const measure = db.prepare(
    `INSERT INTO emergency_list_measures (version_id, enterprise_id, level, seq, line, kind, limit_pct, outlet_code,
       text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const reduction = db.prepare(
    `INSERT INTO emergency_list_reductions (version_id, enterprise_id, level, pm, so2, nox, vocs)
     VALUES (?, ?, ?, 0.2, 0.1, 0.3, 0)`,
  );
  for (const [id, builtUp] of [
    [ids.a, 0],
    [ids.b, 1],
    [ids.c, 0],
  ] as const) {
    entry.run(version, id, id, builtUp, builtUp);
    const code = id === ids.a ? ids.code : null;
    for (const level of ['yellow', 'orange', 'red']) {
      measure.run(version, id, level, 1, '1#窑', 'stop', null, code, '1#窑停产');
      measure.run(version, id, level, 2, '运输', 'truck-ban', null, null, '禁止国五及以下柴油货车运输');
      reduction.run(version, id, level);
    }
  }
}

beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.3 });
  const db = seeded.db;
  clearEmergency(db);
  for (const table of ['stagger_schedules', 'gate_truck_records']) db.prepare(`DELETE FROM ${table}`).run();
  const outlet = db
    .prepare('SELECT id, enterprise_id AS enterpriseId, code FROM outlets ORDER BY id LIMIT 1')
    .get() as {
    id: string;
    enterpriseId: string;
    code: string;
  };
  const others = (
    db.prepare('SELECT id FROM enterprises WHERE id <> ? ORDER BY id LIMIT 2').all(outlet.enterpriseId) as {
      id: string;
    }[]
  ).map((e) => e.id);
  ids = { a: outlet.enterpriseId, b: others[0] ?? '', c: others[1] ?? '', outletId: outlet.id, code: outlet.code };
  insertList(db);
  // A's kiln: 100,000 m³/h in the week before, 95,000 m³/h (still running) during the warning
  const put = db.prepare(
    `INSERT OR REPLACE INTO outlet_readings (outlet_id, ts, pm, so2, nox, o2, flow, temp, moisture, pm_cou, so2_cou,
       nox_cou, flags) VALUES (?, ?, 5, 20, 40, 10, ?, 120, 8, NULL, NULL, NULL, '{"pm":"N","so2":"N","nox":"N"}')`,
  );
  for (let t = addMinutes(EPISODE.start, -7 * 24 * 60 + 60); t <= EPISODE.end; t = addMinutes(t, 60))
    put.run(ids.outletId, t, t <= EPISODE.start ? 100_000 : 95_000);
  // A's gate: a China IV diesel truck in during the warning
  db.prepare(
    `INSERT INTO gate_truck_records (enterprise_id, at, plate, direction, emission_stage, fuel, cargo, provenance)
     VALUES (?, '2023-12-20T09:30', '晋H12345', 'in', 'IV', 'diesel', '煤', 'synthetic')`,
  ).run(ids.a);
  const server = createApp({ db });
  advanceAlertLedger(db, Date.now());
  admin = asUser(server, db, 'admin', { username: 'wangjj' });
  official = asUser(server, db, 'official');
  const res = await admin.request('/api/emergency/warnings', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      level: 'orange',
      start: EPISODE.start,
      plannedEnd: EPISODE.end,
      issuedAt: '2023-12-19T16:00',
      basis: 'decision',
    }),
  });
  expect(res.status).toBe(201);
  warningId = ((await res.json()) as { id: number }).id;
  db.prepare(
    `INSERT INTO emergency_visits (warning_id, enterprise_id, kind, visited_at, inspector_id, inspector, verdict, lines,
       note, photo_id, provenance, recorded_at)
     VALUES (?, ?, 'supervision', '2023-12-20T10:00', NULL, '李明', 'non-compliant',
       '[{"line":"1#窑","state":"running"}]', '1#窑未停产', NULL, 'synthetic', '2023-12-20T02:00:00Z'),
            (?, ?, 'supervision', '2023-12-20T11:00', NULL, '王芳', 'compliant',
       '[{"line":"1#窑","state":"stopped"}]', '已停产', NULL, 'synthetic', '2023-12-20T03:00:00Z')`,
  ).run(warningId, ids.b, warningId, ids.c);
}, 120_000);
afterAll(() => seeded?.dispose());

async function compliance(query = '', as: Caller = admin): Promise<ComplianceResponse> {
  const res = await as.request(`/api/emergency/warnings/${warningId}/compliance${query}`);
  expect(res.status).toBe(200);
  return complianceResponseSchema.parse(await res.json());
}

describe('GET /api/emergency/warnings/:id/compliance', () => {
  it('CEMS flow on a stopped line and a banned truck → non-compliant, with the evidence', async () => {
    const body = await compliance(`?at=${INSIDE}`);
    expect(body).toMatchObject({ warningId, at: INSIDE });
    const a = body.enterprises.find((e) => e.enterpriseId === ids.a);
    expect(a).toMatchObject({ verdict: 'non-compliant', builtUpArea: false });
    expect(a?.checkedBy.sort()).toEqual(['cems', 'gate']);
    const kiln = a?.measures.find((m) => m.line === '1#窑');
    expect(kiln).toMatchObject({ level: 'orange', kind: 'stop', verdict: 'non-compliant' });
    expect(kiln?.evidence[0]).toMatchObject({
      source: 'cems',
      verdict: 'non-compliant',
      ref: { outletId: ids.outletId },
    });
    const trucks = a?.measures.find((m) => m.kind === 'truck-ban');
    expect(trucks?.evidence[0]).toMatchObject({ source: 'gate', verdict: 'non-compliant', ref: { plate: '晋H12345' } });
  });

  it('a supervisor’s visits decide where there is no CEMS: running → non-compliant, stopped → compliant', async () => {
    const body = await compliance(`?at=${INSIDE}`);
    const b = body.enterprises.find((e) => e.enterpriseId === ids.b);
    expect(b).toMatchObject({ verdict: 'non-compliant', builtUpArea: true, heavyPolluter: true, checkedBy: ['visit'] });
    const c = body.enterprises.find((e) => e.enterpriseId === ids.c);
    expect(c).toMatchObject({ verdict: 'compliant', checkedBy: ['visit'] });
    expect(c?.measures.find((m) => m.line === '1#窑')?.evidence[0]).toMatchObject({ source: 'visit' });
    expect(body.summary).toEqual({
      listed: 3,
      checked: 3,
      compliant: 1,
      nonCompliant: 2,
      unverified: 0,
      bySource: { cems: 1, visit: 2, gate: 1 },
    });
  });

  it('defaults to the warning’s end once it is over; before the start nothing is checked', async () => {
    expect((await compliance()).at).toBe(EPISODE.end);
    const before = await compliance('?at=2023-12-19T20:00', official);
    expect(before.summary.nonCompliant).toBe(0);
    expect(before.summary.checked).toBe(0);
  });

  it('answers what the service answers (the route runs it in the task pool)', async () => {
    expect(await compliance(`?at=${INSIDE}`)).toEqual(
      JSON.parse(JSON.stringify(readWarningCompliance(seeded.db, warningId, INSIDE))),
    );
  });

  it('404 for an unknown warning, 400 for a malformed id or moment', async () => {
    const unknown = await admin.request('/api/emergency/warnings/9999/compliance');
    expect(unknown.status).toBe(404);
    expect(errorBodySchema.parse(await unknown.json()).error.code).toBe('not_found');
    expect((await admin.request('/api/emergency/warnings/abc/compliance')).status).toBe(400);
    expect((await admin.request(`/api/emergency/warnings/${warningId}/compliance?at=yesterday`)).status).toBe(400);
    expect((await admin.request(`/api/emergency/warnings/${warningId}/compliance?from=x`)).status).toBe(400);
  });
});
