import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { fuelProducts, sampleResults, sampleSiteKinds, traceStatuses } from './enums/fuel-sample.ts';

export * from './enums/fuel-sample.ts';

/** Properties of a `fuel-samples` feature (geometry: Point, the sampling site): one fuel-quality sample (油品抽检). */
export const fuelSamplePropertiesSchema = z.object({
  /** The sample number (样品编号), also the alert's entity id. */
  id: z.string(),
  sampledAt: z.string(),
  siteKind: z.enum(sampleSiteKinds),
  siteName: z.string(),
  /** The enterprise's or the fuel point's id when the site is one. */
  siteRef: z.string().nullable(),
  product: z.enum(fuelProducts),
  standard: z.string(),
  /** The result as known at as-of: `pending` until the result's day. */
  result: z.enum(sampleResults),
  resultOn: z.string().nullable(),
  /** Items over their limit, e.g. 硫含量. */
  failedItems: z.array(z.string()),
  /** The trace of a failed sample at as-of; null without one. */
  traceStatus: z.enum(traceStatuses).nullable(),
  caseId: z.number().int().nullable(),
  township: z.string(),
  townshipName: z.string(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type FuelSampleProperties = z.infer<typeof fuelSamplePropertiesSchema>;

export const fuelSampleQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    siteKind: listParamSchema(sampleSiteKinds).optional(),
    result: listParamSchema(sampleResults).optional(),
  })
  .strict();
