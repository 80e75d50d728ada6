/**
 * Where the map's point symbols and labels go (issue 18): the visible data's singles and cluster discs
 * (`layoutPoints`) and the labels placed around them (`placeMapLabels`), for one camera. The WebGL map
 * (build-deck-layers.ts) and the first view's 2D picture (client/first-view) both draw from this one layout, so the
 * two agree symbol for symbol. Pure; loads no deck.gl.
 *
 * @module
 */
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { AppState } from '../state/app-state.ts';
import { builtUpLabels } from './dust-geometry.ts';
import type { LayerFeature } from './feature-filter.ts';
import {
  type ClusteredLayer,
  type DrawnLabel,
  type PointLayout,
  clusteredLayers,
  layoutPoints,
  placeMapLabels,
  positionOf,
  stationRadius,
} from './point-clusters.ts';

/** The console map's font stack, for deck.gl's TextLayers and the 2D picture's labels alike. */
export const CJK_FONTS = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** What the map shows: the visible, filtered data, the state (layers, zoom, language…) and the label points. */
export interface MapInput {
  data: Partial<Record<LayerId, LayerFeature[]>>;
  state: AppState;
  /** Township label points [lon, lat] with their names. */
  townshipLabels: { position: [number, number]; name: string; nameEn: string }[];
  /** Neighbouring counties' label points, for context. */
  countyLabels: { position: [number, number]; name: string }[];
}

export interface MapLayout {
  /** Whether a layer is on and its data are loaded. */
  visible: (id: LayerId) => boolean;
  /** The stations drawn (none while their layer is off). */
  stations: LayerFeature[];
  /** The built-up area's features drawn (none while its layer is off). */
  builtUp: LayerFeature[];
  /** The clustered layers shown. */
  shownClustered: ClusteredLayer[];
  layout: PointLayout;
  labels: DrawnLabel[];
}

/** The layout of the symbols and labels at `state.zoom`. */
export function layOutMap({ data, state, townshipLabels, countyLabels }: MapInput): MapLayout {
  const visible = (id: LayerId) => state.layers.includes(id) && data[id] !== undefined;
  const zoom = state.zoom;
  const stations = visible('stations') ? (data.stations ?? []) : [];
  const shownClustered = clusteredLayers.filter(visible);
  const layout = layoutPoints(data, shownClustered, stations, zoom);
  const builtUp = visible('built-up-area') ? (data['built-up-area'] ?? []) : [];
  const labels = placeMapLabels(
    {
      clusters: layout.clusters,
      stationLabels: stations
        .filter((f) => f.properties.kind === 'national' && f.properties.aqi)
        .map((f) => ({ position: positionOf(f), text: String((f.properties.aqi as { value: number }).value) })),
      stationCircles: stations.map((f) => ({ position: positionOf(f), radius: stationRadius(f) })),
      townships: visible('townships')
        ? townshipLabels.map((d) => ({ position: d.position, text: state.lang === 'zh' ? d.name : d.nameEn }))
        : [],
      counties: countyLabels.map((d) => ({ position: d.position, text: d.name })),
      builtUp: builtUpLabels(builtUp, state.lang),
    },
    zoom,
  );
  return { visible, stations, builtUp, shownClustered, layout, labels };
}

/** The AQI level (HJ 633, 1–6) of the station a label stands on; 0 when none stands there or it has no AQI. */
export function stationAqiLevelAt(stations: readonly LayerFeature[], position: readonly [number, number]): number {
  const station = stations.find((f) => {
    const [lon, lat] = positionOf(f);
    return lon === position[0] && lat === position[1];
  });
  return (station?.properties.aqi as { level?: number } | undefined)?.level ?? 0;
}
