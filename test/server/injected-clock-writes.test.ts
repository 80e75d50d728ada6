import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createWriter } from '../../server/db/writer.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { insertUser } from '../../server/db/users-repository.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

// Main-thread writes go through the app's one writer (its afterCommit sees each of them), and
// what they record as "when" is the app's injected clock, never the wall clock.

// an hour ahead of the wall clock (the test's sessions start at the wall clock and last 8 hours idle)
const CLOCK = Math.floor(Date.now() / 1000) * 1000 + 3_600_123;
const WHEN = new Date(CLOCK).toISOString();

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
let commits = 0;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.1 });
  advanceAlertLedger(seeded.db, Date.now()); // what the server's scheduler does at start
  const writer = createWriter(seeded.db, { afterCommit: () => void (commits += 1) });
  const app = createApp({ db: seeded.db, writer, now: () => CLOCK });
  admin = asUser(app, seeded.db, 'admin', { username: 'clock-admin' });
});
afterAll(() => seeded.dispose());

const send = (method: string, path: string, body: unknown) =>
  admin.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const lastAudit = (action: string) =>
  seeded.db.prepare('SELECT at FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1').pluck().get(action);

describe('writes through the writer, timed by the injected clock', () => {
  it('a task update', async () => {
    const before = commits;
    expect((await send('PATCH', '/api/tasks/7', { progressNote: '时钟' })).status).toBe(200);
    expect(commits).toBeGreaterThan(before);
    const at = seeded.db.prepare('SELECT at FROM task_events WHERE task = 7 ORDER BY id DESC LIMIT 1').pluck().get();
    expect([at, lastAudit('task.update')]).toEqual([WHEN, WHEN]);
  });

  it('an account created and changed', async () => {
    const before = commits;
    const password = 'quartz-lantern-orbit-91';
    const res = await send('POST', '/api/users', {
      username: 'clocked',
      displayName: '时钟',
      role: 'analyst',
      townships: [],
      password,
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    expect((await send('PATCH', `/api/users/${id}`, { displayName: '时钟二' })).status).toBe(200);
    expect(commits - before).toBeGreaterThanOrEqual(2);
    const row = seeded.db.prepare('SELECT created_at, updated_at FROM users WHERE id = ?').get(id);
    expect(row).toEqual({ created_at: WHEN, updated_at: WHEN });
    expect([lastAudit('user.create'), lastAudit('user.update')]).toEqual([WHEN, WHEN]);
  });

  it('an alert assigned', async () => {
    const row = seeded.db
      .prepare("SELECT id, township_code AS township FROM alerts WHERE status = 'open' ORDER BY id LIMIT 1")
      .get() as { id: number; township: string } | undefined;
    if (!row) throw new Error('the demo data has no open alert');
    const { id } = row;
    // the assignee is an inspector account of the alert's township
    const user = { username: 'clock-inspector', displayName: '时钟巡查', role: 'inspector' as const };
    insertUser(seeded.db, { ...user, townships: [row.township], passwordHash: '!' }, WHEN);
    expect((await send('POST', `/api/alerts/${id}/assign`, { assignee: 'clock-inspector' })).status).toBe(200);
    const at = seeded.db
      .prepare('SELECT at FROM alert_events WHERE alert_id = ? ORDER BY id DESC LIMIT 1')
      .pluck()
      .get(id);
    expect([at, lastAudit('alert.assign')]).toEqual([WHEN, WHEN]);
  });

  it('20 task updates sent at once all land, each committed through the writer', async () => {
    const before = commits;
    const count = () => seeded.db.prepare('SELECT count(*) FROM task_events WHERE task = 9').pluck().get() as number;
    const had = count();
    const updates = Array.from({ length: 20 }, (_, i) => send('PATCH', '/api/tasks/9', { progressNote: `第${i}次` }));
    expect((await Promise.all(updates)).map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(count() - had).toBe(20);
    expect(commits - before).toBeGreaterThan(0);
    expect(commits - before).toBeLessThanOrEqual(20);
  });
});
