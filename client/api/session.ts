import { can, type Permission } from '../../server/auth/permissions.ts';
import type { MeResponse, SessionUser } from '../../server/schema/auth.ts';
import { apiFailure, type ApiFailure } from './api-result.ts';

/** Who is signed in, as GET /api/auth/me said; the CSRF token goes with every write. */
let current: MeResponse = { user: null, csrfToken: null, demo: false, publicRead: false };

/**
 * localStorage key set ('1') while the last session this browser saw could open the console (signed in, or public
 * reading): client/main.ts then fetches the console's code beside the session check rather than after it. A hint,
 * not a credential: a wrong guess costs one download, and the server still decides (GET /api/auth/me).
 */
export const CONSOLE_HINT = 'lantian.console';

/** Fired on window when the server answers 401 to a signed-in console (session expired or ended). */
export const SIGNED_OUT_EVENT = 'lantian:signed-out';

export const session = {
  get user(): SessionUser | null {
    return current.user;
  },
  get demo(): boolean {
    return current.demo;
  },
  get publicRead(): boolean {
    return current.publicRead;
  },
  /** The session's CSRF token, for uploads sent with XMLHttpRequest (progress events). */
  get csrfToken(): string | null {
    return current.csrfToken;
  },
  /** Whether the signed-in user's role holds `permission` (the server checks again). */
  can(permission: Permission): boolean {
    return current.user !== null && can(current.user.role, permission);
  },
  /** Whether the user may act in `township` (inspectors: only their assigned townships). */
  actsIn(township: string): boolean {
    return current.user !== null && (current.user.role !== 'inspector' || current.user.townships.includes(township));
  },
};

/**
 * fetch for the API: sends the CSRF token on writes, and turns a 401 of a signed-in console
 * into the signed-out event (the console then asks to sign in again).
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  if (method !== 'GET' && method !== 'HEAD' && current.csrfToken) headers.set('x-csrf-token', current.csrfToken);
  const res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  if (res.status === 401 && current.user && !path.startsWith('/api/auth/'))
    window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT));
  return res;
}

/** Asks the server who is signed in. */
export async function loadSession(): Promise<MeResponse> {
  const res = await fetch('/api/auth/me', { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`/api/auth/me: ${res.status}`);
  current = (await res.json()) as MeResponse;
  return current;
}

/** The outcome of a sign-in or password change: done, or why not (show it with failureText). */
export type SessionOutcome = { ok: true } | { ok: false; error: ApiFailure };

/** A session answer: the new session, or the server's error (in both languages, see failureText). */
async function sessionOutcome(res: Response): Promise<SessionOutcome> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok || body === null) return { ok: false, error: apiFailure(res.status, res.statusText, body) };
  current = body as MeResponse;
  return { ok: true };
}

/** Signs in; the server's error when refused (wrong password, rate limit), or `network_error`. */
export async function signIn(username: string, password: string): Promise<SessionOutcome> {
  try {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
      credentials: 'same-origin',
    });
    return await sessionOutcome(res);
  } catch (error) {
    return { ok: false, error: { code: 'network_error', message: String(error), status: 0 } };
  }
}

/** Changes the signed-in user's password; the server ends the other sessions and starts a new one here. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<SessionOutcome> {
  try {
    const res = await apiFetch('/api/auth/password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword, newPassword }),
    });
    return await sessionOutcome(res);
  } catch (error) {
    return { ok: false, error: { code: 'network_error', message: String(error), status: 0 } };
  }
}

export async function signOut(): Promise<void> {
  await apiFetch('/api/auth/logout', { method: 'POST' });
  current = { ...current, user: null, csrfToken: null };
  localStorage.removeItem(CONSOLE_HINT);
}
