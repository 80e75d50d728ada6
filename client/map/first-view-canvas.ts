/**
 * The console's first view drawn in 2D (issue 18): as soon as the first data arrive, every layer the view shows is
 * painted on a canvas over the map area by client/first-view (Canvas 2D, no WebGL), before the map's code
 * (maplibre-gl, deck.gl: most of what a signed-in page loads, and seconds of WebGL set-up on a machine without a
 * GPU) is even asked for. The WebGL map is built beneath it and the canvas goes once that map has drawn.
 *
 * Only the default picture is painted this way: the offline basemap with the data layers. An online basemap, the
 * concentration surface or the machine density (none of which the 2D painter draws) leave the first view to the
 * WebGL map.
 *
 * @module
 */
import { markBoot } from '../api/boot-timing.ts';
import type { PendingLoad } from '../api/load-data.ts';
import { paintFirstView } from '../first-view/paint-first-view.ts';
import { filterLayers, type LayerFeature } from '../layers/feature-filter.ts';
import { h } from '../panels/dom.ts';
import type { AppState } from '../state/app-state.ts';
import { loadBasemapGeodata } from './basemap-geodata.ts';
import { labelPoint } from './label-point.ts';

/** The neighbouring counties' label points (Xinfu itself, 140902, is named by its townships). */
export function countyLabelsOf(
  counties: GeoJSON.FeatureCollection | null,
): { position: [number, number]; name: string }[] {
  return (counties?.features ?? []).flatMap((f) => {
    const g = f.geometry;
    const { adcode, name } = (f.properties ?? {}) as { adcode?: string; name?: string };
    if (adcode === '140902' || !name || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
    return [{ position: labelPoint(g), name }];
  });
}

/** The township label points with their names (the seats), as the map labels them. */
export function townshipLabelsOf(
  townships: readonly LayerFeature[],
): { position: [number, number]; name: string; nameEn: string }[] {
  return townships.map((f) => ({
    position: f.properties.seat as [number, number],
    name: String(f.properties.name),
    nameEn: String(f.properties.nameEn),
  }));
}

/**
 * Paints the first view over `mapContainer` (a canvas put right after it, so beneath the status line and the
 * bottom strip) from the first load once it has arrived; resolves with the canvas (in the page until its
 * `remove()`), or null when nothing was painted (a failed load, a picture the 2D painter does not draw, a page
 * already hidden).
 */
export async function drawFirstView(
  mapContainer: HTMLElement,
  pending: PendingLoad,
  state: AppState,
): Promise<HTMLCanvasElement | null> {
  if (state.basemap !== 'offline' || state.surface !== null || state.density) return null;
  const [result, geodata] = await Promise.all([pending.result, loadBasemapGeodata()]);
  if (!result.ok) return null;
  markBoot('data-parsed');
  const { width, height } = mapContainer.getBoundingClientRect();
  if (width < 1 || height < 1) return null;
  const shown = filterLayers(result.value.layers, state);
  const canvas = h('canvas', { class: 'first-view', 'data-first-view': '', 'aria-hidden': 'true' });
  mapContainer.after(canvas);
  const painted = await paintFirstView(canvas, {
    width,
    height,
    center: state.center,
    zoom: state.zoom,
    data: shown,
    state,
    townshipLabels: townshipLabelsOf(shown.townships ?? []),
    countyLabels: countyLabelsOf(geodata.counties),
    counties: geodata.counties,
    rivers: geodata.rivers,
  });
  // what was drawn, counted as the WebGL map's legibility record counts it (test/e2e/first-view.test.ts compares)
  canvas.dataset.symbols = String(painted.symbols);
  canvas.dataset.labels = String(painted.labels);
  canvas.dataset.clusters = String(painted.clusters);
  return canvas;
}
