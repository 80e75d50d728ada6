import { Hono } from 'hono';
import { can } from '../auth/permissions.ts';
import { resolveAsOf } from '../db/dataset-meta.ts';
import { townshipCodesByName } from '../db/department-lookups.ts';
import { listFunds } from '../db/departments-funds.ts';
import { readLeaders } from '../db/departments-leaders.ts';
import { listPlanItems, readPlanItem } from '../db/departments-plan-items.ts';
import { listDepartmentSummaries, readDepartmentDetail, readUnmappedUnits } from '../db/departments-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { parseLeaderRows } from '../departments/parse-leaders-csv.ts';
import { tallyFunds } from '../departments/tally-funds.ts';
import { readCsvRows } from '../import/parse-emergency-list.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { booleanParamSchema, townshipCodeSchema } from '../schema/common.ts';
import {
  departmentIdSchema,
  departmentsQuerySchema,
  fundCreateSchema,
  fundPatchSchema,
  fundsQuerySchema,
  leadersBodySchema,
  leadersQuerySchema,
  planItemCreateSchema,
  planItemPatchSchema,
  planItemsQuerySchema,
  type DepartmentDetail,
  type DepartmentsResponse,
  type FundsResponse,
  type LeadersImportResponse,
  type LeadersResponse,
  type PlanItemsResponse,
} from '../schema/departments.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import {
  createFund,
  createPlanItem,
  departmentPatchFields,
  patchFund,
  patchPlanItem,
  replaceTownshipLeaders,
} from '../services/department-registers.ts';
import { toCstMinute } from '../time/cst.ts';

/**
 * Departments and responsibility (部门, issue 17; S1, S2, S3, S5, S9), mounted at /api/departments:
 *
 * - GET / (`read`, as-of aware): every department with what it owns and what is late (tasks by role, open alerts
 *   routed to it, open cases and overdue rectifications, plan items, funds, open requests) and the plan's units that
 *   name no department.
 * - GET /leaders (`read`): each township's first responsible persons in post at the as-of; PUT /leaders/:township
 *   (`edit`): replace the roster (the current leaders get `until`).
 * - GET /plan-items (`read`; department, year, status, overdue), POST /plan-items (`edit`), PATCH /plan-items/:id
 *   (`edit`, or a user of the item's department for progress, status, done date and note).
 * - GET /funds (`read`; department, year, purpose, status; totals by purpose and status), POST /funds and
 *   PATCH /funds/:id (`edit`).
 * - GET /:id (`read`, as-of aware): one department with its tasks, open alerts, open cases, plan items, funds,
 *   requests and (admins only) its accounts.
 *
 * Every write is audited in its transaction (`leader.replace`, `plan-item.*`, `fund.*`).
 */
/** Largest leaders' CSV accepted, bytes. */
const MAX_LEADER_CSV_BYTES = 256 * 1024;

