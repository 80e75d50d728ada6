import { z } from 'zod';
import { alertSeverities, alertStatuses } from './alerts.ts';
import { ruleIds } from './enums/rule-id.ts';
import { trackedTaskSchema } from './plan.ts';
import { latenesses } from './task-timing.ts';

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
  /** The closing note given when the status was set 已完成 against open rule hits, or null. */
  conflictNote: z.string().nullable(),
});

/** A deadline rule of the task still reporting open hits (alerts in force, loop not closed) while it reads 已完成. */
export const taskConflictSchema = z.object({ rule: z.enum(ruleIds), openHits: z.number().int().positive() });

/**
 * A task as GET /api/tasks serves it: the plan's text, its tracking state, how late it is, its conflicts with the
 * rules, alerts and history.
 */
export const taskRowSchema = trackedTaskSchema.extend({
  /**
   * At `at`, the task not done: `overdue` (逾期) when a firm deadline passed, `missed-strive`
   * (未按期（力争）) when only a 力争 deadline passed, else `none`.
   */
  lateness: z.enum(latenesses),
  /** When the status is 已完成 and the task's deadline rules still report open hits: which, and how many. */
  conflict: z.array(taskConflictSchema),
  alerts: z.array(taskAlertSchema),
  history: z.array(taskEventSchema),
});
export type TaskRow = z.infer<typeof taskRowSchema>;

/**
 * Body of GET /api/tasks: the 17 tasks at `at`.
 *
 * @example
 * const body: TasksResponse = tasksResponseSchema.parse(await (await fetch('/api/tasks')).json());
 * body.tasks.filter((t) => t.lateness === 'overdue').length;
 */
export const tasksResponseSchema = z.object({ at: z.string(), tasks: z.array(taskRowSchema).length(17) });
export type TasksResponse = z.infer<typeof tasksResponseSchema>;
