/**
 * The console's first view drawn with the Canvas 2D API (issue 18): the offline basemap, the data layers and their
 * labels, as the WebGL map (MapLibre with deck.gl on top) will draw them for the same camera and data, so the page
 * shows its map while maplibre-gl and deck.gl are still loading and the swap to the WebGL map is hardly visible.
 * The layout (clusters, singles, label places) comes from the same functions buildDeckLayers calls, with the same
 * arguments. This module must not load maplibre-gl, deck.gl, luma.gl, terra-draw or echarts: it runs before them.
 *
 * @module
 */
import { layOutMap, type MapInput, stationAqiLevelAt } from '../layers/map-layout.ts';
import { clusteredLayers, positionOf } from '../layers/point-clusters.ts';
import { iconImages } from './icon-images.ts';
import { paintBasemap } from './paint-basemap.ts';
import { labelStyles, paintLabels } from './paint-labels.ts';
import { paintBuiltUp, paintPoints, paintRoads, paintSelectedLines, pointDraws } from './paint-points.ts';
import { projector } from './project.ts';

/** What the map shows (the filtered visible data: what app.ts's renderMapData passes to buildDeckLayers), and where. */
export interface FirstViewScene extends MapInput {
  /** CSS pixels of the map area. */
  width: number;
  height: number;
  /**
   * The MapLibre camera (Web Mercator, 512-px tiles: world size 512 × 2^zoom), bearing 0, pitch 0: the state's, as
   * the layout (map-layout.ts) is made at `state.zoom`.
   */
  center: [number, number];
  zoom: number;
  /** geodata/xinzhou-counties.wgs84.geojson (`name`, `adcode`; Xinfu is 140902). */
  counties: GeoJSON.FeatureCollection | null;
  /** geodata/xinzhou-rivers-1to4m.geojson. */
  rivers: GeoJSON.FeatureCollection | null;
}

/**
 * What was drawn, counted as the map's legibility record counts it (point-clusters.ts): point symbols (the clustered
 * layers' singles plus the cluster discs, stations left out), labels placed, cluster discs.
 */
export interface FirstViewPainted {
  symbols: number;
  labels: number;
  clusters: number;
}

/**
 * Sizes `canvas` (device pixels = CSS × devicePixelRatio, CSS size width×height) and draws the scene; resolves when
 * drawn (icons decoded; an icon that fails to decode is left out).
 */
export async function paintFirstView(canvas: HTMLCanvasElement, scene: FirstViewScene): Promise<FirstViewPainted> {
  const { data, state, width, height, zoom } = scene;
  // the layout buildDeckLayers (client/layers/build-deck-layers.ts) draws from, so the two pictures agree
  const { visible, stations, builtUp, layout, labels } = layOutMap(scene);
  const project = projector(scene);
  const draws = pointDraws({ data, layout, stations, showStations: visible('stations'), zoom, project });
  const images = await iconImages(draws.flatMap((d) => (d.kind === 'icon' ? [d.icon.url] : [])));

  // sized only now, after the icons are decoded: a canvas resized clears, and the old picture stays meanwhile
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  // drawn once, on the CPU: a GPU-backed canvas would wait for the GPU process, which on a machine without a GPU
  // (SwiftShader) is busy starting the WebGL map just then
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);

  // the basemap's sources: the townships and zones only while their layer is on (app.ts empties them otherwise)
  paintBasemap(ctx, {
    camera: scene,
    project,
    state,
    counties: scene.counties,
    rivers: scene.rivers,
    townships: state.layers.includes('townships') ? (data.townships ?? []) : [],
    zones: state.layers.includes('nrmm-zones') ? (data['nrmm-zones'] ?? []) : [],
  });
  // issue 16: the built-up area and the roads lie under every point
  if (visible('built-up-area')) paintBuiltUp(ctx, project, builtUp, zoom);
  if (visible('road-segments')) paintRoads(ctx, project, data['road-segments'] ?? [], zoom);
  ctx.setLineDash([]);
  paintPoints(ctx, draws, images, dpr);

  paintLabels(
    ctx,
    project,
    labels,
    labelStyles((label) => stationAqiLevelAt(stations, label.position)),
  );

  const selected = state.selected;
  const feature = selected ? data[selected.layer]?.find((f) => String(f.id) === selected.id) : undefined;
  if (feature?.geometry.type === 'Point') {
    const [x, y] = project(positionOf(feature));
    ctx.beginPath();
    ctx.arc(x, y, 16, 0, 2 * Math.PI);
    ctx.strokeStyle = 'rgb(13, 74, 122)';
    ctx.lineWidth = 3;
    ctx.stroke();
  } else if (feature && (selected?.layer === 'built-up-area' || selected?.layer === 'road-segments'))
    paintSelectedLines(ctx, project, feature);

  const singles = clusteredLayers.reduce((n, id) => n + (layout.singles[id]?.length ?? 0), 0);
  return { symbols: layout.clusters.length + singles, labels: labels.length, clusters: layout.clusters.length };
}
