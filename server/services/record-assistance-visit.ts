import { attachmentExists } from '../db/attachments-repository.ts';
import { recordAudit } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import {
  answerRequest,
  existingDepartments,
  insertAssistanceVisit,
  markFollowUpDone,
  readEnterpriseTownship,
  readStoredVisit,
  requestVisitId,
  userDepartment,
} from '../db/visits-repository.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { Localized } from '../schema/localized.ts';
import type { FollowUpBody, RequestAnswerBody, VisitBody } from '../schema/visits.ts';
import type { StoredVisit } from '../visits/visit-at.ts';
import { datasetPresent } from './dataset-present.ts';

/** Why a visit write was refused (`forbidden`: an inspector outside the enterprise's township). */
export interface VisitProblem {
  code: 'invalid' | 'not-found' | 'conflict' | 'unsupported' | 'forbidden';
  message: string;
  text: Localized;
}

const problem = (code: VisitProblem['code'], text: Localized): VisitProblem => ({ code, message: text.en, text });

/** The department a visit is made by when the body names none: the user's, else the enforcing 生态环境分局. */
export const DEFAULT_VISIT_DEPARTMENT = 'eco-env';

/** Why `user` may not act on a visit to an enterprise in `township` (inspectors only in their townships). */
function refusal(user: SessionUser, enterprise: { name: string; township: string }): VisitProblem | null {
  if (user.role !== 'inspector' || user.townships.includes(enterprise.township)) return null;
  return problem('forbidden', {
    zh: `企业「${enterprise.name}」位于乡镇 ${enterprise.township}，不在您负责的乡镇内`,
    en: `the enterprise lies in township ${enterprise.township}, outside your townships (${
      user.townships.join(', ') || 'none'
    })`,
  });
}

const audit = (
  db: Db,
  user: SessionUser,
  action: 'visit.create' | 'visit.request.answer' | 'visit.follow-up',
  id: number,
  before: unknown,
  at: string,
) =>
  recordAudit(
    db,
    user,
    { action, entity: 'assistance_visit', entityId: id, before, after: readStoredVisit(db, id) },
    at,
  );

/**
 * Records an assistance visit (inside the writer's transaction): the enterprise, the departments and the photo must
 * exist; the visit may not lie after the dataset's present, its follow-up not be due before it. Audited as
 * `visit.create`.
 *
 * @param at when, ISO 8601 UTC (the caller's injected clock)
 */
export function recordAssistanceVisit(
  db: Db,
  user: SessionUser,
  body: VisitBody,
  at: string,
): Result<StoredVisit, VisitProblem> {
  const enterprise = readEnterpriseTownship(db, body.enterpriseId);
  if (!enterprise) {
    return err(
      problem('not-found', {
        zh: `企业「${body.enterpriseId}」不存在`,
        en: `enterpriseId: no enterprise '${body.enterpriseId}'`,
      }),
    );
  }
  const refused = refusal(user, enterprise);
  if (refused) return err(refused);
  const departmentId = body.departmentId ?? userDepartment(db, user.id) ?? DEFAULT_VISIT_DEPARTMENT;
  const named = [departmentId, ...body.requests.map((r) => r.departmentId)];
  const known = existingDepartments(db, named);
  const unknown = named.find((d) => !known.has(d));
  if (unknown !== undefined) {
    return err(problem('invalid', { zh: `部门「${unknown}」不存在`, en: `departmentId: no department '${unknown}'` }));
  }
  const present = datasetPresent(db);
  const visitedAt = body.visitedAt ?? present;
  if (visitedAt > present) {
    return err(
      problem('unsupported', {
        zh: `走访时间 ${visitedAt} 晚于数据截至时间 ${present}`,
        en: `visitedAt: ${visitedAt} lies after the data's present ${present}`,
      }),
    );
  }
  if (body.followUpDueOn !== undefined && body.followUpDueOn < visitedAt.slice(0, 10)) {
    return err(
      problem('invalid', {
        zh: `跟进期限 ${body.followUpDueOn} 早于走访日`,
        en: `followUpDueOn: ${body.followUpDueOn} lies before the visit`,
      }),
    );
  }
  if (body.photoId !== undefined && !attachmentExists(db, body.photoId)) {
    return err(
      problem('invalid', {
        zh: `没有编号为 ${body.photoId} 的附件，请先上传照片`,
        en: `photoId: no attachment ${body.photoId}; upload the photo first (POST /api/attachments)`,
      }),
    );
  }
  const id = insertAssistanceVisit(
    db,
    {
      enterpriseId: body.enterpriseId,
      departmentId,
      visitedAt,
      visitors: body.visitors,
      visitorId: user.id,
      topic: body.topic,
      problems: body.problems,
      followUp: body.followUp,
      followUpDueOn: body.followUpDueOn ?? null,
      photoId: body.photoId ?? null,
      provenance: 'official',
      requests: body.requests,
    },
    at,
  );
  audit(db, user, 'visit.create', id, undefined, at);
  return ok(readStoredVisit(db, id) as StoredVisit);
}

