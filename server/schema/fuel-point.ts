import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { fuelPointKinds, fuelPointStatuses } from './enums/fuel-point.ts';

export { fuelPointKindLabels, fuelPointKinds, fuelPointStatuses } from './enums/fuel-point.ts';

/** Properties of a `fuel-points` feature (geometry: Point). */
export const fuelPointPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(fuelPointKinds),
  township: z.string(),
  townshipName: z.string(),
  reportedOn: z.string(),
  status: z.enum(fuelPointStatuses),
  closedOn: z.string().nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type FuelPointProperties = z.infer<typeof fuelPointPropertiesSchema>;

export const fuelPointQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    kind: listParamSchema(fuelPointKinds).optional(),
    status: listParamSchema(fuelPointStatuses).optional(),
  })
  .strict();
