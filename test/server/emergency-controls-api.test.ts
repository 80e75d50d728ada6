import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/open-database.ts';
import { readEmergencyFacts } from '../../server/db/emergency-facts.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { alertsResponseSchema } from '../../server/schema/alerts.ts';
import { controlsResponseSchema } from '../../server/schema/controls.ts';
import { ruleHitsResponseSchema } from '../../server/schema/rules.ts';
import { addMinutes } from '../../server/time/cst.ts';
import { clearEmergency } from '../helpers/emergency-test-list.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/** The demo dataset's present: where the ledger is kept. */
const PRESENT = '2023-12-31T23:00';
/** A past orange episode (the compliance test's), and a moment inside it. */
const EPISODE = { start: '2023-12-20T00:00', end: '2023-12-23T00:00' };
const INSIDE = '2023-12-21T12:00';
const OUTSIDE = '2023-12-26T12:00';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;
/** Listed enterprises: A (its kiln through outlet `code` must stop at orange), B (built-up heavy polluter), C. */
let ids: { a: string; b: string; c: string; outletId: string; code: string };
let episodeId = 0;

const zero = '0, 0, 0, 0';

/** A list version effective 2023-10-01 with A, B and C (test data written straight to the tables). */
function insertList(db: Db): void {
  const version = Number(
    db
      .prepare(
        `INSERT INTO emergency_list_versions (version, effective_from, title, signed_off_by, signed_off_on, note,
           source, provenance, created_at, created_by)
         VALUES ('测试清单（第1版）', '2023-10-01', '测试清单', '测试局长', '2023-09-28', NULL, 'manual', 'synthetic',
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
     VALUES (?, ?, ?, ${zero})`,
  );
  for (const [id, builtUp] of [
    [ids.a, 0],
    [ids.b, 1],
    [ids.c, 0],
  ] as const) {
    entry.run(version, id, id, builtUp, builtUp);
    // only A's kiln is verified by CEMS (B and C by their supervisors' visits)
    const code = id === ids.a ? ids.code : null;
    measure.run(version, id, 'yellow', 1, '1#窑', 'limit', 30, code, '1#窑限产30%');
    measure.run(version, id, 'orange', 1, '1#窑', 'stop', null, code, '1#窑停产');
    measure.run(version, id, 'orange', 2, '运输', 'truck-ban', null, null, '禁止国五及以下柴油货车运输');
    measure.run(version, id, 'red', 1, '全厂', 'stop', null, null, '全厂停产');
    for (const level of ['yellow', 'orange', 'red']) reduction.run(version, id, level);
  }
}

/** A's outlet: a normal flow in the 7 days before the episode, and (running on) flow inside it. */
function insertHours(db: Db): void {
  const put = db.prepare(
    `INSERT OR REPLACE INTO outlet_readings (outlet_id, ts, pm, so2, nox, o2, flow, temp, moisture, pm_cou, so2_cou,
       nox_cou, flags) VALUES (?, ?, 5, 20, 40, 10, ?, 120, 8, NULL, NULL, NULL, '{"pm":"N","so2":"N","nox":"N"}')`,
  );
  for (let t = addMinutes(EPISODE.start, -7 * 24 * 60 + 60); t <= EPISODE.end; t = addMinutes(t, 60))
    put.run(ids.outletId, t, t <= EPISODE.start ? 100_000 : 95_000);
}

async function call(method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}
const controlsAt = async (query: string) =>
  controlsResponseSchema.parse((await call('GET', `/api/controls?${query}`)).body);

beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.3 });
  const db = seeded.db;
  clearEmergency(db);
  for (const table of ['stagger_schedules', 'emergency_requirements', 'gate_truck_records'])
    db.prepare(`DELETE FROM ${table}`).run();
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
  insertHours(db);
  db.prepare(
    `INSERT INTO emergency_requirements (effective_from, document, source, yellow_share, orange_share, red_share,
       base_pm, base_so2, base_nox, base_vocs, base_source, provenance, created_at, created_by)
     VALUES ('2023-10-01', '测试应急预案', '第5节', 0.1, 0.25, 0.35, 10, 10, 10, 10, '测试清单', 'synthetic',
       '2023-09-28T00:00:00Z', 'test')`,
  ).run();
  db.prepare(
    `INSERT INTO stagger_schedules (season, enterprise_id, line, outlet_code, period_from, period_to, production,
       limit_pct, stricter_built_up, basis, note, provenance, created_at, created_by)
     VALUES ('2023-2024', ?, '2#窑', NULL, '2023-11-15', '2024-03-15', 'stop', NULL, 1, '测试错峰方案', NULL,
       'synthetic', '2023-10-01T00:00:00Z', 'test')`,
  ).run(ids.c);
  const server = createApp({ db });
  advanceAlertLedger(db, Date.now());
  app = asUser(server, db, 'admin', { username: 'wangjj' });
  const issued = await call('POST', '/api/emergency/warnings', {
    level: 'orange',
    start: EPISODE.start,
    plannedEnd: EPISODE.end,
    issuedAt: '2023-12-19T16:00',
    basis: 'decision',
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(201);
  episodeId = (issued.body as { id: number }).id;
  // B's supervisor found the kiln running
  db.prepare(
    `INSERT INTO emergency_visits (warning_id, enterprise_id, kind, visited_at, inspector_id, inspector, verdict, lines,
       note, photo_id, provenance, recorded_at)
     VALUES (?, ?, 'supervision', '2023-12-20T10:00', NULL, '李明', 'non-compliant',
       '[{"line":"1#窑","state":"running"}]', '1#窑未停产', NULL, 'synthetic', '2023-12-20T02:00:00Z'),
            (?, ?, 'supervision', '2023-12-20T11:00', NULL, '王芳', 'compliant',
       '[{"line":"1#窑","state":"stopped"}]', '已停产', NULL, 'synthetic', '2023-12-20T03:00:00Z')`,
  ).run(episodeId, ids.b, episodeId, ids.c);
}, 120_000);
afterAll(() => seeded?.dispose());