export function departmentRoutes(db: Db, writer: Writer, now: () => number) {
  const clock = () => {
    const date = new Date(now());
    const minute = toCstMinute(date);
    return { at: date.toISOString(), minute, today: minute.slice(0, 10) };
  };
  const presentDay = () => datasetPresent(db).slice(0, 10);
  return (
    new Hono<AuthEnv>()
      // every department with its counts at the as-of
      .get('/', (c) => {
        const query = parseWith(departmentsQuerySchema, c.req.query(), 'query parameter');
        const asOf = resolveAsOf(db, query);
        const body: DepartmentsResponse = {
          asOf,
          departments: listDepartmentSummaries(db, asOf, query.kind),
          unmappedUnits: readUnmappedUnits(db),
        };
        return c.json(body);
      })
      // each township's leaders in post at the as-of
      .get('/leaders', (c) => {
        const query = parseWith(leadersQuerySchema, c.req.query(), 'query parameter');
        const asOf = resolveAsOf(db, query);
        const body: LeadersResponse = { asOf, townships: readLeaders(db, asOf.slice(0, 10), query.township) };
        return c.json(body);
      })
      // replace a township's roster
      .put('/leaders/:township', async (c) => {
        const township = parseWith(townshipCodeSchema, c.req.param('township'), 'township');
        const body = parseWith(leadersBodySchema, await readJsonBody(c), 'body');
        const user = currentUser(c);
        const time = clock();
        await writer.write((tx) =>
          replaceTownshipLeaders(tx, user, township, body, body.provenance, body.source, time.at),
        );
        const answer: LeadersResponse = {
          asOf: `${time.today}T23:59`,
          townships: readLeaders(db, time.today, township),
        };
        return c.json(answer);
      })
      // the leaders' CSV import (乡镇, 姓名, 职务, 角色, 起始日期): each township listed gets the rows as its roster
      .post('/leaders/import', async (c) => {
        const dryRun = parseWith(booleanParamSchema.optional(), c.req.query('dryRun'), 'dryRun') ?? false;
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.length === 0 || bytes.length > MAX_LEADER_CSV_BYTES) {
          throw new ApiError(400, 'invalid_request', {
            zh: `请上传 1 字节至 ${MAX_LEADER_CSV_BYTES / 1024} KB 的 CSV 文件`,
            en: `body: send a CSV file of 1 byte to ${MAX_LEADER_CSV_BYTES / 1024} KB`,
          });
        }
        const names = townshipCodesByName(db);
        const table = readCsvRows(bytes);
        const { rosters, problems } = parseLeaderRows(
          table.rows.map((r) => r.cells),
          names,
        );
        const all = [...table.cellProblems.map((p) => ({ row: p.row, text: p.text })), ...problems];
        const townships = [...rosters].map(([code, leaders]) => ({ code, leaders: leaders.length }));
        if (all.length || dryRun) {
          const checked: LeadersImportResponse = { dryRun, committed: false, townships, problems: all };
          return c.json(checked, all.length ? 400 : 200);
        }
        const user = currentUser(c);
        const time = clock();
        await writer.write((tx) => {
          for (const [code, leaders] of rosters) {
            replaceTownshipLeaders(tx, user, code, { leaders }, 'official', `导入（${user.username}）`, time.at);
          }
        });
        const body: LeadersImportResponse = { dryRun, committed: true, townships, problems: [] };
        return c.json(body);
      })
      // plan items, filtered
      .get('/plan-items', (c) => {
        const query = parseWith(planItemsQuerySchema, c.req.query(), 'query parameter');
        const asOf = resolveAsOf(db, query);
        const body: PlanItemsResponse = {
          asOf,
          items: listPlanItems(db, asOf.slice(0, 10), {
            department: query.department,
            year: query.year,
            status: query.status,
            overdue: query.overdue,
          }),
        };
        return c.json(body);
      })
      .post('/plan-items', async (c) => {
        const body = parseWith(planItemCreateSchema, await readJsonBody(c), 'body');
        const user = currentUser(c);
        const time = clock();
        const day = presentDay();
        const item = await writer.write((tx) => createPlanItem(tx, user, body, time.today, time.at, day));
        return c.json(item, 201);
      })
      .patch('/plan-items/:id', async (c) => {
        const id = parseIdParam(c.req.param('id'), 'plan item id');
        const body = parseWith(planItemPatchSchema, await readJsonBody(c), 'body');
        const user = currentUser(c);
        const day = presentDay();
        const item = readPlanItem(db, id, day);
        if (!item)
          throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的计划事项`, en: `no plan item ${id}` });
        if (!can(user.role, 'edit')) {
          if (user.department?.id !== item.departmentId) {
            throw new ApiError(403, 'forbidden', {
              zh: '只有管理员或该事项所属部门的用户可以更新进度',
              en: `plan item ${id} belongs to ${item.departmentId}: admins or its department's users only`,
            });
          }
          const other = Object.keys(body).filter((k) => !departmentPatchFields.includes(k));
          if (other.length) {
            throw new ApiError(403, 'forbidden', {
              zh: `部门用户只能更新进度、状态、完成日期和备注，不能修改：${other.join('、')}`,
              en: `a department's user may change only ${departmentPatchFields.join(', ')}; not ${other.join(', ')}`,
            });
          }
        }
        const time = clock();
        const after = await writer.write((tx) => patchPlanItem(tx, user, id, body, time, day));
        return c.json(after);
      })
      // special funds, filtered, with totals
      .get('/funds', (c) => {
        const query = parseWith(fundsQuerySchema, c.req.query(), 'query parameter');
        const funds = listFunds(db, query);
        const body: FundsResponse = { funds, ...tallyFunds(funds) };
        return c.json(body);
      })
      .post('/funds', async (c) => {
        const body = parseWith(fundCreateSchema, await readJsonBody(c), 'body');
        const user = currentUser(c);
        const { at } = clock();
        return c.json(await writer.write((tx) => createFund(tx, user, body, at)), 201);
      })
      .patch('/funds/:id', async (c) => {
        const id = parseIdParam(c.req.param('id'), 'fund id');
        const body = parseWith(fundPatchSchema, await readJsonBody(c), 'body');
        const user = currentUser(c);
        const { at } = clock();
        return c.json(await writer.write((tx) => patchFund(tx, user, id, body, at)));
      })
      // one department with its lists
      .get('/:id', (c) => {
        const id = parseWith(departmentIdSchema, c.req.param('id'), 'department id');
        const query = parseWith(departmentsQuerySchema, c.req.query(), 'query parameter');
        const asOf = resolveAsOf(db, query);
        const body: DepartmentDetail | undefined = readDepartmentDetail(
          db,
          id,
          asOf,
          can(currentUser(c).role, 'users'),
        );
        if (!body)
          throw new ApiError(404, 'not_found', { zh: `没有编号为「${id}」的部门`, en: `no department '${id}'` });
        return c.json(body);
      })
  );
}
