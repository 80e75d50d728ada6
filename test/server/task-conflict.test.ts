// In process: the real app on a real, freshly seeded SQLite database. The demo has tasks 4 and 13 已完成 while the
// rules report open hits of their deadline rules (boiler-survey-overdue, activated-carbon-late).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { tasksResponseSchema, type TasksResponse } from '../../server/schema/tasks.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.5 });
  admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin', { username: 'lihua' });
});
afterAll(() => seeded.dispose());

async function patch(n: number, body: unknown, query = '') {
  const res = await admin.request(`/api/tasks/${n}${query}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}
async function tasks(query = ''): Promise<TasksResponse> {
  const res = await admin.request(`/api/tasks${query}`);
  expect(res.status).toBe(200);
  return tasksResponseSchema.parse(await res.json());
}
const task = (body: TasksResponse, n: number) => {
  const found = body.tasks.find((t) => t.number === n);
  if (!found) throw new Error(`no task ${n}`);
  return found;
};

describe('GET /api/tasks: lateness and conflicts with the rules', () => {
  it('lists tasks 4 and 13 (已完成) in conflict with their deadline rules’ open hits', async () => {
    const body = await tasks();
    const t4 = task(body, 4);
    const t13 = task(body, 13);
    expect(t4.status).toBe('done');
    expect(t4.conflict).toEqual([{ rule: 'boiler-survey-overdue', openHits: expect.any(Number) }]);
    expect(t4.conflict[0]?.openHits).toBe(t4.alerts.filter((a) => a.rule === 'boiler-survey-overdue').length);
    expect(t4.conflict[0]?.openHits).toBeGreaterThan(0);
    expect(t13.status).toBe('done');
    expect(t13.conflict).toEqual([{ rule: 'activated-carbon-late', openHits: expect.any(Number) }]);
    expect(t13.conflict[0]?.openHits).toBeGreaterThan(0);
    // a task not done has no conflict, whatever its hits; a done task without deadline rules neither
    expect(task(body, 3).conflict).toEqual([]);
    expect(body.tasks.filter((t) => t.conflict.length).map((t) => t.number)).toEqual([4, 13]);
  });

  it('before the deadlines nothing conflicts and nothing is late', async () => {
    const body = await tasks('?asOf=2023-05-01T00:00');
    expect(body.tasks.every((t) => t.conflict.length === 0 && t.lateness === 'none')).toBe(true);
  });

  it('task 3’s missed 力争 date is missed-strive, never overdue', async () => {
    expect(task(await tasks('?asOf=2023-06-30T23:59'), 3).lateness).toBe('none');
    expect(task(await tasks('?asOf=2023-07-01T00:00'), 3).lateness).toBe('missed-strive');
  });
});

describe('PATCH /api/tasks/:n: 已完成 against open deadline hits needs a closing note', () => {
  it('refuses 已完成 without a note (409, naming the count and the rule in Chinese)', async () => {
    const open = task(await tasks(), 13).conflict[0]?.openHits ?? 0;
    const refused = await patch(13, { status: 'done', progressNote: '已组织更换' });
    expect(refused.status).toBe(409);
    const error = errorBodySchema.parse(refused.body).error;
    expect(error.code).toBe('conflict');
    expect(error.text.zh).toContain(`${open} 项未办结`);
    expect(error.text.zh).toContain('活性炭未按期更换');
    expect(error.text.zh).toContain('冲突说明');
    // nothing was written
    expect(task(await tasks(), 13).history).toEqual([]);
  });

  it('refuses a note shorter than 10 characters (400)', async () => {
    const short = await patch(13, { status: 'done', conflictNote: '已更换' });
    expect(short.status).toBe(400);
    expect(errorBodySchema.parse(short.body).error.text.zh).toContain('冲突说明');
  });

  it('accepts 已完成 with a note, kept in the history and the audit log; the conflict stays listed', async () => {
    const note = '剩余企业已于12月完成更换，台账待补录';
    const done = await patch(13, { status: 'done', conflictNote: note });
    expect(done.status).toBe(200);
    const after = task(await tasks(), 13);
    expect(after.history.at(-1)).toMatchObject({ actor: 'lihua', status: 'done', conflictNote: note });
    expect(after.conflict.length).toBe(1); // the rules still report the hits: the conflict stays visible
    const audit = seeded.db
      .prepare("SELECT detail FROM audit_log WHERE action = 'task.update' AND entity_id = '13' ORDER BY id DESC")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toEqual({
      conflictNote: note,
      conflicts: [{ rule: 'activated-carbon-late', openHits: after.conflict[0]?.openHits }],
    });
  });

  it('checks at the as-of asked: before the deadline 已完成 needs no note', async () => {
    expect((await patch(4, { status: 'done' }, '?asOf=2023-05-01T00:00')).status).toBe(200);
  });

  it('a firm deadline missed reads overdue; setting it done again is refused without a note', async () => {
    expect((await patch(4, { status: 'in-progress' })).status).toBe(200);
    const t4 = task(await tasks(), 4);
    expect(t4.lateness).toBe('overdue');
    expect(t4.conflict).toEqual([]);
    expect((await patch(4, { status: 'done' })).status).toBe(409);
    // a status other than 已完成, or a progress note alone, needs no note
    expect((await patch(4, { progressNote: '排查推进中' })).status).toBe(200);
    expect((await patch(7, { status: 'done' })).status).toBe(200);
  });
});
