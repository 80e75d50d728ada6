/**
 * The console's first view drawn with the Canvas 2D API (issue 18): the offline basemap, the data layers and their
 * labels, as the WebGL map (MapLibre with deck.gl on top) will draw them for the same camera and data, so the page
 * shows its map while maplibre-gl and deck.gl are still loading and the swap to the WebGL map is hardly visible.
 * The layout (clusters, singles, label places) comes from the same functions buildDeckLayers calls, with the same
 * arguments. This module must not load maplibre-gl, deck.gl, luma.gl, terra-draw or echarts: it runs before them.
 *
 * @module
 */
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import { builtUpLabels } from '../layers/dust-geometry.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';
import { clusteredLayers, layoutPoints, placeMapLabels, positionOf, stationRadius } from '../layers/point-clusters.ts';
import type { AppState } from '../state/app-state.ts';
import { iconImages } from './icon-images.ts';
import { paintBasemap } from './paint-basemap.ts';
import { labelStyles, paintLabels } from './paint-labels.ts';
import { paintBuiltUp, paintPoints, paintRoads, paintSelectedLines, pointDraws } from './paint-points.ts';
import { projector } from './project.ts';

export interface FirstViewScene {
  /** CSS pixels of the map area. */
  width: number;
  height: number;
  /** The MapLibre camera (Web Mercator, 512-px tiles: world size 512 × 2^zoom), bearing 0, pitch 0. */
  center: [number, number];
  zoom: number;
  /** The filtered visible data: what app.ts's renderMapData passes to buildDeckLayers as `shown`. */
  data: Partial<Record<LayerId, LayerFeature[]>>;
  state: AppState;
  townshipLabels: { position: [number, number]; name: string; nameEn: string }[];
  countyLabels: { position: [number, number]; name: string }[];
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
  // the same inputs as buildDeckLayers (client/layers/build-deck-layers.ts), so the layout is the same
  const visible = (id: LayerId) => state.layers.includes(id) && data[id] !== undefined;
  const stations = visible('stations') ? (data.stations ?? []) : [];
  const national = (f: LayerFeature) => f.properties.kind === 'national';
  const layout = layoutPoints(data, clusteredLayers.filter(visible), stations, zoom);
  const builtUp = visible('built-up-area') ? (data['built-up-area'] ?? []) : [];
  const labels = placeMapLabels(
    {
      clusters: layout.clusters,
      stationLabels: stations
        .filter((f) => national(f) && f.properties.aqi)
        .map((f) => ({ position: positionOf(f), text: String((f.properties.aqi as { value: number }).value) })),
      stationCircles: stations.map((f) => ({ position: positionOf(f), radius: stationRadius(f) })),
      townships: visible('townships')
        ? scene.townshipLabels.map((d) => ({ position: d.position, text: state.lang === 'zh' ? d.name : d.nameEn }))
        : [],
      counties: scene.countyLabels.map((d) => ({ position: d.position, text: d.name })),
      builtUp: builtUpLabels(builtUp, state.lang),
    },
    zoom,
  );
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

  const aqiLevelAt = (label: { position: [number, number] }) => {
    const station = stations.find((f) => {
      const [lon, lat] = positionOf(f);
      return lon === label.position[0] && lat === label.position[1];
    });
    return (station?.properties.aqi as { level?: number } | undefined)?.level ?? 0;
  };
  paintLabels(ctx, project, labels, labelStyles(aqiLevelAt));

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
