import { z } from 'zod';
import { booleanParamSchema, monthParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';

/** The district dustfall limit of task 12, t/(km²·month) (kept zod-free in plan-targets.ts for the client). */
export { DUSTFALL_LIMIT } from './plan-targets.ts';

/** Properties of a `dustfall-points` feature (geometry: Point). */
export const dustfallPointPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  township: z.string(),
  townshipName: z.string(),
  /** The month the value is for (YYYY-MM): the requested one, or the latest with data. */
  month: z.string().nullable(),
  /** Dustfall, t/(km²·month); null when the point has no reading that month. */
  value: z.number().nullable(),
  /** value > 7 t/(km²·month). */
  exceeds: z.boolean().nullable(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type DustfallPointProperties = z.infer<typeof dustfallPointPropertiesSchema>;

export const dustfallPointQuerySchema = commonLayerQuerySchema
  .extend({ ...asOfQueryShape, month: monthParamSchema.optional(), exceeds: booleanParamSchema.optional() })
  .strict();
