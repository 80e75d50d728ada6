import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { alertSchema, alertsResponseSchema, assigneesResponseSchema, type Alert } from '../../server/schema/alerts.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let server: ReturnType<typeof createApp>;
let admin: Caller;
let alert: Alert;
let otherTownship: string;
beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.5 });
  server = createApp({ db: seeded.db });
  advanceAlertLedger(seeded.db, Date.now());
  admin = asUser(server, seeded.db, 'admin', { username: 'assign-admin' });
  const listed = alertsResponseSchema.parse(await (await admin.request('/api/alerts?status=open')).json()).alerts;
  const first = listed.find((a) => !a.provisional);
  if (!first || first.provisional) throw new Error('no ledger alert');
  alert = first;
  otherTownship = listed.find((a) => a.township !== alert.township)?.township ?? '';
  asUser(server, seeded.db, 'inspector', { username: 'zhangsan', townships: [alert.township] });
  seeded.db.prepare("UPDATE users SET display_name = '张三' WHERE username = 'zhangsan'").run();
  asUser(server, seeded.db, 'inspector', { username: 'elsewhere', townships: [otherTownship] });
});
afterAll(() => seeded.dispose());

const post = (as: Caller, path: string, body: unknown) =>
  as.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /api/alerts/:id/assignees', () => {
  it('lists the enabled inspectors of the alert’s township, by display name', async () => {
    const res = await admin.request(`/api/alerts/${alert.id}/assignees`);
    expect(res.status).toBe(200);
    const body = assigneesResponseSchema.parse(await res.json());
    expect(body).toMatchObject({ alertId: alert.id, township: alert.township });
    expect(body.assignees).toContainEqual({ username: 'zhangsan', displayName: '张三' });
    expect(body.assignees.map((a) => a.username)).not.toContain('elsewhere');
    expect(body.assignees.map((a) => a.username)).not.toContain('assign-admin');
  });

  it('is for roles that act on alerts: an analyst is refused, an unknown alert is 404', async () => {
    const analyst = asUser(server, seeded.db, 'analyst', { username: 'assign-analyst' });
    expect((await analyst.request(`/api/alerts/${alert.id}/assignees`)).status).toBe(403);
    expect((await admin.request('/api/alerts/999999/assignees')).status).toBe(404);
  });
});

describe('POST /api/alerts/:id/assign', () => {
  it('refuses an assignee who is not an inspector account of the alert’s township, naming it', async () => {
    for (const assignee of ['李晓东', 'elsewhere', 'assign-admin']) {
      const res = await post(admin, `/api/alerts/${alert.id}/assign`, { assignee });
      expect(res.status).toBe(400);
      const { error } = errorBodySchema.parse(await res.json());
      expect(error.message).toContain(`'${assignee}'`);
      expect(error.text?.zh).toContain(`「${assignee}」`);
    }
    const after = alertSchema.parse(await (await admin.request(`/api/alerts/${alert.id}`)).json());
    expect(after.status).toBe('open');
  });

  it('assigns to an account, audits it, and shows display names in the history', async () => {
    const res = await post(admin, `/api/alerts/${alert.id}/assign`, { assignee: 'zhangsan' });
    expect(res.status).toBe(200);
    const assigned = alertSchema.parse(await res.json());
    expect(assigned).toMatchObject({ status: 'assigned', assignee: 'zhangsan', assigneeName: '张三' });
    expect(assigned.events.at(-1)).toMatchObject({
      action: 'assigned',
      actor: 'assign-admin',
      actorName: 'assign-admin',
      note: '→ zhangsan',
      assigneeName: '张三',
    });
    const listed = alertsResponseSchema.parse(await (await admin.request('/api/alerts')).json());
    expect(listed.alerts.find((a) => a.id === alert.id)).toMatchObject({ assigneeName: '张三' });
    const audit = seeded.db
      .prepare("SELECT after FROM audit_log WHERE action = 'alert.assign' AND entity_id = ?")
      .pluck()
      .get(String(alert.id)) as string;
    expect(JSON.parse(audit)).toEqual({ status: 'assigned', assignee: 'zhangsan' });
  });
});
