import { z } from 'zod';
import { asOfParamSchema, bboxParamSchema, listParamSchema, townshipCodeSchema } from './common.ts';

/**
 * Query parameters every layer accepts: `bbox=minLon,minLat,maxLon,maxLat` (a feature is kept
 * when its point, or its polygon's bbox, intersects the box), `township=<code9>`,
 * `provenance=official,approximate,synthetic`. Each layer extends this with its own filters;
 * unknown parameters are rejected so that a typo never silently returns everything.
 */
export const commonLayerQuerySchema = z.object({
  bbox: bboxParamSchema.optional(),
  township: townshipCodeSchema.optional(),
  provenance: listParamSchema(['official', 'approximate', 'synthetic']).optional(),
});
export type CommonLayerQuery = z.infer<typeof commonLayerQuerySchema>;

/** Adds `asOf` (see asOfParamSchema) to a layer query; time-dependent layers use it. */
export const asOfQueryShape = { asOf: asOfParamSchema.optional() };
