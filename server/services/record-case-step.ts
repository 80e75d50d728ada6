import { applyCaseStep, type CaseStepInput } from '../cases/case-life-cycle.ts';
import { recordAudit } from '../db/audit-log.ts';
import { insertCaseStep, readCaseDetail, readCaseState, updateCaseState } from '../db/cases-repository.ts';
import type { Db } from '../db/open-database.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { CaseDetail, CaseStepBody } from '../schema/cases.ts';
import type { Localized } from '../schema/localized.ts';

/** Why a step is refused inside the write: no such case, the stage forbids it (409), or a time or date (400). */
export interface CaseStepRefusal {
  code: 'not-found' | 'conflict' | 'invalid';
  message: string;
  text: Localized;
}

/** The fields a step keeps in `case_steps.data`. */
function stepData(body: CaseStepBody): object {
  switch (body.step) {
    case 'decide':
      return {
        legalBasis: body.legalBasis,
        decisionNo: body.decisionNo,
        fineYuan: body.fineYuan,
        measures: body.measures,
      };
    case 'no-penalty':
      return { legalBasis: body.legalBasis };
    case 'order-rectification':
      return { dueOn: body.dueOn, requirement: body.requirement };
    case 'reinspect':
      return { result: body.result, newDueOn: body.newDueOn };
    default:
      return {};
  }
}

/**
 * Records one step on case `id` (inside the writer's transaction) through the life cycle
 * (`server/cases/case-life-cycle.ts`), updates the case's state and audits it (`case.step`). The caller has
 * checked the permission and the township.
 *
 * @param at - the step's time (CST minute) and the server's instant of the write (ISO UTC)
 */
export function recordCaseStep(
  db: Db,
  user: SessionUser,
  id: number,
  body: CaseStepBody,
  at: { stepAt: string; recordedAt: string },
): Result<CaseDetail, CaseStepRefusal> {
  const stored = readCaseState(db, id);
  if (!stored)
    return err({
      code: 'not-found',
      message: `no case ${id}`,
      text: { zh: `没有编号为 ${id} 的案件`, en: `no case ${id}` },
    });
  const input = { ...body, at: at.stepAt } as CaseStepInput;
  const next = applyCaseStep(stored.state, input);
  if (!next.ok) {
    const code = next.error.code === 'illegal-transition' ? 'conflict' : 'invalid';
    return err({ code, message: next.error.message, text: next.error.text });
  }
  const stepId = insertCaseStep(
    db,
    id,
    { step: body.step, at: at.stepAt, actor: user.username, actorId: user.id, note: body.note, data: stepData(body) },
    at.recordedAt,
  );
  const decision =
    body.step === 'decide'
      ? { legalBasis: body.legalBasis, decisionNo: body.decisionNo, measures: body.measures }
      : body.step === 'no-penalty'
        ? { legalBasis: body.legalBasis, decisionNo: null, measures: [] }
        : null;
  updateCaseState(db, id, next.value, decision, at.recordedAt);
  const detail = readCaseDetail(db, id, at.stepAt.slice(0, 10)) as CaseDetail;
  recordAudit(
    db,
    user,
    {
      action: 'case.step',
      entity: 'enforcement_case',
      entityId: id,
      before: { stage: stored.state.stage },
      after: { stepId, step: body.step, stage: detail.stage, data: stepData(body), note: body.note },
    },
    at.recordedAt,
  );
  return ok(detail);
}
