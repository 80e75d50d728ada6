/**
 * Inverse-distance weighting (IDW, Shepard 1968) of point samples onto a grid of square cells: the concentration
 * surface of the air view (issue 18). Pure: plain values in, plain values out.
 *
 * - Distances are planar kilometres on a local equirectangular projection about the grid's centre (at the
 *   district's ~60 km extent the error against the geodesic distance is far below a cell).
 * - Weight of a sample at distance d: 1 / d^power (power 2 by default); every sample takes part (no search radius).
 * - Exact interpolator: at a sample's position the value is that sample's value. Samples closer than
 *   {@link COINCIDENT_KM} to each other are one sample holding their mean (the only value the position can have).
 * - Between samples the value is a weighted mean, so it lies within the samples' minimum and maximum (clamped
 *   there, so floating-point rounding can never step outside).
 *
 * @module
 */

/** A sample: a position in degrees (WGS84) and its value. */
export interface IdwSample {
  readonly lon: number;
  readonly lat: number;
  readonly value: number;
}

/** Samples closer than this (km, 1 m) are one position. */
export const COINCIDENT_KM = 0.001;
/** The default IDW power. */
export const IDW_POWER = 2;
const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;

/** A local planar projection in km about `(lon0, lat0)`. */
export interface PlanarProjection {
  x(lon: number): number;
  y(lat: number): number;
}

/** Equirectangular projection in km about `lat0` (x east, y north). */
export function planarProjection(lon0: number, lat0: number): PlanarProjection {
  const kmPerLon = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  return { x: (lon) => (lon - lon0) * kmPerLon, y: (lat) => (lat - lat0) * KM_PER_DEGREE_LAT };
}

/** A merged sample position: the mean of the values of the samples that share it, and their indices. */
export interface MergedSample {
  readonly x: number;
  readonly y: number;
  readonly value: number;
  /** Indices into the samples given to {@link mergeCoincident}. */
  readonly members: readonly number[];
}

/**
 * The samples with coincident positions (closer than {@link COINCIDENT_KM}) merged into one holding their mean.
 *
 * @example
 * mergeCoincident([{ lon: 112, lat: 38, value: 10 }, { lon: 112, lat: 38, value: 20 }], planarProjection(112, 38));
 * // [{ x: 0, y: 0, value: 15, members: [0, 1] }]
 */
export function mergeCoincident(samples: readonly IdwSample[], projection: PlanarProjection): MergedSample[] {
  const merged: { x: number; y: number; sum: number; members: number[] }[] = [];
  samples.forEach((sample, index) => {
    const x = projection.x(sample.lon);
    const y = projection.y(sample.lat);
    const same = merged.find((m) => Math.hypot(m.x - x, m.y - y) < COINCIDENT_KM);
    if (same) {
      same.sum += sample.value;
      same.members.push(index);
    } else merged.push({ x, y, sum: sample.value, members: [index] });
  });
  return merged.map((m) => ({ x: m.x, y: m.y, value: m.sum / m.members.length, members: m.members }));
}

/**
 * The IDW value at planar `(x, y)` (km) from merged samples; null when there are none.
 *
 * @example
 * idwAt([{ x: 0, y: 0, value: 10, members: [0] }, { x: 2, y: 0, value: 30, members: [1] }], 1, 0); // 20
 */
export function idwAt(samples: readonly MergedSample[], x: number, y: number, power = IDW_POWER): number | null {
  if (samples.length === 0) return null;
  let weightSum = 0;
  let weightedSum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const sample of samples) {
    const distance = Math.hypot(sample.x - x, sample.y - y);
    if (distance < COINCIDENT_KM) return sample.value;
    const weight = 1 / distance ** power;
    weightSum += weight;
    weightedSum += weight * sample.value;
    if (sample.value < min) min = sample.value;
    if (sample.value > max) max = sample.value;
  }
  return Math.min(max, Math.max(min, weightedSum / weightSum));
}

