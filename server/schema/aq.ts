import { z } from 'zod';
import { calendarDateSchema, yearParamSchema } from './common.ts';
import { cityIndicatorsSchema } from './city-indicators.ts';
import { pollutantSchema } from './plan.ts';
import { dayCount } from '../time/cst.ts';

/**
 * The air-quality API (`/api/aq`): the HJ 633-2012 AQI of given concentrations, daily values and
 * AQI of a station or the district, and the HJ 663-2013 annual evaluation against the plan.
 *
 * Units everywhere: µg/m³, except CO in mg/m³. Dates are `YYYY-MM-DD` calendar days in China
 * Standard Time; day D is the 24 hours labelled `D T01:00 … (D+1) T00:00` (hour-ending labels).
 */

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** A calendar date `YYYY-MM-DD` (China Standard Time): the API's one strict date schema. */
export const aqDateParamSchema = calendarDateSchema;

/** Standards edition: `2012` (GB 3095-2012 / HJ 633-2012 / HJ 663-2013, the default) or `2026`. */
export const standardsEditionSchema = z.enum(['2012', '2026'], { error: "must be '2012' or '2026'" });

/** A key of a sub-index in an AQI report: a pollutant, or `O3_1h` for the daily O3 1-h maximum. */
export const subIndexKeySchema = z.enum(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3', 'O3_1h']);
export type SubIndexKeyDto = z.infer<typeof subIndexKeySchema>;

/** Units of the six pollutants: µg/m³, CO mg/m³. */
export const AQ_UNITS = {
  SO2: 'µg/m³',
  NO2: 'µg/m³',
  PM10: 'µg/m³',
  'PM2.5': 'µg/m³',
  CO: 'mg/m³',
  O3: 'µg/m³',
} as const;

const unitSchema = z.enum(['µg/m³', 'mg/m³']);

/** Integer IAQI per sub-index (0–500); a key is absent when there is no sub-index. */
export const subIndicesSchema = z.object({
  SO2: z.number().int().optional(),
  NO2: z.number().int().optional(),
  PM10: z.number().int().optional(),
  'PM2.5': z.number().int().optional(),
  CO: z.number().int().optional(),
  O3: z.number().int().optional(),
  O3_1h: z.number().int().optional(),
});

/** Something the AQI computation did besides the plain formula (see `AqiNote` in server/aq/aqi.ts). */
export const aqiNoteSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('invalid-concentration'), key: z.string() }),
  z.object({ code: z.literal('so2-1h-above-800'), substitute: z.literal('SO2_24h').nullable() }),
  z.object({ code: z.literal('o3-8h-above-800'), substitute: z.literal('O3_1h').nullable() }),
  z.object({ code: z.literal('ignored-input'), key: z.enum(['SO2_24h', 'O3_1h']) }),
]);

/**
 * An AQI report (HJ 633-2012): integer AQI = max of the sub-indices, level 1–6, category,
 * standard colour, primary pollutants (all tied, only when AQI > 50), exceeding ones (IAQI > 100).
 * Every field but `iaqi` and `notes` is null when no sub-index could be computed.
 */
