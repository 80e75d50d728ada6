import type { Fund } from '../schema/departments.ts';
import type { FundPurpose, FundStatus } from '../schema/enums/department.ts';
import type { Db } from './open-database.ts';

interface FundRow {
  id: number;
  department_id: string;
  department_name: string;
  year: number;
  project: string;
  purpose: FundPurpose;
  amount_wan: number;
  disbursed_wan: number;
  status: FundStatus;
  task: number | null;
  township_code: string | null;
  note: string | null;
  provenance: Fund['provenance'];
  source: string;
}

const SELECT_FUNDS = `SELECT f.*, d.name AS department_name FROM special_funds f
  JOIN departments d ON d.id = f.department_id`;

const toFund = (row: FundRow): Fund => ({
  id: row.id,
  departmentId: row.department_id,
  departmentName: row.department_name,
  year: row.year,
  project: row.project,
  purpose: row.purpose,
  amountWan: row.amount_wan,
  disbursedWan: row.disbursed_wan,
  status: row.status,
  task: row.task,
  townshipCode: row.township_code,
  note: row.note,
  provenance: row.provenance,
  source: row.source,
});

/** Filters of {@link listFunds}. */
export interface FundFilters {
  department?: string | undefined;
  year?: number | undefined;
  purpose?: readonly FundPurpose[] | undefined;
  status?: readonly FundStatus[] | undefined;
}

/** The special funds matching `filters`, by year, department position, id. */
export function listFunds(db: Db, filters: FundFilters = {}): Fund[] {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (filters.department) {
    clauses.push('f.department_id = ?');
    params.push(filters.department);
  }
  if (filters.year !== undefined) {
    clauses.push('f.year = ?');
    params.push(filters.year);
  }
  inList('f.purpose', filters.purpose);
  inList('f.status', filters.status);
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return (
    db.prepare(`${SELECT_FUNDS} ${where} ORDER BY f.year, d.position, f.id LIMIT 5000`).all(...params) as FundRow[]
  ).map(toFund);
}

/** One fund, or undefined. */
export function readFund(db: Db, id: number): Fund | undefined {
  const row = db.prepare(`${SELECT_FUNDS} WHERE f.id = ?`).get(id) as FundRow | undefined;
  return row && toFund(row);
}

/** A fund's stored fields. */
export type FundFields = Omit<Fund, 'id' | 'departmentName' | 'provenance' | 'source'>;

/** Inserts a fund; returns its id. */
export function insertFund(db: Db, fund: FundFields, provenance: Fund['provenance'], source: string): number {
  const result = db
    .prepare(
      `INSERT INTO special_funds (department_id, year, project, purpose, amount_wan, disbursed_wan, status, task,
         township_code, note, provenance, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      fund.departmentId,
      fund.year,
      fund.project,
      fund.purpose,
      fund.amountWan,
      fund.disbursedWan,
      fund.status,
      fund.task,
      fund.townshipCode,
      fund.note,
      provenance,
      source,
    );
  return Number(result.lastInsertRowid);
}

/** Replaces a fund's fields. */
export function updateFund(db: Db, id: number, fund: FundFields): void {
  db.prepare(
    `UPDATE special_funds SET department_id = ?, year = ?, project = ?, purpose = ?, amount_wan = ?, disbursed_wan = ?,
       status = ?, task = ?, township_code = ?, note = ? WHERE id = ?`,
  ).run(
    fund.departmentId,
    fund.year,
    fund.project,
    fund.purpose,
    fund.amountWan,
    fund.disbursedWan,
    fund.status,
    fund.task,
    fund.townshipCode,
    fund.note,
    id,
  );
}
