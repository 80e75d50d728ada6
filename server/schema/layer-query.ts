import { z } from 'zod';
import { asOfParamSchema, bboxParamSchema, listParamSchema } from './common.ts';

/** At most this many townships in one `township=` list (the district has 18). */
export const MAX_TOWNSHIP_FILTER = 18;

/**
 * `township=<code9>[,<code9>…]`: one or several 9-digit township codes, comma-separated, as a list without repeats.
 *
 * @example
 * townshipListParamSchema.parse('140902001,140902002'); // ['140902001', '140902002']
 */
export const townshipListParamSchema = z.string().transform((text, ctx) => {
  const codes = [...new Set(text.split(',').map((part) => part.trim()))];
  const bad = codes.find((code) => !/^\d{9}$/.test(code));
  if (bad !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `must be 9-digit township codes separated by commas; got '${bad.slice(0, 40)}'`,
      params: { zh: '须为 9 位乡镇代码，多个以逗号分隔' },
    });
    return z.NEVER;
  }
  if (codes.length > MAX_TOWNSHIP_FILTER) {
    ctx.addIssue({
      code: 'custom',
      message: `at most ${MAX_TOWNSHIP_FILTER} townships`,
      params: { zh: `最多 ${MAX_TOWNSHIP_FILTER} 个乡镇` },
    });
    return z.NEVER;
  }
  return codes;
});

/**
 * Query parameters every layer accepts: `bbox=minLon,minLat,maxLon,maxLat` (a feature is kept
 * when its point, or its polygon's bbox, intersects the box), `township=<code9>[,<code9>…]` (any of these townships),
 * `provenance=official,approximate,synthetic`. Each layer extends this with its own filters;
 * unknown parameters are rejected so that a typo never silently returns everything.
 */
export const commonLayerQuerySchema = z.object({
  bbox: bboxParamSchema.optional(),
  township: townshipListParamSchema.optional(),
  provenance: listParamSchema(['official', 'approximate', 'synthetic']).optional(),
});
export type CommonLayerQuery = z.infer<typeof commonLayerQuerySchema>;

/** Adds `asOf` (see asOfParamSchema) to a layer query; time-dependent layers use it. */
export const asOfQueryShape = { asOf: asOfParamSchema.optional() };