/** The grid: square cells of `cellKm` from the south-west corner of `bbox` (degrees). */
export interface SurfaceGridSpec {
  /** `[minLon, minLat, maxLon, maxLat]`, degrees. */
  readonly bbox: readonly [number, number, number, number];
  /** Cell edge, km. */
  readonly cellKm: number;
}

/** The grid's geometry in degrees: origin (south-west corner), cell size and counts. */
export interface SurfaceGridGeometry {
  readonly west: number;
  readonly south: number;
  readonly cellLon: number;
  readonly cellLat: number;
  readonly cols: number;
  readonly rows: number;
}

/** One cell: column (west → east), row (south → north), its centre and value. */
export interface SurfaceCell {
  readonly col: number;
  readonly row: number;
  readonly value: number;
  /**
   * The merged sample the cell shows, when the cell holds samples: a cell holding samples shows the highest of
   * their values (the reading itself, not an interpolation); null for an interpolated cell.
   */
  readonly sample: MergedSample | null;
}

/** A gridded surface. */
export interface SurfaceGrid {
  readonly geometry: SurfaceGridGeometry;
  readonly cells: SurfaceCell[];
  readonly merged: MergedSample[];
}

/** The grid geometry of a spec: cells of `cellKm` at the bbox's middle latitude, covering the bbox. */
export function surfaceGridGeometry(spec: SurfaceGridSpec): SurfaceGridGeometry {
  const [west, south, east, north] = spec.bbox;
  const midLat = (south + north) / 2;
  const cellLat = spec.cellKm / KM_PER_DEGREE_LAT;
  const cellLon = spec.cellKm / (KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos((midLat * Math.PI) / 180));
  return {
    west,
    south,
    cellLon,
    cellLat,
    cols: Math.max(1, Math.ceil((east - west) / cellLon)),
    rows: Math.max(1, Math.ceil((north - south) / cellLat)),
  };
}

/**
 * The IDW surface of `samples` on the grid of `spec`, keeping the cells whose centre `contains` accepts (the
 * district) and every cell that holds a sample. A cell holding samples shows the highest of their (merged) values;
 * every other cell the IDW value at its centre. No samples → no cells.
 *
 * @example
 * const grid = idwSurface([{ lon: 112.7, lat: 38.4, value: 42 }], { bbox: [112.6, 38.3, 112.8, 38.5], cellKm: 1 },
 *   () => true);
 * grid.cells.every((cell) => cell.value === 42); // true: one sample, a flat surface
 */
export function idwSurface(
  samples: readonly IdwSample[],
  spec: SurfaceGridSpec,
  contains: (lon: number, lat: number) => boolean,
  power = IDW_POWER,
): SurfaceGrid {
  const geometry = surfaceGridGeometry(spec);
  const { west, south, cellLon, cellLat, cols, rows } = geometry;
  const projection = planarProjection(west + (cols * cellLon) / 2, south + (rows * cellLat) / 2);
  const merged = mergeCoincident(samples, projection);
  if (merged.length === 0) return { geometry, cells: [], merged };
  const held = new Map<number, MergedSample>();
  for (const sample of merged) {
    const first = samples[sample.members[0] ?? 0];
    if (first === undefined) continue;
    const col = Math.floor((first.lon - west) / cellLon);
    const row = Math.floor((first.lat - south) / cellLat);
    if (col < 0 || row < 0 || col >= cols || row >= rows) continue;
    const key = row * cols + col;
    const other = held.get(key);
    if (other === undefined || sample.value > other.value) held.set(key, sample);
  }
  const cells: SurfaceCell[] = [];
  for (let row = 0; row < rows; row += 1) {
    const lat = south + (row + 0.5) * cellLat;
    for (let col = 0; col < cols; col += 1) {
      const lon = west + (col + 0.5) * cellLon;
      const sample = held.get(row * cols + col) ?? null;
      if (sample !== null) {
        cells.push({ col, row, value: sample.value, sample });
        continue;
      }
      if (!contains(lon, lat)) continue;
      const value = idwAt(merged, projection.x(lon), projection.y(lat), power);
      if (value !== null) cells.push({ col, row, value, sample: null });
    }
  }
  return { geometry, cells, merged };
}
