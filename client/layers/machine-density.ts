/**
 * 机械作业密度 (issue 18): the server's counts of machine positions per grid cell
 * (GET /api/machines/density) drawn as square cells in a sequential purple ramp, with the count
 * written in each cell from {@link DENSITY_LABEL_MIN_ZOOM} (colour is never the only carrier: the
 * legend gives every class its numbers, hover or click gives a cell's count). The cells of a response are built
 * once per response object. The deck.gl layers are in machine-density-layers.ts, loaded with the map.
 */
import type { MachineDensity } from '../../server/schema/machine-density.ts';

/** The deck layer ids: the cells, and their counts. */
export const MACHINE_DENSITY_LAYER_ID = 'machine-density';
export const MACHINE_DENSITY_LABELS_ID = 'machine-density-counts';

/**
 * Lower bounds of the legend classes, positions per cell (a console convention: roughly ×3 steps,
 * the same at every as-of and window so the colours mean the same while the time slider moves).
 */
export const DENSITY_BREAKS = [1, 10, 30, 100, 300, 1000] as const;
/** One colour per class, light to dark (ColorBrewer BuPu): no other layer draws in purple. */
export const DENSITY_COLOURS = ['#bfd3e6', '#9ebcda', '#8c96c6', '#8c6bb1', '#88419d', '#6e016b'] as const;
/** Zoom from which each cell carries its count as text. */
export const DENSITY_LABEL_MIN_ZOOM = 13;
/** Cell fill opacity (0–255): the basemap stays readable beneath. */
const FILL_ALPHA = 175;
/** The same opacity for the legend's swatches (0–1), so they look like the cells. */
export const DENSITY_FILL_OPACITY = Number((FILL_ALPHA / 255).toFixed(2));

/** The class of a count (0 … DENSITY_BREAKS.length − 1); counts below 1 are in no class (−1). */
export function densityClass(count: number): number {
  for (let i = DENSITY_BREAKS.length - 1; i >= 0; i--) if (count >= DENSITY_BREAKS[i]!) return i;
  return -1;
}

/** A legend class: its lower bound, its upper bound (null: open), its colour. */
export interface DensityLegendClass {
  from: number;
  to: number | null;
  colour: string;
}
export const densityLegend: readonly DensityLegendClass[] = DENSITY_BREAKS.map((from, i) => ({
  from,
  to: i + 1 < DENSITY_BREAKS.length ? DENSITY_BREAKS[i + 1]! - 1 : null,
  colour: DENSITY_COLOURS[i]!,
}));

/** A drawn cell: its grid index, count, outline (lon/lat, closed) and centre. */
export interface DensityCell {
  /** `ix,iy`, the cell's key. */
  id: string;
  ix: number;
  iy: number;
  count: number;
  polygon: [number, number][];
  centre: [number, number];
}

const cellsByResponse = new WeakMap<MachineDensity, DensityCell[]>();

/** The cells of a response, with their outlines (built once per response object). */
export function densityCells(density: MachineDensity): DensityCell[] {
  const known = cellsByResponse.get(density);
  if (known) return known;
  const { originLon, originLat, dLon, dLat } = density.grid;
  const cells = density.cells.map(([ix, iy, count]): DensityCell => {
    const west = originLon + ix * dLon;
    const south = originLat + iy * dLat;
    const east = west + dLon;
    const north = south + dLat;
    return {
      id: `${ix},${iy}`,
      ix,
      iy,
      count,
      polygon: [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
      centre: [west + dLon / 2, south + dLat / 2],
    };
  });
  cellsByResponse.set(density, cells);
  return cells;
}

/** The cell of a response holding `[lon, lat]`, if it has positions. */
export function densityCellAt(density: MachineDensity, [lon, lat]: [number, number]): DensityCell | undefined {
  const ix = Math.floor((lon - density.grid.originLon) / density.grid.dLon);
  const iy = Math.floor((lat - density.grid.originLat) / density.grid.dLat);
  return densityCells(density).find((c) => c.ix === ix && c.iy === iy);
}

type Rgba = [number, number, number, number];
const rgbaOf = (hex: string, alpha: number): Rgba => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
};
const fills = DENSITY_COLOURS.map((c) => rgbaOf(c, FILL_ALPHA));
/** A cell's fill: its class's colour. */
export function densityFill(count: number): Rgba {
  return fills[Math.max(0, densityClass(count))]!;
}
