import { can, type Permission } from '../../server/auth/permissions.ts';
import type { MeResponse, SessionUser } from '../../server/schema/auth.ts';

/** Who is signed in, as GET /api/auth/me said; the CSRF token goes with every write. */
let current: MeResponse = { user: null, csrfToken: null, demo: false, publicRead: false };

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

/** Signs in; the error message when refused (wrong password, rate limit). */
export async function signIn(
  username: string,
  password: string,
): Promise<{ ok: true } | { ok: false; status: number; message: string }> {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
    credentials: 'same-origin',
  });
  const body = (await res.json().catch(() => null)) as (MeResponse & { error?: { message: string } }) | null;
  if (!res.ok || !body) return { ok: false, status: res.status, message: body?.error?.message ?? res.statusText };
  current = body;
  return { ok: true };
}

/** Changes the signed-in user's password; the server ends the other sessions and starts a new one here. */
export async function changePassword(
  currentPassword: string,
  newPassword: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const res = await apiFetch('/api/auth/password', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ currentPassword, newPassword }),
  });
  const body = (await res.json().catch(() => null)) as (MeResponse & { error?: { message: string } }) | null;
  if (!res.ok || !body) return { ok: false, message: body?.error?.message ?? res.statusText };
  current = body;
  return { ok: true };
}

export async function signOut(): Promise<void> {
  await apiFetch('/api/auth/logout', { method: 'POST' });
  current = { ...current, user: null, csrfToken: null };
}
