/**
 * The basemap's bundled geodata as parsed GeoJSON, fetched once: the first view's 2D picture draws the counties and
 * rivers from it before maplibre-gl is loaded, and the console labels the neighbouring counties with it (issue 18).
 * A failed fetch gives null (the picture and the labels do without; MapLibre fetches its own copy for the style).
 *
 * @module
 */
import type { FeatureCollection } from 'geojson';
import { countiesGeojsonUrl, riversGeojsonUrl } from './geodata-urls.ts';

export interface BasemapGeodata {
  counties: FeatureCollection | null;
  rivers: FeatureCollection | null;
}

const fetchGeojson = (url: string): Promise<FeatureCollection | null> =>
  fetch(url)
    .then((res) => (res.ok ? (res.json() as Promise<FeatureCollection>) : null))
    .catch(() => null);

let loaded: Promise<BasemapGeodata> | null = null;

/** The counties and rivers (each null when it could not be fetched), fetched on the first call only. */
export function loadBasemapGeodata(): Promise<BasemapGeodata> {
  loaded ??= Promise.all([fetchGeojson(countiesGeojsonUrl), fetchGeojson(riversGeojsonUrl)]).then(
    ([counties, rivers]) => ({ counties, rivers }),
  );
  return loaded;
}
