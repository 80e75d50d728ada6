import { attachmentExists } from '../db/attachments-repository.ts';
import { recordAudit } from '../db/audit-log.ts';
import {
  caseDocumentCount,
  caseHasStep,
  insertCaseAttachment,
  readCaseDetail,
  readCaseState,
} from '../db/cases-repository.ts';
import type { Db } from '../db/open-database.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import { MAX_CASE_DOCUMENTS, type CaseAttachBody, type CaseDetail } from '../schema/cases.ts';
import type { Localized } from '../schema/localized.ts';

/** Why a document cannot be attached: no case or attachment, a closed case or a full one (409), a foreign step. */
export interface CaseAttachProblem {
  code: 'not-found' | 'conflict' | 'invalid';
  message: string;
  text: Localized;
}

const refuse = (code: CaseAttachProblem['code'], zh: string, en: string): Result<never, CaseAttachProblem> =>
  err({ code, message: en, text: { zh, en } });

/**
 * Attaches a stored attachment to case `id` as a document (inside the writer's transaction): at most
 * {@link MAX_CASE_DOCUMENTS} per case, not on a closed case, not twice; audited (`case.attach`).
 *
 * @param day - the day the detail's `overdue` is judged on (the dataset's present day)
 */
export function attachCaseDocument(
  db: Db,
  user: SessionUser,
  id: number,
  doc: CaseAttachBody,
  at: { day: string; recordedAt: string },
): Result<CaseDetail, CaseAttachProblem> {
  const stored = readCaseState(db, id);
  if (!stored) return refuse('not-found', `没有编号为 ${id} 的案件`, `no case ${id}`);
  if (stored.state.stage === 'closed')
    return refuse('conflict', `案件 ${stored.number} 已结案，不能再添加材料`, `case ${stored.number} is closed`);
  if (!attachmentExists(db, doc.attachmentId))
    return refuse(
      'invalid',
      `没有编号为 ${doc.attachmentId} 的附件，请先上传`,
      `attachmentId: no attachment ${doc.attachmentId}; upload it first (POST /api/attachments)`,
    );
  if (doc.stepId !== null && !caseHasStep(db, id, doc.stepId))
    return refuse(
      'invalid',
      `步骤 ${doc.stepId} 不属于该案件`,
      `stepId: step ${doc.stepId} is not a step of case ${id}`,
    );
  const held = caseDocumentCount(db, id, doc.attachmentId);
  if (held.holds)
    return refuse(
      'conflict',
      `附件 ${doc.attachmentId} 已是该案件的材料`,
      `attachment ${doc.attachmentId} is already attached`,
    );
  if (held.count >= MAX_CASE_DOCUMENTS)
    return refuse(
      'conflict',
      `每个案件最多 ${MAX_CASE_DOCUMENTS} 份材料`,
      `case ${stored.number} already holds ${MAX_CASE_DOCUMENTS} documents (the most a case may hold)`,
    );
  insertCaseAttachment(db, id, doc);
  recordAudit(db, user, { action: 'case.attach', entity: 'enforcement_case', entityId: id, after: doc }, at.recordedAt);
  return ok(readCaseDetail(db, id, at.day) as CaseDetail);
}
