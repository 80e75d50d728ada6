import { z } from 'zod';
import { booleanParamSchema, listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { stockyardControls, stockyardKinds, stockyardMaterials } from './enums/stockyard.ts';

export * from './enums/stockyard.ts';

/** A stockyard inspection as the layer shows the latest one. */
export const stockyardInspectionSummarySchema = z.object({
  date: z.string(),
  checks: z.record(z.enum(stockyardControls), z.boolean()),
  inspector: z.string(),
});

/** Properties of a `stockyards` feature (geometry: Point): an industrial or commercial stockyard (task 12). */
export const stockyardPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(stockyardKinds),
  material: z.enum(stockyardMaterials),
  enterpriseId: z.string().nullable(),
  areaM2: z.number(),
  township: z.string(),
  townshipName: z.string(),
  /** Latest inspection on or before as-of; null when never inspected. */
  lastInspection: stockyardInspectionSummarySchema.nullable(),
  /** Every control in place at the latest inspection; null when never inspected. */
  compliant: z.boolean().nullable(),
  failedControls: z.array(z.enum(stockyardControls)),
  provenance: provenanceSchema,
  source: z.string(),
});
export type StockyardProperties = z.infer<typeof stockyardPropertiesSchema>;

export const stockyardQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    kind: listParamSchema(stockyardKinds).optional(),
    material: listParamSchema(stockyardMaterials).optional(),
    compliant: booleanParamSchema.optional(),
  })
  .strict();