describe('GET /api/controls follows the issued warning', () => {
  it('inside the episode: the issued level, the warning, the list’s orange measures, the share', async () => {
    const { heavyPollution } = await controlsAt(`asOf=${INSIDE}`);
    expect(heavyPollution).toMatchObject({
      level: 'orange',
      source: 'issued',
      warning: { id: episodeId, level: 'orange', start: EPISODE.start, plannedEnd: EPISODE.end, basis: 'decision' },
      requiredReduction: 0.25,
      listVersion: { version: '测试清单（第1版）' },
    });
    expect(heavyPollution.measures.map((m) => m.enterpriseId).sort()).toEqual([ids.a, ids.b, ids.c].sort());
    const b = heavyPollution.measures.find((m) => m.enterpriseId === ids.b);
    expect(b).toMatchObject({ builtUpArea: true, heavyPolluter: true });
    expect(b?.measures.map((m) => m.text)).toEqual(['1#窑停产', '禁止国五及以下柴油货车运输']);
    expect(heavyPollution.basis.reduction[0]).toMatchObject({ kind: 'external', document: { zh: '测试应急预案' } });
  });

  it('outside it: no level, no warning, no measures; the list in force is still named', async () => {
    const { heavyPollution } = await controlsAt(`asOf=${OUTSIDE}`);
    expect(heavyPollution).toMatchObject({ level: 'none', source: 'none', warning: null, requiredReduction: 0 });
    expect(heavyPollution.measures).toEqual([]);
    expect(heavyPollution.listVersion?.version).toBe('测试清单（第1版）');
  });

  it('a level asked is a what-if: its measures, and the warning in force is still reported', async () => {
    const outside = (await controlsAt(`asOf=${OUTSIDE}&alertLevel=red`)).heavyPollution;
    expect(outside).toMatchObject({ level: 'red', source: 'asked', warning: null, requiredReduction: 0.35 });
    expect(outside.measures[0]?.measures.map((m) => m.text)).toEqual(['全厂停产']);
    const inside = (await controlsAt(`asOf=${INSIDE}&alertLevel=red`)).heavyPollution;
    expect(inside).toMatchObject({ level: 'red', source: 'asked', warning: { id: episodeId, level: 'orange' } });
    const forecast = (await controlsAt(`asOf=${OUTSIDE}&forecast=210,230,250`)).heavyPollution;
    expect(forecast).toMatchObject({ level: 'orange', source: 'forecast' });
  });

  it('no list held: no measures and listVersion null, whatever the level', async () => {
    const { heavyPollution } = await controlsAt('asOf=2023-09-15T12:00&alertLevel=red');
    expect(heavyPollution).toMatchObject({ level: 'red', listVersion: null, measures: [] });
  });

  it('staggered production: who is bound today, and not before the period', async () => {
    const { stagger } = await controlsAt(`asOf=${INSIDE}`);
    expect(stagger).toMatchObject({ inForce: true, task: 15, season: '2023-2024' });
    expect(stagger.enterprises).toEqual([
      expect.objectContaining({ enterpriseId: ids.c, line: '2#窑', production: 'stop', stricterBuiltUp: true }),
    ]);
    expect(stagger.basis).toEqual([
      { kind: 'plan', requirement: 'T15.1' },
      { kind: 'plan', requirement: 'T2.2' },
    ]);
    expect((await controlsAt('asOf=2023-11-01T12:00')).stagger).toMatchObject({ inForce: false, enterprises: [] });
  });
});

