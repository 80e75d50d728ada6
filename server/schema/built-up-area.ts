import { z } from 'zod';
import { provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';

/**
 * Properties of a `built-up-area` feature (geometry: Polygon | MultiPolygon): the urban built-up area
 * (城市建成区) that tasks 2, 9, 10, 11 and 14 limit their rules to.
 */
export const builtUpAreaPropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  township: z.string(),
  townshipName: z.string(),
  areaKm2: z.number(),
  effectiveFrom: z.string(),
  /** The console's own 示意 outline, standing in until the planning department's boundary is imported. */
  provisional: z.boolean(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type BuiltUpAreaProperties = z.infer<typeof builtUpAreaPropertiesSchema>;

export const builtUpAreaQuerySchema = commonLayerQuerySchema.extend({ ...asOfQueryShape }).strict();
