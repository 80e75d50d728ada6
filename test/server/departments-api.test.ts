import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { alertSchema, alertsResponseSchema } from '../../server/schema/alerts.ts';
import { meResponseSchema } from '../../server/schema/auth.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  departmentDetailSchema,
  departmentsResponseSchema,
  fundSchema,
  fundsResponseSchema,
  leadersImportResponseSchema,
  leadersResponseSchema,
  planItemSchema,
  planItemsResponseSchema,
} from '../../server/schema/departments.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('departments and responsibility (/api/departments)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let admin: Caller;
  let official: Caller;
  let analyst: Caller;
  let ndrcUser: Caller;
  let inspector: Caller;

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    advanceAlertLedger(seeded.db, Date.now());
    const app = createApp({ db: seeded.db });
    admin = asUser(app, seeded.db, 'admin');
    official = asUser(app, seeded.db, 'official');
    analyst = asUser(app, seeded.db, 'analyst');
    ndrcUser = asUser(app, seeded.db, 'official', { username: 'ndrc-official' });
    inspector = asUser(app, seeded.db, 'inspector', { townships: ['140902001'] });
    seeded.db.prepare("UPDATE users SET department_id = 'ndrc' WHERE username = 'ndrc-official'").run();
  });
  afterAll(() => seeded.dispose());

  it('lists every department with its tasks by role and the plan units that name no department', async () => {
    const body = departmentsResponseSchema.parse(await (await official.request('/api/departments')).json());
    expect(body.asOf).toBe('2023-12-31T23:00');
    expect(body.departments).toHaveLength(14 + 18);
    const ecoEnv = body.departments.find((d) => d.id === 'eco-env');
    expect(ecoEnv).toMatchObject({ name: '市生态环境局忻府分局', kind: 'city-branch', provenance: 'official' });
    expect(ecoEnv?.tasks.lead).toBeGreaterThan(5);
    const township = body.departments.find((d) => d.id === 'township-140902001');
    expect(township).toMatchObject({ kind: 'township', townshipCode: '140902001', provenance: 'approximate' });
    expect(township?.name).toMatch(/办事处$|人民政府$/);
    expect(body.unmappedUnits.map((u) => u.unit)).toContain('相关企业');
    const total = body.departments.reduce((s, d) => s + d.planItems.total, 0);
    expect(total).toBeGreaterThan(30);
    expect(body.departments.some((d) => d.planItems.overdue > 0)).toBe(true);
    const townships = departmentsResponseSchema.parse(
      await (await official.request('/api/departments?kind=township')).json(),
    );
    expect(townships.departments.every((d) => d.kind === 'township')).toBe(true);
  });

  it('serves one department with its lists; its accounts only to admins; 404 / 400 for unknown, bad ids', async () => {
    const forAdmin = departmentDetailSchema.parse(await (await admin.request('/api/departments/ndrc')).json());
    expect(forAdmin.tasks.some((t) => t.number === 1 && t.role === 'lead')).toBe(true);
    expect(forAdmin.users?.map((u) => u.username)).toContain('ndrc-official');
    const forOfficial = departmentDetailSchema.parse(await (await official.request('/api/departments/ndrc')).json());
    expect(forOfficial.users).toBeNull();
    expect((await official.request('/api/departments/no-such-unit')).status).toBe(404);
    const bad = await official.request('/api/departments/DROP%20TABLE');
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/department id/);
  });

  it('routes alerts to the task lead by default, reroutes explicitly, filters by department, audits', async () => {
    const list = alertsResponseSchema.parse(await (await official.request('/api/alerts')).json());
    const alert = list.alerts.find((a) => a.id !== null && a.task === 11) ?? list.alerts.find((a) => a.id !== null);
    if (!alert || alert.id === null) throw new Error('the demo data raise alerts');
    expect(alert.routed).toBe('default');
    expect(alert.department?.id).toBeTruthy();
    const lead = alert.department?.id as string;
    const byLead = alertsResponseSchema.parse(await (await official.request(`/api/alerts?department=${lead}`)).json());
    expect(byLead.alerts.every((a) => a.department?.id === lead)).toBe(true);
    expect(byLead.alerts.some((a) => a.id === alert.id)).toBe(true);

    const refused = await official.request(
      `/api/alerts/${alert.id}/department`,
      json('PUT', { departmentId: 'police-xinfu' }),
    );
    expect(refused.status).toBe(403);
    const unknown = await admin.request(`/api/alerts/${alert.id}/department`, json('PUT', { departmentId: 'nowhere' }));
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toMatch(/nowhere/);
    const routed = await admin.request(
      `/api/alerts/${alert.id}/department`,
      json('PUT', { departmentId: 'police-xinfu' }),
    );
    expect(routed.status).toBe(200);
    const after = alertSchema.parse(await routed.json());
    expect(after).toMatchObject({ department: { id: 'police-xinfu', name: '市公安局忻府分局' }, routed: 'explicit' });
    const byPolice = alertsResponseSchema.parse(
      await (await official.request('/api/alerts?department=police-xinfu')).json(),
    );
    expect(byPolice.alerts.map((a) => a.id)).toContain(alert.id);
    const detail = alertSchema.parse(await (await official.request(`/api/alerts/${alert.id}`)).json());
    expect(detail.routed).toBe('explicit');
    const summary = departmentsResponseSchema.parse(await (await official.request('/api/departments')).json());
    expect(summary.departments.find((d) => d.id === 'police-xinfu')?.openAlerts).toBeGreaterThanOrEqual(1);
    const back = await admin.request(`/api/alerts/${alert.id}/department`, json('PUT', { departmentId: null }));
    expect(alertSchema.parse(await back.json())).toMatchObject({ routed: 'default', department: { id: lead } });
    const audits = seeded.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'alert.route'").pluck().get();
    expect(audits).toBe(2);
    const outside = await inspector.request(`/api/alerts/${alert.id}/department`, json('PUT', { departmentId: null }));
    expect([200, 403]).toContain(outside.status);
  });

  it('plan items: overdue strictly before the as-of day; filters; edit creates; a department updates own', async () => {
    const created = await admin.request(
      '/api/departments/plan-items',
      json('POST', { departmentId: 'ndrc', year: 2023, title: '两高项目清单动态更新', task: 1, dueOn: '2023-12-31' }),
    );
    expect(created.status).toBe(201);
    const item = planItemSchema.parse(await created.json());
    expect(item).toMatchObject({ status: 'not-started', progress: 0, overdue: false });
    const dueToday = planItemsResponseSchema.parse(
      await (await official.request('/api/departments/plan-items?department=ndrc&asOf=2023-12-31')).json(),
    );
    expect(dueToday.items.find((i) => i.id === item.id)?.overdue).toBe(false);
    const nextDay = planItemsResponseSchema.parse(
      await (await official.request('/api/departments/plan-items?department=ndrc&asOf=2024-01-01')).json(),
    );
    expect(nextDay.items.find((i) => i.id === item.id)?.overdue).toBe(true);
    const overdue = planItemsResponseSchema.parse(
      await (await official.request('/api/departments/plan-items?overdue=true')).json(),
    );
    expect(overdue.items.every((i) => i.overdue && i.status !== 'done' && i.status !== 'cancelled')).toBe(true);

    // an official without a department (or of another) may not; the ndrc user may update progress of its own item
    expect(
      (await official.request(`/api/departments/plan-items/${item.id}`, json('PATCH', { progress: 50 }))).status,
    ).toBe(403);
    const progressed = await ndrcUser.request(
      `/api/departments/plan-items/${item.id}`,
      json('PATCH', { progress: 60 }),
    );
    expect(progressed.status).toBe(200);
    expect(planItemSchema.parse(await progressed.json())).toMatchObject({ progress: 60, status: 'in-progress' });
    const retitle = await ndrcUser.request(`/api/departments/plan-items/${item.id}`, json('PATCH', { title: '改名' }));
    expect(retitle.status).toBe(403);
    const ecoItem = overdue.items.find((i) => i.departmentId !== 'ndrc');
    if (ecoItem) {
      const foreign = await ndrcUser.request(
        `/api/departments/plan-items/${ecoItem.id}`,
        json('PATCH', { progress: 90 }),
      );
      expect(foreign.status).toBe(403);
    }
    const done = await ndrcUser.request(`/api/departments/plan-items/${item.id}`, json('PATCH', { progress: 100 }));
    expect(planItemSchema.parse(await done.json())).toMatchObject({ status: 'done', progress: 100 });
    const inconsistent = await admin.request(
      `/api/departments/plan-items/${item.id}`,
      json('PATCH', { status: 'done', progress: 40 }),
    );
    expect(inconsistent.status).toBe(400);
    for (const bad of [
      { departmentId: 'nowhere', year: 2023, title: 'x', dueOn: '2023-05-01' },
      { departmentId: 'ndrc', year: 1999, title: 'x', dueOn: '2023-05-01' },
      { departmentId: 'ndrc', year: 2023, title: 'x', dueOn: '2023-02-30' },
      { departmentId: 'ndrc', year: 2023, title: 'x'.repeat(500), dueOn: '2023-05-01' },
      { departmentId: 'ndrc', year: 2023, title: 'x', dueOn: '2023-05-01', progress: 101 },
      { departmentId: 'ndrc', year: 2023, title: 'x', dueOn: '2023-05-01', task: 99 },
    ]) {
      expect((await admin.request('/api/departments/plan-items', json('POST', bad))).status).toBe(400);
    }
    expect((await analyst.request('/api/departments/plan-items', json('POST', {}))).status).toBe(403);
    expect((await admin.request('/api/departments/plan-items/999999', json('PATCH', { progress: 1 }))).status).toBe(
      404,
    );
    const audits = seeded.db
      .prepare("SELECT count(*) FROM audit_log WHERE action IN ('plan-item.create', 'plan-item.update')")
      .pluck()
      .get();
    expect(audits).toBe(3);
  });

  it('funds: totals by purpose and status; edit registers and changes; amounts checked', async () => {
    const body = fundsResponseSchema.parse(await (await official.request('/api/departments/funds?year=2023')).json());
    expect(body.funds.length).toBeGreaterThan(5);
    expect(body.byPurpose['loose-coal'].count).toBeGreaterThan(0);
    const sum = Object.values(body.byPurpose).reduce((s, t) => s + t.amountWan, 0);
    expect(sum).toBeCloseTo(body.total.amountWan, 2);
    const created = await admin.request(
      '/api/departments/funds',
      json('POST', {
        departmentId: 'energy',
        year: 2023,
        project: '散煤清零',
        purpose: 'loose-coal',
        amountWan: 120,
        status: 'approved',
      }),
    );
    expect(created.status).toBe(201);
    const fund = fundSchema.parse(await created.json());
    const over = await admin.request(`/api/departments/funds/${fund.id}`, json('PATCH', { disbursedWan: 130 }));
    expect(over.status).toBe(400);
    const paid = await admin.request(
      `/api/departments/funds/${fund.id}`,
      json('PATCH', { disbursedWan: 60, status: 'disbursing' }),
    );
    expect(fundSchema.parse(await paid.json())).toMatchObject({ disbursedWan: 60, status: 'disbursing' });
    expect((await official.request(`/api/departments/funds/${fund.id}`, json('PATCH', { note: 'x' }))).status).toBe(
      403,
    );
    expect(
      (
        await admin.request(
          '/api/departments/funds',
          json('POST', {
            departmentId: 'energy',
            year: 2023,
            project: 'x',
            purpose: 'loose-coal',
            amountWan: -1,
            status: 'planned',
          }),
        )
      ).status,
    ).toBe(400);
  });

  it('township leaders: placeholders at the as-of; a new roster ends the old one; edit only', async () => {
    const body = leadersResponseSchema.parse(await (await official.request('/api/departments/leaders')).json());
    expect(body.townships).toHaveLength(18);
    for (const t of body.townships) {
      expect(t.leaders.map((l) => l.role)).toEqual(['party-secretary', 'government-head']);
      expect(t.leaders.every((l) => l.name.endsWith('某某') && l.provenance === 'synthetic')).toBe(true);
    }
    const roster = {
      leaders: [
        { name: '王某某', post: '党工委书记', role: 'party-secretary', since: '2024-01-02' },
        { name: '李某某', post: '街道办事处主任', role: 'government-head', since: '2024-01-02' },
      ],
    };
    expect((await official.request('/api/departments/leaders/140902001', json('PUT', roster))).status).toBe(403);
    const put = await admin.request('/api/departments/leaders/140902001', json('PUT', roster));
    expect(put.status).toBe(200);
    const before = leadersResponseSchema.parse(
      await (await official.request('/api/departments/leaders?township=140902001&asOf=2023-12-31')).json(),
    );
    expect(before.townships[0]?.leaders.map((l) => l.until)).toEqual(['2024-01-01', '2024-01-01']);
    const later = leadersResponseSchema.parse(
      await (await official.request('/api/departments/leaders?township=140902001&asOf=2024-02-01')).json(),
    );
    expect(later.townships[0]?.leaders.map((l) => l.name)).toEqual(['王某某', '李某某']);
    expect((await admin.request('/api/departments/leaders/999999999', json('PUT', roster))).status).toBe(400);
    expect((await admin.request('/api/departments/leaders/140902001', json('PUT', { leaders: [] }))).status).toBe(400);
  });

  it('imports leaders from CSV: a dry run checks, a bad row refuses all, a commit replaces rosters', async () => {
    const csv = (text: string): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: text,
    });
    const header = '乡镇,姓名,职务,角色,起始日期\n';
    const rows = ['140902002,赵某某,党工委书记,书记,2024/3/1', '140902002,钱某某,街道办事处主任,主任,2024年3月1日'];
    const good = `${header}${rows.join('\n')}\n`;
    const dry = leadersImportResponseSchema.parse(
      await (await admin.request('/api/departments/leaders/import?dryRun=true', csv(good))).json(),
    );
    expect(dry).toMatchObject({ committed: false, townships: [{ code: '140902002', leaders: 2 }], problems: [] });
    const bad = await admin.request(
      '/api/departments/leaders/import',
      csv(`${header}无此乡,孙某某,书记,书记,2024-13-01\n`),
    );
    expect(bad.status).toBe(400);
    expect(leadersImportResponseSchema.parse(await bad.json()).problems[0]?.row).toBe(2);
    expect((await official.request('/api/departments/leaders/import', csv(good))).status).toBe(403);
    expect((await admin.request('/api/departments/leaders/import', csv(''))).status).toBe(400);
    const done = leadersImportResponseSchema.parse(
      await (await admin.request('/api/departments/leaders/import', csv(good))).json(),
    );
    expect(done.committed).toBe(true);
    const later = leadersResponseSchema.parse(
      await (await official.request('/api/departments/leaders?township=140902002&asOf=2024-03-02')).json(),
    );
    expect(later.townships[0]?.leaders.map((l) => l.name)).toEqual(['赵某某', '钱某某']);
  });

  it('users belong to a department: the accounts API writes it; /auth/me shows it; unknown ids refused', async () => {
    const me = meResponseSchema.parse(await (await ndrcUser.request('/api/auth/me')).json());
    expect(me.user?.department).toEqual({
      id: 'ndrc',
      name: '区发改局',
      nameEn: 'District Development and Reform Bureau',
    });
    const unknown = await admin.request(`/api/users/${analyst.user.id}`, json('PATCH', { departmentId: 'nowhere' }));
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toMatch(/nowhere/);
    const set = await admin.request(`/api/users/${analyst.user.id}`, json('PATCH', { departmentId: 'eco-env' }));
    expect(set.status).toBe(200);
    expect(((await set.json()) as { department?: { id: string } }).department?.id).toBe('eco-env');
    const cleared = await admin.request(`/api/users/${analyst.user.id}`, json('PATCH', { departmentId: null }));
    expect((await cleared.json()) as object).not.toHaveProperty('department');
  });
});
