import type { Role, SessionUser, UserRecord } from '../schema/auth.ts';
import type { Db } from './open-database.ts';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  townships: string;
  password_hash: string;
  disabled: number;
  demo: number;
  created_at: string;
  updated_at: string;
  department_id: string | null;
  department_name: string | null;
  department_name_en: string | null;
}

/** Users with their department's names (issue 17). */
const SELECT_USERS = `SELECT u.*, d.name AS department_name, d.name_en AS department_name_en FROM users u
  LEFT JOIN departments d ON d.id = u.department_id`;

const toSessionUser = (row: UserRow): SessionUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  townships: JSON.parse(row.townships) as string[],
  ...(row.department_id
    ? { department: { id: row.department_id, name: row.department_name ?? '', nameEn: row.department_name_en ?? '' } }
    : {}),
});

const toRecord = (row: UserRow): UserRecord => ({
  ...toSessionUser(row),
  disabled: row.disabled === 1,
  demo: row.demo === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** A user with their password hash, for login. */
export function findUserForLogin(
  db: Db,
  username: string,
): { user: SessionUser; passwordHash: string; disabled: boolean } | undefined {
  const row = db.prepare(`${SELECT_USERS} WHERE u.username = ?`).get(username) as UserRow | undefined;
  return row && { user: toSessionUser(row), passwordHash: row.password_hash, disabled: row.disabled === 1 };
}

export function readUser(db: Db, id: number): UserRecord | undefined {
  const row = db.prepare(`${SELECT_USERS} WHERE u.id = ?`).get(id) as UserRow | undefined;
  return row && toRecord(row);
}

export function listUsers(db: Db): UserRecord[] {
  return (db.prepare(`${SELECT_USERS} ORDER BY u.username`).all() as UserRow[]).map(toRecord);
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  townships: string[];
  passwordHash: string;
  demo?: boolean;
  /** Issue 17: the user's department. */
  departmentId?: string | null | undefined;
}

/** Inserts a user; undefined when the name is taken. */
export function insertUser(db: Db, user: NewUser, now: string): UserRecord | undefined {
  const result = db
    .prepare(
      `INSERT INTO users (username, display_name, role, townships, password_hash, demo, created_at, updated_at,
         department_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING`,
    )
    .run(
      user.username,
      user.displayName,
      user.role,
      JSON.stringify(user.townships),
      user.passwordHash,
      user.demo ? 1 : 0,
      now,
      now,
      user.departmentId ?? null,
    );
  return result.changes ? readUser(db, Number(result.lastInsertRowid)) : undefined;
}

export interface UserChanges {
  displayName?: string;
  role?: Role;
  townships?: string[];
  passwordHash?: string;
  disabled?: boolean;
  /** Issue 17: the user's department (null: none). */
  departmentId?: string | null | undefined;
}

/** Applies `changes`; a new password or disabling ends the user's sessions. */
export function updateUser(db: Db, id: number, changes: UserChanges, now: string): UserRecord | undefined {
  const sets: string[] = [];
  const values: (string | number | null)[] = [];
  const set = (column: string, value: string | number | null | undefined) => {
    if (value === undefined) return;
    sets.push(`${column} = ?`);
    values.push(value);
  };
  set('display_name', changes.displayName);
  set('role', changes.role);
  set('townships', changes.townships && JSON.stringify(changes.townships));
  set('password_hash', changes.passwordHash);
  set('disabled', changes.disabled === undefined ? undefined : changes.disabled ? 1 : 0);
  set('department_id', changes.departmentId);
  if (sets.length)
    db.prepare(`UPDATE users SET ${sets.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id);
  if (changes.passwordHash || changes.disabled) db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id);
  return readUser(db, id);
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}
