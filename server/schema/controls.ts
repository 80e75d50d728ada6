import { z } from 'zod';
import { basesSchema } from './basis-schema.ts';
import { performanceGradeSchema } from './enterprise.ts';
import { alertLevelSchema } from './rules.ts';

/** An enterprise's emergency measure during a heavy-pollution alert (by its performance grade). */
export const emergencyMeasureSchema = z.enum(['none', 'self-determined', 'limit-production', 'partial-stop', 'stop']);

/**
 * Body of GET /api/controls: the seasonal and alert controls in force at `at`, and on whom.
 *
 * @example
 * const body: ControlsResponse = controlsResponseSchema.parse(await (await fetch('/api/controls')).json());
 * body.ozone.inForce; // true from May to September
 */
export const controlsResponseSchema = z.object({
  at: z.string(),
  /**
   * Task 14: VOC-emitting enterprises staggered and outdoor works stopped in the ozone window. The window
   * (「5-9月每日10-16时」) is read as recurring each year from 1 May: the plan names no year.
   */
  ozone: z.object({
    inForce: z.boolean(),
    /** Months of every year, 1–12. */
    months: z.array(z.number().int().min(1).max(12)),
    /** Local hours [from, to) in China Standard Time. */
    hours: z.tuple([z.number().int(), z.number().int()]),
    task: z.literal(14),
    /** Ids of the enterprises and construction sites the control applies to now. */
    enterprises: z.array(z.string()),
    sites: z.array(z.string()),
    /** What the window rests on (「依据」): the plan's T14.1 and T14.2. */
    basis: basesSchema,
  }),
  /**
   * Task 15: the 2023–2024 autumn-winter campaign, in force only within `period` (the plan's task 15 period, days
   * included; its dates are a convention, `basis` says so).
   */
  autumnWinter: z.object({
    inForce: z.boolean(),
    task: z.literal(15),
    period: z.object({ from: z.string(), to: z.string() }),
    /** The plan's T15.1 and the convention of the dates (「依据」). */
    basis: basesSchema,
  }),
  /** Task 15: the heavy-pollution alert level and each operating enterprise's measure under it. */
  heavyPollution: z.object({
    level: alertLevelSchema,
    /** Required emission cut, a share of the total (0–1). */
    requiredReduction: z.number().min(0).max(1),
    task: z.literal(15),
    measures: z.array(
      z.object({ enterpriseId: z.string(), grade: performanceGradeSchema, measure: emergencyMeasureSchema }),
    ),
    /**
     * What the levels' triggers, the reduction shares and the per-grade measures rest on (「依据」): documents outside
     * the plan, which says only 「严格落实重污染天气应急预案减排要求」 (T15.3).
     */
    basis: z.object({ triggers: basesSchema, reduction: basesSchema, measures: basesSchema }),
  }),
});
export type ControlsResponse = z.infer<typeof controlsResponseSchema>;
