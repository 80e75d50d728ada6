import { z } from 'zod';
import { booleanParamSchema, listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { repairInspectionOutcomes, repairShopCategories } from './enums/repair-shop.ts';

export * from './enums/repair-shop.ts';

/** A repair-shop inspection as the layer shows the latest one. */
export const repairInspectionSummarySchema = z.object({
  date: z.string(),
  aftertreatmentRemoval: z.boolean(),
  obdTampering: z.boolean(),
  ledgerComplete: z.boolean(),
  outcome: z.enum(repairInspectionOutcomes),
  rectifiedOn: z.string().nullable(),
  inspector: z.string(),
});

/** Properties of a `repair-shops` feature (geometry: Point): 机动车维修机构 (task 16). */
export const repairShopPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(repairShopCategories),
  /** An emissions repair station (排放维修站, M站). */
  emissionsRepair: z.boolean(),
  licence: z.string().nullable(),
  township: z.string(),
  townshipName: z.string(),
  /** The latest inspection up to as-of; null when never inspected. */
  lastInspection: repairInspectionSummarySchema.nullable(),
  /** The latest inspection found removed after-treatment or OBD tampering, not rectified by as-of. */
  openFinding: z.boolean(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type RepairShopProperties = z.infer<typeof repairShopPropertiesSchema>;

export const repairShopQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    category: listParamSchema(repairShopCategories).optional(),
    openFinding: booleanParamSchema.optional(),
  })
  .strict();
