import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../../server/db/open-database.ts';
import { bboxOf } from '../../server/spatial/bbox-of.ts';
import { geodesicAreaKm2 } from '../../server/spatial/geodesic-area.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { BUFFER_KM } from '../../geodata/scripts/built-up/build-built-up-area.ts';
import { insertRows } from '../insert-rows.ts';
import type { GeneratorContext } from './context.ts';

/** The committed provisional outline (built by geodata/scripts/built-up/cli.ts; see geodata/README.md). */
const OUTLINE_FILE = fileURLToPath(new URL('../../geodata/xinfu-built-up-area.approx.geojson', import.meta.url));

/** From when the provisional outline applies: the plan's year, so that every demo as-of sees it. */
export const PROVISIONAL_EFFECTIVE_FROM = '2023-01-01';

interface OutlineProperties {
  id: string;
  name: string;
  areaKm2: number;
  method: string;
}

/**
 * The row of `built_up_areas` for the provisional 示意 outline: `provisional` = 1, provenance `approximate`,
 * the township holding most of it, its geodesic area (km²) and bbox, a label point inside it.
 *
 * @example
 * builtUpAreaRows(ctx)[0]?.provisional; // 1
 */
export function builtUpAreaRows(ctx: GeneratorContext) {
  const outline = JSON.parse(readFileSync(OUTLINE_FILE, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    OutlineProperties
  >;
  return outline.features.map((feature) => {
    const geometry = feature.geometry;
    const [minLon, minLat, maxLon, maxLat] = bboxOf(geometry);
    const [lon, lat] = pointOnFeature(feature).geometry.coordinates as [number, number];
    return {
      id: feature.properties.id,
      name: feature.properties.name,
      township_code: largestShareTownship(ctx, feature),
      geometry: JSON.stringify(geometry),
      min_lon: minLon,
      min_lat: minLat,
      max_lon: maxLon,
      max_lat: maxLat,
      lon: Math.round(lon * 1e6) / 1e6,
      lat: Math.round(lat * 1e6) / 1e6,
      area_km2: Math.round(geodesicAreaKm2(geometry) * 1000) / 1000,
      effective_from: PROVISIONAL_EFFECTIVE_FROM,
      provisional: 1,
      provenance: 'approximate',
      source:
        '示意边界（非正式建成区边界，待导入规划部门的城市建成区范围）：7 个街道办事处近似驻地（±3 km）的凸包，' +
        `外扩 ${BUFFER_KM} km，按忻府区县界裁剪`,
    };
  });
}

/** Sample points per side of the outline's bbox when finding the township holding most of it. */
const GRID = 40;

/**
 * The township whose (provisional) polygon holds the largest part of the outline, by counting a regular grid of
 * sample points inside it (cheap and deterministic; exact intersections of 18 polygons would cost most of a second).
 */
function largestShareTownship(ctx: GeneratorContext, outline: Feature<Polygon | MultiPolygon>): string {
  const [minLon, minLat, maxLon, maxLat] = bboxOf(outline.geometry);
  const counts = new Map<string, number>();
  for (let i = 0; i < GRID; i++)
    for (let j = 0; j < GRID; j++) {
      const point: [number, number] = [
        minLon + ((i + 0.5) * (maxLon - minLon)) / GRID,
        minLat + ((j + 0.5) * (maxLat - minLat)) / GRID,
      ];
      if (!pointInPolygon(point, outline.geometry)) continue;
      const code = ctx.locate(point);
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('the built-up outline lies outside every township');
  return best[0];
}

/**
 * Seeds the urban built-up area (城市建成区): the provisional 示意 outline derived from the subdistrict seats.
 * Not synthetic (nothing random): approximate, derived from approximate seats; an import replaces it.
 *
 * @example
 * seedBuiltUpArea(db, ctx); // one row in built_up_areas
 */
export function seedBuiltUpArea(db: Db, ctx: GeneratorContext): void {
  insertRows(db, 'built_up_areas', builtUpAreaRows(ctx));
}
