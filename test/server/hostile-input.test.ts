/**
 * The hostile-use probes of issue 12 that concern input (1 zip bomb, 5 nesting depth, 7 impossible
 * dates, 8 loose ids, 9 guessable passwords, 11 control characters), each sent exactly as the probe
 * sent it: every one gets a clear 4xx naming the problem, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { importReportSchema } from '../../server/schema/imports.ts';
import { geometryErrorBodySchema } from '../../server/schema/stats.ts';
import { makeZipBomb } from '../import/make-zip-bomb.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, signIn, TEST_PASSWORD, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: ReturnType<typeof createApp>;
let admin: Caller;
let official: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = createApp({ db: seeded.db });
  advanceAlertLedger(seeded.db, Date.now());
  admin = asUser(app, seeded.db, 'admin', { username: 'hostile-admin' });
  official = asUser(app, seeded.db, 'official', { username: 'hostile-official' });
});
afterAll(() => seeded.dispose());

const count = (table: string) => seeded.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
/** Row counts of the tables a hostile request could write to. */
const writableCounts = () =>
  Object.fromEntries(
    ['users', 'alerts', 'alert_events', 'audit_log', 'task_events', 'townships', 'construction_sites'].map((t) => [
      t,
      count(t),
    ]),
  );
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const send = (as: Caller, method: string, path: string, body: unknown) =>
  as.request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('probe 1: a zip declaring 1,000 bytes that inflates to 1 GiB', () => {
  const bomb = makeZipBomb({ name: 'townships.shp', inflatedBytes: 1024 ** 3, declaredBytes: 1000 });

  it.each(['dry-run', 'commit'])('%s: 413 naming the 256 MB cap, nothing written', async (step) => {
    const before = writableCounts();
    const res = await admin.request(`/api/imports/townships/${step}?file=bomb.zip`, {
      method: 'POST',
      body: bomb.slice(),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({
      code: 'payload_too_large',
      message: expect.stringMatching(
        /^body: the zip unpacks to more than 256 MB \(the limit, counted as it is inflated\)/,
      ),
      text: expect.objectContaining({ zh: expect.any(String) }),
    });
    expect(writableCounts()).toEqual(before);
  });
});

describe('probe 5: coordinates nested 100,000 deep', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;
  const polygon = (depth: number) => `{"type":"Polygon","coordinates":${deep(depth)}}`;

  it('POST /api/stats/area: 422 naming the nesting, not a 500', async () => {
    const res = await send(admin, 'POST', '/api/stats/area', `{"geometry":${polygon(100_000)}}`);
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toEqual({
      code: 'invalid_request',
      message:
        'body: nested more than 32 levels deep (arrays and objects) at character 75; no valid request nests that deep',
      text: expect.objectContaining({ zh: expect.any(String) }),
    });
  });

  it('POST /api/exports/stats/area: the same 422', async () => {
    const res = await send(admin, 'POST', '/api/exports/stats/area?format=csv', `{"geometry":${polygon(100_000)}}`);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toMatch(/nested more than 32 levels deep/);
  });

  it('POST /api/routes/plan with a selection area: the same 422', async () => {
    const body =
      `{"select":{"layers":["enterprises"],"area":${polygon(100_000)}},` +
      `"inspectors":{"count":1,"shift":["08:30","17:30"]}}`;
    const res = await send(admin, 'POST', '/api/routes/plan', body);
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toMatch(
      /^body: nested more than 32 levels deep \(arrays and objects\) at character \d+/,
    );
  });

  it('a geometry nested deeper than a Polygon but within the body limit: 422 with a too-deep problem', async () => {
    const res = await send(admin, 'POST', '/api/stats/area', `{"geometry":${polygon(10)}}`);
    expect(res.status).toBe(422);
    const body = geometryErrorBodySchema.parse(await res.json());
    expect(body.error.problems).toEqual([expect.objectContaining({ code: 'too-deep', path: 'coordinates[0][0][0]' })]);
  });

  it('a GeoJSON import: the dry run reports it, the commit answers 422, nothing written', async () => {
    const file = new TextEncoder().encode(
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":${polygon(100_000)}}]}`,
    );
    const before = writableCounts();
    const upload = (step: string) =>
      admin.request(`/api/imports/townships/${step}?file=deep.geojson`, {
        method: 'POST',
        body: file.slice(),
        headers: { 'content-type': 'application/octet-stream' },
      });
    const dryRun = await upload('dry-run');
    expect(dryRun.status).toBe(200);
    const report = importReportSchema.parse(await dryRun.json());
    expect(report.committable).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: null,
        severity: 'error',
        problem: expect.stringMatching(
          /^the file nests arrays and objects more than 32 levels deep \(at character \d+\)/,
        ),
      }),
    ]);
    expect((await upload('commit')).status).toBe(422);
    expect(writableCounts()).toEqual(before);
  });
});

