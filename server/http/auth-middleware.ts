import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { can } from '../auth/permissions.ts';
import { matchPolicy } from '../auth/route-policy.ts';
import type { Db } from '../db/open-database.ts';
import { resumeSession, type SessionLifetime } from '../db/sessions-repository.ts';
import { ApiError } from './api-error.ts';
import type { AuthEnv } from './auth-env.ts';

export const SESSION_COOKIE = 'lantian_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthOptions {
  db: Db;
  /** Let anonymous callers read the public map layers (meta, layers, plan). */
  publicRead: boolean;
  lifetime: SessionLifetime;
  now: () => number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The caller's address from the Node socket; 'local' for in-process requests. */
function clientAddress(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/**
 * Authenticates and authorises every /api request against the route policy table: resumes the
 * session from its HttpOnly cookie, answers 401 when a route needs a sign-in (saying so when the
 * session expired), 403 when the role lacks the permission, and on every state-changing request
 * checks the Origin (when sent) and the session's CSRF token in `X-CSRF-Token`.
 */
export function authMiddleware({ db, publicRead, lifetime, now }: AuthOptions): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    c.set('clientAddress', clientAddress(c.env));
    const policy = matchPolicy(c.req.method, c.req.path);
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? resumeSession(db, token, now(), lifetime) : undefined;
    const live = session && session !== 'expired' ? session : null;
    c.set('user', live?.user ?? null);
    c.set('sessionTokenHash', live?.tokenHash ?? null);
    c.set('csrfToken', live?.csrfToken ?? null);

    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(c.req.url).origin) throw new ApiError(403, 'csrf_failed', `cross-origin request from ${origin} refused`);
      if (policy?.path !== '/api/auth/login' && live && c.req.header(CSRF_HEADER) !== live.csrfToken) {
        throw new ApiError(403, 'csrf_failed', 'missing or wrong X-CSRF-Token header (reload the page and sign in again)');
      }
    }

    if (policy?.access === 'public') return next();
    if (!live) {
      if (policy?.publicRead && publicRead) return next();
      throw new ApiError(401, 'unauthenticated', session === 'expired' ? 'session expired: sign in again' : 'sign in first');
    }
    if (policy && policy.access !== 'signed-in' && !can(live.user.role, policy.access)) {
      throw new ApiError(403, 'forbidden', `role '${live.user.role}' may not ${c.req.method} ${policy.path} (needs '${policy.access}')`);
    }
    return next();
  };
}
