import type { Leader, LeadersResponse } from '../schema/departments.ts';
import type { LeaderRole } from '../schema/enums/department.ts';
import { townshipDepartmentId } from '../departments/department-directory.ts';
import type { Db } from './open-database.ts';

interface LeaderRow {
  id: number;
  township_code: string;
  name: string;
  post: string;
  role: LeaderRole;
  phone: string | null;
  since: string;
  until: string | null;
  provenance: Leader['provenance'];
  source: string;
}

const roleOrder: Record<LeaderRole, number> = { 'party-secretary': 0, 'government-head': 1, 'deputy-in-charge': 2 };

const toLeader = (row: LeaderRow): Leader => ({
  id: row.id,
  name: row.name,
  post: row.post,
  role: row.role,
  phone: row.phone,
  since: row.since,
  until: row.until,
  provenance: row.provenance,
  source: row.source,
});

/**
 * Each township's leaders in post on `asOfDay` (since ≤ day, until unset or ≥ day), party secretary first; every
 * township is listed, with an empty list where none is recorded.
 */
export function readLeaders(db: Db, asOfDay: string, township?: string): LeadersResponse['townships'] {
  const townships = db
    .prepare(`SELECT code, name FROM townships ${township ? 'WHERE code = ?' : ''} ORDER BY code`)
    .all(...(township ? [township] : [])) as { code: string; name: string }[];
  const rows = db
    .prepare('SELECT * FROM township_leaders WHERE since <= ? AND (until IS NULL OR until >= ?) ORDER BY id')
    .all(asOfDay, asOfDay) as LeaderRow[];
  const byTownship = new Map<string, Leader[]>();
  for (const row of rows)
    byTownship.set(row.township_code, [...(byTownship.get(row.township_code) ?? []), toLeader(row)]);
  return townships.map((t) => ({
    code: t.code,
    name: t.name,
    departmentId: townshipDepartmentId(t.code),
    leaders: (byTownship.get(t.code) ?? []).sort((a, b) => roleOrder[a.role] - roleOrder[b.role]),
  }));
}

/** A leader to record. */
export interface NewLeader {
  name: string;
  post: string;
  role: LeaderRole;
  phone: string | null;
  since: string;
}

/**
 * Replaces a township's current roster: leaders in post (until unset) get `until` = the day before the earliest new
 * `since` (at least their own since), then the new ones are inserted. Returns the rows ended and the new ones.
 */
export function replaceLeaders(
  db: Db,
  township: string,
  leaders: readonly NewLeader[],
  provenance: Leader['provenance'],
  source: string,
): { ended: Leader[]; added: Leader[] } {
  const current = db
    .prepare('SELECT * FROM township_leaders WHERE township_code = ? AND until IS NULL ORDER BY id')
    .all(township) as LeaderRow[];
  const start = leaders.map((l) => l.since).sort()[0] ?? '';
  const dayBefore = new Date(Date.parse(`${start}T00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const end = db.prepare('UPDATE township_leaders SET until = ? WHERE id = ?');
  for (const row of current) end.run(dayBefore < row.since ? row.since : dayBefore, row.id);
  const insert = db.prepare(
    `INSERT INTO township_leaders (township_code, name, post, role, phone, since, until, provenance, source)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const ids = leaders.map((l) =>
    Number(insert.run(township, l.name, l.post, l.role, l.phone, l.since, provenance, source).lastInsertRowid),
  );
  const read = db.prepare('SELECT * FROM township_leaders WHERE id = ?');
  const readRow = (id: number) => toLeader(read.get(id) as LeaderRow);
  return { ended: current.map((r) => readRow(r.id)), added: ids.map(readRow) };
}
