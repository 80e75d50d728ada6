/**
 * The enforcement-case register (执法案件: enforcement_cases, case_steps, case_attachments; migration 0012): reads
 * and writes, prepared statements only. Only the case services write these tables.
 *
 * @module
 */
import type { CaseState } from '../cases/case-life-cycle.ts';
import type { CaseFact, RecordedCaseStep } from '../cases/case-replay.ts';
import type {
  CaseAttachmentKind,
  CaseMeasure,
  CaseOrigin,
  CaseStage,
  CaseStepKind,
  ReinspectionResult,
} from '../schema/enums/enforcement-case.ts';
import type { Provenance } from '../schema/enums/provenance.ts';
import type { CaseDetail, CaseDocument, CaseListItem, CasesQuery, CaseStep } from '../schema/cases.ts';
import type { Db } from './open-database.ts';

interface CaseRow {
  id: number;
  number: string;
  origin: CaseOrigin;
  alert_id: number | null;
  report_id: number | null;
  sample_id: number | null;
  entity_layer: string;
  entity_id: string;
  entity_name: string;
  township_code: string;
  township_name: string | null;
  industry: string | null;
  task: number;
  department_id: string;
  department_name: string | null;
  violation: string;
  stage: CaseStage;
  opened_at: string;
  opened_by: string;
  legal_basis: string | null;
  decision_no: string | null;
  fine_yuan: number | null;
  other_measures: string;
  decided_at: string | null;
  rectification_due_on: string | null;
  reinspected_at: string | null;
  reinspection_result: ReinspectionResult | null;
  closed_at: string | null;
  updated_at: string;
  provenance: Provenance;
  report_ticket: string | null;
  sample_no: string | null;
}

const SELECT_CASES = `SELECT c.*, t.name AS township_name, d.name AS department_name, r.ticket AS report_ticket,
    s.sample_no AS sample_no
  FROM enforcement_cases c
  LEFT JOIN townships t ON t.code = c.township_code
  LEFT JOIN departments d ON d.id = c.department_id
  LEFT JOIN public_reports r ON r.id = c.report_id
  LEFT JOIN fuel_samples s ON s.id = c.sample_id`;

const toListItem = (r: CaseRow, day: string): CaseListItem => ({
  id: r.id,
  number: r.number,
  origin: r.origin,
  stage: r.stage,
  entity: { layer: r.entity_layer, id: r.entity_id, name: r.entity_name },
  township: r.township_code,
  townshipName: r.township_name ?? r.township_code,
  industry: r.industry,
  task: r.task,
  departmentId: r.department_id,
  departmentName: r.department_name,
  violation: r.violation,
  openedAt: r.opened_at,
  openedBy: r.opened_by,
  fineYuan: r.fine_yuan,
  decidedAt: r.decided_at,
  rectificationDueOn: r.rectification_due_on,
  reinspectionResult: r.reinspection_result,
  closedAt: r.closed_at,
  overdue: r.stage === 'rectifying' && r.rectification_due_on !== null && r.rectification_due_on < day,
  links: { alertId: r.alert_id, reportTicket: r.report_ticket, sampleNo: r.sample_no },
  updatedAt: r.updated_at,
  provenance: r.provenance,
});

/**
 * The cases matching `query`, newest opening first (at most `limit`, default 100), with how many match; `overdue`
 * is judged on `day` (`YYYY-MM-DD`, the dataset's present day).
 */
