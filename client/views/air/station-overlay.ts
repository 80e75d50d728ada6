import { ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { LayerFeature } from '../../layers/feature-filter.ts';

/** The id of the ring that marks the evaluated station on the map. */
export const SELECTED_STATION_LAYER = 'aq-selected-station';

/**
 * A ring around the station the 空气质量 view evaluates (none for the district or a station not on the map).
 *
 * @example
 * context.setOverlayLayers(selectedStationLayers(data().layers.stations ?? [], '3208A'));
 */
export function selectedStationLayers(stations: readonly LayerFeature[], code: string | null): Layer[] {
  const feature = code === null ? undefined : stations.find((f) => f.properties.code === code);
  if (feature?.geometry.type !== 'Point') return [];
  const position = feature.geometry.coordinates as [number, number];
  const ring = (id: string, colour: [number, number, number, number], width: number) =>
    new ScatterplotLayer<[number, number]>({
      id,
      data: [position],
      getPosition: (p) => p,
      getRadius: 17,
      radiusUnits: 'pixels',
      filled: false,
      stroked: true,
      getLineColor: colour,
      lineWidthUnits: 'pixels',
      getLineWidth: width,
    });
  // a white halo under a dark ring: visible over clusters, the choropleth and the basemap alike
  return [
    ring(`${SELECTED_STATION_LAYER}-halo`, [255, 255, 255, 230], 7),
    ring(SELECTED_STATION_LAYER, [29, 39, 51, 255], 3),
  ];
}
