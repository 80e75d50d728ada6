import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { LoginLimiter } from '../auth/login-limiter.ts';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from '../auth/password.ts';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import type { SessionLifetime } from '../db/sessions-repository.ts';
import type { CoreStore } from '../db/store.ts';
import { ApiError } from '../http/api-error.ts';
import { assertPasswordPolicy } from '../http/assert-password-policy.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { SESSION_COOKIE } from '../http/auth-middleware.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { loginBodySchema, passwordChangeSchema, type MeResponse } from '../schema/auth.ts';
import { changeOwnPassword } from '../services/change-password.ts';
import { endSession } from '../services/end-session.ts';
import { startSession } from '../services/start-session.ts';

export interface AuthRouteOptions {
  db: Db;
  /** Users, sessions and the audit log; every write goes through its writer. */
  store: CoreStore;
  limiter: LoginLimiter;
  lifetime: SessionLifetime;
  publicRead: boolean;
  now: () => number;
}

/**
 * Sets the session cookie: HttpOnly, SameSite=Strict, Secure over HTTPS (behind a trusted proxy too), for the session's
 * longest life.
 */
function setSessionCookie(c: Context<AuthEnv>, token: string, lifetime: SessionLifetime): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: c.get('httpsClient'),
    path: '/',
    maxAge: Math.floor(lifetime.absoluteMs / 1000),
  });
}

/** The database was created in demo mode (see seedDemoAccounts). */
export const isDemo = (db: Db) => readDatasetMeta(db).values.demo_mode === 'true';

/**
 * POST /auth/login: checks the password (rate-limited per account across addresses and per
 * address, with the same 429 whether or not the account exists), starts a
 * session in an HttpOnly SameSite=Strict cookie and answers with the user and the CSRF token;
 * POST /auth/logout ends it; POST /auth/password changes one's own password (the current one
 * checked and rate-limited; every other session ends); GET /auth/me says who is signed in.
 */
export function authRoutes({ db, store, limiter, lifetime, publicRead, now }: AuthRouteOptions) {
  const me = (c: Context<AuthEnv>, csrfToken: string | null): MeResponse => ({
    user: c.get('user'),
    csrfToken,
    demo: isDemo(db),
    publicRead,
  });
  return new Hono<AuthEnv>()
    .post('/login', async (c) => {
      const { username, password } = parseWith(loginBodySchema, await readJsonBody(c), 'body');
      const address = c.get('clientAddress');
      const wait = limiter.retryAfter(address, username, now());
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        const minutes = Math.ceil(wait / 60);
        throw new ApiError(429, 'rate_limited', {
          zh: `登录失败次数过多，请 ${minutes} 分钟后再试`,
          en: `too many failed sign-ins: try again in ${minutes} min`,
        });
      }
      const found = await store.users.findForLogin(username);
      const ok = await verifyPassword(password, found?.passwordHash ?? UNKNOWN_USER_HASH);
      if (!found || !ok || found.disabled) {
        limiter.fail(address, username, found !== undefined, now());
        const actor = { id: found?.user.id ?? null, username, role: null };
        const failed = { action: 'auth.login-failed' as const, entity: 'session', detail: { address } };
        await store.audit.record(actor, failed, new Date(now()).toISOString());
        throw new ApiError(
          401,
          'unauthenticated',
          found?.disabled && ok
            ? { zh: '此账号已停用', en: 'this account is disabled' }
            : { zh: '账号或密码错误', en: 'wrong username or password' },
        );
      }
      limiter.succeed(username);
      const { token, csrfToken } = await startSession(store, found.user, address, now(), lifetime);
      setSessionCookie(c, token, lifetime);
      c.set('user', found.user);
      return c.json(me(c, csrfToken));
    })
    .post('/logout', async (c) => {
      await endSession(store, currentUser(c), c.get('sessionTokenHash'), new Date(now()).toISOString());
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      c.set('user', null);
      return c.json(me(c, null));
    })
    .post('/password', async (c) => {
      const user = currentUser(c);
      const { currentPassword, newPassword } = parseWith(passwordChangeSchema, await readJsonBody(c), 'body');
      assertPasswordPolicy('newPassword', newPassword, [user.username, user.displayName]);
      const address = c.get('clientAddress');
      const wait = limiter.retryAfter(address, user.username, now());
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        const minutes = Math.ceil(wait / 60);
        throw new ApiError(429, 'rate_limited', {
          zh: `密码错误次数过多，请 ${minutes} 分钟后再试`,
          en: `too many wrong passwords: try again in ${minutes} min`,
        });
      }
      const found = await store.users.findForLogin(user.username);
      if (!found || !(await verifyPassword(currentPassword, found.passwordHash))) {
        limiter.fail(address, user.username, true, now());
        throw new ApiError(400, 'invalid_request', { zh: '当前密码：密码错误', en: 'currentPassword: wrong password' });
      }
      const passwordHash = await hashPassword(newPassword);
      // every session of the user ends (a stolen one too); this browser gets a fresh one
      const session = await changeOwnPassword(store, user, passwordHash, now(), lifetime);
      setSessionCookie(c, session.token, lifetime);
      return c.json(me(c, session.csrfToken));
    })
    .get('/me', (c) => c.json(me(c, c.get('csrfToken'))));
}
