/**
 * The deck.gl layers of issue 16's area and line layers: the urban built-up area (faint fill, dashed outline while
 * provisional, a 城市建成区（示意） label) and the road segments (width by class, colour by cleaning schedule, an
 * orange casing where the dust load is too high; roads without a standard dashed).
 *
 * @module
 */
import { PathLayer, SolidPolygonLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Language } from '../state/app-state.ts';
import {
  BUILT_UP_COLOR,
  ROAD_DUST_HIGH_COLOR,
  roadColor,
  roadDustHigh,
  roadHasStandard,
  roadWidth,
} from './dust-symbology.ts';
import { type DashedPiece, builtUpLabels, builtUpOutlines, dashed, linesOf, polygonsOf } from './dust-geometry.ts';
import type { LayerFeature } from './feature-filter.ts';

export { polygonsOf, linesOf, builtUpLabels } from './dust-geometry.ts';

type Rgba = [number, number, number, number];
type Pair = [number, number];

function rgba(hex: string, alpha = 255): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/**
 * The built-up area: fill (pickable as `built-up-area`), outline (dashed while provisional) and a label at each
 * polygon's centroid, 城市建成区 plus （示意） while provisional (left out with `withLabels` false: the main map places
 * it among its other labels, issue 18).
 */
export function builtUpAreaLayers(features: LayerFeature[], zoom: number, lang: Language, withLabels = true): Layer[] {
  const polygons = features.flatMap((feature) =>
    polygonsOf(feature).map((rings) => ({ id: String(feature.id), rings, feature })),
  );
  const pieces = builtUpOutlines(features, zoom);
  const labels = withLabels ? builtUpLabels(features, lang) : [];
  return [
    // its deck id is the layer id, so a pick (app.ts) selects the area
    new SolidPolygonLayer<{ id: string; rings: Pair[][]; feature: LayerFeature }>({
      id: 'built-up-area',
      data: polygons,
      pickable: true,
      getPolygon: (d) => d.rings,
      getFillColor: rgba(BUILT_UP_COLOR, 22),
    }),
    new PathLayer<DashedPiece>({
      id: 'built-up-area-outline',
      data: pieces,
      getPath: (d) => d.path,
      widthUnits: 'pixels',
      getWidth: 2,
      getColor: rgba(BUILT_UP_COLOR, 220),
    }),
    new TextLayer<{ position: [number, number]; text: string }>({
      id: 'built-up-area-labels',
      data: labels,
      getPosition: (d) => d.position,
      getText: (d) => d.text,
      getSize: 13,
      getColor: rgba(BUILT_UP_COLOR, 255),
      fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif',
      characterSet: 'auto',
      fontSettings: { sdf: true },
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 230],
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
    }),
  ];
}

/**
 * The road segments: an orange casing under the segments whose dust load is too high, then the segments (pickable
 * as `road-segments`), the ones without a cleaning standard dashed.
 */
export function roadSegmentLayers(features: LayerFeature[], zoom: number): Layer[] {
  const lines = features.flatMap((feature) =>
    linesOf(feature).map((path): DashedPiece => ({ id: String(feature.id), path, feature })),
  );
  const solid = lines.filter((l) => roadHasStandard(l.feature.properties) || l.feature.properties.behind === true);
  const plain = lines.filter((l) => !(roadHasStandard(l.feature.properties) || l.feature.properties.behind === true));
  const pieces = [...solid, ...dashed(plain, zoom)];
  return [
    new PathLayer<DashedPiece>({
      id: 'road-segments-dust',
      data: lines.filter((l) => roadDustHigh(l.feature.properties)),
      getPath: (d) => d.path,
      widthUnits: 'pixels',
      getWidth: (d) => roadWidth(d.feature.properties) + 6,
      capRounded: true,
      jointRounded: true,
      getColor: rgba(ROAD_DUST_HIGH_COLOR, 200),
    }),
    new PathLayer<DashedPiece>({
      id: 'road-segments',
      data: pieces,
      pickable: true,
      getPath: (d) => d.path,
      widthUnits: 'pixels',
      getWidth: (d) => roadWidth(d.feature.properties),
      capRounded: true,
      jointRounded: true,
      getColor: (d) => rgba(roadColor(d.feature.properties), 235),
    }),
  ];
}

/** A selected line or area outlined: the paths of its lines or rings, for the selection highlight. */
export function selectionPaths(f: LayerFeature): Pair[][] {
  return [...linesOf(f), ...polygonsOf(f).flat()];
}
