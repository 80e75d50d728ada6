import { IconLayer, PathLayer, ScatterplotLayer, TextLayer, type TextLayerProps } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { LayerFeature } from './feature-filter.ts';
import { gradeBadgeIcon, iconFor } from './icons.ts';
import {
  CLUSTER_COLOR,
  CLUSTER_PROBLEM_COLOR,
  gradeColors,
  pointIconSize,
  pointSymbology,
  pointZoomScale,
} from './symbology.ts';
import { builtUpAreaLayers, roadSegmentLayers, selectionPaths } from './dust-deck-layers.ts';
import { CJK_FONTS, layOutMap, type MapInput, stationAqiLevelAt } from './map-layout.ts';
import { BUILT_UP_COLOR } from './dust-symbology.ts';
import { checkpointSize } from './dust-symbology.ts';
import { muckTrackLayers } from './muck-track-layers.ts';
import {
  type DrawnLabel,
  type FeatureCluster,
  clusteredLayers,
  recordLegibility,
  stationRadius,
} from './point-clusters.ts';
import { shownMuckTrack } from './muck-track-overlay.ts';

/**
 * The characters of the counts deck.gl writes on clusters and stations: its default atlas is ASCII only, so the 「×」
 * of "15 ×6" (banned machines) would be missing (console: `deck: Missing character: ×`).
 */
export const COUNT_CHARACTERS = '0123456789×';

type Rgba = [number, number, number, number];
function rgba(hex: string, alpha = 255): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}
/** `[lon, lat]` of a point feature. */
export function pointPosition(f: LayerFeature): [number, number] {
  const geometry = f.geometry;
  if (geometry.type !== 'Point') throw new Error(`expected a Point, got ${geometry.type}`);
  return [geometry.coordinates[0] as number, geometry.coordinates[1] as number];
}
const position = pointPosition;

/** Every point layer but the stations clusters below street zoom (issue 18); a cluster click zooms in (app.ts). */
export type { FeatureCluster } from './point-clusters.ts';
export { CLUSTER_BELOW_ZOOM } from './point-clusters.ts';

/** Everything deck.gl draws on top of the MapLibre basemap. */
export type DeckInput = MapInput;

/**
 * The deck.gl layers for the visible, filtered data, in drawing order (bottom to top). Each
 * point layer is pickable and its deck id is the layer id, so a pick says which layer it hit.
 */