describe('probe 7: impossible dates are refused, never shifted', () => {
  const queries = [
    '/api/layers?asOf=2023-02-30',
    '/api/layers/construction-sites?asOf=2023-02-30',
    '/api/layers/villages?asOf=2023-02-30',
    '/api/layers/machines?asOf=2023-02-30',
    '/api/layers/stations?asOf=2023-02-30',
    '/api/layers/nrmm-zones?asOf=2023-02-30',
    '/api/rules?asOf=2023-02-30',
    '/api/stats/townships?asOf=2023-02-30',
    '/api/alerts?at=2023-02-30',
    '/api/tasks?at=2023-02-30',
    '/api/controls?at=2023-02-30',
    '/api/aq/evaluation?year=2023&scope=district&asOf=2023-02-30',
    '/api/aq/daily?scope=district&from=2023-02-30&to=2023-03-05',
  ];

  it.each(queries)('GET %s: 400 naming the parameter', async (path) => {
    const res = await admin.request(path);
    expect(res.status).toBe(400);
    const parameter = /[?&](asOf|at|from)=2023-02-30/.exec(path)?.[1];
    expect((await errorOf(res)).message).toMatch(
      new RegExp(`^${parameter}: '?2023-02-30'? is not a calendar date: 2023-02 has 28 days, not 30`),
    );
  });

  it('GET /api/alerts?at=9999-12-31T23:59-12:00 as official: 400, nothing written', async () => {
    const before = writableCounts();
    const res = await official.request('/api/alerts?at=9999-12-31T23:59-12:00');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe(
      "at: '9999-12-31T23:59-12:00' is not a calendar date: year 9999 is outside 2000–2100",
    );
    expect(writableCounts()).toEqual(before);
  });

  it.each([
    ['at=2023-06-01T10:00%2B15:00', /offset \+15:00 is not a UTC offset \(at most ±14:00\)/],
    ['at=2023-06-01T24:00', /24:00 is not a time of day/],
    ['at=2100-12-31T23:59-12:00', /falls in 2101 in China Standard Time, outside 2000–2100/],
    ['at=1999-12-31', /year 1999 is outside 2000–2100/],
  ])('GET /api/alerts?%s: 400 saying why', async (query, why) => {
    const res = await official.request(`/api/alerts?${query}`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(why);
  });

  it('months and years out of range: 400 naming them', async () => {
    expect((await errorOf(await admin.request('/api/reports/monthly?month=9999-12'))).message).toBe(
      'month: must be a month in 2000–2100',
    );
    expect((await errorOf(await admin.request('/api/stats/townships?month=2023-13'))).message).toBe(
      'month: must be YYYY-MM',
    );
    expect((await errorOf(await admin.request('/api/aq/evaluation?year=9999&scope=district'))).message).toBe(
      'year: must be within 2000–2100',
    );
  });

  it('dates in bodies: area statistics and route plans 400 naming asOf', async () => {
    const area = await send(admin, 'POST', '/api/stats/area', {
      circle: { center: [112.73, 38.42], radiusM: 500 },
      asOf: '2023-02-30',
    });
    expect(area.status).toBe(400);
    expect((await errorOf(area)).message).toMatch(/^asOf: '2023-02-30' is not a calendar date/);
    const plan = await send(admin, 'POST', '/api/routes/plan', {
      select: { layers: ['stations'] },
      inspectors: { count: 1, shift: ['08:30', '17:30'] },
      asOf: '2023-02-30',
    });
    expect(plan.status).toBe(400);
    expect((await errorOf(plan)).message).toMatch(/^asOf: '2023-02-30' is not a calendar date/);
  });

  it('a record edit with 2023-02-30: 400 naming the field, nothing changed', async () => {
    const site = seeded.db
      .prepare('SELECT id, start_date AS startDate FROM construction_sites ORDER BY id LIMIT 1')
      .get() as { id: string; startDate: string };
    const res = await send(admin, 'PATCH', `/api/records/construction-sites/${site.id}`, { startDate: '2023-02-30' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe(
      "startdate: '2023-02-30' is not a calendar date: 2023-02 has 28 days, not 30",
    );
    expect(seeded.db.prepare('SELECT start_date FROM construction_sites WHERE id = ?').pluck().get(site.id)).toBe(
      site.startDate,
    );
  });
});

describe('probe 8: ids are plain positive decimal integers', () => {
  const userOne = () =>
    seeded.db
      .prepare('SELECT id, display_name AS displayName, updated_at AS updatedAt FROM users ORDER BY id LIMIT 1')
      .get() as { id: number; displayName: string; updatedAt: string };

  it.each(['0x1', '%201', '01', '1e0', '+1', '1.0', '9007199254740992'])(
    'PATCH /api/users/%s: 400 naming the user id, user 1 unchanged',
    async (id) => {
      const before = userOne();
      expect(before.id).toBe(1);
      const res = await send(admin, 'PATCH', `/api/users/${id}`, { displayName: 'changed by a loose id' });
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(
        /^user id: must be (a positive whole number in plain digits \(1, 2, 3…\)|at most 9007199254740991); got '/,
      );
      expect(userOne()).toEqual(before);
    },
  );

  it('PATCH /api/tasks/1e1: 400 naming the task number, task 10 unchanged', async () => {
    const task10 = () => seeded.db.prepare('SELECT status, progress_note FROM plan_tasks WHERE number = 10').get();
    const before = task10();
    const res = await send(admin, 'PATCH', '/api/tasks/1e1', { progressNote: 'changed by a loose id' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe(
      "task number: must be a positive whole number in plain digits (1, 2, 3…); got '1e1'",
    );
    expect(task10()).toEqual(before);
  });

  it('alerts and the audit log refuse loose ids too', async () => {
    const alertId = seeded.db.prepare('SELECT min(id) FROM alerts').pluck().get() as number;
    const res = await send(admin, 'POST', `/api/alerts/0${alertId}/assign`, { assignee: '巡查一组' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^alert id: must be a positive whole number/);
    expect((await admin.request(`/api/alerts/${alertId}x`)).status).toBe(400);
    expect((await errorOf(await admin.request('/api/audit?before=0x10'))).message).toMatch(
      /^before: must be a positive whole number/,
    );
    expect((await admin.request('/api/audit?limit=1e1')).status).toBe(400);
  });
});

describe('probe 9: common and trivially guessable passwords are refused with the reason', () => {
  const newUser = (username: string, password: string) =>
    send(admin, 'POST', '/api/users', { username, displayName: username, role: 'official', password });

  it.each([
    ['aaaaaaaaaa', /it repeats a character/],
    ['1234567890', /among the hundred most used passwords/],
    ['password12', /it is a commonly used password/],
  ])('POST /api/users with %s: 400 saying why, no account', async (password, why) => {
    const before = count('users');
    const res = await newUser('weakling', password);
    expect(res.status).toBe(400);
    const { message } = await errorOf(res);
    expect(message).toMatch(/^password: too easy to guess \(strength [0-2] of 4, at least 3 needed\): /);
    expect(message).toMatch(why);
    expect(count('users')).toBe(before);
  });

  it('a password built on the username is refused; a passphrase is accepted', async () => {
    expect((await errorOf(await newUser('zhangwei', 'zhangwei-2023'))).message).toMatch(
      /contains the username, the display name/,
    );
    expect((await newUser('zhangwei', 'quiet-river-lamp-47')).status).toBe(201);
  });

  it('PATCH /api/users/:id and POST /api/auth/password apply it', async () => {
    const target = seeded.db
      .prepare("SELECT id FROM users WHERE username = 'hostile-official'")
      .pluck()
      .get() as number;
    const patched = await send(admin, 'PATCH', `/api/users/${target}`, { password: 'password12' });
    expect(patched.status).toBe(400);
    expect((await errorOf(patched)).message).toMatch(/^password: too easy to guess/);
    const self = await signIn(app, seeded.db, 'analyst', { username: 'self-changer' });
    const changed = await send(self, 'POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: '1234567890',
    });
    expect(changed.status).toBe(400);
    expect((await errorOf(changed)).message).toMatch(
      /^newPassword: too easy to guess .*among the hundred most used passwords/,
    );
  });

  it('the user:add command refuses it before writing', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli/user-add.ts', '--role', 'admin', '--username', 'cli-weak', '--db', seeded.file],
      { input: 'aaaaaaaaaa\n', encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/password: too easy to guess .*repeats a character/);
    expect(seeded.db.prepare("SELECT count(*) FROM users WHERE username = 'cli-weak'").pluck().get()).toBe(0);
  });
});

describe('probe 11: control characters are refused in stored text', () => {
  it('names: POST and PATCH /api/users with NUL in the display name, 400 naming it', async () => {
    const created = await send(admin, 'POST', '/api/users', {
      username: 'nul-name',
      displayName: 'Zhang\u0000Wei',
      role: 'official',
      password: 'quiet-river-lamp-47',
    });
    expect(created.status).toBe(400);
    expect((await errorOf(created)).message).toBe(
      'displayName: contains the control character U+0000 at position 6; ' +
        'no control characters are allowed (line breaks and tabs included)',
    );
    const target = seeded.db
      .prepare("SELECT id FROM users WHERE username = 'hostile-official'")
      .pluck()
      .get() as number;
    const patched = await send(admin, 'PATCH', `/api/users/${target}`, { displayName: 'line\nbreak' });
    expect(patched.status).toBe(400);
    expect((await errorOf(patched)).message).toMatch(/^displayName: contains the control character U\+000A/);
  });

  it('alert assignee and notes, task progress notes: 400; line breaks and tabs stay allowed in notes', async () => {
    const before = writableCounts();
    const alertId = seeded.db.prepare('SELECT min(id) FROM alerts').pluck().get() as number;
    const assign = await send(admin, 'POST', `/api/alerts/${alertId}/assign`, { assignee: 'team\u0000one' });
    expect((await errorOf(assign)).message).toMatch(/^assignee: contains the control character U\+0000/);
    const note = await send(admin, 'POST', `/api/alerts/${alertId}/assign`, {
      assignee: '巡查一组',
      note: 'bell\u0007',
    });
    expect((await errorOf(note)).message).toMatch(
      /^note: contains the control character U\+0007 at position 5; only line breaks and tabs are allowed/,
    );
    const task = await send(admin, 'PATCH', '/api/tasks/3', { progressNote: 'done\u007f' });
    expect((await errorOf(task)).message).toMatch(/^progressNote: contains the control character U\+007F/);
    expect(writableCounts()).toEqual(before);
    const multiLine = await send(admin, 'PATCH', '/api/tasks/3', { progressNote: '第一步：完成\n第二步：\t进行中' });
    expect(multiLine.status).toBe(200);
  });

  it('record edits: 400 naming the field', async () => {
    const site = seeded.db.prepare('SELECT id, name FROM construction_sites ORDER BY id LIMIT 1').get() as {
      id: string;
      name: string;
    };
    const res = await send(admin, 'PATCH', `/api/records/construction-sites/${site.id}`, { name: 'site\u0000' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^name: contains the control character U\+0000/);
    expect(seeded.db.prepare('SELECT name FROM construction_sites WHERE id = ?').pluck().get(site.id)).toBe(site.name);
  });

  it('the sign-in username: 400, no audit row holding it', async () => {
    const before = count('audit_log');
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ username: 'admin\u0000', password: 'whatever-it-is' }),
    });
    expect(res.status).toBe(400);
    expect(count('audit_log')).toBe(before);
  });

  it('imports: a row with a control character or an impossible date gets a row error in the dry run', async () => {
    const csv = [
      'id,name,areaM2,startDate,endDate,contractor,lon,lat',
      'HOSTILE-1,正常工地,5000,2023-03-01,2023-10-31,某建筑公司,112.70,38.45',
      'HOSTILE-2,闰日工地,5000,2023-02-30,2023-10-31,某建筑公司,112.70,38.45',
      'HOSTILE-3,工地\u0000名,5000,2023-03-01,2023-10-31,某建筑公司,112.70,38.45',
    ].join('\n');
    const res = await admin.request('/api/imports/construction-sites/dry-run?file=sites.csv', {
      method: 'POST',
      body: new TextEncoder().encode(csv),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(res.status).toBe(200);
    const report = importReportSchema.parse(await res.json());
    expect(report.counts).toMatchObject({ features: 3, valid: 1 });
    expect(report.preview.features).toHaveLength(1);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 2,
          field: 'startdate',
          problem: "'2023-02-30' is not a calendar date: 2023-02 has 28 days, not 30",
        }),
        expect.objectContaining({
          row: 3,
          field: 'name',
          problem: 'contains the control character U+0000 at position 3; only line breaks and tabs are allowed',
        }),
      ]),
    );
  });
});
