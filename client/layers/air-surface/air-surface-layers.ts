/**
 * The deck.gl layers of the concentration surface (issue 18): the grid's cells in the HJ 633-2012 level colours,
 * semi-transparent so the basemap reads beneath, and the wind arrows where a station reported wind that hour.
 */
import type { Layer } from '@deck.gl/core';
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { AQI_LEVELS } from '../../../server/aq/aqi-level.ts';
import type { AirSurface } from '../../../server/schema/air-surface.ts';

export const AIR_SURFACE_CELLS_ID = 'air-surface-cells';
export const AIR_SURFACE_WIND_ID = 'air-surface-wind';
/** Cell fill opacity (0–255): strong enough to read the bands, weak enough for the basemap. */
export const AIR_SURFACE_ALPHA = 140;

type Rgba = [number, number, number, number];

/** The RGBA of a level (1–6) at the surface's opacity. */
export function surfaceFill(level: number): Rgba {
  const rgb = AQI_LEVELS[level - 1]?.rgb ?? [160, 160, 160];
  return [rgb[0], rgb[1], rgb[2], AIR_SURFACE_ALPHA];
}

interface CellPolygon {
  polygon: [number, number][];
  level: number;
}

const polygonsByResponse = new WeakMap<AirSurface, CellPolygon[]>();

function cellPolygons(surface: AirSurface): CellPolygon[] {
  const known = polygonsByResponse.get(surface);
  if (known) return known;
  const { west, south, cellLon, cellLat } = surface.grid;
  const polygons = surface.cells.map((cell) => {
    const x0 = west + cell.col * cellLon;
    const y0 = south + cell.row * cellLat;
    const x1 = x0 + cellLon;
    const y1 = y0 + cellLat;
    return {
      polygon: [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ] as [number, number][],
      level: cell.level,
    };
  });
  polygonsByResponse.set(surface, polygons);
  return polygons;
}

/** km per degree of latitude and of longitude at the equator. */
const KM_PER_DEGREE = 110.574;
const KM_PER_DEGREE_LON = 111.32;
/** Metres per pixel at the equator at zoom 0 (MapLibre's 512-pixel world). */
const METRES_PER_PIXEL_Z0 = 40_075_016.686 / 512;
/** The arrow's length on screen: this many pixels, plus some per m/s of wind, at most the last. */
const ARROW_BASE_PX = 16;
const ARROW_PX_PER_MS = 5;
const ARROW_MAX_PX = 48;

/** The arrow's length in km for a wind speed (m/s) at a zoom and latitude: a constant size on screen. */
export function arrowKm(ws: number, zoom: number, lat: number): number {
  const px = Math.min(ARROW_MAX_PX, ARROW_BASE_PX + ARROW_PX_PER_MS * ws);
  return (px * METRES_PER_PIXEL_Z0 * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom / 1000;
}

/**
 * An arrow for a wind: from the station, pointing where the wind goes (direction `wd` is where it blows from),
 * `lengthKm` long, with a two-stroke head.
 */
export function windArrow(position: readonly [number, number], lengthKm: number, wd: number): [number, number][][] {
  const [lon, lat] = position;
  const kmPerLon = KM_PER_DEGREE_LON * Math.cos((lat * Math.PI) / 180);
  const toward = ((wd + 180) * Math.PI) / 180;
  const at = (km: number, angle: number, from: [number, number]): [number, number] => [
    from[0] + (km * Math.sin(angle)) / kmPerLon,
    from[1] + (km * Math.cos(angle)) / KM_PER_DEGREE,
  ];
  const tip = at(lengthKm, toward, [lon, lat]);
  const head = lengthKm * 0.35;
  return [
    [[lon, lat], tip],
    [at(head, toward + Math.PI - 0.45, tip), tip, at(head, toward + Math.PI + 0.45, tip)],
  ];
}

/** The surface's layers (cells, then the wind arrows above them, sized for `zoom`); none without a surface. */
export function airSurfaceLayers(surface: AirSurface | null, zoom: number): Layer[] {
  if (surface === null) return [];
  const paths = surface.wind.flatMap((w) => windArrow(w.position, arrowKm(w.ws, zoom, w.position[1]), w.wd));
  return [
    new SolidPolygonLayer<CellPolygon>({
      id: AIR_SURFACE_CELLS_ID,
      data: cellPolygons(surface),
      getPolygon: (c) => c.polygon,
      getFillColor: (c) => surfaceFill(c.level),
      pickable: false,
    }),
    new PathLayer<[number, number][]>({
      id: `${AIR_SURFACE_WIND_ID}-halo`,
      data: paths,
      getPath: (p) => p,
      getColor: [255, 255, 255, 230],
      getWidth: 5,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
    }),
    new PathLayer<[number, number][]>({
      id: AIR_SURFACE_WIND_ID,
      data: paths,
      getPath: (p) => p,
      getColor: [33, 37, 41, 255],
      getWidth: 2.5,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
    }),
  ];
}
