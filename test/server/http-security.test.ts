import { serve, type ServerType } from '@hono/node-server';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../../server/app.ts';
import { DEMO_PASSWORD, seedDemoAccounts } from '../../server/services/seed-demo-accounts.ts';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../server/http/security-headers.ts';
import { meResponseSchema } from '../../server/schema/auth.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, TEST_ORIGIN } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.25 });
  await seedDemoAccounts(seeded.db, 4, new Date());
});
afterAll(() => seeded.dispose());

const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const appWith = (options: Omit<AppOptions, 'db'> = {}) => createApp({ db: seeded.db, ...options });
const credentials = (username: string, password = DEMO_PASSWORD) => JSON.stringify({ username, password });
/** POST /api/auth/login at `base` (the origin the request is sent to) with `headers`. */
const login = (
  app: ReturnType<typeof createApp>,
  base: string,
  headers: Record<string, string>,
  body = credentials('official'),
) =>
  app.request(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
const areaBody = JSON.stringify({
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

/** A request over a real socket, so that the Host header is the one sent (the Node adapter builds the URL from it). */
function rawRequest(port: number, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the Origin check on writes', () => {
  it(
    'refuses a write with a valid token and no Origin; ' +
      'accepts the console’s Referer instead, refuses another site’s',
    async () => {
      const app = appWith();
      const admin = asUser(app, seeded.db, 'admin');
      const post = (headers: Record<string, string>) =>
        app.request('/api/stats/area', {
          method: 'POST',
          body: areaBody,
          headers: {
            'content-type': 'application/json',
            cookie: admin.cookie,
            'x-csrf-token': admin.csrfToken,
            ...headers,
          },
        });
      const none = await post({});
      expect(none.status).toBe(403);
      expect(await errorOf(none)).toEqual({
        code: 'csrf_failed',
        message:
          "no Origin or Referer header: writes must come from the console's own page " +
          '(expected Origin http://localhost)',
        text: expect.objectContaining({ zh: expect.any(String) }),
      });
      expect((await post({ referer: 'http://localhost/?v=analysis' })).status).toBe(200);
      const foreign = await post({ referer: 'http://evil.example/page' });
      expect(foreign.status).toBe(403);
      expect((await errorOf(foreign)).message).toBe(
        'cross-origin request from http://evil.example refused (expected Origin http://localhost)',
      );
      expect((await post({ origin: 'null' })).status).toBe(403);
      // sign-in too: no Origin, no Referer, no session
      const anonymous = await login(app, 'http://localhost', {});
      expect(anonymous.status).toBe(403);
      expect((await errorOf(anonymous)).code).toBe('csrf_failed');
    },
  );

  it(
    'refuses Host: evil.example with Origin: http://evil.example (DNS rebinding), ' + 'saying to set --public-origin',
    async () => {
      const app = appWith();
      const server: ServerType = await new Promise((resolve) => {
        const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
      });
      try {
        const { port } = server.address() as AddressInfo;
        const probe = await rawRequest(
          port,
          'POST',
          '/api/auth/login',
          { host: 'evil.example', origin: 'http://evil.example', 'content-type': 'application/json' },
          credentials('official'),
        );
        expect(probe.status).toBe(403);
        expect(errorBodySchema.parse(JSON.parse(probe.body)).error).toEqual({
          code: 'csrf_failed',
          message:
            "writes addressed to http://evil.example are refused: it is not this machine's name or address; " +
            'if users open the console there, start the server with --public-origin http://evil.example',
          text: expect.objectContaining({ zh: expect.any(String) }),
        });
        const admin = asUser(app, seeded.db, 'admin');
        const write = await rawRequest(
          port,
          'POST',
          '/api/stats/area',
          {
            host: 'evil.example',
            origin: 'http://evil.example',
            'content-type': 'application/json',
            cookie: admin.cookie,
            'x-csrf-token': admin.csrfToken,
          },
          areaBody,
        );
        expect(write.status).toBe(403);
        // the same requests addressed to the loopback address the server listens on pass
        const own = `127.0.0.1:${port}`;
        expect(
          (
            await rawRequest(
              port,
              'POST',
              '/api/auth/login',
              { host: own, origin: `http://${own}`, 'content-type': 'application/json' },
              credentials('official'),
            )
          ).status,
        ).toBe(200);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  );

  it('allows the request’s own origin on this machine’s name or address (serverHosts), and nothing else', async () => {
    const app = appWith({ origins: { publicOrigins: [], serverHosts: ['192.168.1.5', 'lantian-box'] } });
    expect((await login(app, 'http://192.168.1.5:8080', { origin: 'http://192.168.1.5:8080' })).status).toBe(200);
    expect((await login(app, 'http://lantian-box:8080', { origin: 'http://lantian-box:8080' })).status).toBe(200);
    expect((await login(app, 'http://192.168.1.5:8080', { origin: 'http://192.168.1.6:8080' })).status).toBe(403);
    expect((await login(app, 'http://192.168.1.6:8080', { origin: 'http://192.168.1.6:8080' })).status).toBe(403);
  });

  it('with --public-origin, exactly the origins named: not the request’s own, not a look-alike', async () => {
    const app = appWith({ origins: { publicOrigins: ['https://air.example', 'https://b.example'], serverHosts: [] } });
    expect((await login(app, 'http://localhost', { origin: 'https://air.example' })).status).toBe(200);
    expect((await login(app, 'http://localhost', { origin: 'https://b.example' })).status).toBe(200);
    const own = await login(app, 'http://localhost', { origin: 'http://localhost' });
    expect(own.status).toBe(403);
    expect((await errorOf(own)).message).toBe(
      'cross-origin request from http://localhost refused (expected Origin https://air.example or https://b.example)',
    );
    expect((await login(app, 'http://localhost', { origin: 'http://air.example' })).status).toBe(403);
    expect((await login(app, 'http://localhost', { origin: 'https://air.example.evil.example' })).status).toBe(403);
  });
});

describe('behind an HTTPS reverse proxy', () => {
  const forwarded = {
    'x-forwarded-proto': 'https',
    'x-forwarded-host': 'air.example',
    'x-forwarded-for': '203.0.113.9',
  };

  it('with --trust-proxy and --public-origin, sign-in and writes pass and the session cookie is Secure', async () => {
    const app = appWith({ trustProxy: true, origins: { publicOrigins: ['https://air.example'], serverHosts: [] } });
    const res = await login(app, 'http://127.0.0.1:8080', { ...forwarded, origin: 'https://air.example' });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/; Secure/);
    const me = meResponseSchema.parse(await res.json());
    const session = cookie.split(';')[0] as string;
    const analyst = await login(
      app,
      'http://127.0.0.1:8080',
      { ...forwarded, origin: 'https://air.example' },
      credentials('analyst'),
    );
    const analystCookie = (analyst.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const analystMe = meResponseSchema.parse(await analyst.json());
    const write = await app.request('http://127.0.0.1:8080/api/stats/area', {
      method: 'POST',
      body: areaBody,
      headers: {
        ...forwarded,
        origin: 'https://air.example',
        'content-type': 'application/json',
        cookie: analystCookie,
        'x-csrf-token': analystMe.csrfToken ?? '',
      },
    });
    expect(write.status).toBe(200);
    const logout = await app.request('http://127.0.0.1:8080/api/auth/logout', {
      method: 'POST',
      headers: { ...forwarded, origin: 'https://air.example', cookie: session, 'x-csrf-token': me.csrfToken ?? '' },
    });
    expect(logout.status).toBe(200);
  });

  it(
    'with --trust-proxy alone, the forwarded https origin is the one compared ' +
      '(a loopback proxy name passes; another name is told to set --public-origin)',
    async () => {
      const app = appWith({ trustProxy: true });
      const local = await login(app, 'http://127.0.0.1:8080', {
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'localhost:8443',
        origin: 'https://localhost:8443',
      });
      expect(local.status).toBe(200);
      expect(local.headers.get('set-cookie')).toMatch(/; Secure/);
      const named = await login(app, 'http://127.0.0.1:8080', { ...forwarded, origin: 'https://air.example' });
      expect(named.status).toBe(403);
      expect((await errorOf(named)).message).toContain('start the server with --public-origin https://air.example');
    },
  );

  it('without --trust-proxy, X-Forwarded-* are ignored: no Secure cookie, they do not move the origin', async () => {
    const app = appWith();
    const res = await login(app, 'http://localhost', {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'air.example',
      origin: TEST_ORIGIN,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
    expect((await login(app, 'http://localhost', { ...forwarded, origin: 'https://air.example' })).status).toBe(403);
  });

  it('over HTTPS directly, the cookie is Secure', async () => {
    const res = await login(appWith(), 'https://localhost', { origin: 'https://localhost' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });
});

describe('sign-in limits', () => {
  const limits = { windowMs: 60_000, perAccount: 3, perAddress: 6 };
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });
  const attempt = (app: ReturnType<typeof createApp>, address: string, username: string, password: string) =>
    app.request(
      '/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
        body: credentials(username, password),
      },
      from(address),
    );

  it('failures with made-up names from one address do not lock a real account out of it', async () => {
    const app = appWith({ loginLimits: limits });
    for (let i = 0; i < limits.perAddress - 1; i++)
      expect((await attempt(app, '10.0.0.1', `nobody${i}`, 'guess-guess-1')).status).toBe(401);
    expect((await attempt(app, '10.0.0.1', 'admin', DEMO_PASSWORD)).status).toBe(200);
  });

  it(
    'an account locked from one address stays locked from every address, ' +
      'with the same answer as a locked made-up name',
    async () => {
      const app = appWith({ loginLimits: limits });
      for (const address of ['10.0.1.1', '10.0.1.2', '10.0.1.3'])
        expect((await attempt(app, address, 'analyst', 'wrong-password-x')).status).toBe(401);
      const locked = await attempt(app, '10.0.1.4', 'analyst', DEMO_PASSWORD);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      const lockedError = await errorOf(locked);
      expect(lockedError.code).toBe('rate_limited');
      for (const address of ['10.0.2.1', '10.0.2.2', '10.0.2.3'])
        expect((await attempt(app, address, 'ghost', 'wrong-password-x')).status).toBe(401);
      const ghost = await attempt(app, '10.0.2.4', 'ghost', 'wrong-password-x');
      expect(ghost.status).toBe(429);
      expect(await errorOf(ghost)).toEqual(lockedError);
      // other accounts are untouched
      expect((await attempt(app, '10.0.1.4', 'official', DEMO_PASSWORD)).status).toBe(200);
    },
  );

  it(
    'an address with too many failures (any names) is locked out of every account; ' + 'other addresses are not',
    async () => {
      const app = appWith({ loginLimits: limits });
      for (let i = 0; i < limits.perAddress; i++)
        expect((await attempt(app, '10.0.3.1', i % 2 ? 'official' : 'inspector', 'wrong-password-x')).status).toBe(401);
      const blocked = await attempt(app, '10.0.3.1', 'admin', DEMO_PASSWORD);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await attempt(app, '10.0.3.2', 'admin', DEMO_PASSWORD)).status).toBe(200);
    },
  );

  it('keys on the last X-Forwarded-For address only with --trust-proxy', async () => {
    const perAddress = { windowMs: 60_000, perAccount: 100, perAddress: 2 };
    const viaProxy = (app: ReturnType<typeof createApp>, client: string, password: string) =>
      app.request(
        '/api/auth/login',
        {
          method: 'POST',
          body: credentials('official', password),
          headers: {
            'content-type': 'application/json',
            origin: TEST_ORIGIN,
            'x-forwarded-for': `198.51.100.7, ${client}`,
          },
        },
        from('127.0.0.1'),
      );
    const trusting = appWith({ trustProxy: true, loginLimits: perAddress });
    for (let i = 0; i < 2; i++) expect((await viaProxy(trusting, '203.0.113.1', 'wrong-password-x')).status).toBe(401);
    expect((await viaProxy(trusting, '203.0.113.1', DEMO_PASSWORD)).status).toBe(429);
    expect((await viaProxy(trusting, '203.0.113.2', DEMO_PASSWORD)).status).toBe(200);
    // off: the header is the client's own claim; every request counts against the proxy's address
    const plain = appWith({ loginLimits: perAddress });
    for (let i = 0; i < 2; i++) expect((await viaProxy(plain, '203.0.113.1', 'wrong-password-x')).status).toBe(401);
    expect((await viaProxy(plain, '203.0.113.2', DEMO_PASSWORD)).status).toBe(429);
  });
});

describe('security headers', () => {
  const expectSecurityHeaders = (res: Response, what: string) => {
    expect(res.headers.get('content-security-policy'), what).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-frame-options'), what).toBe('DENY');
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(res.headers.get('referrer-policy'), what).toBe('same-origin');
  };

  it('the API (users, audit, health, errors) answers with them and Cache-Control: no-store', async () => {
    const app = appWith();
    const admin = asUser(app, seeded.db, 'admin');
    const official = asUser(app, seeded.db, 'official');
    const responses: [string, Response][] = [
      ['/api/users', await admin.request('/api/users')],
      ['/api/audit', await admin.request('/api/audit')],
      ['/api/health', await app.request('/api/health')],
      ['/api/users (403)', await official.request('/api/users')],
      ['/api/nothing (404)', await admin.request('/api/nothing')],
      ['login without Origin (403)', await login(app, 'http://localhost', {})],
    ];
    for (const [what, res] of responses) {
      expectSecurityHeaders(res, what);
      expect(res.headers.get('cache-control'), what).toBe('no-store');
    }
    expect(responses.map(([, res]) => res.status)).toEqual([200, 200, 200, 403, 404, 403]);
  });

  it('the console’s index.html (and the page for a client route) carries them too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantian-headers-'));
    mkdirSync(join(dir, 'client'));
    writeFileSync(join(dir, 'client', 'index.html'), '<!doctype html><title>lantian</title>');
    try {
      const app = appWith({ clientDir: join(dir, 'client') });
      for (const path of ['/', '/index.html', '/some/view']) {
        const res = await app.request(path);
        expect(res.status, path).toBe(200);
        expect(await res.text(), path).toContain('<title>lantian</title>');
        expectSecurityHeaders(res, path);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a route’s own Cache-Control (cacheable layers) and forbids framing in the policy', async () => {
    const app = new Hono()
      .use(securityHeaders())
      .get('/api/layers/x', (c) => c.json({}, 200, { 'Cache-Control': 'private, no-cache' }))
      .get('/api/other', (c) => c.json({}));
    expect((await app.request('/api/layers/x')).headers.get('cache-control')).toBe('private, no-cache');
    expect((await app.request('/api/other')).headers.get('cache-control')).toBe('no-store');
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toMatch(
      /img-src [^;]*https:\/\/tile\.openstreetmap\.org[^;]*https:\/\/\*\.tianditu\.gov\.cn/,
    );
  });
});
