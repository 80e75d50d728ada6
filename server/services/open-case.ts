import { CASE_NUMBER_PREFIX, formatCaseNumber } from '../cases/case-number.ts';
import { recordAudit } from '../db/audit-log.ts';
import { departmentExists, linkFuelTrace } from '../db/cases-reads.ts';
import { insertCase, insertCaseStep, maxCaseSeq, readCaseDetail, readOpenCaseOnAlert } from '../db/cases-repository.ts';
import type { Db } from '../db/open-database.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { CaseDetail } from '../schema/cases.ts';
import type { Localized } from '../schema/localized.ts';
import type { ResolvedCaseSource } from './resolve-case-source.ts';

/** The department a case goes to unless the body names another: 市生态环境局忻府分局, the enforcing department. */
export const DEFAULT_CASE_DEPARTMENT = 'eco-env';

/** Why a case cannot be opened inside the write (a second open case on an alert, an unknown department). */
export interface OpenCaseProblem {
  code: 'conflict' | 'invalid';
  message: string;
  text: Localized;
}

/**
 * Opens a case (inside the writer's transaction): the next number of the opening's year, stage `filed` with its
 * implicit `file` step, the fuel sample's trace linked, audited (`case.open`). A second open case on the same
 * alert is refused, naming the existing case's number.
 *
 * @param at - the opening (`YYYY-MM-DDTHH:mm` CST) and the server's instant of the write (ISO UTC)
 */
export function openCase(
  db: Db,
  user: SessionUser,
  input: { source: ResolvedCaseSource; origin: CaseDetail['origin']; violation: string; departmentId?: string },
  at: { openedAt: string; recordedAt: string },
): Result<CaseDetail, OpenCaseProblem> {
  const { source } = input;
  if (source.alertId !== null) {
    const existing = readOpenCaseOnAlert(db, source.alertId);
    if (existing) {
      const en = `alert ${source.alertId} already has an open case: ${existing.number}`;
      return err({ code: 'conflict', message: en, text: { zh: `该告警已有未结案件：${existing.number}`, en } });
    }
  }
  const departmentId = input.departmentId ?? DEFAULT_CASE_DEPARTMENT;
  if (!departmentExists(db, departmentId)) {
    const en = `departmentId: no department '${departmentId}'`;
    return err({ code: 'invalid', message: en, text: { zh: `没有编号为「${departmentId}」的部门`, en } });
  }
  const year = Number(at.openedAt.slice(0, 4));
  const number = formatCaseNumber(year, maxCaseSeq(db, `${CASE_NUMBER_PREFIX}〔${year}〕`) + 1);
  const id = insertCase(
    db,
    {
      number,
      origin: input.origin,
      alertId: source.alertId,
      reportId: source.reportId,
      sampleId: source.sampleId,
      entityLayer: source.entity.layer,
      entityId: source.entity.id,
      entityName: source.entity.name,
      township: source.entity.township,
      industry: source.entity.industry,
      task: source.task,
      departmentId,
      violation: input.violation,
      openedAt: at.openedAt,
      openedBy: user.username,
      provenance: 'official',
    },
    at.recordedAt,
  );
  insertCaseStep(
    db,
    id,
    { step: 'file', at: at.openedAt, actor: user.username, actorId: user.id, note: '', data: {} },
    at.recordedAt,
  );
  if (source.sampleId !== null) linkFuelTrace(db, source.sampleId, id, at.recordedAt);
  const detail = readCaseDetail(db, id, at.openedAt.slice(0, 10)) as CaseDetail;
  recordAudit(
    db,
    user,
    { action: 'case.open', entity: 'enforcement_case', entityId: id, after: detail },
    at.recordedAt,
  );
  return ok(detail);
}
