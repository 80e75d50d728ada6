import { z } from 'zod';
import { localizedSchema } from './common.ts';
import { taskStatuses } from './enums/task-status.ts';

/**
 * The plan: the Xinfu District 2023 air-quality action plan (忻府区空气质量再提升2023年行动计划),
 * as extracted into `seeds/plan/plan.json` and served by `GET /api/plan`.
 * Every text field is taken from the plan document; `quote` fields hold the verbatim
 * sentence a figure or deadline was read from, so a test can find it in the document.
 */

/** A pollutant the AQ targets speak of. CO is in mg/m³, every other one in µg/m³. */
export const pollutantSchema = z.enum(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3']);
export type Pollutant = z.infer<typeof pollutantSchema>;

/** The statistic a target is judged on (HJ 663-2013). */
export const targetStatisticSchema = z.enum([
  'annual-mean',
  'p95-24h-mean',
  'p90-daily-max-8h',
  'district-monthly-mean',
]);

export const targetSchema = z.object({
  /** Stable id, e.g. `pm25-annual`, `dustfall-monthly`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Pollutant, or `dustfall` for 降尘. */
  subject: z.union([pollutantSchema, z.literal('dustfall')]),
  statistic: targetStatisticSchema,
  /** Upper limit: the value must be ≤ this. */
  limit: z.number().positive(),
  unit: z.enum(['µg/m³', 'mg/m³', 't/(km²·month)']),
  /**
   * `plan`: a figure the plan itself sets; `standard`: GB 3095-2012 Class II, which the plan adopts for the other four.
   */
  basis: z.enum(['plan', 'standard']),
  /** e.g. 'GB 3095-2012 二级' where basis is `standard`. */
  standard: z.string().nullable(),
  /** 力争 (strive) or 不得高于 (binding), as the plan words it. */
  strength: z.enum(['strive', 'binding']),
  nameZh: z.string(),
  nameEn: z.string(),
  /** Verbatim sentence of the plan the target is read from. */
  quote: z.string(),
});
export type Target = z.infer<typeof targetSchema>;

export const deadlineSchema = z.object({
  /** ISO date (YYYY-MM-DD) the item is due, end of day, China Standard Time. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** What is due by then, in Chinese, from the plan. */
  what: z.string(),
  /** Verbatim phrase of the plan the deadline is read from. */
  quote: z.string(),
  /**
   * How the plan words it: `strive` (力争…前完成: missing it is 未按期, not a breach) or `firm` (a plain …前完成:
   * missing it is 逾期). A strive deadline's quote contains 力争, a firm one's does not.
   */
  strength: z.enum(['strive', 'firm']),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** A recurring control window the plan sets (task 14: May–September, 10:00–16:00). */
export const scheduleSchema = z.object({
  months: z.array(z.number().int().min(1).max(12)).min(1),
  /** Local hours [from, to) in China Standard Time, e.g. [10, 16]. */
  hours: z.tuple([z.number().int().min(0).max(23), z.number().int().min(1).max(24)]).nullable(),
  quote: z.string(),
});

/**
 * A period the plan names (task 15: 「2023-2024年秋冬季」). `from` and `to` are ISO dates, both days included.
 * `convention`: set when the dates are not the plan's own but a convention the console adopts (the plan names the
 * season, not its first and last day); the console shows it labelled 约定.
 */
export const periodSchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  quote: z.string(),
  convention: localizedSchema.nullable(),
});
export type Period = z.infer<typeof periodSchema>;

export { taskStatusLabels, taskStatuses } from './enums/task-status.ts';
export type { TaskStatus } from './enums/task-status.ts';
export const taskStatusSchema = z.enum(taskStatuses);

export const taskSchema = z.object({
  /** 1–17, as numbered in the plan. */
  number: z.number().int().min(1).max(17),
  /** Part heading, e.g. '三、重点任务'. */
  part: z.string(),
  /** Section heading, e.g. '（一）产业结构和布局进一步调整优化'. */
  section: z.string(),
  /** The task's lead sentence, e.g. '全力遏制“两高”项目盲目发展。' without the number. */
  title: z.string(),
  /** The whole requirement text of the task, without the units' parenthesis. */
  requirement: z.string(),
  /** 牵头单位 */
  leadUnits: z.array(z.string()),
  /** 配合单位 */
  cooperatingUnits: z.array(z.string()),
  /** 责任单位 */
  responsibleUnits: z.array(z.string()),
  deadlines: z.array(deadlineSchema),
  schedule: scheduleSchema.nullable(),
  /** The period the task runs over when the plan names one (e.g. 2023-10-01..2024-03-31 for task 15). */
  period: periodSchema.nullable(),
  /** Short English gloss for the English UI (ours, not the plan's). */
  titleEn: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

export const planSchema = z.object({
  titleZh: z.string(),
  titleEn: z.string(),
  issuedBy: z.string(),
  /** ISO date of issue. */
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** File name of the plan document in seeds/plan/. */
  document: z.string(),
  targets: z.array(targetSchema),
  tasks: z.array(taskSchema).length(17),
});
export type Plan = z.infer<typeof planSchema>;

/** The plan document's own metadata (title, issuer, date, file). */
export const planDocumentSchema = planSchema.pick({
  titleZh: true,
  titleEn: true,
  issuedBy: true,
  issued: true,
  document: true,
});

/** A task as the API serves it: the plan's text plus its tracking state. */
export const trackedTaskSchema = taskSchema.extend({
  status: taskStatusSchema,
  progressNote: z.string().nullable(),
  /** Provenance of the tracking state (the demo database's statuses are synthetic). */
  statusProvenance: z.enum(['official', 'approximate', 'synthetic']),
});
export type TrackedTask = z.infer<typeof trackedTaskSchema>;

/** Body of GET /api/plan. */
export const planResponseSchema = planSchema.extend({ tasks: z.array(trackedTaskSchema).length(17) });
export type PlanResponse = z.infer<typeof planResponseSchema>;
