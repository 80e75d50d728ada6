import { z } from 'zod';
import { provenanceSchema } from './common.ts';
import { zoneMinStages } from './enums/machine.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';

/** Properties of an `nrmm-zones` feature (geometry: Polygon | MultiPolygon). */
export const nrmmZonePropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  township: z.string(),
  townshipName: z.string(),
  areaKm2: z.number(),
  /** Machines below this emission stage are banned inside (task 10: 国三; the zone's own value decides). */
  minStage: z.enum(zoneMinStages),
  effectiveFrom: z.string(),
  /** Ids of non-exempt machines whose latest position (as of) lies inside the zone and that it bans (its minStage). */
  bannedMachinesInside: z.array(z.string()),
  provenance: provenanceSchema,
  source: z.string(),
});
export type NrmmZoneProperties = z.infer<typeof nrmmZonePropertiesSchema>;

export const nrmmZoneQuerySchema = commonLayerQuerySchema.extend({ ...asOfQueryShape }).strict();
