import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '../schema/auth.ts';
import type { Db } from './open-database.ts';
import { readUser } from './users-repository.ts';

/** How long a session lives: idle time, and at most since sign-in. */
export interface SessionLifetime {
  idleMs: number;
  absoluteMs: number;
}

/** A working day idle, and never more than 24 hours. */
export const defaultSessionLifetime: SessionLifetime = { idleMs: 8 * 3600_000, absoluteMs: 24 * 3600_000 };

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Session {
  user: SessionUser;
  csrfToken: string;
  tokenHash: string;
}

/** Starts a session: the cookie token (only its hash is stored) and the CSRF token. */
export function createSession(db: Db, userId: number, now: number, lifetime: SessionLifetime): { token: string; csrfToken: string } {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
  db.prepare('INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(hashToken(token), userId, csrfToken, now, now, Math.min(now + lifetime.idleMs, now + lifetime.absoluteMs));
  return { token, csrfToken };
}

/**
 * The live session of a cookie token, sliding its idle expiry; 'expired' when it existed but
 * ran out (it is then removed), undefined when unknown or its user is disabled.
 */
export function resumeSession(db: Db, token: string, now: number, lifetime: SessionLifetime): Session | 'expired' | undefined {
  const tokenHash = hashToken(token);
  const row = db.prepare('SELECT user_id AS userId, csrf_token AS csrfToken, created_at AS createdAt, expires_at AS expiresAt FROM sessions WHERE token_hash = ?').get(tokenHash) as
    | { userId: number; csrfToken: string; createdAt: number; expiresAt: number }
    | undefined;
  if (!row) return undefined;
  if (row.expiresAt <= now) {
    db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
    return 'expired';
  }
  const user = readUser(db, row.userId);
  if (!user || user.disabled) return undefined;
  const expiresAt = Math.min(now + lifetime.idleMs, row.createdAt + lifetime.absoluteMs);
  if (expiresAt - row.expiresAt > 60_000) db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?').run(now, expiresAt, tokenHash);
  const { id, username, displayName, role, townships } = user;
  return { user: { id, username, displayName, role, townships }, csrfToken: row.csrfToken, tokenHash };
}

export function endSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}
