/**
 * Shapes of the source GeoJSON files in `geodata/sources/` (see its SOURCES.md). Each file is parsed
 * once, here, and the builders trust the result.
 *
 * @module
 */
import { z } from 'zod';

/** `[lon, lat]` in decimal degrees. */
const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ringSchema = z.array(positionSchema).min(4);

const multiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ringSchema).min(1)).min(1),
});
const multiLineStringSchema = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(positionSchema).min(2)).min(1),
});
const pointSchema = z.object({ type: z.literal('Point'), coordinates: positionSchema });

const collectionOf = <F extends z.ZodType>(featureSchema: F) =>
  z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema).min(1) });

/** An Amap-derived county-level feature (xinfu-county.*.geojson, xinzhou-districts.*.geojson). */
export const adminCollectionSchema = collectionOf(
  z.object({
    type: z.literal('Feature'),
    properties: z.object({ name: z.string().min(1), adcode: z.string().regex(/^\d{6}$/) }),
    geometry: multiPolygonSchema,
  }),
);

/** A river reach of the NGCC 1:4M layer (xinzhou-rivers-1to4m.geojson). */
export const riverCollectionSchema = collectionOf(
  z.object({
    type: z.literal('Feature'),
    properties: z.object({
      name: z.string().min(1),
      level_river: z.number().int(),
      gbcode: z.string(),
      source_fid: z.string().regex(/^\d+$/),
    }),
    geometry: multiLineStringSchema,
  }),
);

/** A CNEMC national-control station (xinzhou-aq-stations.geojson). */
export const stationCollectionSchema = collectionOf(
  z.object({
    type: z.literal('Feature'),
    properties: z.object({ code: z.string().regex(/^\d{4}A$/), name: z.string().min(1), status: z.string() }),
    geometry: pointSchema,
  }),
);

/**
 * Parses a source file's text with `schema`.
 *
 * @throws Error naming the file, with zod's description of what did not match
 */
export function parseSource<S extends z.ZodType>(schema: S, text: string, fileName: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${fileName}: not JSON (${String(error)})`);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new Error(`${fileName}: unexpected content\n${z.prettifyError(result.error)}`);
  return result.data;
}
