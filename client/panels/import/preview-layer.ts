import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';

/** The import preview: records to insert green, to update blue; polygons outlined. */
export function previewLayer(preview: FeatureCollection): Layer {
  const colour = (f: Feature): [number, number, number] =>
    f.properties?.action === 'insert' ? [47, 158, 68] : [24, 100, 171];
  return new GeoJsonLayer({
    id: 'import-preview',
    data: preview,
    stroked: true,
    filled: true,
    pointType: 'circle',
    getPointRadius: 9,
    pointRadiusUnits: 'pixels',
    getFillColor: (f: Feature) => [...colour(f), f.geometry.type === 'Point' ? 230 : 70],
    getLineColor: (f: Feature) => (f.geometry.type === 'Point' ? [255, 255, 255, 255] : [...colour(f), 255]),
    getLineWidth: (f: Feature) => (f.geometry.type === 'Point' ? 2 : 3),
    lineWidthUnits: 'pixels',
  });
}
