import { attachmentExists } from '../db/attachments-repository.ts';
import { recordAudit } from '../db/audit-log.ts';
import {
  insertVisit,
  isSupervisorOf,
  readEnterprisePlaces,
  readVisit,
  type VisitRecord,
} from '../db/emergency-mechanism-repository.ts';
import { readWarning } from '../db/emergency-warnings-repository.ts';
import type { Db } from '../db/open-database.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { VisitBody } from '../schema/emergency-warnings.ts';
import type { Localized } from '../schema/localized.ts';
import { datasetPresent } from './dataset-present.ts';
import { warningListEntries } from './warning-listed.ts';
import { warningProblem, type WarningProblem } from './warning-problem.ts';

/**
 * Why `user` may not record a visit to `enterpriseId` (null when they may): an inspector records visits only to an
 * enterprise they supervise in the visit's warning or one in their townships; duty officers and admins anywhere.
 */
export function visitRefusal(db: Db, user: SessionUser, body: VisitBody): Localized | null {
  if (user.role !== 'inspector') return null;
  if (body.warningId !== null && isSupervisorOf(db, body.warningId, body.enterpriseId, user.id)) return null;
  const place = readEnterprisePlaces(db, [body.enterpriseId]).get(body.enterpriseId);
  if (place && user.townships.includes(place.township)) return null;
  const where = place ? `（位于乡镇 ${place.townshipName ?? place.township}）` : '';
  const inWarning = body.warningId === null ? '' : `第 ${body.warningId} 号预警中`;
  return {
    zh:
      `您未被指派为「${place?.name ?? body.enterpriseId}」${where}${inWarning}的驻点监督人员，` +
      '且该企业不在您负责的乡镇内',
    en:
      `you are not the resident supervisor of enterprise '${body.enterpriseId}'` +
      `${body.warningId === null ? '' : ` in warning ${body.warningId}`}` +
      ` and it lies outside your townships (${user.townships.join(', ') || 'none'})`,
  };
}

/**
 * Records a visit (inside the writer's transaction): its warning and photo must exist, a supervision visit needs a
 * warning, the enterprise must be in the enterprises layer or on the warning's list; the visit time defaults to the
 * dataset's present; audited.
 */
export function recordVisit(
  db: Db,
  user: SessionUser,
  body: VisitBody,
  at: string,
): Result<VisitRecord, WarningProblem> {
  const warning = body.warningId === null ? null : readWarning(db, body.warningId);
  if (body.warningId !== null && !warning) {
    return err(
      warningProblem('unsupported', {
        zh: `没有编号为 ${body.warningId} 的预警`,
        en: `warningId: no warning ${body.warningId}`,
      }),
    );
  }
  if (body.kind === 'supervision' && warning === null) {
    return err(
      warningProblem('unsupported', {
        zh: '驻点监督检查须指明所属预警',
        en: 'warningId: required for a supervision visit',
      }),
    );
  }
  const known =
    readEnterprisePlaces(db, [body.enterpriseId]).has(body.enterpriseId) ||
    (warning !== null && warningListEntries(db, warning).some((e) => e.enterpriseId === body.enterpriseId));
  if (!known) {
    return err(
      warningProblem('unsupported', {
        zh: `企业「${body.enterpriseId}」不存在`,
        en: `enterpriseId: no enterprise '${body.enterpriseId}'`,
      }),
    );
  }
  if (body.photoId !== null && !attachmentExists(db, body.photoId)) {
    return err(
      warningProblem('unsupported', {
        zh: `没有编号为 ${body.photoId} 的附件，请先上传照片`,
        en: `photoId: no attachment ${body.photoId}; upload the photo first (POST /api/attachments)`,
      }),
    );
  }
  const id = insertVisit(
    db,
    {
      warningId: body.warningId,
      enterpriseId: body.enterpriseId,
      kind: body.kind,
      visitedAt: body.visitedAt ?? datasetPresent(db),
      inspectorId: user.id,
      inspector: user.displayName,
      verdict: body.verdict,
      lines: body.lines,
      note: body.note,
      photoId: body.photoId,
      provenance: 'official',
    },
    at,
  );
  const visit = readVisit(db, id) as VisitRecord;
  recordAudit(
    db,
    user,
    { action: 'emergency.visit.create', entity: 'emergency_visit', entityId: id, after: visit },
    at,
  );
  return ok(visit);
}
