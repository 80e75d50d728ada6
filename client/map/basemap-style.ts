import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapId } from '../state/app-state.ts';

/** Online raster tile templates (used only when the user picks them; offline is the default). */
export function onlineTiles(basemap: BasemapId, tiandituToken: string): { tiles: string[]; attribution: string }[] {
  const tdt = (layer: string) =>
    Array.from(
      { length: 8 },
      (_, i) =>
        `https://t${i}.tianditu.gov.cn/${layer}_w` +
        `/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
        `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles` +
        `&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}` +
        `&tk=${encodeURIComponent(tiandituToken)}`,
    );
  switch (basemap) {
    case 'osm':
      return [
        { tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], attribution: '© OpenStreetMap contributors' },
      ];
    // Tianditu's _w tiles are Web Mercator on CGCS2000, which matches WGS84 to well under a metre: no shift needed.
    case 'tianditu-vec':
      return [
        { tiles: tdt('vec'), attribution: '天地图' },
        { tiles: tdt('cva'), attribution: '天地图' },
      ];
    case 'tianditu-img':
      return [
        { tiles: tdt('img'), attribution: '天地图' },
        { tiles: tdt('cia'), attribution: '天地图' },
      ];
    case 'offline':
      return [];
  }
}

const empty = { type: 'FeatureCollection' as const, features: [] };

/**
 * The offline basemap's colours and widths (px), shared by the MapLibre style below and the first view's 2D picture
 * (client/first-view/paint-basemap.ts), so the two cannot drift apart.
 */
export const basemapLook = {
  background: '#eef2f5',
  neighbour: '#e3e8ed',
  xinfu: '#ffffff',
  countyLine: { color: '#9aa7b4', width: 1 },
  /** Rivers: width interpolated linearly over [zoom, px] stops. */
  river: { color: '#74a9d8', widthStops: [8, 1, 12, 3] as const },
  /** Townships: dashed ([dash, gap] in line widths) while provisional, solid once surveyed; wider when selected. */
  townshipProvisional: { color: '#52606d', width: 1, selectedWidth: 2.5, dash: [3, 2] as const },
  townshipSurveyed: { color: '#3e4c59', width: 1.4, selectedWidth: 3 },
  /** The selected township's fill. */
  selectedFill: { color: '#0d4a7a', opacity: 0.12 },
  zones: { hatchOpacity: 0.9, color: '#1864ab', bannedColor: '#e03131', width: 2.5, selectedWidth: 4 },
  xinfuOutline: { color: '#0d4a7a', width: 2.5 },
} as const;

/**
 * The basemap style, built from our own geodata so the console works with no network:
 * neighbouring counties, rivers, the county outline, the (provisional, dashed) townships and
 * the NRMM control zones (hatched; border red while a banned machine is inside).
 * With an online basemap chosen, its raster tiles go underneath and the county fill turns clear.
 */
export function basemapStyle(
  urls: { counties: string; rivers: string },
  basemap: BasemapId,
  tiandituToken: string,
): StyleSpecification {
  const online = onlineTiles(basemap, tiandituToken);
  return {
    version: 8,
    sources: {
      counties: { type: 'geojson', data: urls.counties },
      rivers: { type: 'geojson', data: urls.rivers },
      townships: { type: 'geojson', data: empty, promoteId: 'code' },
      zones: { type: 'geojson', data: empty, promoteId: 'id' },
      ...Object.fromEntries(
        online.map((o, i) => [
          `online-${i}`,
          { type: 'raster' as const, tiles: o.tiles, tileSize: 256, attribution: o.attribution },
        ]),
      ),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': basemapLook.background } },
      ...online.map((_, i) => ({ id: `online-${i}`, type: 'raster' as const, source: `online-${i}` })),
      {
        id: 'counties-fill',
        type: 'fill',
        source: 'counties',
        paint: {
          'fill-color': ['case', ['==', ['get', 'adcode'], '140902'], basemapLook.xinfu, basemapLook.neighbour],
          'fill-opacity': online.length ? ['case', ['==', ['get', 'adcode'], '140902'], 0, 0.35] : 1,
        },
      },
      {
        id: 'counties-line',
        type: 'line',
        source: 'counties',
        paint: { 'line-color': basemapLook.countyLine.color, 'line-width': basemapLook.countyLine.width },
      },
      {
        id: 'rivers',
        type: 'line',
        source: 'rivers',
        paint: {
          'line-color': basemapLook.river.color,
          'line-width': ['interpolate', ['linear'], ['zoom'], ...basemapLook.river.widthStops],
        },
      },
      {
        // choropleth of the analysis view: it sets each township's `fill` feature-state
        id: 'townships-choropleth',
        type: 'fill',
        source: 'townships',
        paint: {
          'fill-color': ['coalesce', ['feature-state', 'fill'], '#ffffff'],
          'fill-opacity': ['case', ['==', ['feature-state', 'fill'], null], 0, 0.7],
        },
      },
      {
        id: 'townships-fill',
        type: 'fill',
        source: 'townships',
        paint: {
          'fill-color': basemapLook.selectedFill.color,
          'fill-opacity': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            basemapLook.selectedFill.opacity,
            0,
          ],
        },
      },
      {
        // provisional (approximate) boundaries dashed, surveyed (imported, official) ones solid
        id: 'townships-line',
        type: 'line',
        source: 'townships',
        filter: ['!=', ['get', 'provenance'], 'official'],
        paint: {
          'line-color': basemapLook.townshipProvisional.color,
          'line-width': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            basemapLook.townshipProvisional.selectedWidth,
            basemapLook.townshipProvisional.width,
          ],
          'line-dasharray': [...basemapLook.townshipProvisional.dash],
        },
      },
      {
        id: 'townships-line-surveyed',
        type: 'line',
        source: 'townships',
        filter: ['==', ['get', 'provenance'], 'official'],
        paint: {
          'line-color': basemapLook.townshipSurveyed.color,
          'line-width': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            basemapLook.townshipSurveyed.selectedWidth,
            basemapLook.townshipSurveyed.width,
          ],
        },
      },
      {
        id: 'zones-fill',
        type: 'fill',
        source: 'zones',
        paint: { 'fill-pattern': 'hatch', 'fill-opacity': basemapLook.zones.hatchOpacity },
      },
      {
        id: 'zones-line',
        type: 'line',
        source: 'zones',
        paint: {
          'line-color': [
            'case',
            ['>', ['length', ['get', 'bannedMachinesInside']], 0],
            basemapLook.zones.bannedColor,
            basemapLook.zones.color,
          ],
          'line-width': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            basemapLook.zones.selectedWidth,
            basemapLook.zones.width,
          ],
        },
      },
      {
        id: 'county-outline',
        type: 'line',
        source: 'counties',
        filter: ['==', ['get', 'adcode'], '140902'],
        paint: { 'line-color': basemapLook.xinfuOutline.color, 'line-width': basemapLook.xinfuOutline.width },
      },
    ],
  };
}

/** A diagonal hatch image for the NRMM zones' fill (ui.md: hatched fill, strong border). */
export function hatchImage(): ImageData {
  const size = 12;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.strokeStyle = 'rgba(24, 100, 171, 0.55)';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, size);
  ctx.lineTo(size, 0);
  ctx.moveTo(-size / 2, size / 2);
  ctx.lineTo(size / 2, -size / 2);
  ctx.moveTo(size / 2, size * 1.5);
  ctx.lineTo(size * 1.5, size / 2);
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
