/**
 * Brute force for the statistics tests: read every layer through `/api/layers/:id` (as a client
 * would) and test each feature with `pointInPolygon`, no index involved.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { expect } from 'vitest';
import { statsLayerIds, type StatsLayerId } from '../../server/schema/stats.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import type { Requester } from '../helpers/sign-in.ts';

type App = Requester;
type Areal = Polygon | MultiPolygon;
type PointFeature = Feature<Point, Record<string, unknown>>;

/** Layers whose query takes `asOf`. */
const timeDependent = new Set<string>([
  'construction-sites',
  'villages',
  'machines',
  'stations',
  'nrmm-zones',
  'vehicles',
  'checkpoints',
  'repair-shops',
  'muck-trucks',
  'stockyards',
  'road-segments',
  'built-up-area',
]);

/** The features of a layer as the API serves them, at `asOf` (when the layer takes it) and `month` (dustfall). */
export async function layerFeatures(
  app: App,
  id: string,
  options: { asOf?: string; month?: string } = {},
): Promise<Feature[]> {
  const params = new URLSearchParams();
  if (options.asOf && timeDependent.has(id)) params.set('asOf', options.asOf);
  if (options.month && id === 'dustfall-points') params.set('month', options.month);
  const res = await app.request(`/api/layers/${id}${params.size ? `?${params}` : ''}`);
  expect(res.status, `${id}: ${await res.clone().text()}`).toBe(200);
  return ((await res.json()) as FeatureCollection).features;
}

/** Every point layer's features, by stats layer id. */
export async function allPointLayers(
  app: App,
  options: { asOf?: string; month?: string } = {},
): Promise<Record<StatsLayerId, PointFeature[]>> {
  const entries = await Promise.all(
    statsLayerIds.map(async (id) => [id, (await layerFeatures(app, id, options)) as PointFeature[]] as const),
  );
  return Object.fromEntries(entries) as Record<StatsLayerId, PointFeature[]>;
}

/** The features of `features` inside `area` (boundary included). */
export function inside(features: PointFeature[], area: Areal): PointFeature[] {
  return features.filter((f) => pointInPolygon(f.geometry.coordinates, area));
}

/** Brute-force counts per layer inside `area`. */
export function bruteCounts(layers: Record<StatsLayerId, PointFeature[]>, area: Areal): Record<StatsLayerId, number> {
  return Object.fromEntries(statsLayerIds.map((id) => [id, inside(layers[id], area).length])) as Record<
    StatsLayerId,
    number
  >;
}
