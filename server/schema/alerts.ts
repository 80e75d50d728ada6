import { z } from 'zod';
import { basisSchema } from './basis-schema.ts';
import { departmentIdSchema, departmentRefSchema } from './departments.ts';
import { asOfQuery, localizedSchema, listParamSchema, textSchema, townshipCodeSchema } from './common.ts';
import { alertLevelSchema } from './rules.ts';
import { alertEventActions, alertStatuses } from './enums/alert-status.ts';
import { severities } from './enums/severity.ts';
import { taskStatuses } from './enums/task-status.ts';

export { alertEventLabels, alertStatusLabels, alertStatuses } from './enums/alert-status.ts';
export type { AlertEventAction, AlertStatus } from './enums/alert-status.ts';
export { severityLabels, severities as alertSeverities } from './enums/severity.ts';
export type { Severity } from './enums/severity.ts';

/**
 * Query of GET /api/alerts: `asOf` (or its deprecated alias `at`), the moment to list at; default: the dataset's
 * present (the ledger's moment). Read-only at every moment.
 */
export const alertsQuerySchema = asOfQuery({
  township: townshipCodeSchema.optional(),
  rule: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a rule id such as nrmm-banned-in-zone')
    .optional(),
  status: listParamSchema(alertStatuses).optional(),
  severity: listParamSchema(severities).optional(),
  alertLevel: alertLevelSchema.optional(),
  /** Issue 17: alerts whose effective department (their own, else their task's default) is this one. */
  department: departmentIdSchema.optional(),
});

/**
 * Whom an alert is assigned to: the login name of an account that may act in the alert's township (one of
 * GET /api/alerts/:id/assignees; the route refuses anyone else). The actor is the signed-in user.
 */
const assigneeSchema = textSchema().trim().min(1, 'say whom to assign it to').max(40, 'at most 40 characters');
const noteSchema = textSchema({ multiline: true }).trim().max(2000, 'at most 2,000 characters');
/** A photo as a data URL (JPEG or PNG), at most ~1 MB. */
const photoSchema = z
  .string()
  .regex(/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/, 'must be a data:image/jpeg or data:image/png base64 URL')
  .max(1_400_000, 'photo too large (at most ~1 MB)');

export const assignBodySchema = z.object({ assignee: assigneeSchema, note: noteSchema.optional() }).strict();
export const resolveBodySchema = z
  .object({ note: noteSchema.min(1, 'say what was done'), photo: photoSchema.optional() })
  .strict();
export const verifyBodySchema = z
  .object({ outcome: z.enum(['verified', 'reopened']), note: noteSchema.optional() })
  .strict();

export const alertEventSchema = z.object({
  action: z.enum(alertEventActions),
  /** The login name of who acted (`system` for the ledger's own raising and clearing). */
  actor: z.string(),
  /** The actor's display name, when an account holds it (absent where the server did not look it up). */
  actorName: z.string().nullable().optional(),
  /** Of an `assigned` event (its note starts `→ <login>`): the assignee's display name, when an account holds it. */
  assigneeName: z.string().nullable().optional(),
  /** When: ISO 8601 UTC for a person's action, a CST minute `YYYY-MM-DDTHH:mm` for the ledger's (its as-of). */
  at: z.string(),
  note: z.string().nullable(),
  hasPhoto: z.boolean(),
});

