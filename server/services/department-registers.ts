/**
 * Writes of the departments' registers (issue 17; S1, S3, S5): township leaders, annual plan items, special funds,
 * and an alert's department. Each runs inside `writer.write` and records its audit entry in the same transaction.
 *
 * @module
 */
import { recordAudit, type Actor } from '../db/audit-log.ts';
import { planTaskExists, townshipExists } from '../db/department-lookups.ts';
import { departmentExists } from '../db/department-routing-reads.ts';
import { readAlertDepartmentId, writeAlertDepartmentId } from '../db/departments-assign.ts';
import { insertFund, readFund, updateFund, type FundFields } from '../db/departments-funds.ts';
import { replaceLeaders, type NewLeader } from '../db/departments-leaders.ts';
import { insertPlanItem, readPlanItem, updatePlanItem } from '../db/departments-plan-items.ts';
import type { Db } from '../db/open-database.ts';
import { mergePlanItem, type PlanItemChange } from '../departments/merge-plan-item.ts';
import { statusForProgress } from '../departments/plan-item-overdue.ts';
import { ApiError } from '../http/api-error.ts';
import type { Fund, FundCreate, FundPatch, PlanItem, PlanItemCreate } from '../schema/departments.ts';
import type { Provenance } from '../schema/enums/provenance.ts';

/** 400 naming the department unless it exists. */
export function assertDepartment(db: Db, id: string, field = 'departmentId'): void {
  if (departmentExists(db, id)) return;
  throw new ApiError(400, 'invalid_request', {
    zh: `部门：没有编号为「${id}」的部门`,
    en: `${field}: unknown department '${id}' (see GET /api/departments)`,
  });
}

function assertTask(db: Db, task: number | null | undefined): void {
  if (task === null || task === undefined) return;
  if (planTaskExists(db, task)) return;
  throw new ApiError(400, 'invalid_request', { zh: `任务：没有第 ${task} 项任务`, en: `task: no plan task ${task}` });
}

function assertTownship(db: Db, code: string | null | undefined): void {
  if (!code) return;
  if (townshipExists(db, code)) return;
  throw new ApiError(400, 'invalid_request', {
    zh: `乡镇：没有代码为 ${code} 的乡镇`,
    en: `townshipCode: unknown township ${code}`,
  });
}

/** Replaces a township's roster of first responsible persons (audited `leader.replace`). */
export function replaceTownshipLeaders(
  db: Db,
  actor: Actor,
  township: string,
  body: { leaders: readonly (Omit<NewLeader, 'phone'> & { phone?: string | null | undefined })[] },
  provenance: Provenance,
  source: string,
  at: string,
) {
  assertTownship(db, township);
  const leaders = body.leaders.map((l) => ({ ...l, phone: l.phone ?? null }));
  const outcome = replaceLeaders(db, township, leaders, provenance, source);
  recordAudit(
    db,
    actor,
    { action: 'leader.replace', entity: 'township', entityId: township, before: outcome.ended, after: outcome.added },
    at,
  );
  return outcome;
}

/** Adds a plan item (audited `plan-item.create`); `today`: the CST day of the write. */
export function createPlanItem(
  db: Db,
  actor: Actor,
  body: PlanItemCreate,
  today: string,
  at: string,
  asOfDay: string,
): PlanItem {
  assertDepartment(db, body.departmentId);
  assertTask(db, body.task);
  const status = statusForProgress(body.progress, 'not-started');
  const id = insertPlanItem(
    db,
    {
      departmentId: body.departmentId,
      year: body.year,
      title: body.title,
      task: body.task ?? null,
      dueOn: body.dueOn,
      progress: body.progress,
      status,
      doneOn: status === 'done' ? today : null,
      note: body.note ?? null,
    },
    `${today}T${at.slice(11, 16)}`,
    'official',
    `由 ${actor.username} 录入`,
  );
  const item = readPlanItem(db, id, asOfDay) as PlanItem;
  recordAudit(db, actor, { action: 'plan-item.create', entity: 'plan-item', entityId: id, after: item }, at);
  return item;
}

/** The fields a user of the item's own department may change without `edit`. */
export const departmentPatchFields: readonly string[] = ['progress', 'status', 'doneOn', 'note'];

/** Changes a plan item (audited `plan-item.update`); 404 when there is none, 400 for an inconsistent change. */
export function patchPlanItem(
  db: Db,
  actor: Actor,
  id: number,
  change: PlanItemChange,
  now: { today: string; minute: string; at: string },
  asOfDay: string,
): PlanItem {
  const before = readPlanItem(db, id, asOfDay);
  if (!before) throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的计划事项`, en: `no plan item ${id}` });
  assertTask(db, change.task);
  const merged = mergePlanItem(before, change, now.today);
  if (!merged.ok) throw new ApiError(400, 'invalid_request', merged.text);
  updatePlanItem(db, id, { ...merged.value, departmentId: before.departmentId, year: before.year }, now.minute);
  const after = readPlanItem(db, id, asOfDay) as PlanItem;
  recordAudit(db, actor, { action: 'plan-item.update', entity: 'plan-item', entityId: id, before, after }, now.at);
  return after;
}

function assertFund(db: Db, fund: FundFields): void {
  assertDepartment(db, fund.departmentId);
  assertTask(db, fund.task);
  assertTownship(db, fund.townshipCode);
  if (fund.disbursedWan > fund.amountWan) {
    throw new ApiError(400, 'invalid_request', {
      zh: '已拨付金额不能超过安排金额',
      en: `disbursedWan: ${fund.disbursedWan} exceeds amountWan ${fund.amountWan}`,
    });
  }
}

/** Registers a fund (audited `fund.create`). */
export function createFund(db: Db, actor: Actor, body: FundCreate, at: string): Fund {
  const fields: FundFields = {
    ...body,
    task: body.task ?? null,
    townshipCode: body.townshipCode ?? null,
    note: body.note ?? null,
  };
  assertFund(db, fields);
  const id = insertFund(db, fields, 'official', `由 ${actor.username} 录入`);
  const fund = readFund(db, id) as Fund;
  recordAudit(db, actor, { action: 'fund.create', entity: 'fund', entityId: id, after: fund }, at);
  return fund;
}

/** Changes a fund (audited `fund.update`); 404 when there is none. */
export function patchFund(db: Db, actor: Actor, id: number, patch: FundPatch, at: string): Fund {
  const before = readFund(db, id);
  if (!before) throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的专项资金`, en: `no fund ${id}` });
  const { id: _id, departmentName: _name, provenance: _p, source: _s, ...stored } = before;
  const fields: FundFields = { ...stored, ...patch };
  assertFund(db, fields);
  updateFund(db, id, fields);
  const after = readFund(db, id) as Fund;
  recordAudit(db, actor, { action: 'fund.update', entity: 'fund', entityId: id, before, after }, at);
  return after;
}

/** Routes an alert to a department, or back to its task's default (null); audited `alert.route`. */
export function routeAlertTo(db: Db, actor: Actor, alertId: number, departmentId: string | null, at: string): void {
  if (departmentId !== null) assertDepartment(db, departmentId);
  const before = readAlertDepartmentId(db, alertId);
  if (before === undefined) {
    throw new ApiError(404, 'not_found', { zh: `没有编号为 ${alertId} 的告警`, en: `no alert ${alertId}` });
  }
  writeAlertDepartmentId(db, alertId, departmentId);
  recordAudit(
    db,
    actor,
    {
      action: 'alert.route',
      entity: 'alert',
      entityId: alertId,
      before: { departmentId: before },
      after: { departmentId },
    },
    at,
  );
}
