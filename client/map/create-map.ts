import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import { Map as MapLibreMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { countiesGeojsonUrl, riversGeojsonUrl } from './geodata-urls.ts';
import type { AppState } from '../state/app-state.ts';
import { basemapStyle, hatchImage } from './basemap-style.ts';
import { mapLocale } from './map-locale.ts';

// The built bundle does not sit beside maplibre's worker file, so say where Vite emitted it.
setWorkerUrl(maplibreWorkerUrl);

/** The map and its deck.gl overlay. */
export interface ConsoleMap {
  map: MapLibreMap;
  overlay: MapboxOverlay;
  /** Sets the data of a GeoJSON source of the basemap style (townships, zones). */
  setSourceData(source: 'townships' | 'zones', data: GeoJSON.FeatureCollection): void;
  /** Rebuilds the style for another basemap, keeping the overlay and the source data. */
  setBasemap(state: AppState, tiandituToken: string): void;
}

/** Creates the MapLibre map with our offline style and a deck.gl overlay on top. */
export function createConsoleMap(container: HTMLElement, state: AppState, tiandituToken: string): ConsoleMap {
  const urls = { counties: countiesGeojsonUrl, rivers: riversGeojsonUrl };
  const map = new MapLibreMap({
    container,
    style: basemapStyle(urls, state.basemap, tiandituToken),
    center: state.center,
    zoom: state.zoom,
    attributionControl: { compact: true },
    locale: mapLocale(state.lang),
    canvasContextAttributes: { preserveDrawingBuffer: false },
  });
  const addHatch = () => {
    if (!map.hasImage('hatch')) map.addImage('hatch', hatchImage());
  };
  map.on('styleimagemissing', (e) => {
    if (e.id === 'hatch') addHatch();
  });
  const overlay = new MapboxOverlay({ interleaved: false, layers: [] });
  map.addControl(overlay);
  const sourceData = new Map<string, GeoJSON.FeatureCollection>();
  const apply = () => {
    for (const [id, data] of sourceData) (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
  };
  map.on('style.load', () => {
    addHatch();
    apply();
  });
  return {
    map,
    overlay,
    setSourceData(source, data) {
      sourceData.set(source, data);
      (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
    },
    setBasemap(next, token) {
      map.setStyle(basemapStyle(urls, next.basemap, token));
    },
  };
}
