/**
 * The offline basemap of client/map/basemap-style.ts drawn with the Canvas 2D API, layer by layer in its order:
 * background, counties (Xinfu white), county borders, rivers, townships (dashed while provisional), the NRMM zones
 * (hatched, red-bordered while a banned machine is inside) and the Xinfu outline. Keep it in step with that style.
 *
 * @module
 */
import { basemapLook as look, hatchImage } from '../map/basemap-style.ts';
import type { AppState } from '../state/app-state.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';
import { fillPolygons, strokeLines } from './draw-paths.ts';
import { type Camera, type Projector, worldOffset } from './project.ts';

const XINFU = '140902';

/** What the basemap draws. */
export interface BasemapInput {
  camera: Camera;
  project: Projector;
  state: AppState;
  counties: GeoJSON.FeatureCollection | null;
  rivers: GeoJSON.FeatureCollection | null;
  /** The townships and zones shown (empty when their layer is off: the style's sources are then empty). */
  townships: readonly LayerFeature[];
  zones: readonly LayerFeature[];
}

/** MapLibre's `['interpolate', ['linear'], ['zoom'], …stops]`: linear between stops, the end values beyond them. */
export function interpolateZoom(zoom: number, stops: readonly (readonly [number, number])[]): number {
  const first = stops[0];
  if (!first) return 0;
  if (zoom <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [z0, v0] = stops[i - 1] as readonly [number, number];
    const [z1, v1] = stops[i] as readonly [number, number];
    if (zoom <= z1) return v0 + ((zoom - z0) / (z1 - z0)) * (v1 - v0);
  }
  return (stops[stops.length - 1] as readonly [number, number])[1];
}

let hatchTile: HTMLCanvasElement | null = null;
/** The zones' hatch as a canvas (made once), for a repeating pattern. */
function hatchCanvas(): HTMLCanvasElement | null {
  if (!hatchTile) {
    const image = hatchImage();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d', { willReadFrequently: true })?.putImageData(image, 0, 0);
    hatchTile = canvas;
  }
  return hatchTile;
}

/**
 * The hatch pattern as MapLibre lays it: its image pixels are pixels of the integer zoom the tiles are cut at (so it
 * grows up to twice its size between two integer zooms), repeating from the world's top left corner.
 */
function hatchPattern(ctx: CanvasRenderingContext2D, camera: Camera): CanvasPattern | null {
  const tile = hatchCanvas();
  const pattern = tile ? ctx.createPattern(tile, 'repeat') : null;
  if (!tile || !pattern) return null;
  const [left, top] = worldOffset(camera);
  const scale = 2 ** (camera.zoom - Math.floor(camera.zoom));
  // the offset taken modulo the pattern's period: the canvas keeps pattern matrices in single precision, and a
  // world offset of millions of pixels (street zoom) would round the hatch to whole pixels, in steps
  const period = tile.width * scale;
  const phase = (offset: number) => (((-offset % period) + period) % period) - period;
  pattern.setTransform(new DOMMatrix().translateSelf(phase(left), phase(top)).scaleSelf(scale, scale));
  return pattern;
}

/** Strokes `geometries` at a width and colour, dashed by `dash` (in line widths, as MapLibre's line-dasharray). */
function line(
  ctx: CanvasRenderingContext2D,
  project: Projector,
  geometries: GeoJSON.Geometry[],
  color: string,
  width: number,
  dash: readonly number[] = [],
): void {
  if (!geometries.length) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash.map((d) => d * width));
  strokeLines(ctx, project, geometries);
  ctx.setLineDash([]);
}

/** Paints the basemap (CSS pixel units: the caller has scaled the context to the device pixel ratio). */
export function paintBasemap(ctx: CanvasRenderingContext2D, input: BasemapInput): void {
  const { camera, project, state, counties, rivers, townships, zones } = input;
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  ctx.miterLimit = 2;
  ctx.fillStyle = look.background;
  ctx.fillRect(0, 0, camera.width, camera.height);

  const countyFeatures = counties?.features ?? [];
  const isXinfu = (f: GeoJSON.Feature) => String(f.properties?.adcode) === XINFU;
  ctx.fillStyle = look.neighbour;
  fillPolygons(
    ctx,
    project,
    countyFeatures.filter((f) => !isXinfu(f)).map((f) => f.geometry),
  );
  ctx.fillStyle = look.xinfu;
  fillPolygons(
    ctx,
    project,
    countyFeatures.filter(isXinfu).map((f) => f.geometry),
  );
  line(
    ctx,
    project,
    countyFeatures.map((f) => f.geometry),
    look.countyLine.color,
    look.countyLine.width,
  );
  const [z0, w0, z1, w1] = look.river.widthStops;
  const riverWidth = interpolateZoom(camera.zoom, [
    [z0, w0],
    [z1, w1],
  ]);
  line(
    ctx,
    project,
    (rivers?.features ?? []).map((f) => f.geometry),
    look.river.color,
    riverWidth,
  );

  // a selected township or zone: the style's `selected` feature-state (app.ts sets it by code, and by id)
  const selected = state.selected;
  const isSelected = (layer: 'townships' | 'nrmm-zones', key: unknown, f: LayerFeature) =>
    selected?.layer === layer && (selected.id === String(key) || selected.id === String(f.id));
  const townshipSelected = (f: LayerFeature) => isSelected('townships', f.properties.code, f);
  const zoneSelected = (f: LayerFeature) => isSelected('nrmm-zones', f.properties.id, f);
  ctx.fillStyle = look.selectedFill.color;
  ctx.globalAlpha = look.selectedFill.opacity;
  fillPolygons(
    ctx,
    project,
    townships.filter(townshipSelected).map((f) => f.geometry),
  );
  ctx.globalAlpha = 1;
  const official = (f: LayerFeature) => f.properties.provenance === 'official';
  for (const on of [false, true]) {
    const provisional = townships.filter((f) => !official(f) && townshipSelected(f) === on);
    line(
      ctx,
      project,
      provisional.map((f) => f.geometry),
      look.townshipProvisional.color,
      on ? look.townshipProvisional.selectedWidth : look.townshipProvisional.width,
      look.townshipProvisional.dash,
    );
  }
  for (const on of [false, true]) {
    const surveyed = townships.filter((f) => official(f) && townshipSelected(f) === on);
    line(
      ctx,
      project,
      surveyed.map((f) => f.geometry),
      look.townshipSurveyed.color,
      on ? look.townshipSurveyed.selectedWidth : look.townshipSurveyed.width,
    );
  }

  const hatch = zones.length ? hatchPattern(ctx, camera) : null;
  if (hatch) {
    ctx.globalAlpha = look.zones.hatchOpacity;
    ctx.fillStyle = hatch;
    fillPolygons(
      ctx,
      project,
      zones.map((f) => f.geometry),
    );
    ctx.globalAlpha = 1;
  }
  const banned = (f: LayerFeature) => {
    const inside = f.properties.bannedMachinesInside;
    return Array.isArray(inside) && inside.length > 0;
  };
  // each zone on its own, in data order, as MapLibre draws one line layer's features
  for (const zone of zones)
    line(
      ctx,
      project,
      [zone.geometry],
      banned(zone) ? look.zones.bannedColor : look.zones.color,
      zoneSelected(zone) ? look.zones.selectedWidth : look.zones.width,
    );

  line(
    ctx,
    project,
    countyFeatures.filter(isXinfu).map((f) => f.geometry),
    look.xinfuOutline.color,
    look.xinfuOutline.width,
  );
}
