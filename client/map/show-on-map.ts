import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { AppState } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';

/**
 * Shows a feature from a list on the map: switches its layer on, selects it (`id` null: selects nothing, as for the
 * district itself) and flies to `at` (`[lon, lat]`; null: stays where it is), zooming in to at least `minZoom`.
 *
 * @example
 * showOnMap(store, map, 'stockyards', 'Y0900', [112.73, 38.42]);
 */
export function showOnMap(
  store: Store<AppState>,
  map: MapLibreMap,
  layer: LayerId,
  id: string | null,
  at: readonly [number, number] | null,
  minZoom = 13,
): void {
  const layers = store.get().layers;
  store.update({
    selected: id === null ? null : { layer, id },
    layers: layers.includes(layer) ? layers : [...layers, layer],
  });
  if (at) map.flyTo({ center: [at[0], at[1]], zoom: Math.max(map.getZoom(), minZoom), duration: 700 });
}
