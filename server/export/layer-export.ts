/**
 * A map layer for download: exactly the features `GET /api/layers/:id` serves for the same query
 * (same schema, same filtering code in `db/layers/`), as GeoJSON or as CSV rows.
 *
 * CSV shape: one row per feature; a column per property of the layer's property schema, in the
 * schema's order (nested objects and arrays as JSON text; booleans `true`/`false`; null empty),
 * then `lon`, `lat` (WGS84 degrees): the point of a Point feature; for a polygon layer a label
 * point, the township seat where the feature has one (`seat`), else a point on the polygon
 * (turf `pointOnFeature`). The shapes themselves are in the GeoJSON export. Headers: Chinese
 * labels (`lang=zh`) or the property keys (`lang=en`).
 *
 * @module
 */
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { z } from 'zod';
import { resolveAsOf } from '../db/dataset-meta.ts';
import { layerDefinitions } from '../db/layers/registry.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { assertKnownTownships } from '../http/assert-known-townships.ts';
import { parseWith } from '../http/parse-with.ts';
import { layerPropertySchemas } from '../schema/layer-properties.ts';
import { layerIds, layerIdSchema, type LayerId } from '../schema/layer-catalogue.ts';
import { propertyLabel } from './property-labels.ts';
import { toCsv, type CsvCell, type CsvColumn, type CsvLang } from './to-csv.ts';
import { layerFeaturesAt } from '../services/layer-features-at.ts';

type LayerFeature = Feature<Geometry, Record<string, unknown>>;

/** A layer read for export. */
export interface LayerExport {
  layer: LayerId;
  /** The as-of moment the features are for, `YYYY-MM-DDTHH:mm` CST. */
  asOf: string;
  features: LayerFeature[];
}

/**
 * The layer id of a path segment; anything else is a 404 naming the layers.
 *
 * @example
 * parseLayerId('dustfall-points'); // 'dustfall-points'
 */
export function parseLayerId(text: string): LayerId {
  const layer = layerIdSchema.safeParse(text);
  if (!layer.success)
    throw new ApiError(404, 'not_found', `unknown layer '${text}'; layers are: ${layerIds.join(', ')}`);
  return layer.data;
}

/**
 * Reads `layer` with the layer endpoint's filters (`bbox`, `township`, `provenance`, the layer's
 * own, `asOf`), through the layer's own query schema and feature reader: a bad or unknown filter
 * or an unknown township is a 400 with the same message as `GET /api/layers/:id`.
 *
 * @param filters - the query parameters without the export's own (`format`, `lang`)
 * @example
 * readLayerExport(db, 'dustfall-points', { exceeds: 'true' }).features.length;
 */
export function readLayerExport(db: Db, layer: LayerId, filters: Record<string, string>): LayerExport {
  const definition = layerDefinitions[layer];
  const query = parseWith(definition.querySchema, filters, 'query parameter');
  assertKnownTownships(db, query.township);
  const asOf = resolveAsOf(db, query);
  return { layer, asOf, features: layerFeaturesAt(db, layer, query, asOf) };
}

/** Township code → polygon (WGS84), as the townships layer serves them. */
export function readTownshipPolygons(db: Db): Map<string, Polygon | MultiPolygon> {
  const polygons = new Map<string, Polygon | MultiPolygon>();
  for (const feature of readLayerExport(db, 'townships', {}).features) {
    const { geometry } = feature;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')
      polygons.set(String(feature.properties.code), geometry);
  }
  return polygons;
}

/** The FeatureCollection of an export, as `GET /api/layers/:id` answers it. */
export function layerGeoJson(data: LayerExport): FeatureCollection<Geometry, Record<string, unknown>> {
  return { type: 'FeatureCollection', features: data.features };
}

const propertySchemas: Record<LayerId, z.ZodObject> = layerPropertySchemas;

const coordinateColumns: CsvColumn[] = [
  { key: 'lon', header: { zh: '经度(WGS84)', en: 'lon' } },
  { key: 'lat', header: { zh: '纬度(WGS84)', en: 'lat' } },
];

/** A property value as one cell: scalars as they are, objects and arrays as JSON text. */
function flatten(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function isLonLat(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** `[lon, lat]` of a feature's point, or its label point (see the module comment). */
function labelPoint(feature: LayerFeature): Position | null {
  const { geometry } = feature;
  if (geometry.type === 'Point') return geometry.coordinates;
  const seat = feature.properties.seat;
  if (isLonLat(seat)) return seat;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')
    return pointOnFeature(geometry).geometry.coordinates;
  return null;
}

/** The columns of a layer's CSV: its properties in schema order, any others the features carry, lon, lat. */
export function layerCsvColumns(layer: LayerId, features: readonly LayerFeature[]): CsvColumn[] {
  const keys = Object.keys(propertySchemas[layer].shape);
  const known = new Set(keys);
  for (const feature of features) {
    for (const key of Object.keys(feature.properties)) {
      if (!known.has(key) && key !== 'lon' && key !== 'lat') {
        known.add(key);
        keys.push(key);
      }
    }
  }
  return [...keys.map((key) => ({ key, header: propertyLabel(key) })), ...coordinateColumns];
}

/**
 * The CSV of a layer export (see the module comment for the shape).
 *
 * @example
 * layerCsv(readLayerExport(db, 'dustfall-points', {}), 'en').split('\r\n')[0];
 * // '\uFEFFid,name,township,townshipName,month,value,exceeds,provenance,source,lon,lat'
 */
export function layerCsv(data: LayerExport, lang: CsvLang): string {
  const columns = layerCsvColumns(data.layer, data.features);
  const rows = data.features.map((feature) => {
    const row: Record<string, CsvCell> = {};
    for (const [key, value] of Object.entries(feature.properties)) row[key] = flatten(value);
    const point = labelPoint(feature);
    row.lon = point?.[0] ?? null;
    row.lat = point?.[1] ?? null;
    return row;
  });
  return toCsv(rows, columns, { lang });
}
