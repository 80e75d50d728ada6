import { hashPassword } from '../../server/auth/password.ts';
import type { createApp } from '../../server/app.ts';
import type { Db } from '../../server/db/open-database.ts';
import { createSession, defaultSessionLifetime } from '../../server/db/sessions-repository.ts';
import { insertUser, readUser } from '../../server/db/users-repository.ts';
import { meResponseSchema, type Role, type SessionUser } from '../../server/schema/auth.ts';

type App = ReturnType<typeof createApp>;

export const TEST_PASSWORD = 'test-password-1';

/**
 * The origin of in-process requests (`app.request('/api/…')` is sent to http://localhost): what a
 * browser on the console's own page sends as `Origin` on writes, which the server requires.
 */
export const TEST_ORIGIN = 'http://localhost';

/** Whether the server checks a request's origin and CSRF token: every method but GET, HEAD and OPTIONS. */
const isWrite = (method: string | undefined) =>
  method !== undefined && !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

/**
 * A signed-in caller of an app: `request` sends the session cookie, and on writes the CSRF token and (unless given)
 * the same-origin `Origin`.
 */
export interface Caller {
  user: SessionUser;
  cookie: string;
  csrfToken: string;
  request: (path: string, init?: RequestInit) => Promise<Response>;
}

/** Something to send requests to: an app, or a signed-in caller of one. */
export type Requester = Pick<Caller, 'request'>;

function caller(app: App, user: SessionUser, token: string, csrfToken: string): Caller {
  const cookie = `lantian_session=${token}`;
  return {
    user,
    cookie,
    csrfToken,
    request: (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (isWrite(init.method)) {
        headers.set('x-csrf-token', csrfToken);
        if (!headers.has('origin')) headers.set('origin', TEST_ORIGIN);
      }
      return Promise.resolve(app.request(path, { ...init, headers }));
    },
  };
}

/**
 * A caller of `app` signed in as a user with `role` (created if needed, with an unusable
 * password): the session is started directly in the database, for tests of other things than
 * the sign-in itself (see `signIn`, which goes through POST /api/auth/login).
 */
export function asUser(
  app: App,
  db: Db,
  role: Role,
  options: { username?: string; townships?: string[] } = {},
): Caller {
  const username = options.username ?? `test-${role}`;
  const existing = db.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: number } | undefined;
  const id =
    existing?.id ??
    insertUser(
      db,
      { username, displayName: username, role, townships: options.townships ?? [], passwordHash: '!' },
      new Date().toISOString(),
    )?.id;
  const record = id === undefined ? undefined : readUser(db, id);
  if (!record) throw new Error(`could not create user ${username}`);
  const { token, csrfToken } = createSession(db, record.id, Date.now(), defaultSessionLifetime);
  return caller(
    app,
    { id: record.id, username, displayName: record.displayName, role: record.role, townships: record.townships },
    token,
    csrfToken,
  );
}

/**
 * Creates (if needed) a user `username` (default: the role's name) with `role` and signs in
 * through POST /api/auth/login, as the console does. bcrypt cost 4 keeps tests fast; the
 * login path is the real one.
 */
export async function signIn(
  app: App,
  db: Db,
  role: Role,
  options: { username?: string; townships?: string[] } = {},
): Promise<Caller> {
  const username = options.username ?? `test-${role}`;
  if (!db.prepare('SELECT 1 FROM users WHERE username = ?').get(username)) {
    const passwordHash = await hashPassword(TEST_PASSWORD, 4);
    insertUser(
      db,
      { username, displayName: username, role, townships: options.townships ?? [], passwordHash },
      new Date().toISOString(),
    );
  }
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  const me = meResponseSchema.parse(await res.json());
  const token = /lantian_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!token || !me.user || !me.csrfToken) throw new Error(`sign-in of ${username} set no session`);
  return caller(app, me.user, token, me.csrfToken);
}