export function buildDeckLayers(input: DeckInput): Layer[] {
  const { data, state } = input;
  const zoom = state.zoom;
  // where the symbols and labels go: the same layout the first view's 2D picture drew (map-layout.ts)
  const { visible, stations, builtUp, shownClustered, layout, labels } = layOutMap(input);
  const national = (f: LayerFeature) => f.properties.kind === 'national';
  recordLegibility({
    zoom,
    features: shownClustered.reduce((n, id) => n + (data[id]?.length ?? 0), 0),
    symbols: layout.clusters.length + shownClustered.reduce((n, id) => n + (layout.singles[id]?.length ?? 0), 0),
    clusters: layout.clusters.map(({ position: at, count, problems, radius }) => ({
      position: at,
      count,
      problems,
      radius,
    })),
    labels,
  });
  const labelsOf = (kind: DrawnLabel['kind']) => labels.filter((l) => l.kind === kind);

  const layers: Layer[] = [
    // issue 16: the built-up area and the roads lie under every point
    ...(visible('built-up-area') ? builtUpAreaLayers(builtUp, zoom, state.lang, false) : []),
    ...(visible('road-segments') ? roadSegmentLayers(data['road-segments'] ?? [], zoom) : []),
  ];

  if (layout.singles['dustfall-points']) {
    const symbology = pointSymbology['dustfall-points'];
    layers.push(
      new ScatterplotLayer<LayerFeature>({
        id: 'dustfall-points',
        data: layout.singles['dustfall-points'],
        pickable: true,
        getPosition: position,
        radiusUnits: 'pixels',
        getRadius: (f) => 3 + 2.4 * Math.sqrt(Number(f.properties.value ?? 0)),
        getFillColor: (f) => rgba(symbology?.colorOf(f.properties) ?? '#999', 200),
        stroked: true,
        getLineColor: [255, 255, 255, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
      }),
    );
  }

  for (const id of clusteredLayers) {
    const shown = layout.singles[id];
    if (id === 'dustfall-points' || !shown) continue;
    const symbology = pointSymbology[id];
    if (!symbology) continue;
    layers.push(
      new IconLayer<LayerFeature>({
        id,
        data: shown,
        pickable: true,
        getPosition: position,
        getIcon: (f) => iconFor(symbology.shapeOf(f.properties), symbology.colorOf(f.properties)),
        getSize: id === 'checkpoints' ? (f) => checkpointSize(f.properties) : (pointIconSize[id] ?? 14),
        sizeScale: pointZoomScale(zoom),
        sizeUnits: 'pixels',
      }),
    );
    if (id === 'enterprises' && zoom >= 10.5) {
      layers.push(
        new IconLayer<LayerFeature>({
          id: 'enterprise-grades',
          data: shown,
          getPosition: position,
          getIcon: (f) => gradeBadgeIcon(String(f.properties.grade), gradeColors[String(f.properties.grade)] ?? '#999'),
          getSize: 11,
          getPixelOffset: [7, -7],
          sizeUnits: 'pixels',
        }),
      );
    }
  }

  if (layout.clusters.length) {
    // one disc per cluster, whatever its layers: the count on it, a thick red ring and ×N when it holds problems
    // (drawn last, above the clean ones); a click zooms in (app.ts)
    layers.push(
      new ScatterplotLayer<FeatureCluster>({
        id: 'point-clusters',
        data: layout.clusters,
        pickable: true,
        getPosition: (c) => c.position,
        radiusUnits: 'pixels',
        getRadius: (c) => c.radius,
        getFillColor: rgba(CLUSTER_COLOR, 225),
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: (c) => (c.problems > 0 ? 3.5 : 1.5),
        getLineColor: (c) => (c.problems > 0 ? rgba(CLUSTER_PROBLEM_COLOR) : [255, 255, 255, 255]),
      }),
    );
  }

  if (visible('stations')) {
    const symbology = pointSymbology.stations;
    layers.push(
      new IconLayer<LayerFeature>({
        id: 'stations',
        data: stations,
        pickable: true,
        getPosition: position,
        getIcon: (f) => iconFor('circle', symbology?.colorOf(f.properties) ?? '#999'),
        getSize: (f) => 2 * stationRadius(f) - (national(f) ? 0 : 1),
        sizeUnits: 'pixels',
      }),
    );
  }

  // the labels, placed so that none overlaps another (point-clusters.ts): on top of every symbol
  const textLayer = (id: string, kind: DrawnLabel['kind'], props: Partial<TextLayerProps<DrawnLabel>>) =>
    new TextLayer<DrawnLabel>({
      id,
      data: labelsOf(kind),
      getPosition: (d) => d.position,
      getPixelOffset: (d) => d.offset,
      getText: (d) => d.text,
      getSize: (d) => d.size,
      fontFamily: CJK_FONTS,
      characterSet: 'auto',
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      ...props,
    });
  const halo = { fontSettings: { sdf: true }, outlineWidth: 3, outlineColor: [255, 255, 255, 230] } as const;
  layers.push(
    textLayer('county-labels', 'county', { getColor: [110, 122, 134, 220] }),
    textLayer('built-up-area-labels', 'built-up', { getColor: rgba(BUILT_UP_COLOR, 255), ...halo }),
    textLayer('township-labels', 'township', { getColor: [40, 52, 64, 230], ...halo }),
    textLayer('point-cluster-counts', 'cluster-count', {
      fontWeight: 700,
      characterSet: COUNT_CHARACTERS,
      getColor: [255, 255, 255, 255],
      lineHeight: 1.1,
    }),
    textLayer('station-aqi', 'station-aqi', {
      fontWeight: 700,
      characterSet: COUNT_CHARACTERS,
      getColor: (d) => (stationAqiLevelAt(stations, d.position) >= 4 ? [255, 255, 255, 255] : [20, 20, 20, 255]),
    }),
  );

  const selected = state.selected;
  const selectedFeature = selected ? data[selected.layer]?.find((f) => String(f.id) === selected.id) : undefined;
  if (selectedFeature && selectedFeature.geometry.type === 'Point') {
    layers.push(
      new ScatterplotLayer<LayerFeature>({
        id: 'selection',
        data: [selectedFeature],
        getPosition: position,
        radiusUnits: 'pixels',
        getRadius: 16,
        filled: false,
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 3,
        getLineColor: [13, 74, 122, 255],
      }),
    );
  }
  if (
    selectedFeature &&
    selectedFeature.geometry.type !== 'Point' &&
    (selected?.layer === 'built-up-area' || selected?.layer === 'road-segments')
  ) {
    // a selected road or area (issue 16) outlined; townships and zones are outlined by the basemap
    layers.push(
      new PathLayer<[number, number][]>({
        id: 'selection-lines',
        data: selectionPaths(selectedFeature),
        getPath: (d) => d,
        widthUnits: 'pixels',
        // a wide translucent halo: the road's own colour (behind schedule or not) still shows through
        getWidth: 14,
        capRounded: true,
        jointRounded: true,
        getColor: [13, 74, 122, 90],
      }),
    );
  }
  // a muck truck's track (查看轨迹 in its details) while the truck stays selected
  const track = shownMuckTrack();
  if (track && selected?.layer === 'muck-trucks' && selected.id === track.truckId)
    layers.push(...muckTrackLayers(track));
  return layers;
}
