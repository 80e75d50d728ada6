import { z } from 'zod';
import { provenanceSchema } from './common.ts';
import { commonLayerQuerySchema } from './layer-query.ts';

export const townshipKindSchema = z.enum(['subdistrict', 'town', 'township']);
export const townshipKindLabels = {
  subdistrict: { zh: '街道', en: 'subdistrict' },
  town: { zh: '镇', en: 'town' },
  township: { zh: '乡', en: 'township' },
} as const;

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

export const townshipQuerySchema = commonLayerQuerySchema.strict();
