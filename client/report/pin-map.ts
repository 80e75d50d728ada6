import { Map as MapLibreMap, Marker, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import countiesUrl from '../../geodata/xinzhou-counties.wgs84.geojson?url';
import riversUrl from '../../geodata/xinzhou-rivers-1to4m.geojson?url';
import { basemapStyle, hatchImage } from '../map/basemap-style.ts';
import { mapLocale } from '../map/map-locale.ts';
import type { Language } from '../state/app-state.ts';

setWorkerUrl(maplibreWorkerUrl);

/** Xinfu District's centre, `[lon, lat]` WGS84. */
const XINFU_CENTER: [number, number] = [112.73, 38.42];

/** The pin map of the public page. */
export interface PinMap {
  /** Moves the pin (and the view) to `[lon, lat]`. */
  setPin(lon: number, lat: number): void;
  remove(): void;
}

/**
 * A small map on the console's offline basemap (the bundled counties and rivers; no network needed) where a tap
 * drops the report's pin; `onPin` gets `[lon, lat]` in WGS84 degrees.
 */
export function createPinMap(
  container: HTMLElement,
  lang: Language,
  onPin: (lon: number, lat: number) => void,
): PinMap {
  const map = new MapLibreMap({
    container,
    style: basemapStyle({ counties: countiesUrl, rivers: riversUrl }, 'offline', ''),
    center: XINFU_CENTER,
    zoom: 9,
    attributionControl: { compact: true },
    locale: mapLocale(lang),
  });
  map.on('styleimagemissing', (e) => {
    if (e.id === 'hatch' && !map.hasImage('hatch')) map.addImage('hatch', hatchImage());
  });
  const marker = new Marker({ color: '#c62828' });
  const place = (lon: number, lat: number) => {
    marker.setLngLat([lon, lat]).addTo(map);
    onPin(lon, lat);
  };
  map.on('click', (e) => place(e.lngLat.lng, e.lngLat.lat));
  return {
    setPin(lon, lat) {
      place(lon, lat);
      map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 13), duration: 600 });
    },
    remove: () => map.remove(),
  };
}
