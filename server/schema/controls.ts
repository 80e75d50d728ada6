import { z } from 'zod';
import { basesSchema } from './basis-schema.ts';
import { listGradeSchema, measureKindSchema } from './emergency-list.ts';
import { staggerProductions, warningBases, warningLevels } from './enums/emergency.ts';
import { alertLevelSchema } from './rules.ts';

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
  /**
   * Task 15: the heavy-pollution warning level and what each enterprise on the emergency reduction list (应急减排清单)
   * must do under it. The level is the issued warning's in force at `at` (issue 15) unless the query asks a level
   * (`alertLevel`, a what-if) or a forecast to derive one from.
   */
  heavyPollution: z.object({
    level: alertLevelSchema,
    /** Where the level comes from. */
    source: z.enum(['issued', 'asked', 'forecast', 'none']),
    /** The issued warning in force at `at`, whatever level was asked. */
    warning: z
      .object({
        id: z.number().int(),
        level: z.enum(warningLevels),
        issuedAt: z.string(),
        start: z.string(),
        plannedEnd: z.string().nullable(),
        /** When the current level began. */
        levelFrom: z.string(),
        basis: z.enum(warningBases),
      })
      .nullable(),
    /** Required emission cut, a share of the district's emissions (0–1), from the requirement in force. */
    requiredReduction: z.number().min(0).max(1),
    task: z.literal(15),
    /** The list version in force at `at` (the warning's own when one is in force); null when none is held. */
    listVersion: z.object({ id: z.number().int(), version: z.string() }).nullable(),
    /** Each listed enterprise's measures at `level` ([] when the level is none). */
    measures: z.array(
      z.object({
        enterpriseId: z.string(),
        grade: listGradeSchema,
        builtUpArea: z.boolean(),
        heavyPolluter: z.boolean(),
        measures: z.array(
          z.object({
            line: z.string(),
            kind: measureKindSchema,
            limitPct: z.number().nullable(),
            text: z.string(),
          }),
        ),
      }),
    ),
    /**
     * What the levels' triggers, the reduction shares and the measures rest on (「依据」): the triggers and shares
     * come from documents outside the plan; the measures from the list.
     */
    basis: z.object({ triggers: basesSchema, reduction: basesSchema, measures: basesSchema }),
  }),
  /** Task 15 (and task 2): staggered production (错峰生产) in force at `at`, by the season's schedules. */
  stagger: z.object({
    inForce: z.boolean(),
    task: z.literal(15),
    season: z.string(),
    enterprises: z.array(
      z.object({
        enterpriseId: z.string(),
        scheduleId: z.number().int(),
        line: z.string(),
        production: z.enum(staggerProductions),
        limitPct: z.number().nullable(),
        /** The last day of the period. */
        to: z.string(),
        stricterBuiltUp: z.boolean(),
      }),
    ),
    basis: basesSchema,
  }),
});
export type ControlsResponse = z.infer<typeof controlsResponseSchema>;
