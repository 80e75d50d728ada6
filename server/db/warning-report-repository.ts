/**
 * The counts the warning report (重污染天气应急响应总结报告) reads besides the warning, the list and the compliance
 * check: the mechanism's records of one warning (notifications, supervisors, steps, visits), where the listed
 * enterprises are, and the provenance of the episode's records.
 *
 * @module
 */
import type { StepKind, VisitKind } from '../schema/enums/emergency.ts';
import type { Provenance } from '../schema/common.ts';
import type { Db } from './open-database.ts';

/** The mechanism's records of one warning, counted. */
export interface WarningMechanismCounts {
  notified: number;
  acknowledged: number;
  /** The first notification (CST), or null. */
  firstNotifiedAt: string | null;
  supervisors: number;
  /** Supervisors with a console account. */
  supervisorsWithAccount: number;
  steps: { kind: StepKind; count: number; first: string }[];
  visits: { kind: VisitKind; count: number; nonCompliant: number }[];
  /** Distinct enterprises with a supervision visit. */
  enterprisesVisited: number;
}

/**
 * Counts the mechanism's records of warning `warningId`.
 *
 * @example
 * warningMechanismCounts(db, 1).notified; // 42
 */
export function warningMechanismCounts(db: Db, warningId: number): WarningMechanismCounts {
  const notes = db
    .prepare(
      `SELECT count(*) AS notified, count(acknowledged_at) AS acknowledged, min(notified_at) AS firstNotifiedAt
       FROM emergency_notifications WHERE warning_id = ?`,
    )
    .get(warningId) as { notified: number; acknowledged: number; firstNotifiedAt: string | null };
  const supervisors = db
    .prepare(`SELECT count(*) AS n, count(user_id) AS withAccount FROM emergency_supervisors WHERE warning_id = ?`)
    .get(warningId) as { n: number; withAccount: number };
  const steps = db
    .prepare(
      `SELECT kind, count(*) AS count, min(at) AS first FROM emergency_steps WHERE warning_id = ?
       GROUP BY kind ORDER BY min(at)`,
    )
    .all(warningId) as { kind: StepKind; count: number; first: string }[];
  const visits = db
    .prepare(
      `SELECT kind, count(*) AS count, sum(verdict = 'non-compliant') AS nonCompliant FROM emergency_visits
       WHERE warning_id = ? GROUP BY kind ORDER BY kind`,
    )
    .all(warningId) as { kind: VisitKind; count: number; nonCompliant: number }[];
  const visited = db
    .prepare(
      `SELECT count(DISTINCT enterprise_id) AS n FROM emergency_visits WHERE warning_id = ? AND kind = 'supervision'`,
    )
    .get(warningId) as { n: number };
  return {
    notified: notes.notified,
    acknowledged: notes.acknowledged,
    firstNotifiedAt: notes.firstNotifiedAt,
    supervisors: supervisors.n,
    supervisorsWithAccount: supervisors.withAccount,
    steps,
    visits,
    enterprisesVisited: visited.n,
  };
}

/** A township's code and names. */
export interface TownshipName {
  code: string;
  name: string;
  nameEn: string;
}

/** Every township's names by code. */
export function townshipNames(db: Db): Map<string, TownshipName> {
  const rows = db.prepare('SELECT code, name, name_en AS nameEn FROM townships ORDER BY code').all() as TownshipName[];
  return new Map(rows.map((r) => [r.code, r]));
}

/** The township of each held enterprise of `ids` (those not held are absent). */
export function enterpriseTownships(db: Db, ids: readonly string[]): Map<string, string> {
  const statement = db.prepare('SELECT township_code AS township FROM enterprises WHERE id = ?');
  const out = new Map<string, string>();
  for (const id of ids) {
    const row = statement.get(id) as { township: string } | undefined;
    if (row) out.set(id, row.township);
  }
  return out;
}

/** The provenance of the records of a warning's episode: the warning, its visits, and its list version. */
export function warningRecordProvenance(db: Db, warningId: number): { subject: string; p: Provenance; n: number }[] {
  return db
    .prepare(
      `SELECT 'warning' AS subject, provenance AS p, count(*) AS n FROM emergency_warnings WHERE id = @id
         GROUP BY provenance
       UNION ALL
       SELECT 'visits', provenance, count(*) FROM emergency_visits WHERE warning_id = @id GROUP BY provenance
       UNION ALL
       SELECT 'list', v.provenance, count(*) FROM emergency_warnings w
         JOIN emergency_list_versions v ON v.id = w.list_version_id WHERE w.id = @id GROUP BY v.provenance`,
    )
    .all({ id: warningId }) as { subject: string; p: Provenance; n: number }[];
}

/** The warnings overlapping [from, to) (CST moments): their ids, by start. */
export function warningIdsOverlapping(db: Db, from: string, to: string): number[] {
  const rows = db
    .prepare(
      `SELECT id FROM emergency_warnings
       WHERE start_at < @to AND coalesce(lifted_at, planned_end_at, '9999-12-31T23:59') > @from
       ORDER BY start_at, id`,
    )
    .all({ from, to }) as { id: number }[];
  return rows.map((r) => r.id);
}