export const aqiReportSchema = z.object({
  aqi: z.number().int().min(0).max(500).nullable(),
  level: z.number().int().min(1).max(6).nullable(),
  /** 优, 良, 轻度污染, 中度污染, 重度污染, 严重污染 */
  category: z.enum(['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染']).nullable(),
  categoryEn: z.string().nullable(),
  /** `#RRGGBB`, HJ 633-2012 Appendix A (level 1 is #00E400). */
  color: z
    .string()
    .regex(/^#[0-9A-F]{6}$/)
    .nullable(),
  primary: z.array(subIndexKeySchema),
  exceeding: z.array(subIndexKeySchema),
  iaqi: subIndicesSchema,
  notes: z.array(aqiNoteSchema),
});
export type AqiReportDto = z.infer<typeof aqiReportSchema>;

// ---------------------------------------------------------------------------------------------
// POST /api/aq/aqi

const concentration = z.number().min(0, 'must be a number ≥ 0 (µg/m³, CO mg/m³)').nullable().optional();

/**
 * Concentrations by pollutant, µg/m³ (CO mg/m³); `null` or absent = not measured.
 * Hourly mode: 1-h means (PM on the 24-h rows) and `SO2_24h` (used only when SO2 1-h > 800).
 * Daily mode: 24-h means, `O3` = daily maximum 8-h mean, `O3_1h` = daily maximum 1-h mean.
 */
export const aqiConcentrationsSchema = z
  .object({
    SO2: concentration,
    NO2: concentration,
    PM10: concentration,
    'PM2.5': concentration,
    CO: concentration,
    O3: concentration,
    O3_1h: concentration,
    SO2_24h: concentration,
  })
  .strict();

/** Body of POST /api/aq/aqi: `{"mode":"hourly"|"daily","concentrations":{…}}`. */
export const aqiRequestSchema = z
  .object({
    mode: z.enum(['hourly', 'daily'], { error: "must be 'hourly' or 'daily'" }),
    concentrations: aqiConcentrationsSchema,
  })
  .strict()
  .superRefine(({ mode, concentrations }, ctx) => {
    const given = Object.values(concentrations).some((value) => value !== null && value !== undefined);
    if (!given) ctx.addIssue({ code: 'custom', path: ['concentrations'], message: 'give at least one concentration' });
    const misplaced = mode === 'hourly' ? 'O3_1h' : 'SO2_24h';
    if (concentrations[misplaced] !== undefined && concentrations[misplaced] !== null) {
      const where =
        mode === 'hourly'
          ? "only in 'daily' mode (the daily O3 1-h maximum)"
          : "only in 'hourly' mode (SO2 1-h > 800 fallback)";
      ctx.addIssue({ code: 'custom', path: ['concentrations', misplaced], message: `is accepted ${where}` });
    }
  });
export type AqiRequest = z.infer<typeof aqiRequestSchema>;

/** Query of POST /api/aq/aqi. */
export const aqiQuerySchema = z.object({ edition: standardsEditionSchema.default('2012') }).strict();

/** Body of a 200 answer to POST /api/aq/aqi. */
export const aqiResponseSchema = aqiReportSchema.extend({
  mode: z.enum(['hourly', 'daily']),
  edition: standardsEditionSchema,
});
export type AqiResponse = z.infer<typeof aqiResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Subjects: a station or the district

/** The longest range GET /api/aq/daily answers, days (a leap year). */
export const MAX_DAILY_RANGE_DAYS = 366;

/** What is evaluated: one station (national or micro) or the district (national stations only). */
export type AqSubject = { readonly scope: 'station'; readonly station: string } | { readonly scope: 'district' };

const subjectShape = {
  /** Station code, e.g. `2181A` or `XFW001`. */
  station: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,32}$/, 'must be a station code such as 2181A')
    .optional(),
  /** `district`: the district value from the national stations (then no `station`). */
  scope: z.enum(['station', 'district'], { error: "must be 'station' or 'district'" }).optional(),
};

function checkSubject(query: { station?: string | undefined; scope?: string | undefined }, ctx: z.RefinementCtx): void {
  if (query.scope === 'district' && query.station !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['station'], message: 'must be absent with scope=district' });
  } else if (query.scope !== 'district' && query.station === undefined) {
    ctx.addIssue({ code: 'custom', path: ['station'], message: 'is required (or pass scope=district)' });
  }
}

function toSubject(query: { station?: string | undefined; scope?: string | undefined }): AqSubject {
  return query.scope === 'district' || query.station === undefined
    ? { scope: 'district' }
    : { scope: 'station', station: query.station };
}

// ---------------------------------------------------------------------------------------------
// GET /api/aq/daily

/** Query of GET /api/aq/daily: `station=<code>` or `scope=district`, `from`, `to` (≤ 366 days), `edition`. */
export const aqDailyQuerySchema = z
  .object({
    ...subjectShape,
    from: aqDateParamSchema,
    to: aqDateParamSchema,
    edition: standardsEditionSchema.default('2012'),
  })
  .strict()
  .superRefine((query, ctx) => {
    checkSubject(query, ctx);
    const days = dayCount(query.from, query.to);
    if (days < 1) ctx.addIssue({ code: 'custom', path: ['from'], message: `must not be after to (${query.to})` });
    if (days > MAX_DAILY_RANGE_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `range spans ${days} days; at most ${MAX_DAILY_RANGE_DAYS}`,
      });
    }
  })
  .transform((query) => ({ subject: toSubject(query), from: query.from, to: query.to, edition: query.edition }));
