import type { Context } from 'hono';
import type { SessionUser } from '../schema/auth.ts';
import { DISTRICT_ENTITY } from '../schema/enums/rule-id.ts';
import { ApiError } from './api-error.ts';

/** What the auth middleware puts on every API request's context. */
export interface AuthEnv {
  Variables: {
    /** The signed-in user, or null for an anonymous (public) request. */
    user: SessionUser | null;
    /** SHA-256 of the session's cookie token, or null. */
    sessionTokenHash: string | null;
    /** The session's CSRF token, or null. */
    csrfToken: string | null;
    /** The caller's network address (for rate limits and the audit log). */
    clientAddress: string;
    /**
     * The client reached the server over HTTPS (directly, via a trusted proxy, or per a write's allowed Origin):
     * cookies get `Secure`.
     */
    httpsClient: boolean;
  };
}

/** The signed-in user of a route that the policy already restricts to signed-in callers. */
export function currentUser(c: Context<AuthEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw new ApiError(401, 'unauthenticated', { zh: '请先登录', en: 'sign in first' });
  return user;
}

/**
 * 403 unless an inspector's assigned townships include `township`; other roles that reach a
 * route (its policy let them) act district-wide. A district-level object (township
 * {@link DISTRICT_ENTITY}, e.g. the district dustfall alert) is in no inspector's townships.
 */
export function assertTownshipAllowed(user: SessionUser, township: string, what: string): void {
  if (user.role === 'inspector' && township === DISTRICT_ENTITY) {
    throw new ApiError(403, 'forbidden', {
      zh: '所选对象为全区级（忻府区），由管理员处理，巡查员可查看但不能操作',
      en: `${what} is district-level (${township}): admins act on it; inspectors may only view it`,
    });
  }
  if (user.role === 'inspector' && !user.townships.includes(township)) {
    const own = user.townships.join(', ') || 'none';
    const en = `${what} lies in township ${township}, outside your assigned townships (${own})`;
    throw new ApiError(403, 'forbidden', {
      zh: `所选对象位于乡镇 ${township}，不在您负责的乡镇（${user.townships.join('、') || '无'}）之内`,
      en,
    });
  }
}
