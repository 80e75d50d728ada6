/**
 * Staggered production (错峰生产, issue 15, task 15): the schedules of `stagger_schedules` joined with the
 * enterprises layer (name, township, industry), and their inserts, updates and deletes. A schedule whose enterprise
 * is no longer held keeps its row; it reads with the enterprise id as its name and no township.
 *
 * @module
 */
import type { StaggerBody, StaggerSchedule } from '../schema/stagger.ts';
import type { StaggerProduction } from '../schema/enums/emergency.ts';
import type { Provenance } from '../schema/common.ts';
import type { Db } from './open-database.ts';

interface StaggerRow {
  id: number;
  season: string;
  enterpriseId: string;
  enterpriseName: string | null;
  township: string | null;
  townshipName: string | null;
  industry: string | null;
  line: string;
  outletCode: string | null;
  from: string;
  to: string;
  production: StaggerProduction;
  limitPct: number | null;
  stricterBuiltUp: number;
  basis: string;
  note: string | null;
  provenance: Provenance;
}

const SELECT = `SELECT s.id, s.season, s.enterprise_id AS enterpriseId, e.name AS enterpriseName,
    e.township_code AS township, t.name AS townshipName, e.industry, s.line, s.outlet_code AS outletCode,
    s.period_from AS "from", s.period_to AS "to", s.production, s.limit_pct AS limitPct,
    s.stricter_built_up AS stricterBuiltUp, s.basis, s.note, s.provenance
  FROM stagger_schedules s
  LEFT JOIN enterprises e ON e.id = s.enterprise_id
  LEFT JOIN townships t ON t.code = e.township_code`;

function toSchedule(row: StaggerRow): StaggerSchedule {
  return {
    ...row,
    enterpriseName: row.enterpriseName ?? row.enterpriseId,
    stricterBuiltUp: row.stricterBuiltUp === 1,
  };
}

/**
 * The schedules of `season` (every season when absent), by period start, enterprise and line.
 *
 * @example
 * readStaggerSchedules(db, '2023-2024')[0]?.enterpriseName; // '忻州市某某水泥有限公司'
 */
export function readStaggerSchedules(db: Db, season?: string): StaggerSchedule[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE (@season IS NULL OR s.season = @season)
       ORDER BY s.period_from, s.enterprise_id, s.line, s.id`,
    )
    .all({ season: season ?? null }) as StaggerRow[];
  return rows.map(toSchedule);
}

/** One schedule, or null. */
export function readStaggerSchedule(db: Db, id: number): StaggerSchedule | null {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as StaggerRow | undefined;
  return row ? toSchedule(row) : null;
}

/** The seasons that hold a schedule, newest first. */
export function staggerSeasons(db: Db): string[] {
  const rows = db.prepare('SELECT DISTINCT season FROM stagger_schedules ORDER BY season DESC').all() as {
    season: string;
  }[];
  return rows.map((r) => r.season);
}

/** The enterprise's console industry (`enterprises.industry`), or null when no such enterprise is held. */
export function enterpriseIndustry(db: Db, enterpriseId: string): string | null {
  const row = db.prepare('SELECT industry FROM enterprises WHERE id = ?').get(enterpriseId) as
    | { industry: string }
    | undefined;
  return row?.industry ?? null;
}

/**
 * The schedules of the same enterprise and line whose period overlaps [from, to] (dates inclusive), other than
 * `exceptId`.
 */
export function overlappingStagger(
  db: Db,
  body: Pick<StaggerBody, 'enterpriseId' | 'line' | 'from' | 'to'>,
  exceptId: number | null,
): StaggerSchedule[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE s.enterprise_id = @enterpriseId AND s.line = @line
         AND s.period_from <= @to AND s.period_to >= @from AND (@exceptId IS NULL OR s.id <> @exceptId)
       ORDER BY s.period_from`,
    )
    .all({ enterpriseId: body.enterpriseId, line: body.line, from: body.from, to: body.to, exceptId }) as StaggerRow[];
  return rows.map(toSchedule);
}

const columns = (body: StaggerBody) => ({
  season: body.season,
  enterpriseId: body.enterpriseId,
  line: body.line,
  outletCode: body.outletCode,
  from: body.from,
  to: body.to,
  production: body.production,
  limitPct: body.limitPct,
  stricterBuiltUp: body.stricterBuiltUp ? 1 : 0,
  basis: body.basis,
  note: body.note,
  provenance: body.provenance,
});

/**
 * Inserts a schedule; returns its id. `createdAt`: ISO UTC; `createdBy`: the user name.
 */
export function insertStagger(db: Db, body: StaggerBody, createdAt: string, createdBy: string): number {
  const result = db
    .prepare(
      `INSERT INTO stagger_schedules (season, enterprise_id, line, outlet_code, period_from, period_to, production,
         limit_pct, stricter_built_up, basis, note, provenance, created_at, created_by)
       VALUES (@season, @enterpriseId, @line, @outletCode, @from, @to, @production, @limitPct, @stricterBuiltUp,
         @basis, @note, @provenance, @createdAt, @createdBy)`,
    )
    .run({ ...columns(body), createdAt, createdBy });
  return Number(result.lastInsertRowid);
}

/** Replaces every field of schedule `id`; false when there is none. */
export function updateStagger(db: Db, id: number, body: StaggerBody): boolean {
  const result = db
    .prepare(
      `UPDATE stagger_schedules SET season = @season, enterprise_id = @enterpriseId, line = @line,
         outlet_code = @outletCode, period_from = @from, period_to = @to, production = @production,
         limit_pct = @limitPct, stricter_built_up = @stricterBuiltUp, basis = @basis, note = @note,
         provenance = @provenance
       WHERE id = @id`,
    )
    .run({ ...columns(body), id });
  return result.changes > 0;
}

/** Deletes schedule `id`; false when there is none. */
export function deleteStagger(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM stagger_schedules WHERE id = ?').run(id).changes > 0;
}