/**
 * Answers a request (诉求): answered, resolved or declined with a response, at a moment (default the dataset's
 * present) between the visit and the present. A resolved or declined request is final (409); an answered one may
 * be answered again (resolved). Audited as `visit.request.answer`.
 */
export function answerAssistanceRequest(
  db: Db,
  user: SessionUser,
  requestId: number,
  body: RequestAnswerBody,
  at: string,
): Result<StoredVisit, VisitProblem> {
  const visitId = requestVisitId(db, requestId);
  const before = visitId === null ? null : readStoredVisit(db, visitId);
  const request = before?.requests.find((r) => r.id === requestId);
  if (!before || !request) {
    return err(problem('not-found', { zh: `没有编号为 ${requestId} 的企业诉求`, en: `no request ${requestId}` }));
  }
  const refused = refusal(user, { name: before.enterpriseName, township: before.township });
  if (refused) return err(refused);
  if (request.status === 'resolved' || request.status === 'declined') {
    return err(problem('conflict', { zh: '该诉求已办结', en: `request ${requestId} is already ${request.status}` }));
  }
  const present = datasetPresent(db);
  const answeredAt = body.answeredAt ?? present;
  if (answeredAt > present || answeredAt < before.visitedAt) {
    return err(
      problem('invalid', {
        zh: `答复时间 ${answeredAt} 须在走访（${before.visitedAt}）与数据截至时间（${present}）之间`,
        en: `answeredAt: ${answeredAt} must lie between the visit ${before.visitedAt} and the present ${present}`,
      }),
    );
  }
  answerRequest(db, requestId, { status: body.status, response: body.response, answeredAt });
  audit(db, user, 'visit.request.answer', before.id, before, at);
  return ok(readStoredVisit(db, before.id) as StoredVisit);
}

/**
 * Records a visit's follow-up done on a day (between the visit and the present day; once: 409 after). Audited as
 * `visit.follow-up`.
 */
export function recordFollowUp(
  db: Db,
  user: SessionUser,
  visitId: number,
  body: FollowUpBody,
  at: string,
): Result<StoredVisit, VisitProblem> {
  const before = readStoredVisit(db, visitId);
  if (!before) return err(problem('not-found', { zh: `没有编号为 ${visitId} 的帮扶走访`, en: `no visit ${visitId}` }));
  const refused = refusal(user, { name: before.enterpriseName, township: before.township });
  if (refused) return err(refused);
  if (before.followUpDoneOn !== null) {
    return err(
      problem('conflict', {
        zh: `跟进已于 ${before.followUpDoneOn} 完成`,
        en: `the follow-up was done on ${before.followUpDoneOn}`,
      }),
    );
  }
  const today = datasetPresent(db).slice(0, 10);
  const day = body.followUpDoneOn;
  if (day > today || day < before.visitedAt.slice(0, 10)) {
    return err(
      problem('invalid', {
        zh: `完成日期 ${day} 须在走访日与数据截至日（${today}）之间`,
        en: `followUpDoneOn: ${day} must lie between the visit's day and the present day ${today}`,
      }),
    );
  }
  markFollowUpDone(db, visitId, day);
  audit(db, user, 'visit.follow-up', visitId, before, at);
  return ok(readStoredVisit(db, visitId) as StoredVisit);
}
