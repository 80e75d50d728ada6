import type { Statement } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '../schema/auth.ts';
import type { Db } from './open-database.ts';

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

interface SessionRow {
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
  userId: number;
  username: string;
  displayName: string;
  role: SessionUser['role'];
  /** JSON array of township codes. */
  townships: string;
  disabled: number;
}

/**
 * The session lookup of each connection, prepared once: it runs on every API request, and
 * preparing it (and the user's read) per call cost about 0.1 ms, most of a cached layer request.
 */
const sessionLookups = new WeakMap<Db, Statement<[string], SessionRow>>();
function sessionLookup(db: Db): Statement<[string], SessionRow> {
  let statement = sessionLookups.get(db);
  if (!statement) {
    statement = db.prepare<[string], SessionRow>(
      `SELECT s.csrf_token AS csrfToken, s.created_at AS createdAt, s.expires_at AS expiresAt, u.id AS userId, u.username,
              u.display_name AS displayName, u.role, u.townships, u.disabled
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
    );
    sessionLookups.set(db, statement);
  }
  return statement;
}

/**
 * The live session of a cookie token, sliding its idle expiry; 'expired' when it existed but
 * ran out (it is then removed), undefined when unknown or its user is disabled. The idle expiry
 * is written back only when it moves by more than a minute, so a busy session costs one read per
 * request and at most one write a minute (the idle limit is thereby up to a minute shorter).
 */
export function resumeSession(db: Db, token: string, now: number, lifetime: SessionLifetime): Session | 'expired' | undefined {
  const tokenHash = hashToken(token);
  const row = sessionLookup(db).get(tokenHash);
  if (!row) return undefined;
  if (row.expiresAt <= now) {
    db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
    return 'expired';
  }
  if (row.disabled === 1) return undefined;
  const expiresAt = Math.min(now + lifetime.idleMs, row.createdAt + lifetime.absoluteMs);
  if (expiresAt - row.expiresAt > 60_000) db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?').run(now, expiresAt, tokenHash);
  const user: SessionUser = { id: row.userId, username: row.username, displayName: row.displayName, role: row.role, townships: JSON.parse(row.townships) as string[] };
  return { user, csrfToken: row.csrfToken, tokenHash };
}

export function endSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}
