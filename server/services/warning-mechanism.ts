import { recordAudit, type Actor } from '../db/audit-log.ts';
import {
  acknowledgeNotification,
  deleteSupervisor,
  insertStep,
  readAccount,
  readEnterprisePlaces,
  readNotification,
  upsertNotification,
  upsertSupervisor,
  type StepRecord,
} from '../db/emergency-mechanism-repository.ts';
import { readWarning } from '../db/emergency-warnings-repository.ts';
import type { Db } from '../db/open-database.ts';
import { err, ok, type Result } from '../result.ts';
import type { Role } from '../schema/auth.ts';
import type { z } from 'zod';
import type {
  ackBodySchema,
  notificationSchema,
  notifyBodySchema,
  stepBodySchema,
  supervisorSchema,
  supervisorsBodySchema,
} from '../schema/emergency-warnings.ts';
import { datasetPresent } from './dataset-present.ts';
import { notificationViews, supervisorViews } from './warning-detail.ts';
import { nameSome, warningListEntries } from './warning-listed.ts';
import { warningNotFound, warningProblem, type WarningProblem } from './warning-problem.ts';

type Notification = z.infer<typeof notificationSchema>;
type Supervisor = z.infer<typeof supervisorSchema>;

/** Roles whose accounts may be resident supervisors. */
export const SUPERVISOR_ROLES: readonly Role[] = ['inspector', 'duty', 'admin'];

/** 422 naming the enterprises not on the warning's list. */
const notListed = (warningId: number, ids: readonly string[], hasList: boolean): WarningProblem => {
  const named = nameSome(ids);
  return hasList
    ? warningProblem('unsupported', {
        zh: `企业 ${named.zh} 不在第 ${warningId} 号预警所依据的应急减排清单上`,
        en: `enterprise ${named.en} is not on the emergency list of warning ${warningId}`,
      })
    : warningProblem('unsupported', {
        zh: `第 ${warningId} 号预警发布时没有生效的应急减排清单，无法指定清单企业`,
        en: `warning ${warningId} binds no emergency list (none was in force when it was issued)`,
      });
};

/** Records a dated step of the mechanism; an enterprise named must be on the list or in the enterprises layer. */
export function addStep(
  db: Db,
  actor: Actor,
  warningId: number,
  body: z.infer<typeof stepBodySchema>,
  at: string,
): Result<StepRecord, WarningProblem> {
  const w = readWarning(db, warningId);
  if (!w) return err(warningNotFound(warningId));
  const enterpriseId = body.enterpriseId ?? null;
  if (enterpriseId !== null) {
    const listed = warningListEntries(db, w).some((e) => e.enterpriseId === enterpriseId);
    if (!listed && !readEnterprisePlaces(db, [enterpriseId]).has(enterpriseId)) {
      return err(
        warningProblem('unsupported', {
          zh: `企业「${enterpriseId}」既不在清单上，也不在企业图层中`,
          en: `enterpriseId: no enterprise '${enterpriseId}' on the list or in the enterprises layer`,
        }),
      );
    }
  }
  const step = insertStep(
    db,
    warningId,
    { kind: body.kind, at: body.at ?? datasetPresent(db), enterpriseId, note: body.note, recordedBy: actor.username },
    at,
  );
  recordAudit(
    db,
    actor,
    { action: 'emergency.step.create', entity: 'emergency_warning', entityId: warningId, after: step },
    at,
  );
  return ok(step);
}

/**
 * Notifies listed enterprises of a warning (default: every one on its list); notifying one again updates the time
 * and channel unless it has acknowledged. Returns the warning's notifications.
 */
export function notifyEnterprises(
  db: Db,
  actor: Actor,
  warningId: number,
  body: z.infer<typeof notifyBodySchema>,
  at: string,
): Result<Notification[], WarningProblem> {
  const w = readWarning(db, warningId);
  if (!w) return err(warningNotFound(warningId));
  const entries = warningListEntries(db, w);
  const listed = new Set(entries.map((e) => e.enterpriseId));
  const ids = body.enterpriseIds ? [...new Set(body.enterpriseIds)] : [...listed];
  const unknown = ids.filter((id) => !listed.has(id));
  if (unknown.length > 0 || ids.length === 0) return err(notListed(warningId, unknown, entries.length > 0));
  const notifiedAt = body.notifiedAt ?? datasetPresent(db);
  for (const id of ids) upsertNotification(db, warningId, id, notifiedAt, body.channel, actor.username);
  recordAudit(
    db,
    actor,
    {
      action: 'emergency.notify',
      entity: 'emergency_warning',
      entityId: warningId,
      detail: { enterpriseIds: ids, channel: body.channel, notifiedAt },
    },
    at,
  );
  return ok(notificationViews(db, w, entries));
}

