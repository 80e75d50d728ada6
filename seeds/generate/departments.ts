/**
 * Departments and responsibility (issue 17; 五、保障措施 S1, S3, S5): the departments with the tasks they lead,
 * cooperate on or answer for, each township's first responsible persons (placeholder names), the departments' 2023
 * plan items for air-pollution work and the special funds.
 *
 * @module
 */
import type { Db } from '../../server/db/open-database.ts';
import {
  namedDepartments,
  townshipDepartmentId,
  townshipGovernment,
  type DirectoryTownship,
} from '../../server/departments/department-directory.ts';
import { taskDepartmentRows } from '../../server/departments/unit-departments.ts';
import type { FundPurpose, FundStatus, PlanItemStatus } from '../../server/schema/enums/department.ts';
import { formatDate } from '../../server/time/cst.ts';
import { insertRows } from '../insert-rows.ts';
import type { GeneratorContext } from './context.ts';

/** The `source` of the departments the plan's task table names. */
export const NAMED_DEPARTMENT_SOURCE = '《忻府区2023年大气污染防治行动计划》任务表所列牵头、配合和责任单位';
/** The `source` of the township governments. */
export const TOWNSHIP_DEPARTMENT_SOURCE =
  '由乡镇（街道）名称推得（街道 → 街道办事处，镇、乡 → 人民政府），非正式机构名录；请以正式名称核对。';
/** The `source` of the seeded township leaders. */
export const LEADER_SOURCE = '演示数据（合成）：占位姓名（某某），非真实人员；真实名单请导入。';
/** The `source` of the seeded plan items. */
export const PLAN_ITEM_SOURCE =
  '演示数据（合成）：按各部门牵头的行动计划任务随机生成的年度计划事项、完成时限和进度；请以部门年度计划替换。';
/** The `source` of the seeded special funds. */
export const FUND_SOURCE =
  '演示数据（合成）：按行动计划列出的资金用途随机生成的项目、金额（万元）和拨付状态；请以财政部门台账替换。';

const surnames = ['张', '王', '李', '赵', '刘', '陈', '杨', '郭', '高', '武', '田', '任', '贾', '薛', '梁', '侯'];
const itemSteps = ['制定年度工作方案', '开展专项检查', '季度调度推进', '建立工作台账', '年度总结评估'];

interface TaskRow {
  number: number;
  title: string;
  lead_units: string;
  cooperating_units: string;
  responsible_units: string;
}

/** A task's title without its closing full stop. */
const shortTitle = (title: string) => title.replace(/[。.]$/, '').slice(0, 30);

/** Inserts departments, task_departments, township_leaders, department_plan_items and special_funds. */
export function seedDepartments(db: Db, ctx: GeneratorContext): void {
  const townships: DirectoryTownship[] = ctx.ref.townships.map((t) => ({
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    kind: t.kind,
  }));
  const governments = townships.map(townshipGovernment);
  const departments = [
    ...namedDepartments.map((d) => ({ ...d, provenance: 'official', source: NAMED_DEPARTMENT_SOURCE })),
    ...governments.map((d) => ({ ...d, provenance: 'approximate', source: TOWNSHIP_DEPARTMENT_SOURCE })),
  ];
  insertRows(
    db,
    'departments',
    departments.map((d, i) => ({
      id: d.id,
      name: d.name,
      name_en: d.nameEn,
      kind: d.kind,
      township_code: d.townshipCode,
      position: i + 1,
      provenance: d.provenance,
      source: d.source,
    })),
  );

  const tasks = db
    .prepare('SELECT number, title, lead_units, cooperating_units, responsible_units FROM plan_tasks ORDER BY number')
    .all() as TaskRow[];
  const { rows } = taskDepartmentRows(
    tasks.map((t) => ({
      number: t.number,
      leadUnits: JSON.parse(t.lead_units) as string[],
      cooperatingUnits: JSON.parse(t.cooperating_units) as string[],
      responsibleUnits: JSON.parse(t.responsible_units) as string[],
    })),
    governments.map((g) => g.id),
  );
  insertRows(
    db,
    'task_departments',
    rows.map((r) => ({ task: r.task, department_id: r.department_id, role: r.role })),
  );

  seedLeaders(db, ctx, townships);
  seedPlanItems(
    db,
    ctx,
    rows,
    tasks,
    governments.map((g) => g.id),
  );
  seedFunds(db, ctx, townships);
}

function seedLeaders(db: Db, ctx: GeneratorContext, townships: readonly DirectoryTownship[]): void {
  const rng = ctx.rngFor('department-leaders');
  insertRows(
    db,
    'township_leaders',
    townships.flatMap((t) => {
      const subdistrict = t.kind === 'subdistrict';
      const head = subdistrict ? '街道办事处主任' : t.kind === 'town' ? '镇长' : '乡长';
      const since = formatDate(ctx.year - rng.int(1, 4), rng.int(1, 12), rng.int(1, 28));
      const person = (role: string, post: string) => ({
        township_code: t.code,
        name: `${rng.pick(surnames)}某某`,
        post,
        role,
        phone: null,
        since,
        until: null,
        provenance: 'synthetic',
        source: LEADER_SOURCE,
      });
      return [person('party-secretary', subdistrict ? '党工委书记' : '党委书记'), person('government-head', head)];
    }),
  );
}

