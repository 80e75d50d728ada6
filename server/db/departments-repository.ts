import { ageInDays, routeAlert } from '../departments/alert-routing.ts';
import { tallyPlanItems } from '../departments/plan-item-overdue.ts';
import { taskDepartmentRows, type UnmappedUnit } from '../departments/unit-departments.ts';
import type { DepartmentDetail, DepartmentSummary } from '../schema/departments.ts';
import type { DepartmentKind, TaskDepartmentRole } from '../schema/enums/department.ts';
import { readAlertRouting } from './department-routing-reads.ts';
import { listFunds } from './departments-funds.ts';
import { listPlanItems } from './departments-plan-items.ts';
import type { Db } from './open-database.ts';

interface DepartmentRow {
  id: string;
  name: string;
  name_en: string;
  kind: DepartmentKind;
  township_code: string | null;
  position: number;
  provenance: DepartmentSummary['provenance'];
  source: string;
}
interface OpenAlertRow {
  id: number;
  rule: string;
  task: number;
  title: string;
  township_code: string;
  raised_at: string;
  status: string;
  department_id: string | null;
}
interface OpenCaseRow {
  id: number;
  number: string;
  entity_layer: string;
  entity_id: string;
  entity_name: string;
  township_code: string;
  department_id: string;
  stage: string;
  rectification_due_on: string | null;
}
interface RequestRow {
  id: number;
  visit_id: number;
  enterprise_id: string;
  visited_at: string;
  text: string;
  category: string;
  status: string;
  department_id: string;
}

/** Everything the department reads gather at one as-of (`asOf`: CST minute). */
interface DepartmentFacts {
  asOfDay: string;
  departments: DepartmentRow[];
  roles: { task: number; department_id: string; role: TaskDepartmentRole }[];
  alerts: (OpenAlertRow & { effective: string | null; routed: 'explicit' | 'default' })[];
  cases: (OpenCaseRow & { overdue: boolean })[];
  requests: RequestRow[];
}

/** Whether `table` exists (the other engineers' tables exist from migration 0012 on; be safe on older schemas). */
const hasTable = (db: Db, table: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;

function readFacts(db: Db, asOf: string, departmentId?: string): DepartmentFacts {
  const asOfDay = asOf.slice(0, 10);
  const departments = (
    departmentId
      ? db.prepare('SELECT * FROM departments WHERE id = ?').all(departmentId)
      : db.prepare('SELECT * FROM departments ORDER BY position, id').all()
  ) as DepartmentRow[];
  const roles = db.prepare('SELECT task, department_id, role FROM task_departments ORDER BY task').all() as {
    task: number;
    department_id: string;
    role: TaskDepartmentRole;
  }[];
  const routing = readAlertRouting(db);
  const alerts = (
    db
      .prepare(
        `SELECT id, rule, task, title, township_code, raised_at, status, department_id FROM alerts
         WHERE raised_at <= ? AND (cleared_at IS NULL OR cleared_at > ?) AND status IN ('open', 'assigned')
         ORDER BY raised_at, id`,
      )
      .all(asOf, asOf) as OpenAlertRow[]
  ).flatMap((a) => {
    const route = routeAlert(a.task, a.department_id, routing);
    return route.routed ? [{ ...a, effective: route.department?.id ?? null, routed: route.routed }] : [];
  });
  const cases = hasTable(db, 'enforcement_cases')
    ? (
        db
          .prepare(
            `SELECT id, number, entity_layer, entity_id, entity_name, township_code, department_id, stage,
               rectification_due_on FROM enforcement_cases
             WHERE substr(opened_at, 1, 16) <= ? AND (closed_at IS NULL OR substr(closed_at, 1, 16) > ?)
             ORDER BY opened_at, id LIMIT 20000`,
          )
          .all(asOf, asOf) as OpenCaseRow[]
      ).map((c) => ({
        ...c,
        overdue: c.stage === 'rectifying' && c.rectification_due_on !== null && c.rectification_due_on < asOfDay,
      }))
    : [];
  const requests = hasTable(db, 'assistance_requests')
    ? (db
        .prepare(
          `SELECT r.id, r.visit_id, v.enterprise_id, v.visited_at, r.text, r.category, r.status, r.department_id
           FROM assistance_requests r JOIN assistance_visits v ON v.id = r.visit_id
           WHERE r.status = 'open' AND substr(v.visited_at, 1, 16) <= ? ORDER BY v.visited_at, r.id LIMIT 20000`,
        )
        .all(asOf) as RequestRow[])
    : [];
  return { asOfDay, departments, roles, alerts, cases, requests };
}

function summarise(db: Db, facts: DepartmentFacts, d: DepartmentRow): DepartmentSummary {
  const year = Number(facts.asOfDay.slice(0, 4));
  const items = listPlanItems(db, facts.asOfDay, { department: d.id, year });
  const funds = listFunds(db, { department: d.id, year }).filter((f) => f.status !== 'cancelled');
  const roleCount = (role: TaskDepartmentRole) =>
    facts.roles.filter((r) => r.department_id === d.id && r.role === role).length;
  const { total, done, overdue, meanProgress } = tallyPlanItems(items, facts.asOfDay);
  const cases = facts.cases.filter((c) => c.department_id === d.id);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    id: d.id,
    name: d.name,
    nameEn: d.name_en,
    kind: d.kind,
    townshipCode: d.township_code,
    position: d.position,
    provenance: d.provenance,
    source: d.source,
    tasks: { lead: roleCount('lead'), cooperating: roleCount('cooperating'), responsible: roleCount('responsible') },
    openAlerts: facts.alerts.filter((a) => a.effective === d.id).length,
    openCases: cases.length,
    overdueRectifications: cases.filter((c) => c.overdue).length,
    planItems: { total, done, overdue, meanProgress },
    funds: {
      totalWan: round(funds.reduce((s, f) => s + f.amountWan, 0)),
      disbursedWan: round(funds.reduce((s, f) => s + f.disbursedWan, 0)),
    },
    openRequests: facts.requests.filter((r) => r.department_id === d.id).length,
  };
}

