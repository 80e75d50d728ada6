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
export function createSession(
  db: Db,
  userId: number,
  now: number,
  lifetime: SessionLifetime,
): { token: string; csrfToken: string } {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
  db.prepare(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?)',
  ).run(hashToken(token), userId, csrfToken, now, now, Math.min(now + lifetime.idleMs, now + lifetime.absoluteMs));
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
  departmentId: string | null;
  departmentName: string | null;
  departmentNameEn: string | null;
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
      `SELECT s.csrf_token AS csrfToken, s.created_at AS createdAt, s.expires_at AS expiresAt, u.id AS userId,
              u.username, u.display_name AS displayName, u.role, u.townships, u.disabled,
              u.department_id AS departmentId, d.name AS departmentName, d.name_en AS departmentNameEn
       FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN departments d ON d.id = u.department_id
       WHERE s.token_hash = ?`,
    );
    sessionLookups.set(db, statement);
  }
  return statement;
}

/**
 * What a cookie token's session is at `now`, read only: the live session and, when its idle
 * expiry should move (by more than a minute), the new one to write (`slideSession`); 'expired'
 * when it existed but ran out (remove it with `endSession`); undefined when unknown or its user is
 * disabled. Writing the slide only when it moves by more than a minute makes a busy session cost
 * one read per request and at most one write a minute (the idle limit is up to a minute shorter).
 *
 * @example
 * const check = inspectSession(db, token, Date.now(), defaultSessionLifetime);
 * if (check?.kind === 'live' && check.slideTo) slideSession(db, check.session.tokenHash, now, check.slideTo);
 */
export function inspectSession(
  db: Db,
  token: string,
  now: number,
  lifetime: SessionLifetime,
): SessionCheck | undefined {
  const tokenHash = hashToken(token);
  const row = sessionLookup(db).get(tokenHash);
  if (!row) return undefined;
  if (row.expiresAt <= now) return { kind: 'expired', tokenHash };
  if (row.disabled === 1) return undefined;
  const expiresAt = Math.min(now + lifetime.idleMs, row.createdAt + lifetime.absoluteMs);
  const user: SessionUser = {
    id: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    townships: JSON.parse(row.townships) as string[],
    ...(row.departmentId
      ? { department: { id: row.departmentId, name: row.departmentName ?? '', nameEn: row.departmentNameEn ?? '' } }
      : {}),
  };
  return {
    kind: 'live',
    session: { user, csrfToken: row.csrfToken, tokenHash },
    slideTo: expiresAt - row.expiresAt > 60_000 ? expiresAt : null,
  };
}

/** A session found by inspectSession. */
export type SessionCheck =
  | {
      kind: 'live';
      session: Session /** The idle expiry to write (epoch ms), or null: leave it. */;
      slideTo: number | null;
    }
  | { kind: 'expired'; tokenHash: string };

/** Moves a session's idle expiry (epoch ms). */
export function slideSession(db: Db, tokenHash: string, now: number, expiresAt: number): void {
  db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?').run(
    now,
    expiresAt,
    tokenHash,
  );
}

/**
 * The live session of a cookie token, sliding its idle expiry (see inspectSession); 'expired'
 * when it existed but ran out (it is then removed), undefined when unknown or its user is disabled.
 */
export function resumeSession(
  db: Db,
  token: string,
  now: number,
  lifetime: SessionLifetime,
): Session | 'expired' | undefined {
  const check = inspectSession(db, token, now, lifetime);
  if (!check) return undefined;
  if (check.kind === 'expired') {
    endSession(db, check.tokenHash);
    return 'expired';
  }
  if (check.slideTo !== null) slideSession(db, check.session.tokenHash, now, check.slideTo);
  return check.session;
}

export function endSession(db: Db, tokenHash: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}
