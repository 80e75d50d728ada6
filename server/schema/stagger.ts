import { z } from 'zod';
import { calendarDateSchema, provenanceSchema, textSchema } from './common.ts';
import { asOfParamSchema } from './common.ts';
import { staggerProductions } from './enums/emergency.ts';

/** A season label: the autumn–winter season from October of the first year, e.g. 2023-2024. */
export const seasonSchema = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'must be a season YYYY-YYYY (e.g. 2023-2024)')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, {
    message: 'must be two consecutive years (e.g. 2023-2024)',
    params: { zh: '须为相邻两年，如 2023-2024' },
  });

/** Body of POST /api/emergency/stagger and PATCH /api/emergency/stagger/:id (all fields). */
export const staggerBodySchema = z
  .object({
    season: seasonSchema,
    enterpriseId: textSchema().trim().min(1).max(64),
    line: textSchema().trim().min(1).max(80),
    outletCode: textSchema().trim().min(1).max(24).nullable().default(null),
    from: calendarDateSchema,
    to: calendarDateSchema,
    production: z.enum(staggerProductions),
    limitPct: z.number().finite().gt(0).lt(100).nullable().default(null),
    stricterBuiltUp: z.boolean().default(false),
    basis: textSchema().trim().min(1).max(200),
    note: textSchema({ multiline: true }).trim().max(1000).nullable().default(null),
    provenance: provenanceSchema.default('official'),
  })
  .strict()
  .refine((b) => b.from <= b.to, { message: 'to: must not be before from', params: { zh: '结束日期不能早于开始日期' } })
  .refine((b) => (b.production === 'limit') === (b.limitPct !== null), {
    message: 'limitPct: required for limit and only for it',
    params: { zh: '限产须填写限产比例，停产不填' },
  });
export type StaggerBody = z.infer<typeof staggerBodySchema>;

export const staggerScheduleSchema = z.object({
  id: z.number().int(),
  season: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  township: z.string().nullable(),
  townshipName: z.string().nullable(),
  industry: z.string().nullable(),
  line: z.string(),
  outletCode: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  production: z.enum(staggerProductions),
  limitPct: z.number().nullable(),
  stricterBuiltUp: z.boolean(),
  basis: z.string(),
  note: z.string().nullable(),
  provenance: provenanceSchema,
});
export type StaggerSchedule = z.infer<typeof staggerScheduleSchema>;

/** Query of GET /api/emergency/stagger: a season (default: the one holding `at`), `at` for who is bound. */
export const staggerQuerySchema = z
  .object({ season: seasonSchema.optional(), at: asOfParamSchema.optional() })
  .strict();

/** Body of GET /api/emergency/stagger. */
export const staggerResponseSchema = z.object({
  season: z.string(),
  /** Oct 1 – Mar 31 of the season. */
  period: z.object({ from: z.string(), to: z.string() }),
  seasons: z.array(z.string()),
  schedules: z.array(staggerScheduleSchema),
  /** Who is bound at `at`: enterprise id → the schedules in force that day. */
  boundAt: z.object({
    at: z.string(),
    enterprises: z.array(z.object({ enterpriseId: z.string(), scheduleIds: z.array(z.number().int()) })),
  }),
});
export type StaggerResponse = z.infer<typeof staggerResponseSchema>;