export type AqDailyQuery = z.infer<typeof aqDailyQuerySchema>;

/**
 * A daily figure with its validity. `value` is set only when valid; `provisionalValue` is the
 * figure from the data there were when invalid (display only). `count` / `required`: valid
 * hours (24-h means, O3 1-h max; ≥ 20 required), valid 8-h windows (O3 daily max 8-h; ≥ 14 of 17),
 * or for the district the national stations with a valid value (≥ 1).
 */
export const dailyFigureSchema = z.object({
  valid: z.boolean(),
  value: z.number().nullable(),
  provisionalValue: z.number().nullable(),
  count: z.number().int().nonnegative(),
  required: z.number().int().nonnegative(),
  /** `exceeds-limit-with-short-data`: O3 day with < 14 windows whose maximum already exceeds 160. */
  basis: z.enum(['enough-data', 'exceeds-limit-with-short-data']).nullable(),
});
export type DailyFigureDto = z.infer<typeof dailyFigureSchema>;

/** The daily values of one day: 24-h means, O3 daily max 8-h mean (`O3`) and O3 daily max 1-h (`O3_1h`). */
export const dailyValuesSchema = z.object({
  SO2: dailyFigureSchema,
  NO2: dailyFigureSchema,
  PM10: dailyFigureSchema,
  'PM2.5': dailyFigureSchema,
  CO: dailyFigureSchema,
  O3: dailyFigureSchema,
  O3_1h: dailyFigureSchema,
});

/** One day: values with validity, then the daily AQI report computed from the valid values. */
export const aqDaySchema = aqiReportSchema.extend({
  date: z.string(),
  values: dailyValuesSchema,
});
export type AqDay = z.infer<typeof aqDaySchema>;

/** A station as the AQ API describes it. */
export const aqStationSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['national', 'micro']),
  status: z.enum(['active', 'stopped']),
  stoppedOn: z.string().nullable(),
  /** Only national stations count towards the district value. */
  countsForDistrict: z.boolean(),
  /** Days of the period with at least one valid daily value at this station. */
  daysWithData: z.number().int().nonnegative(),
});
export type AqStation = z.infer<typeof aqStationSchema>;

/**
 * A sentence about the subject's data, as a code with its parameters (the client words it in the UI language):
 * how a district figure is made, a station without readings in the period (stopped, and since when), a
 * micro-station that never counts for the district, a year-to-date period whose coverage is judged leniently.
 */
export const aqSubjectNoteSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('district-mean') }),
  z.object({
    code: z.literal('station-no-readings'),
    station: z.string(),
    name: z.string(),
    stopped: z.boolean(),
    stoppedOn: z.string().nullable(),
    from: z.string(),
    to: z.string(),
  }),
  z.object({ code: z.literal('micro-station') }),
  z.object({ code: z.literal('year-to-date'), days: z.number().int().positive() }),
]);
export type AqSubjectNote = z.infer<typeof aqSubjectNoteSchema>;

/** Body of GET /api/aq/daily. */
export const aqDailyResponseSchema = z.object({
  scope: z.enum(['station', 'district']),
  /** The station (scope `station`) or null (district). */
  station: aqStationSchema.nullable(),
  /** Stations behind the figures: the one station, or every national station (district). */
  stations: z.array(aqStationSchema),
  from: z.string(),
  to: z.string(),
  edition: standardsEditionSchema,
  units: z.object({
    SO2: unitSchema,
    NO2: unitSchema,
    PM10: unitSchema,
    'PM2.5': unitSchema,
    CO: unitSchema,
    O3: unitSchema,
  }),
  /** Notes worth showing (no data, stopped station, how the district is computed), as codes. */
  notes: z.array(aqSubjectNoteSchema),
  days: z.array(aqDaySchema),
});
export type AqDailyResponse = z.infer<typeof aqDailyResponseSchema>;

