import type { Feature, Geometry } from 'geojson';
import type { z } from 'zod';
import type { LayerId } from '../../schema/layer-catalogue.ts';
import type { CommonLayerQuery } from '../../schema/layer-query.ts';
import type { Db } from '../open-database.ts';

/** A layer's server side: how its query is validated and how its features are read. */
export interface LayerDefinition<Q extends CommonLayerQuery = CommonLayerQuery> {
  id: LayerId;
  querySchema: z.ZodType<Q>;
  /**
   * The layer's features matching `query`, at the moment `asOf` (`YYYY-MM-DDTHH:mm`, China
   * Standard Time) for layers that change over time.
   */
  features(db: Db, query: Q, asOf: string): Feature<Geometry, Record<string, unknown>>[];
}

/** A GeoJSON Point feature with `id`. */
export function pointFeature<P extends Record<string, unknown>>(id: string, lon: number, lat: number, properties: P) {
  return { type: 'Feature' as const, id, geometry: { type: 'Point' as const, coordinates: [lon, lat] }, properties };
}

/** Parses the JSON text of a stored column. */
export function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