/** Records an enterprise's acknowledgement of its notification (once; not before the notification). */
export function acknowledge(
  db: Db,
  actor: Actor,
  warningId: number,
  enterpriseId: string,
  body: z.infer<typeof ackBodySchema>,
  at: string,
): Result<Notification, WarningProblem> {
  const w = readWarning(db, warningId);
  if (!w) return err(warningNotFound(warningId));
  const notification = readNotification(db, warningId, enterpriseId);
  if (!notification) {
    return err(
      warningProblem('not-found', {
        zh: `第 ${warningId} 号预警未通知企业「${enterpriseId}」，请先通知再登记回执`,
        en: `enterprise '${enterpriseId}' was not notified of warning ${warningId}; notify it first`,
      }),
    );
  }
  if (notification.acknowledgedAt !== null) {
    return err(
      warningProblem('conflict', {
        zh: `企业已于 ${notification.acknowledgedAt} 回执（${notification.acknowledgedBy ?? ''}）`,
        en: `enterprise '${enterpriseId}' acknowledged at ${notification.acknowledgedAt} already`,
      }),
    );
  }
  const acknowledgedAt = body.acknowledgedAt ?? datasetPresent(db);
  if (acknowledgedAt < notification.notifiedAt) {
    return err(
      warningProblem('unsupported', {
        zh: `回执时间（${acknowledgedAt}）不能早于通知时间（${notification.notifiedAt}）`,
        en: `acknowledgedAt: must not precede the notification (${notification.notifiedAt}); got ${acknowledgedAt}`,
      }),
    );
  }
  acknowledgeNotification(db, warningId, enterpriseId, acknowledgedAt, body.acknowledgedBy);
  recordAudit(
    db,
    actor,
    {
      action: 'emergency.acknowledge',
      entity: 'emergency_warning',
      entityId: warningId,
      detail: { enterpriseId, acknowledgedAt, acknowledgedBy: body.acknowledgedBy },
    },
    at,
  );
  const view = notificationViews(db, w, warningListEntries(db, w)).find((n) => n.enterpriseId === enterpriseId);
  return ok(view as Notification);
}

/**
 * Assigns resident supervisors (驻点监督) to listed enterprises, or with `userId` null removes one. Each account must
 * exist, be enabled and hold a role that supervises (inspector, duty, admin); each enterprise must be on the
 * warning's list: else 422 naming every offender and nothing is written. Returns the warning's supervisors.
 */
export function assignSupervisors(
  db: Db,
  actor: Actor,
  warningId: number,
  body: z.infer<typeof supervisorsBodySchema>,
  at: string,
): Result<Supervisor[], WarningProblem> {
  const w = readWarning(db, warningId);
  if (!w) return err(warningNotFound(warningId));
  const entries = warningListEntries(db, w);
  const listed = new Set(entries.map((e) => e.enterpriseId));
  const unknown = body.assignments.map((a) => a.enterpriseId).filter((id) => !listed.has(id));
  if (unknown.length > 0) return err(notListed(warningId, [...new Set(unknown)], entries.length > 0));
  const problems: { zh: string; en: string }[] = [];
  const accounts = new Map<number, NonNullable<ReturnType<typeof readAccount>>>();
  for (const userId of new Set(body.assignments.flatMap((a) => (a.userId === null ? [] : [a.userId])))) {
    const account = readAccount(db, userId);
    if (!account) problems.push({ zh: `没有编号为 ${userId} 的账号`, en: `no account ${userId}` });
    else if (account.disabled) {
      problems.push({ zh: `账号 ${account.username} 已停用`, en: `account ${account.username} is disabled` });
    } else if (!SUPERVISOR_ROLES.includes(account.role)) {
      problems.push({
        zh: `账号 ${account.username} 的角色不能担任驻点监督（须为巡查员、应急值守或管理员）`,
        en: `account ${account.username} is a ${account.role}; supervisors are inspectors, duty officers or admins`,
      });
    } else accounts.set(userId, account);
  }
  if (problems.length > 0) {
    return err(
      warningProblem('unsupported', {
        zh: `驻点监督人员：${problems.map((p) => p.zh).join('；')}`,
        en: `assignments: ${problems.map((p) => p.en).join('; ')}`,
      }),
    );
  }
  const assignedAt = datasetPresent(db);
  const before = supervisorViews(db, warningId);
  for (const a of body.assignments) {
    const account = a.userId === null ? undefined : accounts.get(a.userId);
    if (!account) deleteSupervisor(db, warningId, a.enterpriseId);
    else {
      upsertSupervisor(db, warningId, {
        enterpriseId: a.enterpriseId,
        userId: account.id,
        username: account.username,
        assignedAt,
        assignedBy: actor.username,
      });
    }
  }
  const after = supervisorViews(db, warningId);
  recordAudit(
    db,
    actor,
    { action: 'emergency.supervisors', entity: 'emergency_warning', entityId: warningId, before, after },
    at,
  );
  return ok(after);
}
