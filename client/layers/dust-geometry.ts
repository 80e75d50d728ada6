/**
 * The pure geometry of issue 16's area and line layers (the built-up area, the road segments): their rings, lines,
 * dash pieces and labels. Kept apart from dust-deck-layers.ts, which builds the deck.gl layers from them, so that the
 * first view (client/first-view/) can draw the same shapes with the Canvas 2D API without loading deck.gl.
 *
 * @module
 */
import { consoleMessages } from '../i18n/messages.ts';
import { dashPath } from '../map/dash-path.ts';
import { metersPerPixel } from '../map/export-legend.ts';
import { labelPoint } from '../map/label-point.ts';
import type { Language } from '../state/app-state.ts';
import type { LayerFeature } from './feature-filter.ts';

type Pair = [number, number];

/** The outer and inner rings of a Polygon or MultiPolygon feature, each as one polygon's ring list. */
export function polygonsOf(f: LayerFeature): Pair[][][] {
  const g = f.geometry;
  if (g.type === 'Polygon') return [g.coordinates as Pair[][]];
  if (g.type === 'MultiPolygon') return g.coordinates as Pair[][][];
  return [];
}

/** The position lists of a LineString or MultiLineString feature. */
export function linesOf(f: LayerFeature): Pair[][] {
  const g = f.geometry;
  if (g.type === 'LineString') return [g.coordinates as Pair[]];
  if (g.type === 'MultiLineString') return g.coordinates as Pair[][];
  return [];
}

/** Dash and gap on screen, in pixels, for dashed outlines and lines. */
const DASH_PX = 8;
const GAP_PX = 5;

/** A piece of a line as drawn; `id` is its feature's, so a pick selects the feature (app.ts reads `object.id`). */
export interface DashedPiece {
  id: string;
  path: Pair[];
  feature: LayerFeature;
}

/** The dash pieces of lines at `zoom` (the dash keeps its pixel length: recomputed as the zoom changes). */
export function dashed(lines: DashedPiece[], zoom: number): DashedPiece[] {
  const lat = lines[0]?.path[0]?.[1] ?? 38.4;
  const mpp = metersPerPixel(zoom, lat);
  return lines.flatMap(({ path, feature }) =>
    dashPath(path, DASH_PX * mpp, GAP_PX * mpp).map((piece) => ({ id: String(feature.id), path: piece, feature })),
  );
}

/** The built-up area's labels: 城市建成区 plus （示意） while provisional, at each feature's label point. */
export function builtUpLabels(
  features: LayerFeature[],
  lang: Language,
): { position: [number, number]; text: string }[] {
  const m = consoleMessages(lang);
  return features.map((feature) => {
    const g = feature.geometry;
    const at = g.type === 'Polygon' || g.type === 'MultiPolygon' ? labelPoint(g) : ([0, 0] as [number, number]);
    const name = lang === 'zh' ? '城市建成区' : 'Urban built-up area';
    const provisional = feature.properties.provisional !== false;
    return { position: at, text: `${name}${provisional ? m.provisionalMark : ''}` };
  });
}

/** The built-up area's outline pieces at `zoom`: dashed while provisional, whole once imported. */
export function builtUpOutlines(features: LayerFeature[], zoom: number): DashedPiece[] {
  const outlines = features.flatMap((feature) =>
    polygonsOf(feature).flatMap((rings) =>
      rings.map((path): DashedPiece => ({ id: String(feature.id), path, feature })),
    ),
  );
  const provisional = (f: LayerFeature) => f.properties.provisional !== false;
  return [
    ...dashed(
      outlines.filter((o) => provisional(o.feature)),
      zoom,
    ),
    ...outlines.filter((o) => !provisional(o.feature)),
  ];
}
