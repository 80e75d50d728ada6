/**
 * Departments and responsibility (部门, issue 17; 五、保障措施 S1, S2, S3, S5, S9): the schemas of
 * `/api/departments` (every department with what it owns; one department with its lists), the township leaders
 * (第一责任人), the departments' annual plan items and the special funds, and the department reference that users
 * and alerts carry. The 部门 view imports the response types (`import type`).
 *
 * @module
 */
import { z } from 'zod';
import {
  asOfQuery,
  booleanParamSchema,
  calendarDateSchema,
  listParamSchema,
  localizedSchema,
  provenanceSchema,
  textSchema,
  townshipCodeSchema,
} from './common.ts';
import {
  departmentKinds,
  fundPurposes,
  fundStatuses,
  leaderRoles,
  planItemStatuses,
  taskDepartmentRoles,
} from './enums/department.ts';
import { roles } from './enums/role.ts';

export {
  departmentKindLabels,
  fundPurposeLabels,
  fundStatusLabels,
  leaderRoleLabels,
  planItemStatusLabels,
  taskDepartmentRoleLabels,
} from './enums/department.ts';

/** A department id: a slug such as `eco-env` or `township-140902001`. */
export const departmentIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a department id such as eco-env or township-140902001');

/** A department as users and alerts carry it: id and names. */
export const departmentRefSchema = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });
export type DepartmentRef = z.infer<typeof departmentRefSchema>;

const yearSchema = z.number().int().min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier');
const yearQuerySchema = z
  .string()
  .regex(/^\d{4}$/, 'must be a year such as 2023')
  .transform(Number)
  .pipe(yearSchema);
const taskSchema = z.number().int().min(1, 'must be a plan task number (1–17)').max(17, 'must be a plan task number');
const titleSchema = textSchema().trim().min(1, 'required').max(120, 'at most 120 characters');
const noteSchema = textSchema({ multiline: true }).trim().max(1000, 'at most 1,000 characters');
const amountSchema = z.number().finite().min(0, 'must not be negative').max(1_000_000, 'at most 1,000,000 万元');

/** What a department owns and what is late, as GET /api/departments counts it at the as-of. */
export const departmentSummarySchema = departmentRefSchema.extend({
  kind: z.enum(departmentKinds),
  townshipCode: z.string().nullable(),
  position: z.number().int(),
  provenance: provenanceSchema,
  source: z.string(),
  /** Tasks it leads, cooperates on, answers for. */
  tasks: z.object({ lead: z.number().int(), cooperating: z.number().int(), responsible: z.number().int() }),
  /** Alerts in force at the as-of, open or assigned, whose effective department it is. */
  openAlerts: z.number().int(),
  /** Enforcement cases it handles that are not closed, and those overdue in rectification. */
  openCases: z.number().int(),
  overdueRectifications: z.number().int(),
  /** Its annual plan items of the as-of's year. */
  planItems: z.object({
    total: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    /** Mean progress (percent) of the items not cancelled; null when there are none. */
    meanProgress: z.number().nullable(),
  }),
  /** Its special funds of the as-of's year (万元; cancelled ones left out). */
  funds: z.object({ totalWan: z.number(), disbursedWan: z.number() }),
  /** Enterprises' requests (诉求) from assistance visits it must answer, still open. */
  openRequests: z.number().int(),
});
export type DepartmentSummary = z.infer<typeof departmentSummarySchema>;

/** A plan unit that names no department (相关企业, 领导组成员单位 …). */
export const unmappedUnitSchema = z.object({
  task: z.number().int(),
  role: z.enum(taskDepartmentRoles),
  unit: z.string(),
});

/** Query of GET /api/departments and GET /api/departments/:id. */
export const departmentsQuerySchema = asOfQuery({ kind: z.enum(departmentKinds).optional() });

/** Body of GET /api/departments. */
export const departmentsResponseSchema = z.object({
  asOf: z.string(),
  departments: z.array(departmentSummarySchema),
  unmappedUnits: z.array(unmappedUnitSchema),
});
export type DepartmentsResponse = z.infer<typeof departmentsResponseSchema>;

/** A department's annual plan item (S3). */
export const planItemSchema = z.object({
  id: z.number().int(),
  departmentId: z.string(),
  departmentName: z.string(),
  year: z.number().int(),
  title: z.string(),
  task: z.number().int().nullable(),
  dueOn: z.string(),
  progress: z.number().int(),
  status: z.enum(planItemStatuses),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  updatedAt: z.string(),
  provenance: provenanceSchema,
  source: z.string(),
  /** Not done or cancelled and due before the as-of's day (the due day itself is not late). */
  overdue: z.boolean(),
});
export type PlanItem = z.infer<typeof planItemSchema>;

