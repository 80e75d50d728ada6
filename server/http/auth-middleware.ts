import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { can } from '../auth/permissions.ts';
import { matchPolicy } from '../auth/route-policy.ts';
import type { SessionLifetime } from '../db/sessions-repository.ts';
import type { SessionStore } from '../db/store.ts';
import { roleLabels } from '../schema/enums/role.ts';
import { ApiError } from './api-error.ts';
import type { AuthEnv } from './auth-env.ts';
import { clientAddress, requestOrigin } from './forwarded-request.ts';
import { checkWriteOrigin, type OriginPolicy } from './origin-check.ts';
import { problemError } from './status-of.ts';

export const SESSION_COOKIE = 'lantian_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthOptions {
  /** Where sessions are resumed (and slid, through the writer). */
  sessions: SessionStore;
  /** Let anonymous callers read the public map layers (meta, layers, plan). */
  publicRead: boolean;
  lifetime: SessionLifetime;
  now: () => number;
  /** Read the client address, scheme and host from the X-Forwarded-* headers of a reverse proxy. */
  trustProxy: boolean;
  /** The origins writes may come from (see OriginPolicy). */
  origins: OriginPolicy;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates and authorises every /api request against the route policy table: resumes the
 * session from its HttpOnly cookie, answers 401 when a route needs a sign-in (saying so when the
 * session expired), 403 when the role lacks the permission, and on every state-changing request
 * checks the Origin (or, without one, the Referer) against the allowed origins and the session's
 * CSRF token in `X-CSRF-Token`.
 */
export function authMiddleware({
  sessions,
  publicRead,
  lifetime,
  now,
  trustProxy,
  origins,
}: AuthOptions): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    c.set('clientAddress', clientAddress(c.env, c.req.header('x-forwarded-for'), trustProxy));
    const ownOrigin = requestOrigin(
      c.req.url,
      { forwardedProto: c.req.header('x-forwarded-proto'), forwardedHost: c.req.header('x-forwarded-host') },
      trustProxy,
    );
    c.set('httpsClient', ownOrigin?.startsWith('https:') ?? false);
    const policy = matchPolicy(c.req.method, c.req.path);
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await sessions.resume(token, now(), lifetime) : undefined;
    const live = session && session !== 'expired' ? session : null;
    c.set('user', live?.user ?? null);
    c.set('sessionTokenHash', live?.tokenHash ?? null);
    c.set('csrfToken', live?.csrfToken ?? null);

    // a machine route called without a cookie carries no ambient credential: nothing for a forged request to use
    if (!SAFE_METHODS.has(c.req.method) && !(policy?.machine && !token)) {
      const checked = checkWriteOrigin(
        { origin: c.req.header('origin'), referer: c.req.header('referer'), ownOrigin },
        origins,
      );
      if (!checked.ok) throw problemError(checked.error);
      if (checked.value.startsWith('https:')) c.set('httpsClient', true);
      if (policy?.path !== '/api/auth/login' && live && c.req.header(CSRF_HEADER) !== live.csrfToken) {
        throw new ApiError(403, 'csrf_failed', {
          zh: '请求校验失败，请刷新页面后重新登录',
          en: 'missing or wrong X-CSRF-Token header (reload the page and sign in again)',
        });
      }
    }

    if (policy?.access === 'public') return next();
    if (!live) {
      if (policy?.publicRead && publicRead) return next();
      throw new ApiError(
        401,
        'unauthenticated',
        session === 'expired'
          ? { zh: '登录已过期，请重新登录', en: 'session expired: sign in again' }
          : { zh: '请先登录', en: 'sign in first' },
      );
    }
    if (policy && policy.access !== 'signed-in' && !can(live.user.role, policy.access)) {
      throw new ApiError(403, 'forbidden', {
        zh: `当前角色「${roleLabels[live.user.role].zh}」无权执行此操作`,
        en: `role '${live.user.role}' may not ${c.req.method} ${policy.path} (needs '${policy.access}')`,
      });
    }
    return next();
  };
}
