import { z } from 'zod';
import { provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';

/** Properties of an `nrmm-zones` feature (geometry: Polygon | MultiPolygon). */
export const nrmmZonePropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  township: z.string(),
  townshipName: z.string(),
  areaKm2: z.number(),
  /** Machines below this emission stage are banned inside (task 10: 国三). */
  minStage: z.enum(['I', 'II', 'III', 'IV']),
  effectiveFrom: z.string(),
  /** Ids of banned, non-exempt machines whose latest position (as of) lies inside the zone. */
  bannedMachinesInside: z.array(z.string()),
  provenance: provenanceSchema,
  source: z.string(),
});
export type NrmmZoneProperties = z.infer<typeof nrmmZonePropertiesSchema>;

export const nrmmZoneQuerySchema = commonLayerQuerySchema.extend({ ...asOfQueryShape }).strict();
