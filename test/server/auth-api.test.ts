import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { can } from '../../server/auth/permissions.ts';
import { routePolicies, type RoutePolicy } from '../../server/auth/route-policy.ts';
import { DEMO_PASSWORD, seedDemoAccounts } from '../../server/services/seed-demo-accounts.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { auditResponseSchema } from '../../server/schema/audit.ts';
import { meResponseSchema, roles } from '../../server/schema/auth.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, signIn, TEST_ORIGIN, TEST_PASSWORD } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: ReturnType<typeof createApp>;
let allTownships: string[];
beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.25 });
  await seedDemoAccounts(seeded.db, 4, new Date());
  app = createApp({ db: seeded.db });
  // what the server's scheduler does at start: the ledger's alerts at the present
  advanceAlertLedger(seeded.db, Date.now());
  allTownships = (seeded.db.prepare('SELECT code FROM townships ORDER BY code').all() as { code: string }[]).map(
    (r) => r.code,
  );
});
afterAll(() => seeded.dispose());

/** A JSON body, with the same-origin Origin a browser on the console sends with it. */
const json = (body: unknown): RequestInit => ({
  headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const login = (username: string, password: string, init: RequestInit = {}) =>
  app.request('/api/auth/login', { method: 'POST', ...json({ username, password }), ...init });

/** A concrete request path for a policy's pattern. */
function samplePath(policy: RoutePolicy): string {
  return policy.path
    .replace('/api/layers/:id', '/api/layers/enterprises')
    .replace('/api/exports/layers/:id', '/api/exports/layers/enterprises')
    .replace(':target', 'enterprises')
    .replace(':key', 'E0001')
    .replace(':n', '7')
    .replace(':year', '2099')
    .replace(':id', '1');
}

describe('sign-in', () => {
  it(
    'demo mode: the five demo accounts sign in with lantian-demo; ' +
      'me says who, with a CSRF token, and that this is a demo',
    async () => {
      for (const role of roles) {
        const res = await login(role, DEMO_PASSWORD);
        expect(res.status).toBe(200);
        const cookie = res.headers.get('set-cookie') ?? '';
        expect(cookie).toMatch(/^lantian_session=[A-Za-z0-9_-]{40,};/);
        expect(cookie).toMatch(/HttpOnly/);
        expect(cookie).toMatch(/SameSite=Strict/);
        expect(cookie).toMatch(/Path=\//);
        const me = meResponseSchema.parse(await res.json());
        expect(me).toMatchObject({ user: { username: role, role }, demo: true, publicRead: false });
        expect(me.csrfToken).toMatch(/^[A-Za-z0-9_-]{30,}$/);
        const again = meResponseSchema.parse(
          await (await app.request('/api/auth/me', { headers: { cookie: cookie.split(';')[0] as string } })).json(),
        );
        expect(again).toEqual(me);
      }
    },
  );

  it('a wrong password or unknown user gets 401 with the same message; the hash is never served', async () => {
    const wrong = await login('analyst', 'not-the-password', {
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, 'x-forwarded-for': 'x' },
    });
    expect(wrong.status).toBe(401);
    expect(await errorOf(wrong)).toEqual({
      code: 'unauthenticated',
      message: 'wrong username or password',
      text: { zh: '账号或密码错误', en: 'wrong username or password' },
    });
    const unknown = await login('nobody', 'whatever-password');
    expect(unknown.status).toBe(401);
    expect((await errorOf(unknown)).message).toBe('wrong username or password');
    const admin = asUser(app, seeded.db, 'admin');
    const users = await (await admin.request('/api/users')).text();
    expect(users).not.toMatch(/\$2[aby]\$/);
    expect(users).toContain('"username":"inspector"');
  });

  it('logout ends the session: the cookie no longer works', async () => {
    const caller = await signIn(app, seeded.db, 'official', { username: 'leaver' });
    expect((await caller.request('/api/plan')).status).toBe(200);
    const out = await caller.request('/api/auth/logout', { method: 'POST' });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/lantian_session=;/);
    expect((await caller.request('/api/plan')).status).toBe(401);
  });

  it('rate-limits failed sign-ins per account: the sixth try waits, even with the right password', async () => {
    const limited = createApp({ db: seeded.db, loginLimits: { windowMs: 60_000, perAccount: 5, perAddress: 100 } });
    await signIn(limited, seeded.db, 'analyst', { username: 'tries' });
    const attempt = (password: string) =>
      limited.request('/api/auth/login', { method: 'POST', ...json({ username: 'tries', password }) });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password-x')).status).toBe(401);
    const blocked = await attempt(TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await errorOf(blocked)).code).toBe('rate_limited');
    // another account from the same address is not blocked by this account's failures
    expect(
      (
        await limited.request('/api/auth/login', {
          method: 'POST',
          ...json({ username: 'official', password: DEMO_PASSWORD }),
        })
      ).status,
    ).toBe(200);
  });

  it(
    'changing one’s own password needs the current one, ' + 'ends every other session and keeps this browser signed in',
    async () => {
      const first = await signIn(app, seeded.db, 'analyst', { username: 'changer' });
      const second = await signIn(app, seeded.db, 'analyst', { username: 'changer' });
      const change = (body: unknown) => first.request('/api/auth/password', { method: 'POST', ...json(body) });
      const wrong = await change({ currentPassword: 'not-it-at-all', newPassword: 'a-brand-new-pass' });
      expect(wrong.status).toBe(400);
      expect((await errorOf(wrong)).message).toBe('currentPassword: wrong password');
      expect((await change({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD })).status).toBe(400);
      expect((await change({ currentPassword: TEST_PASSWORD, newPassword: 'short' })).status).toBe(400);
      const ok = await change({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-pass' });
      expect(ok.status).toBe(200);
      const cookie = /lantian_session=([^;]+)/.exec(ok.headers.get('set-cookie') ?? '')?.[1];
      const me = meResponseSchema.parse(await ok.json());
      expect(me.user?.username).toBe('changer');
      expect((await first.request('/api/plan')).status).toBe(401);
      expect((await second.request('/api/plan')).status).toBe(401);
      expect((await app.request('/api/plan', { headers: { cookie: `lantian_session=${cookie}` } })).status).toBe(200);
      expect((await login('changer', TEST_PASSWORD)).status).toBe(401);
      expect((await login('changer', 'a-brand-new-pass')).status).toBe(200);
      const admin = asUser(app, seeded.db, 'admin');
      const audit = auditResponseSchema.parse(await (await admin.request('/api/audit?action=user.password')).json());
      expect(audit.entries[0]).toMatchObject({ actor: 'changer', entity: 'user', entityId: String(first.user.id) });
      expect(JSON.stringify(audit)).not.toContain('a-brand-new-pass');
    },
  );

  it('a disabled account cannot sign in, and its sessions end', async () => {
    const admin = asUser(app, seeded.db, 'admin');
    const victim = await signIn(app, seeded.db, 'official', { username: 'disabled-one' });
    const patch = await admin.request(`/api/users/${victim.user.id}`, { method: 'PATCH', ...json({ disabled: true }) });
    expect(patch.status).toBe(200);
    expect((await victim.request('/api/plan')).status).toBe(401);
    expect((await login('disabled-one', TEST_PASSWORD)).status).toBe(401);
  });
});

describe('sessions expire', () => {
  it('after 8 idle hours, sliding with use, and at most 24 hours after sign-in', async () => {
    let clock = Date.parse('2026-01-05T08:00:00Z');
    const timed = createApp({ db: seeded.db, now: () => clock });
    const res = await timed.request('/api/auth/login', {
      method: 'POST',
      ...json({ username: 'official', password: DEMO_PASSWORD }),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const get = () => timed.request('/api/plan', { headers: { cookie } });
    for (let i = 0; i < 3; i++) {
      clock += 7 * 3600_000; // 7 h idle each time: under the idle limit, slides on
      expect((await get()).status).toBe(200);
    }
    clock += 4 * 3600_000; // 25 h after sign-in
    const expired = await get();
    expect(expired.status).toBe(401);
    expect(await errorOf(expired)).toEqual({
      code: 'unauthenticated',
      message: 'session expired: sign in again',
      text: { zh: '登录已过期，请重新登录', en: 'session expired: sign in again' },
    });

    const res2 = await timed.request('/api/auth/login', {
      method: 'POST',
      ...json({ username: 'official', password: DEMO_PASSWORD }),
    });
    const cookie2 = (res2.headers.get('set-cookie') ?? '').split(';')[0] as string;
    clock += 8 * 3600_000 + 1000;
    expect((await timed.request('/api/plan', { headers: { cookie: cookie2 } })).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('a state-changing request needs the session CSRF token and a same-origin Origin', async () => {
    const analyst = asUser(app, seeded.db, 'analyst');
    const body = json({
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [112.7, 38.4],
            [112.76, 38.4],
            [112.76, 38.45],
            [112.7, 38.4],
          ],
        ],
      },
    });
    const post = (headers: Record<string, string>) =>
      app.request('/api/stats/area', {
        method: 'POST',
        body: body.body,
        headers: { 'content-type': 'application/json', cookie: analyst.cookie, ...headers },
      });
    const none = await post({});
    expect(none.status).toBe(403);
    expect((await errorOf(none)).code).toBe('csrf_failed');
    expect((await post({ 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await post({ 'x-csrf-token': 'forged', origin: TEST_ORIGIN })).status).toBe(403);
    expect((await post({ 'x-csrf-token': analyst.csrfToken, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ 'x-csrf-token': analyst.csrfToken, origin: 'http://localhost' })).status).toBe(200);
    // a valid token without Origin (or Referer) is refused, saying what was expected
    const noOrigin = await post({ 'x-csrf-token': analyst.csrfToken });
    expect(noOrigin.status).toBe(403);
    expect(await errorOf(noOrigin)).toEqual({
      code: 'csrf_failed',
      message:
        "no Origin or Referer header: writes must come from the console's own page (expected Origin http://localhost)",
      text: expect.objectContaining({ zh: expect.any(String) }),
    });
    // another session's token does not do
    const other = asUser(app, seeded.db, 'analyst');
    expect((await post({ 'x-csrf-token': other.csrfToken, origin: TEST_ORIGIN })).status).toBe(403);
  });

  it('sign-in refuses a cross-site Origin and non-JSON bodies (what a forged form would send)', async () => {
    expect(
      (
        await login('official', DEMO_PASSWORD, {
          headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
        })
      ).status,
    ).toBe(403);
    const form = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: TEST_ORIGIN },
      body: 'username=official&password=lantian-demo',
    });
    expect(form.status).toBe(400);
    const plain = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: TEST_ORIGIN },
      body: JSON.stringify({ username: 'official', password: DEMO_PASSWORD }),
    });
    expect(plain.status).toBe(400);
  });
});

