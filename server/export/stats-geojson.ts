/**
 * Statistics as GeoJSON (RFC 7946, WGS84 `[lon, lat]`): the areas' polygons with their statistics
 * as properties, nested exactly as in the JSON of `/api/stats/…`.
 *
 * - Townships: one Feature per township (its polygon as the townships layer serves it), properties
 *   `{scope: 'township', code, name, month, asOf, …area statistics}`; the collection carries
 *   `month`, `asOf` and the district's statistics as foreign members (`district`), so the features
 *   are the 18 townships only (ready for a choropleth).
 * - A drawn area: one Feature whose geometry is the shape as drawn (a circle as the polygon it was
 *   measured as), properties `{scope: 'area', …POST /api/stats/area's answer}`.
 *
 * @module
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreaStatistics, AreaStatsRequest, AreaStatsResponse, TownshipStatsResponse } from '../schema/stats.ts';
import { circlePolygon } from '../spatial/circle-polygon.ts';
import { validateGeometry } from '../spatial/validate-geometry.ts';

type Areal = Polygon | MultiPolygon;

/** The townships' FeatureCollection with the statistics table's foreign members. */
export type TownshipStatsCollection = FeatureCollection<Areal, Record<string, unknown>> & {
  month: string;
  asOf: string;
  district: AreaStatistics;
};

/**
 * Joins the statistics table to the township polygons by code, in the table's order.
 *
 * @param polygons - township code → polygon (WGS84)
 * @throws Error when a township of the table has no polygon (the two come from one database)
 */
export function townshipStatsGeoJson(
  table: TownshipStatsResponse,
  polygons: ReadonlyMap<string, Areal>,
): TownshipStatsCollection {
  const features = table.townships.map((row): Feature<Areal, Record<string, unknown>> => {
    const geometry = polygons.get(row.code);
    if (!geometry) throw new Error(`township ${row.code} has statistics but no polygon`);
    return {
      type: 'Feature',
      id: row.code,
      geometry,
      properties: { scope: 'township', month: table.month, asOf: table.asOf, ...row },
    };
  });
  return { type: 'FeatureCollection', month: table.month, asOf: table.asOf, district: table.district, features };
}

/**
 * The shape a drawn-area request was measured as: the circle's geodesic polygon, or the geometry
 * checked by the same validator. Call it only for a request the statistics accepted.
 *
 * @throws Error when the geometry is not usable (the statistics would have refused it)
 */
export function drawnShape(request: AreaStatsRequest): Areal {
  if (request.circle) return circlePolygon(request.circle.center, request.circle.radiusM, request.circle.vertices);
  const checked = validateGeometry(request.geometry);
  if (!checked.ok) throw new Error('drawnShape: the geometry was not validated first');
  return checked.geometry;
}

/** A drawn area's statistics as a one-feature FeatureCollection. */
export function areaStatsGeoJson(
  request: AreaStatsRequest,
  area: AreaStatsResponse,
): FeatureCollection<Areal, Record<string, unknown>> {
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: drawnShape(request), properties: { scope: 'area', ...area } }],
  };
}
