import { z } from 'zod';
import { booleanParamSchema, listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { banReasons, emissionStages, machineTypes, smokeTestResults } from './enums/machine.ts';

export {
  banReasonLabels,
  banReasons,
  emissionStageLabels,
  emissionStages,
  machineTypeLabels,
  machineTypes,
  smokeTestResults,
} from './enums/machine.ts';
export type { BanReason, EmissionStage, MachineType } from './enums/machine.ts';

/** Properties of a `machines` feature (geometry: Point, the latest position on or before as-of). */
export const machinePropertiesSchema = z.object({
  id: z.string(),
  type: z.enum(machineTypes),
  emissionStage: z.enum(emissionStages),
  registrationCode: z.string().nullable(),
  smokeTest: z.enum(smokeTestResults),
  smokeTestedOn: z.string().nullable(),
  owner: z.string(),
  exemptUse: z.enum(['livelihood', 'emergency']).nullable(),
  /**
   * Banned where it is (see banReasons): below the minimum stage of the control zone in force it is
   * in (no stage ban outside every zone), or, wherever it is, unregistered or black smoke.
   */
  banned: z.boolean(),
  banReasons: z.array(z.enum(banReasons)),
  /** Time of the position, YYYY-MM-DDTHH:mm China Standard Time. */
  positionTs: z.string(),
  township: z.string(),
  townshipName: z.string(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type MachineProperties = z.infer<typeof machinePropertiesSchema>;

export const machineQuerySchema = commonLayerQuerySchema
  .extend({
    ...asOfQueryShape,
    banned: booleanParamSchema.optional(),
    stage: listParamSchema(emissionStages).optional(),
    type: listParamSchema(machineTypes).optional(),
  })
  .strict();
