import { IconLayer, PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { AppState } from '../state/app-state.ts';
import { hasProblems, type LayerFeature } from './feature-filter.ts';
import { clusterPoints } from './cluster-points.ts';
import { gradeBadgeIcon, iconFor } from './icons.ts';
import { gradeColors, pointSymbology } from './symbology.ts';
import { builtUpAreaLayers, roadSegmentLayers, selectionPaths } from './dust-deck-layers.ts';
import { checkpointSize } from './dust-symbology.ts';
import { muckTrackLayers } from './muck-track-layers.ts';
import { shownMuckTrack } from './muck-track-overlay.ts';

/** Icon sizes in pixels per layer (ui.md: stations national large, micro small). */
const iconSize: Partial<Record<LayerId, number>> = {
  villages: 13,
  enterprises: 14,
  'construction-sites': 14,
  machines: 12,
  'fuel-points': 17,
  vehicles: 12,
  'repair-shops': 15,
  'muck-trucks': 17,
  stockyards: 16,
  'public-reports': 18,
  'fuel-samples': 16,
};
const CJK_FONTS = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
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

/** Smaller symbols when zoomed out, so dense areas stay readable. */
function zoomScale(zoom: number): number {
  return Math.min(1, Math.max(0.6, 0.6 + (zoom - 9) * 0.2));
}

/** Zoom below which machines are drawn as clusters (they crowd the construction sites). */
export const MACHINE_CLUSTER_BELOW_ZOOM = 11.5;

/** Zoom below which vehicles are drawn as clusters (many share their owner unit's address). */
export const VEHICLE_CLUSTER_BELOW_ZOOM = 13;

/** A machine (or vehicle) cluster as drawn: where, how many, how many banned (vehicles: hit by a rule). */
export interface MachineCluster {
  position: [number, number];
  count: number;
  banned: number;
  members: LayerFeature[];
}

/**
 * Machines aggregated on a 44-px screen grid: a single machine keeps its diamond; a cluster is a
 * circle sized by count with the count written on it, red-ringed with the banned count when it
 * holds banned machines. Pickable as layer 'machines-clusters' (a click zooms in). Vehicles (issue 16) the same way,
 * their ring counting the vehicles a rule hits ('vehicles-clusters').
 */
function machineClusterLayers(
  machines: LayerFeature[],
  zoom: number,
  id: 'machines' | 'vehicles' = 'machines',
): Layer[] {
  const clusters = clusterPoints(machines, pointPosition, zoom, 44);
  const singles = clusters.filter((c) => c.members.length === 1).map((c) => c.members[0] as LayerFeature);
  const groups: MachineCluster[] = clusters
    .filter((c) => c.members.length > 1)
    .map((c) => ({
      position: c.position,
      count: c.members.length,
      banned: c.members.filter((m) => (id === 'machines' ? m.properties.banned === true : hasProblems(m.properties)))
        .length,
      members: c.members,
    }));
  const symbology = pointSymbology[id];
  return [
    new IconLayer<LayerFeature>({
      id,
      data: singles,
      pickable: true,
      getPosition: position,
      getIcon: (f) =>
        iconFor(symbology?.shapeOf(f.properties) ?? 'diamond', symbology?.colorOf(f.properties) ?? '#999'),
      getSize: 12,
      sizeScale: zoomScale(zoom),
      sizeUnits: 'pixels',
    }),
    new ScatterplotLayer<MachineCluster>({
      id: `${id}-clusters`,
      data: groups,
      pickable: true,
      getPosition: (c) => c.position,
      radiusUnits: 'pixels',
      // vehicles crowd their owners' addresses: smaller circles, capped, so they leave the labels readable
      getRadius: (c) => (id === 'machines' ? 9 + 3 * Math.sqrt(c.count) : Math.min(22, 8 + 1.5 * Math.sqrt(c.count))),
      getFillColor: id === 'machines' ? [92, 124, 250, 210] : [73, 80, 87, 200],
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: (c) => (c.banned > 0 ? 3 : 1.5),
      getLineColor: (c) => (c.banned > 0 ? [224, 49, 49, 255] : [255, 255, 255, 255]),
    }),
    new TextLayer<MachineCluster>({
      id: `${id}-cluster-counts`,
      data: groups,
      getPosition: (c) => c.position,
      getText: (c) => (c.banned > 0 ? `${c.count}\n×${c.banned}` : String(c.count)),
      getSize: 11,
      fontWeight: 700,
      fontFamily: CJK_FONTS,
      characterSet: COUNT_CHARACTERS,
      getColor: [255, 255, 255, 255],
      lineHeight: 1.1,
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
    }),
  ];
}

/** Everything deck.gl draws on top of the MapLibre basemap. */
export interface DeckInput {
  data: Partial<Record<LayerId, LayerFeature[]>>;
  state: AppState;
  /** Township label points [lon, lat] with their names. */
  townshipLabels: { position: [number, number]; name: string; nameEn: string }[];
  /** Neighbouring counties' label points, for context. */
  countyLabels: { position: [number, number]; name: string }[];
}

/**
 * The deck.gl layers for the visible, filtered data, in drawing order (bottom to top). Each
 * point layer is pickable and its deck id is the layer id, so a pick says which layer it hit.
 */
export function buildDeckLayers({ data, state, townshipLabels, countyLabels }: DeckInput): Layer[] {
  const visible = (id: LayerId) => state.layers.includes(id) && data[id] !== undefined;
  const layers: Layer[] = [
    // issue 16: the built-up area and the roads lie under every point
    ...(visible('built-up-area') ? builtUpAreaLayers(data['built-up-area'] ?? [], state.zoom, state.lang) : []),
    ...(visible('road-segments') ? roadSegmentLayers(data['road-segments'] ?? [], state.zoom) : []),
    new TextLayer({
      id: 'county-labels',
      data: countyLabels,
      getPosition: (d) => d.position,
      getText: (d) => d.name,
      getSize: 14,
      getColor: [110, 122, 134, 220],
      fontFamily: CJK_FONTS,
      characterSet: 'auto',
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
    }),
  ];

  if (visible('dustfall-points')) {
    const symbology = pointSymbology['dustfall-points'];
    layers.push(
      new ScatterplotLayer<LayerFeature>({
        id: 'dustfall-points',
        data: data['dustfall-points'],
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

  const pointLayers = [
    'stockyards',
    'villages',
    'enterprises',
    'construction-sites',
    'repair-shops',
    'machines',
    'vehicles',
    'checkpoints',
    'muck-trucks',
    'fuel-points',
    // issue 17: fuel samples, then public reports on top (a pin points at its place)
    'fuel-samples',
    'public-reports',
  ] as const;
  for (const id of pointLayers) {
    if (!visible(id)) continue;
    if (id === 'machines' && state.zoom < MACHINE_CLUSTER_BELOW_ZOOM) {
      layers.push(...machineClusterLayers(data.machines ?? [], state.zoom));
      continue;
    }
    if (id === 'vehicles' && state.zoom < VEHICLE_CLUSTER_BELOW_ZOOM) {
      layers.push(...machineClusterLayers(data.vehicles ?? [], state.zoom, 'vehicles'));
      continue;
    }
    const symbology = pointSymbology[id];
    if (!symbology) continue;
    layers.push(
      new IconLayer<LayerFeature>({
        id,
        data: data[id],
        pickable: true,
        getPosition: position,
        getIcon: (f) => iconFor(symbology.shapeOf(f.properties), symbology.colorOf(f.properties)),
        getSize: id === 'checkpoints' ? (f) => checkpointSize(f.properties) : (iconSize[id] ?? 14),
        sizeScale: zoomScale(state.zoom),
        sizeUnits: 'pixels',
      }),
    );
    if (id === 'enterprises' && state.zoom >= 10.5) {
      layers.push(
        new IconLayer<LayerFeature>({
          id: 'enterprise-grades',
          data: data.enterprises,
          getPosition: position,
          getIcon: (f) => gradeBadgeIcon(String(f.properties.grade), gradeColors[String(f.properties.grade)] ?? '#999'),
          getSize: 11,
          getPixelOffset: [7, -7],
          sizeUnits: 'pixels',
        }),
      );
    }
  }

  if (visible('stations')) {
    const symbology = pointSymbology.stations;
    const national = (f: LayerFeature) => f.properties.kind === 'national';
    layers.push(
      new IconLayer<LayerFeature>({
        id: 'stations',
        data: data.stations,
        pickable: true,
        getPosition: position,
        getIcon: (f) => iconFor('circle', symbology?.colorOf(f.properties) ?? '#999'),
        getSize: (f) => (national(f) ? 30 : 13),
        sizeUnits: 'pixels',
      }),
      new TextLayer<LayerFeature>({
        id: 'station-aqi',
        data: (data.stations ?? []).filter((f) => national(f) && f.properties.aqi),
        getPosition: position,
        getText: (f) => String((f.properties.aqi as { value: number }).value),
        getSize: 11,
        fontWeight: 700,
        fontFamily: CJK_FONTS,
        characterSet: COUNT_CHARACTERS,
        getColor: (f) =>
          (f.properties.aqi as { level: number }).level >= 4 ? [255, 255, 255, 255] : [20, 20, 20, 255],
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
      }),
    );
  }

  if (visible('townships')) {
    layers.push(
      new TextLayer({
        id: 'township-labels',
        data: townshipLabels,
        getPosition: (d) => d.position,
        getText: (d) => (state.lang === 'zh' ? d.name : d.nameEn),
        getSize: 13,
        getColor: [40, 52, 64, 230],
        fontFamily: CJK_FONTS,
        characterSet: 'auto',
        fontSettings: { sdf: true },
        outlineWidth: 3,
        outlineColor: [255, 255, 255, 230],
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
      }),
    );
  }

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
