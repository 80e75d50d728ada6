import { planItemOverdue } from '../departments/plan-item-overdue.ts';
import type { PlanItem } from '../schema/departments.ts';
import type { PlanItemStatus } from '../schema/enums/department.ts';
import type { Db } from './open-database.ts';

interface PlanItemRow {
  id: number;
  department_id: string;
  department_name: string;
  year: number;
  title: string;
  task: number | null;
  due_on: string;
  progress: number;
  status: PlanItemStatus;
  done_on: string | null;
  note: string | null;
  updated_at: string;
  provenance: PlanItem['provenance'];
  source: string;
}

const SELECT_ITEMS = `SELECT p.*, d.name AS department_name FROM department_plan_items p
  JOIN departments d ON d.id = p.department_id`;

function toPlanItem(row: PlanItemRow, asOfDay: string): PlanItem {
  return {
    id: row.id,
    departmentId: row.department_id,
    departmentName: row.department_name,
    year: row.year,
    title: row.title,
    task: row.task,
    dueOn: row.due_on,
    progress: row.progress,
    status: row.status,
    doneOn: row.done_on,
    note: row.note,
    updatedAt: row.updated_at,
    provenance: row.provenance,
    source: row.source,
    overdue: planItemOverdue({ status: row.status, dueOn: row.due_on }, asOfDay),
  };
}

/** Filters of {@link listPlanItems}. */
export interface PlanItemFilters {
  department?: string | undefined;
  year?: number | undefined;
  status?: readonly PlanItemStatus[] | undefined;
  overdue?: boolean | undefined;
}

/** The plan items matching `filters`, by department position, due date; `overdue` judged on `asOfDay`. */
export function listPlanItems(db: Db, asOfDay: string, filters: PlanItemFilters = {}): PlanItem[] {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (filters.department) {
    clauses.push('p.department_id = ?');
    params.push(filters.department);
  }
  if (filters.year !== undefined) {
    clauses.push('p.year = ?');
    params.push(filters.year);
  }
  if (filters.status?.length) {
    clauses.push(`p.status IN (${filters.status.map(() => '?').join(', ')})`);
    params.push(...filters.status);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = db
    .prepare(`${SELECT_ITEMS} ${where} ORDER BY d.position, p.due_on, p.id LIMIT 5000`)
    .all(...params) as PlanItemRow[];
  return rows
    .map((r) => toPlanItem(r, asOfDay))
    .filter((i) => filters.overdue === undefined || i.overdue === filters.overdue);
}

/** One plan item, or undefined. */
export function readPlanItem(db: Db, id: number, asOfDay: string): PlanItem | undefined {
  const row = db.prepare(`${SELECT_ITEMS} WHERE p.id = ?`).get(id) as PlanItemRow | undefined;
  return row && toPlanItem(row, asOfDay);
}

/** The stored fields of a plan item (after a create or a merged patch). */
export interface PlanItemFields {
  departmentId: string;
  year: number;
  title: string;
  task: number | null;
  dueOn: string;
  progress: number;
  status: PlanItemStatus;
  doneOn: string | null;
  note: string | null;
}

/** Inserts a plan item; returns its id. `at`: CST minute of the update. */
export function insertPlanItem(
  db: Db,
  item: PlanItemFields,
  at: string,
  provenance: PlanItem['provenance'],
  source: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO department_plan_items (department_id, year, title, task, due_on, progress, status, done_on, note,
         updated_at, provenance, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      item.departmentId,
      item.year,
      item.title,
      item.task,
      item.dueOn,
      item.progress,
      item.status,
      item.doneOn,
      item.note,
      at,
      provenance,
      source,
    );
  return Number(result.lastInsertRowid);
}

/** Replaces a plan item's fields. */
export function updatePlanItem(db: Db, id: number, item: PlanItemFields, at: string): void {
  db.prepare(
    `UPDATE department_plan_items SET title = ?, task = ?, due_on = ?, progress = ?, status = ?, done_on = ?, note = ?,
       updated_at = ? WHERE id = ?`,
  ).run(item.title, item.task, item.dueOn, item.progress, item.status, item.doneOn, item.note, at, id);
}