/** A special fund (S5), amounts in 万元. */
export const fundSchema = z.object({
  id: z.number().int(),
  departmentId: z.string(),
  departmentName: z.string(),
  year: z.number().int(),
  project: z.string(),
  purpose: z.enum(fundPurposes),
  amountWan: z.number(),
  disbursedWan: z.number(),
  status: z.enum(fundStatuses),
  task: z.number().int().nullable(),
  townshipCode: z.string().nullable(),
  note: z.string().nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type Fund = z.infer<typeof fundSchema>;

/** An open enforcement case as a department's detail lists it. */
export const departmentCaseSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  entityLayer: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  township: z.string(),
  stage: z.string(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
});

/** An open alert routed to a department. */
export const departmentAlertSchema = z.object({
  id: z.number().int(),
  rule: z.string(),
  task: z.number().int(),
  title: localizedSchema,
  township: z.string(),
  raisedAt: z.string(),
  status: z.string(),
  /** Whole days since it was raised, at the as-of. */
  ageDays: z.number().int(),
  /** Whether it was routed here explicitly (else: the task's lead department by default). */
  routed: z.enum(['explicit', 'default']),
});

/** Body of GET /api/departments/:id. */
export const departmentDetailSchema = z.object({
  asOf: z.string(),
  department: departmentSummarySchema,
  tasks: z.array(z.object({ number: z.number().int(), title: z.string(), role: z.enum(taskDepartmentRoles) })),
  alerts: z.array(departmentAlertSchema),
  cases: z.array(departmentCaseSchema),
  planItems: z.array(planItemSchema),
  funds: z.array(fundSchema),
  requests: z.array(
    z.object({
      id: z.number().int(),
      visitId: z.number().int(),
      enterpriseId: z.string(),
      visitedAt: z.string(),
      text: z.string(),
      category: z.string(),
      status: z.string(),
    }),
  ),
  /** Its accounts (admins only; null for others). */
  users: z
    .array(z.object({ id: z.number().int(), username: z.string(), displayName: z.string(), role: z.enum(roles) }))
    .nullable(),
});
export type DepartmentDetail = z.infer<typeof departmentDetailSchema>;

/** A township's first responsible person (第一责任人, S1) or deputy in charge. */
export const leaderSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  post: z.string(),
  role: z.enum(leaderRoles),
  phone: z.string().nullable(),
  since: z.string(),
  until: z.string().nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type Leader = z.infer<typeof leaderSchema>;

/** Query of GET /api/departments/leaders. */
export const leadersQuerySchema = asOfQuery({ township: townshipCodeSchema.optional() });

/** Body of GET /api/departments/leaders: each township's leaders in post at the as-of. */
export const leadersResponseSchema = z.object({
  asOf: z.string(),
  townships: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      departmentId: z.string(),
      leaders: z.array(leaderSchema),
    }),
  ),
});
export type LeadersResponse = z.infer<typeof leadersResponseSchema>;

const leaderEntrySchema = z
  .object({
    name: textSchema().trim().min(1, 'required').max(40, 'at most 40 characters'),
    post: textSchema().trim().min(1, 'required').max(40, 'at most 40 characters'),
    role: z.enum(leaderRoles),
    phone: z
      .string()
      .regex(/^[0-9+\-() ]{3,20}$/, 'must be a phone number (digits, + - ( ) and spaces; 3–20)')
      .nullable()
      .optional(),
    since: calendarDateSchema,
  })
  .strict();

/** Body of PUT /api/departments/leaders/:township: the new roster (the current one ends the day before `since`). */
export const leadersBodySchema = z
  .object({
    leaders: z.array(leaderEntrySchema).min(1, 'give at least one leader').max(10, 'at most 10 leaders'),
    provenance: provenanceSchema.default('official'),
    source: textSchema().trim().min(1, 'required').max(200, 'at most 200 characters').default('区委组织部任免文件'),
  })
  .strict()
  .refine((b) => b.leaders.some((l) => l.role === 'party-secretary' || l.role === 'government-head'), {
    message: 'leaders: name the party secretary or the head of government (第一责任人)',
    params: { zh: '须包含党委主要负责人或政府主要负责人（第一责任人）' },
  });

/**
 * Body of POST /api/departments/leaders/import (`edit`; a CSV with 乡镇, 姓名, 职务, 角色, 起始日期; `?dryRun=true`
 * checks without writing): the townships whose roster it replaces and the rows' problems (400 when any: nothing
 * written).
 */