function seedPlanItems(
  db: Db,
  ctx: GeneratorContext,
  taskDepartments: readonly { task: number; department_id: string; role: string }[],
  tasks: readonly TaskRow[],
  townshipIds: readonly string[],
): void {
  const rng = ctx.rngFor('department-plan-items');
  const titleOf = new Map(tasks.map((t) => [t.number, shortTitle(t.title)]));
  const asOfDay = `${ctx.year}-12-31`;
  const items: Record<string, string | number | null>[] = [];
  const add = (departmentId: string, task: number | null, title: string) => {
    const month = rng.int(3, 12);
    const dueOn = formatDate(ctx.year, month, month === 2 ? 28 : month === 12 ? 31 : 30);
    let status: PlanItemStatus;
    let progress: number;
    if (rng.chance(0.03)) {
      status = 'cancelled';
      progress = rng.int(0, 30);
    } else if (dueOn < asOfDay ? rng.chance(0.85) : rng.chance(0.4)) {
      status = 'done';
      progress = 100;
    } else {
      progress = rng.int(0, 19) * 5;
      status = progress > 0 ? 'in-progress' : 'not-started';
    }
    const doneOn = status === 'done' ? (dueOn < asOfDay ? dueOn.slice(0, 8) + String(rng.int(10, 28)) : asOfDay) : null;
    items.push({
      department_id: departmentId,
      year: ctx.year,
      title,
      task,
      due_on: dueOn,
      progress,
      status,
      done_on: doneOn,
      note: null,
      updated_at: `${ctx.year}-12-31T09:00`,
      provenance: 'synthetic',
      source: PLAN_ITEM_SOURCE,
    });
  };
  for (const td of taskDepartments) {
    if (td.role !== 'lead') continue;
    for (const step of [rng.pick(itemSteps.slice(0, 2)), rng.pick(itemSteps.slice(2))]) {
      add(td.department_id, td.task, `${titleOf.get(td.task) ?? `任务${td.task}`}：${step}`);
    }
  }
  for (const id of townshipIds) add(id, null, '乡镇（街道）大气污染防治年度工作计划：网格化巡查和散煤管控');
  insertRows(db, 'department_plan_items', items);
}

const fundPlans: readonly {
  department: string;
  purpose: FundPurpose;
  project: string;
  task: number | null;
  min: number;
  max: number;
}[] = [
  {
    department: 'energy',
    purpose: 'loose-coal',
    project: '冬季清洁取暖“煤改电”“煤改气”补贴',
    task: 7,
    min: 800,
    max: 2400,
  },
  { department: 'energy', purpose: 'loose-coal', project: '洁净型煤替代和散煤市场清理', task: 7, min: 150, max: 500 },
  {
    department: 'eco-env',
    purpose: 'deep-treatment',
    project: '工业炉窑和锅炉深度治理奖补',
    task: 4,
    min: 300,
    max: 900,
  },
  {
    department: 'eco-env',
    purpose: 'deep-treatment',
    project: '挥发性有机物源头替代和治理设施提升',
    task: 13,
    min: 100,
    max: 400,
  },
  { department: 'eco-env', purpose: 'monitoring', project: '乡镇空气质量微站运维', task: null, min: 80, max: 260 },
  { department: 'eco-env', purpose: 'monitoring', project: '降尘监测点位建设', task: 12, min: 30, max: 120 },
  { department: 'eco-env', purpose: 'capacity', project: '移动执法和走航监测能力建设', task: null, min: 60, max: 200 },
  { department: 'housing', purpose: 'capacity', project: '施工工地扬尘在线监控平台', task: 11, min: 40, max: 150 },
  { department: 'market', purpose: 'capacity', project: '油品快检设备购置', task: 17, min: 20, max: 80 },
];

function seedFunds(db: Db, ctx: GeneratorContext, townships: readonly DirectoryTownship[]): void {
  const rng = ctx.rngFor('department-funds');
  const statuses: readonly (readonly [FundStatus, number])[] = [
    ['planned', 1],
    ['approved', 2],
    ['disbursing', 4],
    ['completed', 3],
  ];
  const rows = fundPlans.map((f) => {
    const amount = rng.int(f.min, f.max);
    const status = rng.weighted(statuses);
    const disbursed =
      status === 'completed' ? amount : status === 'disbursing' ? Math.round(amount * rng.range(0.2, 0.8)) : 0;
    const township = f.purpose === 'loose-coal' && rng.chance(0.5) ? rng.pick(townships).code : null;
    return {
      department_id: f.department,
      year: ctx.year,
      project: f.project,
      purpose: f.purpose,
      amount_wan: amount,
      disbursed_wan: disbursed,
      status,
      task: f.task,
      township_code: township,
      note: null,
      provenance: 'synthetic',
      source: FUND_SOURCE,
    };
  });
  const heating = rng.pick(townships.filter((t) => t.kind !== 'subdistrict'));
  rows.push({
    department_id: townshipDepartmentId(heating.code),
    year: ctx.year,
    project: `${heating.name}农村清洁取暖配套电网改造`,
    purpose: 'loose-coal',
    amount_wan: rng.int(100, 300),
    disbursed_wan: 0,
    status: 'approved',
    task: 7,
    township_code: heating.code,
    note: null,
    provenance: 'synthetic',
    source: FUND_SOURCE,
  });
  insertRows(db, 'special_funds', rows);
}