export function readCases(db: Db, query: CasesQuery, day: string): { total: number; cases: CaseListItem[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.stage && query.stage.length > 0) {
    where.push(`c.stage IN (${query.stage.map(() => '?').join(', ')})`);
    params.push(...query.stage);
  }
  const equal = (column: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  equal('c.township_code', query.township);
  equal('c.department_id', query.department);
  equal('c.task', query.task);
  equal('c.origin', query.origin);
  equal('c.entity_layer', query.layer);
  equal('c.entity_id', query.entity);
  if (query.overdue !== undefined) {
    const overdue = "(c.stage = 'rectifying' AND c.rectification_due_on IS NOT NULL AND c.rectification_due_on < ?)";
    where.push(query.overdue ? overdue : `NOT ${overdue}`);
    params.push(day);
  }
  if (query.q !== undefined) {
    where.push('(instr(c.number, ?) > 0 OR instr(c.entity_name, ?) > 0)');
    params.push(query.q, query.q);
  }
  if (query.from !== undefined) {
    where.push('c.opened_at >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    where.push('c.opened_at <= ?');
    params.push(query.to);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM enforcement_cases c ${clause}`).get(...params) as { n: number })
    .n;
  const rows = db
    .prepare(`${SELECT_CASES} ${clause} ORDER BY c.opened_at DESC, c.id DESC LIMIT ?`)
    .all(...params, query.limit ?? 100) as CaseRow[];
  return { total, cases: rows.map((r) => toListItem(r, day)) };
}

interface StepRow {
  id: number;
  step: CaseStepKind;
  at: string;
  actor: string;
  note: string;
  data: string;
  recorded_at: string;
}

const parseData = (text: string): Record<string, unknown> => {
  const value: unknown = JSON.parse(text);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

/** The steps of case `id`, in the order recorded. */
export function readCaseSteps(db: Db, id: number): CaseStep[] {
  const rows = db
    .prepare('SELECT id, step, at, actor, note, data, recorded_at FROM case_steps WHERE case_id = ? ORDER BY id')
    .all(id) as StepRow[];
  return rows.map((r) => ({
    id: r.id,
    step: r.step,
    at: r.at,
    actor: r.actor,
    note: r.note,
    data: parseData(r.data),
    recordedAt: r.recorded_at,
  }));
}

/** The documents of case `id`, in the order attached. */
export function readCaseDocuments(db: Db, id: number): CaseDocument[] {
  return db
    .prepare(
      `SELECT ca.attachment_id AS attachmentId, ca.kind, ca.title, ca.step_id AS stepId, a.mime, a.size,
         a.file_name AS fileName
       FROM case_attachments ca JOIN attachments a ON a.id = ca.attachment_id
       WHERE ca.case_id = ? ORDER BY ca.rowid`,
    )
    .all(id) as CaseDocument[];
}

/** Case `id` with its steps and documents, or null; `overdue` judged on `day`. */
export function readCaseDetail(db: Db, id: number, day: string): CaseDetail | null {
  const row = db.prepare(`${SELECT_CASES} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  if (!row) return null;
  return {
    ...toListItem(row, day),
    legalBasis: row.legal_basis,
    decisionNo: row.decision_no,
    otherMeasures: JSON.parse(row.other_measures) as CaseMeasure[],
    reinspectedAt: row.reinspected_at,
    steps: readCaseSteps(db, id),
    documents: readCaseDocuments(db, id),
  };
}

/** The open case (any stage but closed) opened on alert `alertId`, or null. */
export function readOpenCaseOnAlert(db: Db, alertId: number): { id: number; number: string } | null {
  const row = db
    .prepare("SELECT id, number FROM enforcement_cases WHERE alert_id = ? AND stage <> 'closed' ORDER BY id LIMIT 1")
    .get(alertId) as { id: number; number: string } | undefined;
  return row ?? null;
}

/** The highest sequence number among the case numbers starting with `prefix` (`忻府环罚〔2023〕`; 0 when none). */
export function maxCaseSeq(db: Db, prefix: string): number {
  const row = db
    .prepare('SELECT max(CAST(substr(number, ?) AS INTEGER)) AS n FROM enforcement_cases WHERE number LIKE ?')
    .get([...prefix].length + 1, `${prefix}%`) as { n: number | null };
  return row.n ?? 0;
}

/** A new case as filed. */
export interface NewCase {
  number: string;
  origin: CaseOrigin;
  alertId: number | null;
  reportId: number | null;
  sampleId: number | null;
  entityLayer: string;
  entityId: string;
  entityName: string;
  township: string;
  industry: string | null;
  task: number;
  departmentId: string;
  violation: string;
  openedAt: string;
  openedBy: string;
  provenance: Provenance;
}

/** Inserts a case in stage `filed`; returns its id. */
export function insertCase(db: Db, c: NewCase, recordedAt: string): number {
  const result = db
    .prepare(
      `INSERT INTO enforcement_cases (number, origin, alert_id, report_id, sample_id, entity_layer, entity_id,
         entity_name, township_code, industry, task, department_id, violation, stage, opened_at, opened_by,
         updated_at, provenance)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'filed', ?, ?, ?, ?)`,
    )
    .run(
      c.number,
      c.origin,
      c.alertId,
      c.reportId,
      c.sampleId,
      c.entityLayer,
      c.entityId,
      c.entityName,
      c.township,
      c.industry,
      c.task,
      c.departmentId,
      c.violation,
      c.openedAt,
      c.openedBy,
      recordedAt,
      c.provenance,
    );
  return Number(result.lastInsertRowid);
}

/** Appends a step to case `caseId`; returns its id. */
export function insertCaseStep(
  db: Db,
  caseId: number,
  step: { step: CaseStepKind; at: string; actor: string; actorId: number | null; note: string; data: object },
  recordedAt: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO case_steps (case_id, step, at, actor, actor_id, note, data, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(caseId, step.step, step.at, step.actor, step.actorId, step.note, JSON.stringify(step.data), recordedAt);
  return Number(result.lastInsertRowid);
}

/** Writes a case's denormalised state after a step (decision fields only when `decision` is given). */
export function updateCaseState(
  db: Db,
  id: number,
  state: CaseState,
  decision: { legalBasis: string; decisionNo: string | null; measures: readonly CaseMeasure[] } | null,
  recordedAt: string,
): void {
  db.prepare(
    `UPDATE enforcement_cases SET stage = ?, fine_yuan = ?, decided_at = ?, rectification_due_on = ?,
       reinspected_at = ?, reinspection_result = ?, closed_at = ?, updated_at = ?,
       legal_basis = coalesce(?, legal_basis), decision_no = coalesce(?, decision_no),
       other_measures = coalesce(?, other_measures)
     WHERE id = ?`,
  ).run(
    state.stage,
    state.fineYuan,
    state.decidedAt,
    state.rectificationDueOn,
    state.reinspectedAt,
    state.reinspectionResult,
    state.closedAt,
    recordedAt,
    decision?.legalBasis ?? null,
    decision?.decisionNo ?? null,
    decision ? JSON.stringify(decision.measures) : null,
    id,
  );
}

/** The life-cycle state of case `id` as stored, with its township and opening; null when there is no such case. */
export function readCaseState(
  db: Db,
  id: number,
): { state: CaseState; township: string; number: string; lastStepAt: string } | null {
  const row = db
    .prepare(
      `SELECT c.stage, c.township_code, c.number, c.fine_yuan, c.decided_at, c.rectification_due_on,
         c.reinspected_at, c.reinspection_result, c.closed_at,
         coalesce((SELECT max(at) FROM case_steps WHERE case_id = c.id), c.opened_at) AS last_at
       FROM enforcement_cases c WHERE c.id = ?`,
    )
    .get(id) as
    | (Pick<
        CaseRow,
        | 'stage'
        | 'township_code'
        | 'number'
        | 'fine_yuan'
        | 'decided_at'
        | 'rectification_due_on'
        | 'reinspected_at'
        | 'reinspection_result'
        | 'closed_at'
      > & { last_at: string })
    | undefined;
  if (!row) return null;
  return {
    township: row.township_code,
    number: row.number,
    lastStepAt: row.last_at,
    state: {
      stage: row.stage,
      lastStepAt: row.last_at,
      rectificationDueOn: row.rectification_due_on,
      reinspectionResult: row.reinspection_result,
      fineYuan: row.fine_yuan,
      decidedAt: row.decided_at,
      reinspectedAt: row.reinspected_at,
      closedAt: row.closed_at,
    },
  };
}

/** How many documents case `id` holds, and whether attachment `attachmentId` is one of them. */
export function caseDocumentCount(db: Db, id: number, attachmentId: number): { count: number; holds: boolean } {
  const row = db
    .prepare('SELECT count(*) AS n, sum(attachment_id = ?) AS held FROM case_attachments WHERE case_id = ?')
    .get(attachmentId, id) as { n: number; held: number | null };
  return { count: row.n, holds: (row.held ?? 0) > 0 };
}

/** Links a stored attachment to case `caseId` as a document. */
export function insertCaseAttachment(
  db: Db,
  caseId: number,
  doc: { attachmentId: number; kind: CaseAttachmentKind; title: string; stepId: number | null },
): void {
  db.prepare('INSERT INTO case_attachments (case_id, attachment_id, step_id, kind, title) VALUES (?, ?, ?, ?, ?)').run(
    caseId,
    doc.attachmentId,
    doc.stepId,
    doc.kind,
    doc.title,
  );
}

/** Whether step `stepId` belongs to case `caseId`. */
export function caseHasStep(db: Db, caseId: number, stepId: number): boolean {
  return db.prepare('SELECT 1 FROM case_steps WHERE id = ? AND case_id = ?').get(stepId, caseId) !== undefined;
}

/**
 * Every case opened by `asOf` with its steps up to `asOf` (in order): what the case rule and the summary replay.
 * Two queries over the (small) case register.
 */
export function readCaseFacts(db: Db, asOf: string): CaseFact[] {
  const cases = db
    .prepare(
      `SELECT c.id, c.number, c.entity_layer AS entityLayer, c.entity_id AS entityId, c.entity_name AS entityName,
         c.township_code AS township, coalesce(t.name, c.township_code) AS townshipName, c.industry, c.task,
         c.department_id AS departmentId, coalesce(d.name, c.department_id) AS departmentName, c.opened_at AS openedAt
       FROM enforcement_cases c
       LEFT JOIN townships t ON t.code = c.township_code
       LEFT JOIN departments d ON d.id = c.department_id
       WHERE c.opened_at <= ? ORDER BY c.id`,
    )
    .all(asOf) as Omit<CaseFact, 'steps'>[];
  const steps = db
    .prepare(
      `SELECT s.case_id AS caseId, s.step, s.at, s.data FROM case_steps s
       JOIN enforcement_cases c ON c.id = s.case_id
       WHERE c.opened_at <= ? AND s.at <= ? ORDER BY s.case_id, s.id`,
    )
    .all(asOf, asOf) as { caseId: number; step: CaseStepKind; at: string; data: string }[];
  const byCase = new Map<number, RecordedCaseStep[]>();
  for (const s of steps) {
    const list = byCase.get(s.caseId) ?? [];
    list.push({ step: s.step, at: s.at, data: parseData(s.data) });
    byCase.set(s.caseId, list);
  }
  return cases.map((c) => ({ ...c, steps: byCase.get(c.id) ?? [] }));
}
