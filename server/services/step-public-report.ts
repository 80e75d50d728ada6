import { recordAudit } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import { readPublicReport, updatePublicReportStatus } from '../db/public-reports-repository.ts';
import { datasetPresent } from './dataset-present.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { Localized } from '../schema/localized.ts';
import { reportStatusLabels, type PublicReportStepBody, type ReportStatus } from '../schema/public-reports.ts';

/** Why a step was refused: no such report (404) or not allowed from its status (409). */
export interface PublicReportStepProblem {
  code: 'not-found' | 'conflict';
  message: string;
  text: Localized;
}

/** Each step: the statuses it may follow and the status it leads to. */
export const reportStepTransitions: Readonly<
  Record<PublicReportStepBody['action'], { from: readonly ReportStatus[]; to: ReportStatus }>
> = {
  accept: { from: ['received'], to: 'accepted' },
  reject: { from: ['received', 'accepted'], to: 'rejected' },
  handle: { from: ['accepted'], to: 'handled' },
  close: { from: ['handled', 'rejected'], to: 'closed' },
};

/**
 * Why `user` may not handle a report in `township` (null when they may): inspectors in their townships only;
 * duty officers and admins anywhere (the route's `supervise` permission lets no one else reach here).
 */
export function reportStepRefusal(user: SessionUser, township: string, townshipName: string): Localized | null {
  if (user.role !== 'inspector' || user.townships.includes(township)) return null;
  return {
    zh: `该举报位于${townshipName}，不在您负责的乡镇内`,
    en: `the report lies in township ${township}, outside your townships (${user.townships.join(', ') || 'none'})`,
  };
}

/**
 * Applies a handling step to report `id` (inside the writer's transaction), checking the transition, and audits it
 * as `report.step` with the step's note (a rejection's reason, what was done) and public reply.
 *
 * @param at when, ISO 8601 UTC (the caller's injected clock, for the audit); the report's `updated_at` is the
 *   dataset's present
 */
export function stepPublicReport(
  db: Db,
  user: SessionUser,
  id: number,
  body: PublicReportStepBody,
  at: string,
): Result<{ status: ReportStatus }, PublicReportStepProblem> {
  const report = readPublicReport(db, id);
  if (!report) return err({ code: 'not-found', message: `no public report ${id}`, text: notFound(id) });
  const transition = reportStepTransitions[body.action];
  if (!transition.from.includes(report.status)) {
    const en = `cannot ${body.action} a report that is ${report.status} (allowed from: ${transition.from.join(', ')})`;
    return err({
      code: 'conflict',
      message: en,
      text: { zh: `举报当前状态为「${reportStatusLabels[report.status].zh}」，不能执行此操作`, en },
    });
  }
  const note =
    body.action === 'reject' ? body.reason : body.action === 'handle' ? body.done : (body.note ?? null) || null;
  updatePublicReportStatus(db, id, {
    status: transition.to,
    handler: user.displayName,
    reply: body.reply,
    at: datasetPresent(db),
  });
  recordAudit(
    db,
    user,
    {
      action: 'report.step',
      entity: 'public-report',
      entityId: id,
      before: { status: report.status, reply: report.reply },
      after: { action: body.action, status: transition.to, note, reply: body.reply ?? null },
    },
    at,
  );
  return ok({ status: transition.to });
}

/** The 404 text of an unknown report id. */
export const notFound = (id: number): Localized => ({ zh: `没有编号为 ${id} 的举报`, en: `no public report ${id}` });
