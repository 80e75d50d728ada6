import { z } from 'zod';
import { asOfParamSchema } from './common.ts';
import { layerIds, type LayerId } from './enums/layer-id.ts';
import { layerCatalogueSchema } from './layer-catalogue.ts';
import { layerFeatureCollectionSchemas } from './layer-feature-collection.ts';
import { metaResponseSchema } from './meta.ts';
import { planResponseSchema } from './plan.ts';

const knownLayers: ReadonlySet<string> = new Set(layerIds);

/**
 * `layers=<id>[,<id>…]`: the map layers whose features the bootstrap carries, comma-separated, without repeats, in
 * catalogue order; empty (`layers=`) for none. An unknown id is refused, naming it and the known ones.
 *
 * @example
 * bootstrapLayersParamSchema.parse('stations,townships'); // ['townships', 'stations']
 */
export const bootstrapLayersParamSchema = z.string().transform((text, ctx): LayerId[] => {
  const asked = new Set(
    text
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
  const unknown = [...asked].find((id) => !knownLayers.has(id));
  if (unknown !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown layer '${unknown.slice(0, 40)}'; layers are: ${layerIds.join(', ')}`,
      params: { zh: `没有图层「${unknown.slice(0, 40)}」` },
    });
    return z.NEVER;
  }
  return layerIds.filter((id) => asked.has(id));
});

/**
 * Query of GET /api/bootstrap: the as-of moment (as everywhere; omitted: the dataset's default), the stations' AQI
 * period (`hour`, the default, or `day`) and the layers wanted (omitted: every layer).
 */
export const bootstrapQuerySchema = z
  .object({
    asOf: asOfParamSchema.optional(),
    aqiPeriod: z.enum(['hour', 'day']).optional(),
    layers: bootstrapLayersParamSchema.optional(),
  })
  .strict();
export type BootstrapQuery = z.infer<typeof bootstrapQuerySchema>;

const layerShape = Object.fromEntries(layerIds.map((id) => [id, layerFeatureCollectionSchemas[id].optional()])) as {
  [K in LayerId]: z.ZodOptional<(typeof layerFeatureCollectionSchemas)[K]>;
};

/**
 * Body of GET /api/bootstrap: what the console needs for its first view in one response. Each part is exactly what
 * its own route answers for the same moment: `catalogue` as GET /api/layers?asOf=, `plan` as GET /api/plan, `meta`
 * as GET /api/meta, and `layers[id]` as GET /api/layers/:id?asOf= (stations with `aqiPeriod=day` when asked) for
 * each layer in `layers=`, no other.
 */
export const bootstrapResponseSchema = z.object({
  catalogue: layerCatalogueSchema,
  plan: planResponseSchema,
  meta: metaResponseSchema,
  layers: z.object(layerShape),
});
export type BootstrapResponse = z.infer<typeof bootstrapResponseSchema>;
