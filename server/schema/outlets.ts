import { z } from 'zod';
import { asOfParamSchema, calendarDateSchema, localizedSchema, provenanceSchema } from './common.ts';
import { outletLimitsSchema, stackPollutantKeys } from './devices.ts';

/**
 * Enterprise stack outlets and their online-monitoring data (issue 14):
 * - `GET /api/monitoring/outlets[?enterprise=E0001]` → `{ outlets: Outlet[] }` with each outlet's latest hour
 *   judged against its limits;
 * - `GET /api/monitoring/outlets/:id/hours?from=YYYY-MM-DD&to=YYYY-MM-DD` (default: the 30 days up to the
 *   dataset's present) → `{ outlet, hours: OutletHour[] }`;
 * - `GET /api/monitoring/emissions?period=day|month|year&level=outlet|enterprise|township|district&at=…`
 *   → {@link emissionsResponseSchema}.
 * Concentrations are mg/m³; `corrected` values are converted to the outlet's reference O2
 * (C_ref = C × (21 − O2_ref) / (21 − O2)); flow m³/h; masses kg (hour) or t (day, month, year totals).
 */

export { stackPollutantKeys };
export type { StackPollutantKey } from './devices.ts';

/** The hourly values of one pollutant, as judged. */
export const judgedValueSchema = z.object({
  /** As measured, mg/m³ (null: not sent). */
  measured: z.number().nullable(),
  /** At the reference O2 (equal to measured when the outlet has none), null when invalid or O2 missing. */
  corrected: z.number().nullable(),
  /** HJ 212 data flag as sent (N valid; F, M, S, D, C, T, B not counted). */
  flag: z.string().nullable(),
  /** The limit it is judged against (ULE limit when the outlet has one, else the standard's), mg/m³. */
  limit: z.number().nullable(),
  over: z.boolean(),
});
export type JudgedValue = z.infer<typeof judgedValueSchema>;

export const outletHourSchema = z.object({
  /** Hour end, 'YYYY-MM-DDTHH:00' CST. */
  ts: z.string(),
  pm: judgedValueSchema,
  so2: judgedValueSchema,
  nox: judgedValueSchema,
  o2: z.number().nullable(),
  flow: z.number().nullable(),
  temp: z.number().nullable(),
  moisture: z.number().nullable(),
});
export type OutletHour = z.infer<typeof outletHourSchema>;

export const outletSchema = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  township: z.string(),
  code: z.string(),
  name: z.string(),
  standard: z.string(),
  /** The standard's name, e.g. 《水泥工业大气污染物排放标准》（GB 4915-2013）. */
  standardName: localizedSchema,
  referenceO2: z.number().nullable(),
  limits: outletLimitsSchema,
  uleLimits: outletLimitsSchema.nullable(),
  provenance: provenanceSchema,
  source: z.string(),
  /** MNs of the devices bound to it. */
  devices: z.array(z.string()),
  /** The newest hour up to the dataset's present, judged; null when none. */
  latest: outletHourSchema.nullable(),
});
export type Outlet = z.infer<typeof outletSchema>;

export const outletsResponseSchema = z.object({ outlets: z.array(outletSchema) });
export const outletHoursResponseSchema = z.object({ outlet: outletSchema, hours: z.array(outletHourSchema) });

export const emissionPeriods = ['day', 'month', 'year'] as const;
export const emissionLevels = ['outlet', 'enterprise', 'township', 'district'] as const;

/** One row of emission totals: tonnes of each pollutant in the period, and how they were obtained. */
export const emissionTotalSchema = z.object({
  /** Outlet id, enterprise id, township code or '140902' for the district. */
  id: z.string(),
  name: z.string(),
  pm: z.number(),
  so2: z.number(),
  nox: z.number(),
  /** Valid hours counted, and hours in the period the outlets should have reported. */
  hours: z.number(),
  expectedHours: z.number(),
});
export type EmissionTotal = z.infer<typeof emissionTotalSchema>;

export const emissionsResponseSchema = z.object({
  period: z.enum(emissionPeriods),
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
  at: z.string(),
  level: z.enum(emissionLevels),
  rows: z.array(emissionTotalSchema),
  /**
   * For `period=year`: the city-assigned caps of that year (t/year; null when not entered) beside the monitored
   * totals of the district. Monitored stacks are only part of the district's emissions (全社会排放): the
   * comparison says so.
   */
  caps: z
    .object({
      pm: z.number().nullable(),
      so2: z.number().nullable(),
      nox: z.number().nullable(),
      source: z.string().nullable(),
    })
    .nullable(),
  /** What the totals are: 在线监测排放量（仅重点排放口）, not the district's whole emissions. */
  note: localizedSchema,
  /** The hours counted: labels (hour ends) in `(from, to]`, 'YYYY-MM-DDTHH:mm'. */
  from: z.string(),
  to: z.string(),
});
export type EmissionsResponse = z.infer<typeof emissionsResponseSchema>;

/** The longest span `GET /api/monitoring/outlets/:id/hours` serves, days. */
export const OUTLET_HOURS_MAX_DAYS = 92;

/** `GET /api/monitoring/outlets?enterprise=`. */
export const outletsQuerySchema = z.object({ enterprise: z.string().min(1).max(64).optional() }).strict();

/** `GET /api/monitoring/outlets/:id/hours?from&to` (dates, inclusive; default the 30 days up to the present). */
export const outletHoursQuerySchema = z
  .object({ from: calendarDateSchema.optional(), to: calendarDateSchema.optional() })
  .strict()
  .superRefine((q, ctx) => {
    if (q.from !== undefined && q.to !== undefined && q.from > q.to)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `from ${q.from} is after to ${q.to}`,
        params: { zh: `起始日期 ${q.from} 晚于结束日期 ${q.to}` },
      });
  });

/**
 * `GET /api/monitoring/emissions?period=day|month|year&level=…&at=…[&asOf=…]`: `at` is 'YYYY-MM-DD', 'YYYY-MM' or
 * 'YYYY' as the period asks (default: the period holding `asOf`, else the dataset's present); hours up to `asOf`.
 */
export const emissionsQuerySchema = z
  .object({
    period: z.enum(emissionPeriods, { error: '统计周期须为 day、month 或 year' }).default('year'),
    level: z
      .enum(emissionLevels, { error: '汇总层级须为 outlet、enterprise、township 或 district' })
      .default('district'),
    at: z.string().max(10).optional(),
    /** Count hours up to this moment (default the dataset's present): year-to-date totals at an as-of. */
    asOf: asOfParamSchema.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.at === undefined) return;
    const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, year: /^\d{4}$/ }[q.period];
    const day = q.period === 'day' ? calendarDateSchema.safeParse(q.at).success : true;
    if (!pattern.test(q.at) || !day)
      ctx.addIssue({
        code: 'custom',
        path: ['at'],
        message: `must be ${{ day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[q.period]} for period ${q.period}`,
        params: { zh: `须为${{ day: '日期 YYYY-MM-DD', month: '月份 YYYY-MM', year: '年份 YYYY' }[q.period]}` },
      });
  });
export type EmissionsQuery = z.infer<typeof emissionsQuerySchema>;