// ---------------------------------------------------------------------------------------------
// GET /api/aq/evaluation

/** Query of GET /api/aq/evaluation: `year`, `station=<code>` or `scope=district`, optional `asOf`, `edition`. */
export const aqEvaluationQuerySchema = z
  .object({
    ...subjectShape,
    year: yearParamSchema,
    /** Evaluate only the days up to and including this date (year-to-date progress). */
    asOf: aqDateParamSchema.optional(),
    edition: standardsEditionSchema.default('2012'),
  })
  .strict()
  .superRefine((query, ctx) => {
    checkSubject(query, ctx);
    if (query.asOf !== undefined && query.asOf < `${query.year}-01-01`) {
      ctx.addIssue({ code: 'custom', path: ['asOf'], message: `must not be before ${query.year}-01-01` });
    }
  })
  .transform((query) => ({
    subject: toSubject(query),
    year: query.year,
    asOf: query.asOf ?? null,
    edition: query.edition,
  }));
export type AqEvaluationQuery = z.infer<typeof aqEvaluationQuerySchema>;

/** Why a year's (or the year-to-date's) figure is not valid (see `CoverageProblem` in server/aq/annual.ts). */
export const coverageProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('too-few-days'), count: z.number().int(), required: z.number().int() }),
  z.object({
    code: z.literal('month-short'),
    month: z.number().int().min(1).max(12),
    count: z.number().int(),
    required: z.number().int(),
  }),
  z.object({ code: z.literal('malformed-date'), date: z.string() }),
  z.object({ code: z.literal('date-outside-year'), date: z.string() }),
  z.object({ code: z.literal('duplicate-date'), date: z.string() }),
]);

/** Data validity of a pollutant's year (or year-to-date). */
export const validitySchema = z.object({
  valid: z.boolean(),
  /** Valid daily values in the period. */
  validDays: z.number().int().nonnegative(),
  /** Valid daily values per month, index 0 = January (months after `asOf` are 0). */
  validDaysPerMonth: z.array(z.number().int().nonnegative()).length(12),
  problems: z.array(coverageProblemSchema),
  /** The problems in words, e.g. "2023-03: 26 valid days, 27 required". */
  reasons: z.array(z.string()),
});

/**
 * Progress against the target (plan target where the plan sets one, else the GB 3095-2012 limit):
 * `pass` ≤ 90 % of it, `at-risk` within the last 10 %, `fail` above it, `no-data` without a figure.
 * Judged on the valid value, or on the provisional one when the coverage is short (see `validity`).
 */
export const progressSchema = z.enum(['pass', 'at-risk', 'fail', 'no-data']);
export type Progress = z.infer<typeof progressSchema>;

/** One pollutant's evaluation. */
export const pollutantEvaluationSchema = z.object({
  pollutant: pollutantSchema,
  /** annual mean (SO2, NO2, PM10, PM2.5), p95 of 24-h means (CO), p90 of daily max 8-h means (O3). */
  statistic: z.enum(['annual-mean', 'p95-24h-mean', 'p90-daily-max-8h']),
  unit: unitSchema,
  /** The statistic when the data are valid, full precision; null otherwise. */
  value: z.number().nullable(),
  /** The statistic over the valid days there are, when `value` is null (display as provisional). */
  provisionalValue: z.number().nullable(),
  /** GB 3095-2012 limit compared with (annual; CO 24-h 4 mg/m³; O3 8-h 160). */
  limit: z.object({ value: z.number(), source: z.string() }),
  /** The plan's own target (PM2.5 35, SO2 10), null for the four judged at the standard. */
  planTarget: z.object({ value: z.number(), strength: z.enum(['strive', 'binding']), quote: z.string() }).nullable(),
  /** The figure judged against: the plan target where it exists, else the limit. */
  target: z.number(),
  /** value ≤ limit; null when the figure is not valid. */
  meetsLimit: z.boolean().nullable(),
  /** value ≤ plan target; null when there is no plan target or no valid figure. */
  meetsPlanTarget: z.boolean().nullable(),
  /** value ≤ target; null when the figure is not valid. */
  pass: z.boolean().nullable(),
  progress: progressSchema,
  /**
   * The city-assigned indicator of the year for this pollutant (GET /api/plan/indicators, requirement G1), null when
   * none was entered or it sets none for this pollutant. Judged beside the plan target, not instead of it.
   */
  cityTarget: z.number().nullable(),
  /** value ≤ cityTarget; null when there is no city target or no valid figure. */
  meetsCityTarget: z.boolean().nullable(),
  /** Progress against the city target (as `progress` against `target`); null without a city target. */
  cityProgress: progressSchema.nullable(),
  validity: validitySchema,
});
export type PollutantEvaluation = z.infer<typeof pollutantEvaluationSchema>;

