import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { heatingStatuses, retrofitTypes } from './enums/village-heating.ts';

export { heatingStatusLabels, heatingStatuses, retrofitTypeLabels, retrofitTypes } from './enums/village-heating.ts';
export type { HeatingStatus, RetrofitType } from './enums/village-heating.ts';
export const retrofitTypeSchema = z.enum(retrofitTypes);
export const heatingStatusSchema = z.enum(heatingStatuses);

/** Properties of a `villages` feature (geometry: Point). */
export const villagePropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['village', 'community']),
  township: z.string(),
  townshipName: z.string(),
  heatingStatus: heatingStatusSchema,
  retrofitType: retrofitTypeSchema,
  retrofitYear: z.number().nullable(),
  households: z.number(),
  stableOperation: z.boolean().nullable(),
  /** Retrofit under way (e.g. 二十里铺村, task 7). */
  retrofitInProgress: z.boolean(),
  /** Coal re-burning reports in the 365 days up to as-of. */
  reburnReports: z.number(),
  lastReburnReport: z.string().nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type VillageProperties = z.infer<typeof villagePropertiesSchema>;

export const villageQuerySchema = commonLayerQuerySchema
  .extend({ ...asOfQueryShape, heating: listParamSchema(heatingStatuses).optional() })
  .strict();