export const leadersImportResponseSchema = z.object({
  dryRun: z.boolean(),
  committed: z.boolean(),
  townships: z.array(z.object({ code: z.string(), leaders: z.number().int() })),
  problems: z.array(z.object({ row: z.number().int(), text: localizedSchema })),
});
export type LeadersImportResponse = z.infer<typeof leadersImportResponseSchema>;

/** Query of GET /api/departments/plan-items. */
export const planItemsQuerySchema = asOfQuery({
  department: departmentIdSchema.optional(),
  year: yearQuerySchema.optional(),
  status: listParamSchema(planItemStatuses).optional(),
  overdue: booleanParamSchema.optional(),
});

/** Body of GET /api/departments/plan-items. */
export const planItemsResponseSchema = z.object({ asOf: z.string(), items: z.array(planItemSchema) });
export type PlanItemsResponse = z.infer<typeof planItemsResponseSchema>;

/** Body of POST /api/departments/plan-items (`edit`). */
export const planItemCreateSchema = z
  .object({
    departmentId: departmentIdSchema,
    year: yearSchema,
    title: titleSchema,
    task: taskSchema.nullable().optional(),
    dueOn: calendarDateSchema,
    progress: z.number().int().min(0, 'at least 0').max(100, 'at most 100').default(0),
    note: noteSchema.nullable().optional(),
  })
  .strict();
export type PlanItemCreate = z.infer<typeof planItemCreateSchema>;

/**
 * Body of PATCH /api/departments/plan-items/:id: `edit` may change everything; a user of the item's department
 * only `progress`, `status`, `doneOn` and `note`. Progress 100 without a status makes it done; done needs progress
 * 100.
 */
export const planItemPatchSchema = z
  .object({
    title: titleSchema.optional(),
    task: taskSchema.nullable().optional(),
    dueOn: calendarDateSchema.optional(),
    progress: z.number().int().min(0, 'at least 0').max(100, 'at most 100').optional(),
    status: z.enum(planItemStatuses).optional(),
    doneOn: calendarDateSchema.optional(),
    note: noteSchema.nullable().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type PlanItemPatch = z.infer<typeof planItemPatchSchema>;

/** Query of GET /api/departments/funds. */
export const fundsQuerySchema = z
  .object({
    department: departmentIdSchema.optional(),
    year: yearQuerySchema.optional(),
    purpose: listParamSchema(fundPurposes).optional(),
    status: listParamSchema(fundStatuses).optional(),
  })
  .strict();

const fundTotalSchema = z.object({ count: z.number().int(), amountWan: z.number(), disbursedWan: z.number() });

/** Body of GET /api/departments/funds: the funds with totals by purpose and status (万元). */
export const fundsResponseSchema = z.object({
  funds: z.array(fundSchema),
  total: fundTotalSchema,
  byPurpose: z.record(z.enum(fundPurposes), fundTotalSchema),
  byStatus: z.record(z.enum(fundStatuses), fundTotalSchema),
});
export type FundsResponse = z.infer<typeof fundsResponseSchema>;

const fundShape = {
  departmentId: departmentIdSchema,
  year: yearSchema,
  project: titleSchema,
  purpose: z.enum(fundPurposes),
  amountWan: amountSchema.refine((v) => v > 0, { message: 'must be more than 0', params: { zh: '须大于 0' } }),
  disbursedWan: amountSchema,
  status: z.enum(fundStatuses),
  task: taskSchema.nullable(),
  townshipCode: townshipCodeSchema.nullable(),
  note: noteSchema.nullable(),
};
const disbursedWithin = {
  message: 'disbursedWan: must not exceed amountWan',
  params: { zh: '已拨付金额不能超过安排金额' },
};

/** Body of POST /api/departments/funds (`edit`). */
export const fundCreateSchema = z
  .object({
    ...fundShape,
    disbursedWan: fundShape.disbursedWan.default(0),
    task: fundShape.task.optional(),
    townshipCode: fundShape.townshipCode.optional(),
    note: fundShape.note.optional(),
  })
  .strict()
  .refine((b) => b.disbursedWan <= b.amountWan, disbursedWithin);
export type FundCreate = z.infer<typeof fundCreateSchema>;

/** Body of PATCH /api/departments/funds/:id (`edit`); the amounts are checked against each other after merging. */
export const fundPatchSchema = z
  .object(fundShape)
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one field to change' });
export type FundPatch = z.infer<typeof fundPatchSchema>;

/** Body of PUT /api/alerts/:id/department: route the alert to a department, or null for the task's default. */
export const alertDepartmentBodySchema = z.object({ departmentId: departmentIdSchema.nullable() }).strict();
