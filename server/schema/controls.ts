import { z } from 'zod';
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
  /** Task 14: VOC-emitting enterprises staggered and outdoor works stopped in the ozone window. */
  ozone: z.object({
    inForce: z.boolean(),
    months: z.array(z.number().int().min(1).max(12)),
    /** Local hours [from, to) in China Standard Time. */
    hours: z.tuple([z.number().int(), z.number().int()]),
    task: z.literal(14),
    /** Ids of the enterprises and construction sites the control applies to now. */
    enterprises: z.array(z.string()),
    sites: z.array(z.string()),
  }),
  /** Task 15: the autumn-winter campaign. */
  autumnWinter: z.object({ inForce: z.boolean(), task: z.literal(15) }),
  /** Task 15: the heavy-pollution alert level and each operating enterprise's measure under it. */
  heavyPollution: z.object({
    level: alertLevelSchema,
    /** Required emission cut, a share of the total (0–1). */
    requiredReduction: z.number().min(0).max(1),
    task: z.literal(15),
    measures: z.array(
      z.object({ enterpriseId: z.string(), grade: performanceGradeSchema, measure: emergencyMeasureSchema }),
    ),
  }),
});
export type ControlsResponse = z.infer<typeof controlsResponseSchema>;
