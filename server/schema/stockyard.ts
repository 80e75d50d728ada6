import { z } from 'zod';
import { booleanParamSchema, calendarDateSchema, listParamSchema, provenanceSchema, textSchema } from './common.ts';
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

/** A stockyard's code in a path (as the import's `id` field reads it). */
export const stockyardIdParamSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be a stockyard code (letters, digits, . _ -, at most 40)');

/** The five controls as an inspection records them: true = in place (all five required). */
const controlChecksSchema = z
  .object({
    enclosure: z.boolean(),
    cover: z.boolean(),
    spraying: z.boolean(),
    wheelWashing: z.boolean(),
    hardSurface: z.boolean(),
  })
  .strict();

/**
 * Body of POST /api/stockyards/:id/inspections: one inspection (堆场检查) of the five controls. `inspectedOn`
 * defaults to the dataset's present day and may not lie after it.
 *
 * @example
 * stockyardInspectionBodySchema.parse({ checks: { enclosure: true, cover: false, spraying: true,
 *   wheelWashing: true, hardSurface: true }, note: '东侧煤堆未苫盖' });
 */
export const stockyardInspectionBodySchema = z
  .object({
    inspectedOn: calendarDateSchema.optional(),
    checks: controlChecksSchema,
    note: textSchema({ multiline: true }).trim().max(1000, 'at most 1,000 characters').nullable().default(null),
  })
  .strict();
export type StockyardInspectionBody = z.infer<typeof stockyardInspectionBodySchema>;

/** One stockyard inspection as GET/POST /api/stockyards/:id/inspections answer it. */
export const stockyardInspectionSchema = z.object({
  id: z.number().int(),
  stockyardId: z.string(),
  inspectedOn: z.string(),
  checks: controlChecksSchema,
  /** The controls not in place, in the order of `stockyardControls`. */
  failedControls: z.array(z.enum(stockyardControls)),
  inspector: z.string(),
  note: z.string().nullable(),
  provenance: provenanceSchema,
  /** When the server stored it, ISO 8601 UTC. */
  recordedAt: z.string(),
});
export type StockyardInspection = z.infer<typeof stockyardInspectionSchema>;

/** Body of GET /api/stockyards/:id/inspections: newest first (at most 500). */
export const stockyardInspectionsResponseSchema = z.object({
  stockyardId: z.string(),
  stockyardName: z.string(),
  inspections: z.array(stockyardInspectionSchema),
});
export type StockyardInspectionsResponse = z.infer<typeof stockyardInspectionsResponseSchema>;