/** One alert as served. */
export const alertSchema = z.object({
  id: z.number().int(),
  rule: z.string(),
  task: z.number().int(),
  severity: z.enum(severities),
  layer: z.string(),
  entityId: z.string(),
  township: z.string(),
  title: localizedSchema,
  detail: localizedSchema,
  /**
   * Since when the condition holds as far as the data say (e.g. the missed deadline, the inspection date); null when
   * unknown.
   */
  since: z.string().nullable(),
  /** As-of moment the alert was first seen, last seen, and seen cleared. */
  raisedAt: z.string(),
  lastSeenAt: z.string(),
  clearedAt: z.string().nullable(),
  status: z.enum(alertStatuses),
  /** The assignee's login name (or, for alerts assigned before assignees were accounts, the text given). */
  assignee: z.string().nullable(),
  /** The assignee's display name, when an account holds it. */
  assigneeName: z.string().nullable().optional(),
  events: z.array(alertEventSchema),
  /**
   * What the alert's rule rests on (「依据」), joined by rule id when served (GET /api/alerts, GET /api/alerts/:id and
   * the loop's answers); not stored with the alert. Empty for a rule the console no longer has.
   */
  basis: z.array(basisSchema).optional(),
  /**
   * Issue 17: the department that owns it: the one it was routed to (`routed: 'explicit'`, PUT
   * /api/alerts/:id/department), else its task's lead department (`'default'`); null when neither exists. Absent where
   * the server did not look it up.
   */
  department: departmentRefSchema.nullable().optional(),
  routed: z.enum(['explicit', 'default']).nullable().optional(),
});
export type Alert = z.infer<typeof alertSchema>;

/** An account an alert may be assigned to: its login name and display name. */
export const assigneeEntrySchema = z.object({ username: z.string(), displayName: z.string() });
export type Assignee = z.infer<typeof assigneeEntrySchema>;

/**
 * Body of GET /api/alerts/:id/assignees (roles that may act on alerts): the accounts the alert may be assigned to,
 * the enabled inspectors of its township, by display name.
 *
 * @example
 * const { assignees }: AssigneesResponse = await (await fetch('/api/alerts/7/assignees')).json();
 */
export const assigneesResponseSchema = z.object({
  alertId: z.number().int(),
  township: z.string(),
  assignees: z.array(assigneeEntrySchema),
});
export type AssigneesResponse = z.infer<typeof assigneesResponseSchema>;

/**
 * An alert as listed at a moment: one of the ledger's (`provisional: false`: its id and history,
 * something to act on), or a rule hit at that moment the ledger does not hold (`provisional: true`,
 * 预览: no id, status `open`, no history, `raisedAt` = `lastSeenAt` = the moment evaluated;
 * nothing to act on until the ledger raises it at the present).
 */
export const listedAlertSchema = z.discriminatedUnion('provisional', [
  alertSchema.extend({ provisional: z.literal(false) }),
  alertSchema.extend({ id: z.null(), provisional: z.literal(true) }),
]);
export type ListedAlert = z.infer<typeof listedAlertSchema>;

/** Body of GET /api/alerts. */
export const alertsResponseSchema = z.object({
  at: z.string(),
  alertLevel: alertLevelSchema,
  /**
   * Where `alertLevel` comes from: the warning issued and in force at `at` (issue 15), the query's `alertLevel` (a
   * what-if), or none (no warning in force).
   */
  source: z.enum(['issued', 'asked', 'none']),
  /**
   * The moment the alert ledger is synced to (the dataset's present once the server has synced), or null before its
   * first sync.
   */
  ledgerAt: z.string().nullable(),
  /** Counts of the listed alerts by rule and by township. */
  countsByRule: z.record(z.string(), z.number().int()),
  countsByTownship: z.record(z.string(), z.number().int()),
  alerts: z.array(listedAlertSchema),
});
export type AlertsResponse = z.infer<typeof alertsResponseSchema>;

/** Query of GET /api/tasks: `asOf` (or its deprecated alias `at`), the moment lateness, conflicts, alerts are for. */
export const tasksQuerySchema = asOfQuery({});

/** Body of PATCH /api/tasks/:n. */
export const taskPatchSchema = z
  .object({
    status: z.enum(taskStatuses).optional(),
    progressNote: noteSchema.optional(),
    /**
     * Required to set 已完成 while the rules still report open hits of the task's deadline rule(s): why the task is
     * done regardless (at least 10 characters); kept in the task's history and the audit log.
     */
    conflictNote: noteSchema.pipe(z.string().min(10, 'at least 10 characters')).optional(),
  })
  .strict()
  .refine((b) => b.status !== undefined || b.progressNote !== undefined, {
    message: 'give a status or a progressNote',
  });
