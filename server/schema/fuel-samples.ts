import { z } from 'zod';
import {
  asOfParamSchema,
  asOfQuery,
  calendarDateSchema,
  listParamSchema,
  provenanceSchema,
  textSchema,
  townshipCodeSchema,
} from './common.ts';
import { fuelProducts, sampleResults, sampleSiteKinds, traceStatuses } from './enums/fuel-sample.ts';

export * from './enums/fuel-sample.ts';

const limitSchema = z
  .string()
  .regex(/^[1-9]\d{0,2}$/, 'must be a whole number 1–500')
  .transform(Number)
  .refine((n) => n <= 500, { message: 'must be at most 500', params: { zh: '不能大于 500' } });

/** Query of GET /api/fuel-samples: filters, the as-of the results and traces are seen at, at most 500 rows. */
export const fuelSamplesQuerySchema = asOfQuery({
  siteKind: listParamSchema(sampleSiteKinds).optional(),
  result: listParamSchema(sampleResults).optional(),
  product: listParamSchema(fuelProducts).optional(),
  township: townshipCodeSchema.optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  limit: limitSchema.optional(),
});
export type FuelSamplesQuery = z.infer<typeof fuelSamplesQuerySchema>;

/** Query of GET /api/fuel-samples/summary. */
export const fuelSamplesSummaryQuerySchema = asOfQuery({});

/** A failed quality item: the value measured, the limit it breaks, its unit. */
export const failedItemSchema = z.object({ item: z.string(), value: z.number(), limit: z.number(), unit: z.string() });

/** A failed item as a body gives it: limit and unit may be left to the console's table (`server/fuel/`). */
const failedItemInputSchema = z
  .object({
    item: textSchema().trim().min(1).max(40),
    value: z.number().finite(),
    limit: z.number().finite().optional(),
    unit: textSchema().trim().max(20).optional(),
  })
  .strict();

/** The trace (溯源) of a failed sample. */
export const fuelTraceSchema = z.object({
  id: z.number().int(),
  supplier: z.string().nullable(),
  transporter: z.string().nullable(),
  origin: z.string().nullable(),
  status: z.enum(traceStatuses),
  /** The enforcement case opened on the sample (set by POST /api/cases with `sampleId`). */
  caseId: z.number().int().nullable(),
  note: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type FuelTrace = z.infer<typeof fuelTraceSchema>;

/** One fuel sample (油品抽检) as the API answers it, seen at as-of. */
export const fuelSampleSchema = z.object({
  id: z.number().int(),
  sampleNo: z.string(),
  sampledAt: z.string(),
  siteKind: z.enum(sampleSiteKinds),
  siteName: z.string(),
  siteRef: z.string().nullable(),
  township: z.string(),
  townshipName: z.string(),
  lon: z.number(),
  lat: z.number(),
  product: z.enum(fuelProducts),
  standard: z.string(),
  /** `pending` until the result's day. */
  result: z.enum(sampleResults),
  resultOn: z.string().nullable(),
  failedItems: z.array(failedItemSchema),
  lab: z.string().nullable(),
  sampler: z.string(),
  /** The trace from its opening (null before, and for a sample that did not fail). */
  trace: fuelTraceSchema.nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type FuelSample = z.infer<typeof fuelSampleSchema>;

/** Body of GET /api/fuel-samples: newest first. */
export const fuelSamplesResponseSchema = z.object({
  asOf: z.string(),
  total: z.number().int(),
  samples: z.array(fuelSampleSchema),
});
export type FuelSamplesResponse = z.infer<typeof fuelSamplesResponseSchema>;

const countsSchema = z.object({ samples: z.number().int(), failed: z.number().int(), pending: z.number().int() });

/** Body of GET /api/fuel-samples/summary: samples taken by as-of and their results known then. */
export const fuelSamplesSummarySchema = z.object({
  asOf: z.string(),
  totals: countsSchema.extend({
    /** Failed ÷ samples with a known result; null with none. */
    failureRate: z.number().nullable(),
    tracesOpen: z.number().int(),
  }),
  byYear: z.array(countsSchema.extend({ year: z.number().int() })),
  byMonth: z.array(countsSchema.extend({ month: z.string() })),
  bySiteKind: z.array(countsSchema.extend({ siteKind: z.enum(sampleSiteKinds) })),
  byProduct: z.array(countsSchema.extend({ product: z.enum(fuelProducts) })),
});
export type FuelSamplesSummary = z.infer<typeof fuelSamplesSummarySchema>;

const sampleResultBody = {
  result: z.enum(sampleResults).default('pending'),
  resultOn: calendarDateSchema.optional(),
  failedItems: z.array(failedItemInputSchema).max(20).default([]),
  lab: textSchema().trim().max(80).optional(),
};

/**
 * Body of POST /api/fuel-samples: a sample taken at a station, depot, enterprise or illegal point. `siteRef`
 * (an enterprise's or a fuel point's id) gives the position and township; without it `lon`/`lat` (WGS84) are
 * required. `product` sets the standard. A result `fail` needs failed items; `pass`/`pending` none.
 */
export const fuelSampleBodySchema = z
  .object({
    sampleNo: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/, 'must be 3–40 letters, digits or -'),
    sampledAt: asOfParamSchema,
    siteKind: z.enum(sampleSiteKinds),
    siteName: textSchema().trim().min(1).max(80),
    siteRef: textSchema().trim().min(1).max(64).optional(),
    lon: z.number().min(-180).max(180).optional(),
    lat: z.number().min(-90).max(90).optional(),
    product: z.enum(fuelProducts),
    sampler: textSchema().trim().min(1).max(80),
    ...sampleResultBody,
  })
  .strict();
export type FuelSampleBody = z.infer<typeof fuelSampleBodySchema>;

/** Body of PATCH /api/fuel-samples/:id/result: the lab's result, recorded later. */
export const fuelResultBodySchema = z
  .object({
    result: z.enum(['pass', 'fail']),
    resultOn: calendarDateSchema.optional(),
    failedItems: sampleResultBody.failedItems,
    lab: sampleResultBody.lab,
  })
  .strict();
export type FuelResultBody = z.infer<typeof fuelResultBodySchema>;

/** Body of PATCH /api/fuel-samples/:id/trace: what the trace found and its status (`closed` ends it). */
export const fuelTraceBodySchema = z
  .object({
    supplier: textSchema().trim().max(120).nullable().optional(),
    transporter: textSchema().trim().max(120).nullable().optional(),
    origin: textSchema().trim().max(120).nullable().optional(),
    status: z.enum(['traced', 'referred', 'closed']),
    note: textSchema({ multiline: true }).trim().max(2000, 'at most 2,000 characters').optional(),
    at: asOfParamSchema.optional(),
  })
  .strict();
export type FuelTraceBody = z.infer<typeof fuelTraceBodySchema>;