/** Days per AQI level and the share of good days (优良天数比例). */
export const aqiDaysSchema = z.object({
  levels: z.array(
    z.object({
      level: z.number().int().min(1).max(6),
      category: z.string(),
      color: z.string(),
      days: z.number().int().nonnegative(),
    }),
  ),
  /** Days with a daily AQI. */
  validDays: z.number().int().nonnegative(),
  /** Days of the period without one. */
  missingDays: z.number().int().nonnegative(),
  /** 优良天数: days with AQI ≤ 100. */
  goodDays: z.number().int().nonnegative(),
  /** 优良天数比例, 0–1 of `validDays`; null when there is none. */
  goodDayRatio: z.number().min(0).max(1).nullable(),
});

const perPollutantNumber = z.object({
  SO2: z.number(),
  NO2: z.number(),
  PM10: z.number(),
  'PM2.5': z.number(),
  CO: z.number(),
  O3: z.number(),
});

/** The comprehensive index (综合指数), dimensionless; show 2 decimals. */
export const comprehensiveIndexSchema = z.object({
  total: z.number(),
  indices: perPollutantNumber,
  divisors: perPollutantNumber,
  main: z.array(pollutantSchema),
  /** False when computed from provisional figures (some pollutant's year is not valid). */
  valid: z.boolean(),
});

/** Body of GET /api/aq/evaluation. */
export const aqEvaluationResponseSchema = z.object({
  scope: z.enum(['station', 'district']),
  station: aqStationSchema.nullable(),
  stations: z.array(aqStationSchema),
  year: z.number().int(),
  edition: standardsEditionSchema,
  asOf: z.string().nullable(),
  /** The days evaluated: 1 January to 31 December, or to `asOf`. */
  period: z.object({ from: z.string(), to: z.string(), days: z.number().int().positive(), complete: z.boolean() }),
  /** False when no station behind the figures has a single reading in the period. */
  hasData: z.boolean(),
  notes: z.array(aqSubjectNoteSchema),
  /** SO2, NO2, PM10, PM2.5, CO, O3 in that order. */
  pollutants: z.array(pollutantEvaluationSchema).length(6),
  aqiDays: aqiDaysSchema,
  /** From the valid statistics, or the provisional ones (`valid: false`); null when a pollutant has none. */
  comprehensiveIndex: comprehensiveIndexSchema.nullable(),
  /** Every pollutant meets its GB 3095-2012 limit (null when some figure is not valid). */
  meetsStandard: z.boolean().nullable(),
  /** Every pollutant meets its target (plan or standard; null when some figure is not valid). */
  meetsPlan: z.boolean().nullable(),
  /** The city-assigned indicators of the year as entered (with their source document), or null when none. */
  cityIndicators: cityIndicatorsSchema.nullable(),
  /**
   * The good-day ratio against the city's floor (%), null when no floor was set: `pass` at or above it with more
   * than 2 points to spare, `at-risk` within 2 points above it, `fail` below it.
   */
  cityGoodDayRatio: z.object({ floor: z.number(), meets: z.boolean().nullable(), progress: progressSchema }).nullable(),
  /** Every city-assigned concentration target and the good-day floor is met; null when none is set or one unknown. */
  meetsCity: z.boolean().nullable(),
});
export type AqEvaluationResponse = z.infer<typeof aqEvaluationResponseSchema>;