/** The units of the plan's task table that name no department (相关企业, 领导组成员单位 …). */
export function readUnmappedUnits(db: Db): UnmappedUnit[] {
  const tasks = db
    .prepare('SELECT number, lead_units, cooperating_units, responsible_units FROM plan_tasks ORDER BY number')
    .all() as { number: number; lead_units: string; cooperating_units: string; responsible_units: string }[];
  return taskDepartmentRows(
    tasks.map((t) => ({
      number: t.number,
      leadUnits: JSON.parse(t.lead_units) as string[],
      cooperatingUnits: JSON.parse(t.cooperating_units) as string[],
      responsibleUnits: JSON.parse(t.responsible_units) as string[],
    })),
    [],
  ).unmapped;
}

/** Every department (optionally of one kind) with what it owns and what is late at `asOf` (CST minute). */
export function listDepartmentSummaries(db: Db, asOf: string, kind?: DepartmentKind): DepartmentSummary[] {
  const facts = readFacts(db, asOf);
  return facts.departments.filter((d) => !kind || d.kind === kind).map((d) => summarise(db, facts, d));
}

/** One department with its lists at `asOf`, or undefined; `withUsers`: include its accounts (admins). */
export function readDepartmentDetail(
  db: Db,
  id: string,
  asOf: string,
  withUsers: boolean,
): DepartmentDetail | undefined {
  const facts = readFacts(db, asOf, id);
  const d = facts.departments[0];
  if (!d) return undefined;
  const year = Number(facts.asOfDay.slice(0, 4));
  const titles = new Map(
    (db.prepare('SELECT number, title FROM plan_tasks').all() as { number: number; title: string }[]).map((t) => [
      t.number,
      t.title,
    ]),
  );
  const users = withUsers
    ? (db
        .prepare(
          `SELECT id, username, display_name AS displayName, role FROM users WHERE department_id = ?
           ORDER BY username`,
        )
        .all(id) as NonNullable<DepartmentDetail['users']>)
    : null;
  return {
    asOf,
    department: summarise(db, facts, d),
    tasks: facts.roles
      .filter((r) => r.department_id === id)
      .map((r) => ({ number: r.task, title: titles.get(r.task) ?? '', role: r.role })),
    alerts: facts.alerts
      .filter((a) => a.effective === id)
      .slice(0, 500)
      .map((a) => ({
        id: a.id,
        rule: a.rule,
        task: a.task,
        title: JSON.parse(a.title) as DepartmentDetail['alerts'][number]['title'],
        township: a.township_code,
        raisedAt: a.raised_at,
        status: a.status,
        ageDays: ageInDays(a.raised_at, asOf),
        routed: a.routed,
      })),
    cases: facts.cases
      .filter((c) => c.department_id === id)
      .slice(0, 500)
      .map((c) => ({
        id: c.id,
        number: c.number,
        entityLayer: c.entity_layer,
        entityId: c.entity_id,
        entityName: c.entity_name,
        township: c.township_code,
        stage: c.stage,
        dueOn: c.rectification_due_on,
        overdue: c.overdue,
      })),
    planItems: listPlanItems(db, facts.asOfDay, { department: id, year }),
    funds: listFunds(db, { department: id, year }),
    requests: facts.requests
      .filter((r) => r.department_id === id)
      .slice(0, 500)
      .map((r) => ({
        id: r.id,
        visitId: r.visit_id,
        enterpriseId: r.enterprise_id,
        visitedAt: r.visited_at,
        text: r.text,
        category: r.category,
        status: r.status,
      })),
    users,
  };
}
