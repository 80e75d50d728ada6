import { z } from 'zod';
import { CITY_INDICATOR_FIRST_YEAR, CITY_INDICATOR_LAST_YEAR } from './city-indicator-keys.ts';
import { calendarDateSchema } from './common.ts';

/**
 * The city-assigned annual binding indicators (requirement G1/G2): the plan's first target,
 * 「坚决完成市政府下达我区环境空气质量改善和大气主要污染物排放总量年度约束性指标」, is binding but carries no
 * figure: the figures come each year in a document of the city. An admin enters them per year
 * (`PUT /api/plan/indicators/:year`) with that document named; `GET /api/plan/indicators` lists them, and
 * the AQ evaluation, 总览 and the monthly report compare the year's figures beside the plan's own targets.
 *
 * Units: concentration targets µg/m³ (CO mg/m³), upper limits judged on the HJ 663-2013 statistic
 * (annual means; CO p95 of 24-h means; O3 p90 of daily max 8-h means); the good-day ratio is a floor in %;
 * emission totals are a cap and/or a reduction in tonnes per year. `null`: the document sets no such figure.
 */

const positiveFigure = z
  .number({ error: 'must be a number' })
  .positive({ message: 'must be greater than 0' })
  .max(1e9, { message: 'must be at most 1e9' });

/** A concentration target (an upper limit), or null when the document sets none. */
const concentrationTarget = positiveFigure.nullable();

export const cityConcentrationsSchema = z
  .object({
    'PM2.5': concentrationTarget,
    PM10: concentrationTarget,
    SO2: concentrationTarget,
    NO2: concentrationTarget,
    /** mg/m³, p95 of the 24-h means. */
    CO: concentrationTarget,
    /** p90 of the daily maximum 8-h means. */
    O3: concentrationTarget,
  })
  .strict();

/** An emission total of one pollutant: a cap (t/year) and/or a reduction to achieve (t/year). */
export const cityEmissionSchema = z
  .object({ cap: positiveFigure.nullable(), reduction: positiveFigure.nullable() })
  .strict();

export const cityEmissionsSchema = z
  .object({ SO2: cityEmissionSchema, NOx: cityEmissionSchema, PM: cityEmissionSchema, VOCs: cityEmissionSchema })
  .strict();

/** The city's document the figures come from. */
export const sourceDocumentSchema = z
  .object({
    /** Title, e.g. 「关于下达2023年度环境空气质量改善目标的通知」. */
    name: z.string().trim().min(1).max(200),
    /** 文号, e.g. 忻政办发〔2023〕12号; null when the document has none. */
    number: z.string().trim().min(1).max(80).nullable(),
    /** 印发机关, e.g. 忻州市人民政府办公室. */
    issuer: z.string().trim().min(1).max(100),
    /** 印发日期, YYYY-MM-DD. */
    issuedOn: calendarDateSchema,
  })
  .strict();
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/** `official`: from the named document; `synthetic`: an example (the demo database). */
export const cityIndicatorProvenanceSchema = z.enum(['official', 'synthetic'], {
  error: "must be 'official' or 'synthetic'",
});

/** What an admin enters for a year (the body of PUT /api/plan/indicators/:year; the year is in the path). */
const figuresShape = {
  concentrations: cityConcentrationsSchema,
  /** 优良天数比例 floor, % (0–100]. */
  goodDayRatio: positiveFigure.max(100, { message: 'must be at most 100 (%)' }).nullable(),
  emissions: cityEmissionsSchema,
  source: sourceDocumentSchema,
  provenance: cityIndicatorProvenanceSchema,
};

/** Whether a year's entry sets at least one figure. */
function setsAFigure(input: {
  concentrations: Record<string, number | null>;
  goodDayRatio: number | null;
  emissions: Record<string, { cap: number | null; reduction: number | null }>;
}): boolean {
  return (
    Object.values(input.concentrations).some((v) => v !== null) ||
    input.goodDayRatio !== null ||
    Object.values(input.emissions).some((e) => e.cap !== null || e.reduction !== null)
  );
}

export const cityIndicatorsInputSchema = z
  .object(figuresShape)
  .strict()
  .superRefine((input, ctx) => {
    if (!setsAFigure(input)) {
      ctx.addIssue({
        code: 'custom',
        path: ['concentrations'],
        message: 'set at least one figure (a concentration target, the good-day ratio or an emission total)',
        params: { zh: '至少填写一项指标（浓度目标、优良天数比例或排放总量）' },
      });
    }
  });
export type CityIndicatorsInput = z.infer<typeof cityIndicatorsInputSchema>;

/** One year's city-assigned indicators as the API serves them. */
export const cityIndicatorsSchema = z
  .object({
    year: z.number().int().min(CITY_INDICATOR_FIRST_YEAR).max(CITY_INDICATOR_LAST_YEAR),
    ...figuresShape,
    /** When and by whom last entered (ISO 8601 UTC; the admin's username, or `seed`). */
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .strict();
export type CityIndicators = z.infer<typeof cityIndicatorsSchema>;

/** Body of GET /api/plan/indicators: every year entered, oldest first (empty on a fresh install). */
export const cityIndicatorsResponseSchema = z.object({ indicators: z.array(cityIndicatorsSchema) });
export type CityIndicatorsResponse = z.infer<typeof cityIndicatorsResponseSchema>;

/** The `:year` of PUT/DELETE /api/plan/indicators/:year. */
export const cityIndicatorYearParamSchema = z
  .string()
  .regex(/^\d{4}$/, 'must be a year such as 2023')
  .transform(Number)
  .refine((year) => year >= CITY_INDICATOR_FIRST_YEAR && year <= CITY_INDICATOR_LAST_YEAR, {
    message: `must be within ${CITY_INDICATOR_FIRST_YEAR}–${CITY_INDICATOR_LAST_YEAR}`,
    params: { zh: `须在 ${CITY_INDICATOR_FIRST_YEAR}–${CITY_INDICATOR_LAST_YEAR} 之间` },
  });