describe('the rules and the alerts follow the issued warning', () => {
  it('GET /api/rules without a level: the issued level’s measures, the non-compliance shown', async () => {
    const r = ruleHitsResponseSchema.parse((await call('GET', `/api/rules?asOf=${INSIDE}`)).body);
    expect(r.alertLevel).toBe('orange');
    const measures = r.hits.filter((h) => h.rule === 'heavy-pollution-measure');
    expect(measures.map((h) => h.entityId).sort()).toEqual([ids.a, ids.b, ids.c].sort());
    const b = measures.find((h) => h.entityId === ids.b);
    expect(b?.detail.zh).toBe(
      '橙色预警：1#窑停产；禁止国五及以下柴油货车运输；建成区内重污染企业（任务2从严）（清单测试清单（第1版））',
    );
    expect(b?.since).toBe(EPISODE.start);
    const violations = r.hits.filter((h) => h.rule === 'emergency-noncompliance');
    expect(violations.map((h) => h.entityId).sort()).toEqual([ids.a, ids.b].sort());
    expect(violations.find((h) => h.entityId === ids.a)?.detail.zh).toMatch(/停产期间 \d+ 小时有烟气流量/);
    expect(violations.find((h) => h.entityId === ids.b)?.detail.zh).toMatch(/；任务2：建成区内重污染企业从严$/);
    expect(r.hits.filter((h) => h.rule === 'stagger-production').map((h) => h.entityId)).toEqual([ids.c]);
  });

  it('outside the episode no measure and no violation; asked a level, its measures', async () => {
    const r = ruleHitsResponseSchema.parse((await call('GET', `/api/rules?asOf=${OUTSIDE}`)).body);
    expect(r.alertLevel).toBe('none');
    expect(r.hits.some((h) => h.rule === 'heavy-pollution-measure' || h.rule === 'emergency-noncompliance')).toBe(
      false,
    );
    const red = ruleHitsResponseSchema.parse((await call('GET', `/api/rules?asOf=${OUTSIDE}&alertLevel=red`)).body);
    expect(red.hits.filter((h) => h.rule === 'heavy-pollution-measure').length).toBe(3);
  });

  it('GET /api/alerts at a past moment: the episode’s rows, provisional, level issued', async () => {
    const r = alertsResponseSchema.parse((await call('GET', `/api/alerts?asOf=${INSIDE}`)).body);
    expect(r).toMatchObject({ alertLevel: 'orange', source: 'issued' });
    const rows = r.alerts.filter((a) => a.rule === 'emergency-noncompliance');
    expect(rows.map((a) => a.entityId).sort()).toEqual([ids.a, ids.b].sort());
    const asked = alertsResponseSchema.parse((await call('GET', `/api/alerts?asOf=${OUTSIDE}&alertLevel=red`)).body);
    expect(asked).toMatchObject({ alertLevel: 'red', source: 'asked' });
    expect(asked.alerts.filter((a) => a.rule === 'heavy-pollution-measure').every((a) => a.provisional)).toBe(true);
  });

  it('the ledger raises the measures when a warning is issued at the present and clears them at the lift', async () => {
    const ledger = async () => {
      const r = alertsResponseSchema.parse((await call('GET', '/api/alerts')).body);
      return { r, rows: r.alerts.filter((a) => a.rule === 'heavy-pollution-measure') };
    };
    const before = await ledger();
    expect(before.rows.map((a) => [a.entityId, a.raisedAt, a.detail.zh])).toEqual([]);
    const issued = await call('POST', '/api/emergency/warnings', {
      level: 'yellow',
      start: '2023-12-31T20:00',
      issuedAt: '2023-12-31T18:00',
      basis: 'decision',
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const during = await ledger();
    expect(during.r).toMatchObject({ at: PRESENT, alertLevel: 'yellow', source: 'issued' });
    expect(during.rows.map((a) => a.entityId).sort()).toEqual([ids.a, ids.b, ids.c].sort());
    expect(during.rows.every((a) => !a.provisional && a.id !== null && a.raisedAt === PRESENT)).toBe(true);
    expect(during.rows[0]?.detail.zh).toMatch(/^黄色预警：1#窑限产30%/);
    const raised = during.rows.map((a) => a.id);
    const id = (issued.body as { id: number }).id;
    const lifted = await call('POST', `/api/emergency/warnings/${id}/lift`, { effectiveAt: '2023-12-31T22:00' });
    expect(lifted.status, JSON.stringify(lifted.body)).toBe(200);
    const after = await ledger();
    expect(after.r).toMatchObject({ alertLevel: 'none', source: 'none' });
    expect(after.rows).toEqual([]);
    const cleared = seeded.db
      .prepare(
        `SELECT count(*) AS n FROM alerts WHERE rule = 'heavy-pollution-measure' AND cleared_at IS NOT NULL
         AND id IN (SELECT value FROM json_each(?))`,
      )
      .get(JSON.stringify(raised)) as { n: number };
    expect(cleared.n).toBe(3);
  });
});

describe('readEmergencyFacts', () => {
  it('is cheap enough to run on every rule evaluation', () => {
    readEmergencyFacts(seeded.db, INSIDE);
    const started = performance.now();
    for (let i = 0; i < 5; i++) readEmergencyFacts(seeded.db, INSIDE);
    const ms = (performance.now() - started) / 5;
    console.info(`readEmergencyFacts: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(200);
  });
});
