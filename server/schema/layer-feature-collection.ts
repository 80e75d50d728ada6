import { z } from 'zod';
import type { LayerId } from './layer-catalogue.ts';
import { layerPropertySchemas } from './layer-properties.ts';

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).min(4);

/** The geometries the layers serve (WGS84, `[lon, lat]`). */
export const layerGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

/** Body of GET /api/layers/:id for one layer: a FeatureCollection whose properties follow that layer's schema. */
function featureCollectionOf<P extends z.ZodType>(properties: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.union([z.string(), z.number()]).optional(),
        geometry: layerGeometrySchema,
        properties,
      }),
    ),
  });
}

/**
 * The body schema of GET /api/layers/:id, by layer id.
 *
 * @example
 * const stations = layerFeatureCollectionSchemas.stations.parse(await (await fetch('/api/layers/stations')).json());
 * stations.features[0]?.properties.code;
 */
export const layerFeatureCollectionSchemas = {
  townships: featureCollectionOf(layerPropertySchemas.townships),
  villages: featureCollectionOf(layerPropertySchemas.villages),
  enterprises: featureCollectionOf(layerPropertySchemas.enterprises),
  'construction-sites': featureCollectionOf(layerPropertySchemas['construction-sites']),
  'nrmm-zones': featureCollectionOf(layerPropertySchemas['nrmm-zones']),
  machines: featureCollectionOf(layerPropertySchemas.machines),
  stations: featureCollectionOf(layerPropertySchemas.stations),
  'dustfall-points': featureCollectionOf(layerPropertySchemas['dustfall-points']),
  'fuel-points': featureCollectionOf(layerPropertySchemas['fuel-points']),
  'built-up-area': featureCollectionOf(layerPropertySchemas['built-up-area']),
  vehicles: featureCollectionOf(layerPropertySchemas['vehicles']),
  checkpoints: featureCollectionOf(layerPropertySchemas['checkpoints']),
  'repair-shops': featureCollectionOf(layerPropertySchemas['repair-shops']),
  'muck-trucks': featureCollectionOf(layerPropertySchemas['muck-trucks']),
  'road-segments': featureCollectionOf(layerPropertySchemas['road-segments']),
  stockyards: featureCollectionOf(layerPropertySchemas['stockyards']),
  'public-reports': featureCollectionOf(layerPropertySchemas['public-reports']),
  'fuel-samples': featureCollectionOf(layerPropertySchemas['fuel-samples']),
} satisfies Record<LayerId, z.ZodType>;
export type LayerFeatureCollection<K extends LayerId> = z.infer<(typeof layerFeatureCollectionSchemas)[K]>;
