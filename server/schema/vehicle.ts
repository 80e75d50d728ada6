import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import {
  vehicleCategories,
  vehicleEmissionStages,
  vehicleFuels,
  vehicleRegisters,
  vehicleStatuses,
} from './enums/vehicle.ts';

export * from './enums/vehicle.ts';

/** Properties of a `vehicles` feature (geometry: Point, the owner unit's address, approximate). */
export const vehiclePropertiesSchema = z.object({
  id: z.string(),
  plate: z.string(),
  category: z.enum(vehicleCategories),
  fuel: z.enum(vehicleFuels),
  emissionStage: z.enum(vehicleEmissionStages),
  leanBurn: z.boolean(),
  /** A municipal public-service vehicle (环卫、邮政、快递): task 10's new-or-replaced rule applies. */
  municipal: z.boolean(),
  ownerUnit: z.string(),
  /** The key vehicle-using unit (重点用车单位) whose fleet it belongs to; null when none. */
  keyUserEnterpriseId: z.string().nullable(),
  registeredOn: z.string(),
  /** The status at as-of: a vehicle scrapped after as-of is still in use then. */
  status: z.enum(vehicleStatuses),
  statusOn: z.string().nullable(),
  scrapDueOn: z.string().nullable(),
  register: z.enum(vehicleRegisters),
  township: z.string(),
  townshipName: z.string(),
  /** The latest roadside check of its plate up to as-of; null when never checked. */
  lastCheck: z.object({ at: z.string(), hit: z.boolean(), outcome: z.string() }).nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type VehicleProperties = z.infer<typeof vehiclePropertiesSchema>;

export const vehicleQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    category: listParamSchema(vehicleCategories).optional(),
    fuel: listParamSchema(vehicleFuels).optional(),
    emissionStage: listParamSchema(vehicleEmissionStages).optional(),
    status: listParamSchema(vehicleStatuses).optional(),
  })
  .strict();
