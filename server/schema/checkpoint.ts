import { z } from 'zod';
import { listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { checkpointKinds } from './enums/roadside-check.ts';

export * from './enums/roadside-check.ts';

/** The window a checkpoint's counts cover: the days up to as-of. */
export const CHECKPOINT_WINDOW_DAYS = 30;

/** Properties of a `checkpoints` feature (geometry: Point): where roadside and OBD checks (路检路查) are held. */
export const checkpointPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(checkpointKinds),
  township: z.string(),
  townshipName: z.string(),
  /** Checks in the {@link CHECKPOINT_WINDOW_DAYS} days up to as-of. */
  checks: z.number().int().nonnegative(),
  /** Of those, checks that found a problem (devices, OBD or the emission test). */
  hits: z.number().int().nonnegative(),
  /** hits / checks; null without checks. */
  hitRate: z.number().nullable(),
  lastCheckAt: z.string().nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type CheckpointProperties = z.infer<typeof checkpointPropertiesSchema>;

export const checkpointQuerySchema = commonLayerQuerySchema
  .extend({ ...asOfQueryShape, kind: listParamSchema(checkpointKinds).optional() })
  .strict();