describe('role × endpoint matrix', () => {
  it('every route the app serves has a policy, and every policy a route', () => {
    const served = new Set(
      app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`),
    );
    const policed = new Set(routePolicies.map((p) => `${p.method} ${p.path}`));
    expect([...served].filter((r) => !policed.has(r))).toEqual([]);
    expect([...policed].filter((r) => !served.has(r))).toEqual([]);
  });

  it('each role gets exactly the routes its grants allow; anonymous callers only health, me and login', async () => {
    const outcomes: string[] = [];
    for (const policy of routePolicies) {
      const path = samplePath(policy);
      // writes carry the console's Origin, so that only the session and the role decide
      const init: RequestInit = policy.method === 'GET' ? {} : { method: policy.method, ...json({}) };
      const anonymous = await app.request(path, init);
      const anonymousAllowed = policy.access === 'public';
      outcomes.push(
        `${policy.method} ${path} anonymous ${anonymousAllowed ? 'allowed' : 'denied'}: ${anonymous.status}`,
      );
      expect(
        anonymousAllowed ? ![401, 403].includes(anonymous.status) : anonymous.status === 401,
        outcomes.at(-1),
      ).toBe(true);
      for (const role of roles) {
        // a fresh session per request (logout would end a shared one); an inspector with every township, so only the
        // role decides
        const caller = asUser(app, seeded.db, role, {
          username: `matrix-${role}`,
          townships: role === 'inspector' ? allTownships : [],
        });
        const res = await caller.request(path, init);
        const allowed = policy.access === 'public' || policy.access === 'signed-in' || can(role, policy.access);
        outcomes.push(`${policy.method} ${path} ${role} ${allowed ? 'allowed' : 'denied'}: ${res.status}`);
        if (allowed) expect([401, 403].includes(res.status), outcomes.at(-1)).toBe(false);
        else {
          expect(res.status, outcomes.at(-1)).toBe(403);
          expect((await errorOf(res)).code).toBe('forbidden');
        }
      }
    }
    expect(outcomes.length).toBe(routePolicies.length * (roles.length + 1));
  });

  it(
    'the grants are the issue’s: official reads; analyst adds statistics and exports; ' +
      'inspector routes and alerts; admin all',
    () => {
      expect(
        can('official', 'read') &&
          !can('official', 'stats') &&
          !can('official', 'alerts') &&
          !can('official', 'import'),
      ).toBe(true);
      expect(
        can('analyst', 'stats') && can('analyst', 'export') && !can('analyst', 'routes') && !can('analyst', 'users'),
      ).toBe(true);
      expect(
        can('inspector', 'routes') &&
          can('inspector', 'alerts') &&
          !can('inspector', 'export') &&
          !can('inspector', 'tasks'),
      ).toBe(true);
      expect(!can('analyst', 'edit') && !can('inspector', 'edit') && !can('official', 'edit')).toBe(true);
      expect(
        ['read', 'stats', 'export', 'routes', 'alerts', 'tasks', 'edit', 'import', 'users', 'audit'].every((p) =>
          can('admin', p as Parameters<typeof can>[1]),
        ),
      ).toBe(true);
    },
  );

  it('with public reading on, anonymous callers read the map layers, and nothing else', async () => {
    const open = createApp({ db: seeded.db, publicRead: true });
    expect((await open.request('/api/layers/enterprises')).status).toBe(200);
    expect((await open.request('/api/meta')).status).toBe(200);
    expect((await open.request('/api/alerts')).status).toBe(401);
    expect((await open.request('/api/stats/townships')).status).toBe(401);
    expect(meResponseSchema.parse(await (await open.request('/api/auth/me')).json())).toMatchObject({
      user: null,
      publicRead: true,
    });
  });
});

describe('inspectors act only in their townships', () => {
  it('cannot touch another township’s alert (403, unchanged) but can handle their own', async () => {
    const admin = asUser(app, seeded.db, 'admin');
    const alerts = (await (await admin.request('/api/alerts?status=open')).json()) as {
      alerts: { id: number; township: string }[];
    };
    const [mine, theirs] = [alerts.alerts[0], alerts.alerts.find((a) => a.township !== alerts.alerts[0]?.township)];
    if (!mine || !theirs) throw new Error('need open alerts in two townships');
    const inspector = asUser(app, seeded.db, 'inspector', { username: 'local-inspector', townships: [mine.township] });
    const denied = await inspector.request(`/api/alerts/${theirs.id}/assign`, {
      method: 'POST',
      ...json({ assignee: 'local-inspector' }),
    });
    expect(denied.status).toBe(403);
    expect((await errorOf(denied)).message).toContain(theirs.township);
    const after = (await (await admin.request(`/api/alerts/${theirs.id}`)).json()) as {
      status: string;
      events: unknown[];
    };
    expect(after.status).toBe('open');
    expect(after.events).toHaveLength(1);
    const allowed = await inspector.request(`/api/alerts/${mine.id}/assign`, {
      method: 'POST',
      ...json({ assignee: 'local-inspector' }),
    });
    expect(allowed.status).toBe(200);
  });

  it('cannot plan a route through another township’s sites', async () => {
    const inspector = asUser(app, seeded.db, 'inspector', {
      username: 'route-inspector',
      townships: [allTownships[0] as string],
    });
    const elsewhere = allTownships[10] as string;
    const res = await inspector.request('/api/routes/plan', {
      method: 'POST',
      ...json({
        select: { layers: ['villages'], townships: [elsewhere] },
        inspectors: { count: 1, shift: ['08:30', '17:30'] },
      }),
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toContain(elsewhere);
  });
});

describe('hostile input', () => {
  const nasty = [
    "' OR '1'='1",
    '1; DROP TABLE users; --',
    '../../../../etc/passwd',
    '..%2F..%2Fetc%2Fpasswd',
    '%00',
    '<script>alert(1)</script>',
    '1 UNION SELECT password_hash FROM users',
  ];

  it('in path parameters, query parameters and JSON bodies: rejected or harmless, the database intact', async () => {
    const admin = asUser(app, seeded.db, 'admin');
    const count = (table: string) => (seeded.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const before = { users: count('users'), enterprises: count('enterprises'), alerts: count('alerts') };
    for (const s of nasty) {
      const e = encodeURIComponent(s);
      const requests: [string, RequestInit][] = [
        [`/api/layers/${e}`, {}],
        [`/api/layers/enterprises?township=${e}`, {}],
        [`/api/layers/enterprises?bbox=${e}`, {}],
        [`/api/layers/enterprises?asOf=${e}`, {}],
        [`/api/layers/enterprises?grade=${e}`, {}],
        [`/api/alerts/${e}`, {}],
        [`/api/alerts?rule=${e}`, {}],
        [`/api/audit?actor=${e}`, {}],
        [`/api/exports/layers/${e}?format=csv`, {}],
        [`/api/reports/monthly?month=${e}`, {}],
        [`/api/alerts/${e}/assign`, { method: 'POST', ...json({ assignee: s }) }],
        [`/api/tasks/${e}`, { method: 'PATCH', ...json({ progressNote: s }) }],
        [`/api/users/${e}`, { method: 'PATCH', ...json({ displayName: s }) }],
        [`/api/imports/${e}/dry-run`, { method: 'POST', body: 'a,b\n1,2', headers: { 'content-type': 'text/csv' } }],
        [
          '/api/users',
          { method: 'POST', ...json({ username: s, displayName: s, role: 'official', password: 'long-enough-pw' }) },
        ],
      ];
      for (const [path, init] of requests) {
        const res = await admin.request(path, init);
        const text = await res.text();
        expect(res.status, `${path} → ${res.status} ${text}`).toBeLessThan(500);
        expect(text).not.toMatch(/root:x:0|\$2[aby]\$|SQLITE|syntax error/i);
        if (res.status === 200) expect(JSON.parse(text)).toBeTruthy();
      }
      const login = await app.request('/api/auth/login', { method: 'POST', ...json({ username: s, password: s }) });
      expect([400, 401, 429]).toContain(login.status);
    }
    expect({ users: count('users'), enterprises: count('enterprises'), alerts: count('alerts') }).toEqual(before);
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('path traversal against the static client serves index.html or 404, never a file outside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantian-static-'));
    mkdirSync(join(dir, 'client'));
    writeFileSync(join(dir, 'client', 'index.html'), '<!doctype html><title>lantian</title>');
    writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET');
    try {
      const withClient = createApp({ db: seeded.db, clientDir: join(dir, 'client') });
      for (const path of [
        '/../secret.txt',
        '/..%2fsecret.txt',
        '/%2e%2e/secret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/..\\secret.txt',
      ]) {
        const res = await withClient.request(path);
        expect(await res.text(), path).not.toContain('TOP-SECRET');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an oversized body gets 413 from any write route, before it is read whole', async () => {
    const analyst = asUser(app, seeded.db, 'analyst');
    const big = `{"geometry":${' '.repeat(6 * 1024 * 1024)}}`;
    const res = await analyst.request('/api/stats/area', {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });
});

describe('audit log', () => {
  it('records every write with who, when, what, before and after; admins read it, nobody can change it', async () => {
    const admin = asUser(app, seeded.db, 'admin', { username: 'auditor' });
    const alerts = (await (await admin.request('/api/alerts?status=open')).json()) as {
      alerts: { id: number; township: string }[];
    };
    const alert = alerts.alerts.at(-1);
    if (!alert) throw new Error('no open alert');
    // the assignee is an inspector account of the alert's township
    asUser(app, seeded.db, 'inspector', { username: 'zhangsan-audit', townships: [alert.township] });
    expect(
      (
        await admin.request(`/api/alerts/${alert.id}/assign`, {
          method: 'POST',
          ...json({ assignee: 'zhangsan-audit' }),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await admin.request('/api/tasks/3', {
          method: 'PATCH',
          ...json({ status: 'in-progress', progressNote: '审计测试' }),
        })
      ).status,
    ).toBe(200);
    const created = await admin.request('/api/users', {
      method: 'POST',
      ...json({
        username: 'newbie',
        displayName: '新人',
        role: 'inspector',
        townships: [alert.township],
        password: 'a-long-password',
      }),
    });
    expect(created.status).toBe(201);
    const newbie = (await created.json()) as { id: number };
    expect(
      (
        await admin.request(`/api/users/${newbie.id}`, {
          method: 'PATCH',
          ...json({ role: 'official', townships: [] }),
        })
      ).status,
    ).toBe(200);

    const log = auditResponseSchema.parse(await (await admin.request('/api/audit?actor=auditor&limit=10')).json());
    expect(log.entries.map((e) => e.action)).toEqual(['user.update', 'user.create', 'task.update', 'alert.assign']);
    const [userUpdate, userCreate, taskUpdate, alertAssign] = log.entries;
    expect(alertAssign).toMatchObject({
      actor: 'auditor',
      role: 'admin',
      entity: 'alert',
      entityId: String(alert.id),
      before: { status: 'open', assignee: null },
      after: { status: 'assigned', assignee: 'zhangsan-audit' },
    });
    expect(taskUpdate).toMatchObject({
      entity: 'task',
      entityId: '3',
      after: { status: 'in-progress', progressNote: '审计测试' },
    });
    expect(userCreate).toMatchObject({
      entity: 'user',
      before: null,
      after: { username: 'newbie', role: 'inspector' },
    });
    expect(userUpdate).toMatchObject({ before: { role: 'inspector' }, after: { role: 'official', townships: [] } });
    expect(JSON.stringify(log)).not.toMatch(/a-long-password|\$2[aby]\$/);
    expect(log.entries.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);

    const logins = auditResponseSchema.parse(await (await admin.request('/api/audit?action=auth.login-failed')).json());
    expect(logins.entries.some((e) => e.actor === 'nobody')).toBe(true);

    // read-only: no route changes it, and the table refuses updates and deletes
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      expect([404, 405]).toContain(
        (await admin.request(`/api/audit/${alertAssign?.id}`, { method, ...json({ actor: 'x' }) })).status,
      );
    }
    expect(() => seeded.db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => seeded.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    const analyst = asUser(app, seeded.db, 'analyst');
    expect((await analyst.request('/api/audit')).status).toBe(403);
  });
});
