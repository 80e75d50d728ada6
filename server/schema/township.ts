import { z } from 'zod';
import { provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import { townshipKinds } from './enums/township-kind.ts';

export { townshipKindLabels } from './enums/township-kind.ts';
export const townshipKindSchema = z.enum(townshipKinds);

/** Properties of a `townships` feature (geometry: Polygon | MultiPolygon). */
export const townshipPropertiesSchema = z.object({
  code: z.string(),
  code12: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: townshipKindSchema,
  /** Seat / label point, [lon, lat]. */
  seat: z.tuple([z.number(), z.number()]),
  /** Geodesic area on the WGS84 ellipsoid, km². */
  areaKm2: z.number(),
  provenance: provenanceSchema,
  source: z.string(),
});
export type TownshipProperties = z.infer<typeof townshipPropertiesSchema>;

/** `asOf`: the moment of the features' `problems` (the month's dustfall). */
export const townshipQuerySchema = commonLayerQuerySchema.extend({ ...asOfQueryShape }).strict();
