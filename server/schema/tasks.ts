import { z } from 'zod';
import { alertSeverities, alertStatuses } from './alerts.ts';
import { trackedTaskSchema } from './plan.ts';

/** An alert citing a task, as GET /api/tasks lists it; `provisional` ones (not in the ledger) have no id. */
export const taskAlertSchema = z.object({
  id: z.number().int().nullable(),
  provisional: z.boolean(),
  rule: z.string(),
  severity: z.enum(alertSeverities),
  status: z.enum(alertStatuses),
  entityId: z.string(),
});

/** One update of a task: who, when, and the status and/or progress note set. */
export const taskEventSchema = z.object({
  task: z.number().int().min(1).max(17),
  actor: z.string(),
  at: z.string(),
  status: z.string().nullable(),
  progressNote: z.string().nullable(),
});

/** A task as GET /api/tasks serves it: the plan's text, its tracking state, the overdue flag, alerts and history. */
export const taskRowSchema = trackedTaskSchema.extend({
  /** A deadline passed at `at` and the task is not done. */
  overdue: z.boolean(),
  alerts: z.array(taskAlertSchema),
  history: z.array(taskEventSchema),
});
export type TaskRow = z.infer<typeof taskRowSchema>;

/**
 * Body of GET /api/tasks: the 17 tasks at `at`.
 *
 * @example
 * const body: TasksResponse = tasksResponseSchema.parse(await (await fetch('/api/tasks')).json());
 * body.tasks.filter((t) => t.overdue).length;
 */
export const tasksResponseSchema = z.object({ at: z.string(), tasks: z.array(taskRowSchema).length(17) });
export type TasksResponse = z.infer<typeof tasksResponseSchema>;
