/**
 * A Polygon or MultiPolygon prepared for many exact point-in-polygon tests.
 *
 * The polygon's box is cut into a grid. Every cell that an edge passes through, and its eight
 * neighbours, is "mixed"; every other cell lies a whole cell away from any edge, so all of it is
 * inside or all of it is outside, decided once per run of such cells. A point in a mixed cell is
 * tested against the edges of its horizontal band only. The answers are those of
 * {@link pointInPolygon}, bit for bit (same edge order and arithmetic, boundary counts as inside,
 * holes honoured): `test/spatial/prepared-polygon.test.ts` checks that on seeded random
 * polygons and points, including points on edges and vertices.
 *
 * @module
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Bbox } from '../schema/common.ts';
import { bboxOf } from './bbox-of.ts';
import { pointInPolygon } from './point-in-polygon.ts';

/** A polygon ready for fast exact point-in-polygon tests. */
export interface PreparedPolygon {
  /** The geometry as given; positions are `[lon, lat]` in EPSG:4326 degrees. */
  readonly geometry: Polygon | MultiPolygon;
  /** `[minLon, minLat, maxLon, maxLat]` of every ring, degrees. */
  readonly bbox: Bbox;
  /**
   * Whether `[lon, lat]` (degrees) lies inside or on the boundary of the geometry: exactly
   * `pointInPolygon([lon, lat], geometry)`.
   */
  contains(lon: number, lat: number): boolean;
}

/** Options of {@link preparePolygon}. */
export interface PreparePolygonOptions {
  /** Target number of grid cells per edge; more cells cost memory and build time, save tests. Default 16. */
  cellsPerEdge?: number;
  /** Upper bound on the number of grid cells. Default 262,144 (512 × 512). */
  maxCells?: number;
}

const OUTSIDE = 0;
const INSIDE = 1;
const MIXED = 2;

/**
 * Prepares `geometry` for repeated {@link PreparedPolygon.contains} calls. Building costs about
 * one pass over the edges plus the grid (≈ 1 ms for a 1,000-vertex polygon); a test then costs a
 * grid lookup, or for points near the boundary a check of the few edges in the point's band.
 *
 * @param geometry - Polygon or MultiPolygon, positions `[lon, lat]` in EPSG:4326 degrees (any ring
 *   orientation; rings need not be valid, answers still equal pointInPolygon's)
 * @example
 * const zone = preparePolygon(township.geometry);
 * zone.contains(112.73, 38.42); // true
 */
export function preparePolygon(geometry: Polygon | MultiPolygon, options: PreparePolygonOptions = {}): PreparedPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bbox = bboxOf(geometry);
  const [minX, minY, maxX, maxY] = bbox;
  const width = maxX - minX;
  const height = maxY - minY;

  // Rings in order; each polygon's first ring is its outer ring. Polygons without rings never contain anything.
  const outerRings: number[] = [];
  const holesOf: number[][] = [];
  const rings: Position[][] = [];
  for (const polygon of polygons) {
    if (polygon.length === 0) continue;
    outerRings.push(rings.length);
    holesOf.push(polygon.slice(1).map((_, k) => rings.length + 1 + k));
    rings.push(...polygon);
  }
  const edgeCount = rings.reduce((n, ring) => n + ring.length, 0);
  if (!(width > 0) || !(height > 0) || edgeCount === 0) {
    // Degenerate (empty, a line or a point): no grid, the plain test.
    return { geometry, bbox, contains: (lon, lat) => pointInPolygon([lon, lat], geometry) };
  }

  // Edges exactly as pointInPolygon walks them: (ring[i], ring[j]) with j = i - 1, wrapping.
  const ax = new Float64Array(edgeCount);
  const ay = new Float64Array(edgeCount);
  const bx = new Float64Array(edgeCount);
  const by = new Float64Array(edgeCount);
  const edgeRing = new Int32Array(edgeCount);
  let e = 0;
  rings.forEach((ring, r) => {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      ax[e] = a[0] as number;
      ay[e] = a[1] as number;
      bx[e] = b[0] as number;
      by[e] = b[1] as number;
      edgeRing[e] = r;
      e++;
    }
  });

  const maxCells = options.maxCells ?? 262_144;
  const targetCells = Math.min(maxCells, Math.max(64, edgeCount * (options.cellsPerEdge ?? 16)));
  const cellSize = Math.sqrt((width * height) / targetCells);
  const cols = Math.max(1, Math.min(1024, Math.ceil(width / cellSize)));
  const rows = Math.max(1, Math.min(1024, Math.ceil(height / cellSize)));
  const colScale = cols / width;
  const rowScale = rows / height;
  // floor() of a monotone expression: if y1 ≤ y ≤ y2 then rowOf(y1) ≤ rowOf(y) ≤ rowOf(y2), exactly.
  const rowOf = (y: number): number => {
    const r = Math.floor((y - minY) * rowScale);
    return r < 0 ? 0 : r >= rows ? rows - 1 : r;
  };
  const colOf = (x: number): number => {
    const c = Math.floor((x - minX) * colScale);
    return c < 0 ? 0 : c >= cols ? cols - 1 : c;
  };

  // Band index (CSR): every edge whose closed y-range meets band r. Only those can matter to a
  // point in band r: a crossing needs min(y) ≤ y < max(y), an on-edge point min(y) ≤ y ≤ max(y).
  const bandCount = new Int32Array(rows + 1);
  for (let k = 0; k < edgeCount; k++) {
    const r0 = rowOf(Math.min(ay[k] as number, by[k] as number));
    const r1 = rowOf(Math.max(ay[k] as number, by[k] as number));
    for (let r = r0; r <= r1; r++) (bandCount[r + 1] as number)++;
  }
  for (let r = 0; r < rows; r++) bandCount[r + 1] = (bandCount[r + 1] as number) + (bandCount[r] as number);
  const bandStart = bandCount;
  const bandEdges = new Int32Array(bandStart[rows] as number);
  const fill = bandStart.slice(0, rows);
  for (let k = 0; k < edgeCount; k++) {
    const r0 = rowOf(Math.min(ay[k] as number, by[k] as number));
    const r1 = rowOf(Math.max(ay[k] as number, by[k] as number));
    for (let r = r0; r <= r1; r++) bandEdges[(fill[r] as number)++] = k;
  }

  // Mixed cells: each edge's cells in each band it spans, widened by one cell on every side, so a
  // cell left unmixed is at least a full cell from every edge (far beyond rounding error).
  const cells = new Uint8Array(rows * cols);
  const cellHeight = height / rows;
  for (let k = 0; k < edgeCount; k++) {
    const x1 = ax[k] as number,
      y1 = ay[k] as number,
      x2 = bx[k] as number,
      y2 = by[k] as number;
    const yLo = Math.min(y1, y2);
    const yHi = Math.max(y1, y2);
    const r0 = rowOf(yLo);
    const r1 = rowOf(yHi);
    for (let r = r0; r <= r1; r++) {
      let xa: number;
      let xb: number;
      if (y1 === y2) {
        xa = x1;
        xb = x2;
      } else {
        const bandLo = Math.max(yLo, minY + r * cellHeight);
        const bandHi = Math.min(yHi, minY + (r + 1) * cellHeight);
        xa = x1 + ((x2 - x1) * (bandLo - y1)) / (y2 - y1);
        xb = x1 + ((x2 - x1) * (bandHi - y1)) / (y2 - y1);
      }
      const c0 = Math.max(0, colOf(Math.min(xa, xb)) - 1);
      const c1 = Math.min(cols - 1, colOf(Math.max(xa, xb)) + 1);
      for (let rr = Math.max(0, r - 1); rr <= Math.min(rows - 1, r + 1); rr++)
        cells.fill(MIXED, rr * cols + c0, rr * cols + c1 + 1);
    }
  }

  // Per-ring scratch for the band test.
  const parity = new Uint8Array(rings.length);
  const onEdge = new Uint8Array(rings.length);
  const listed = new Uint8Array(rings.length);
  const touched = new Int32Array(rings.length);
  const isOuter = new Int32Array(rings.length).fill(-1);
  outerRings.forEach((ring, p) => (isOuter[ring] = p));

  /** pointInPolygon restricted to band r's edges; same arithmetic, operand for operand. */
  const bandTest = (x: number, y: number, r: number): boolean => {
    let touchedCount = 0;
    for (let t = bandStart[r] as number, end = bandStart[r + 1] as number; t < end; t++) {
      const k = bandEdges[t] as number;
      const ring = edgeRing[k] as number;
      const xi = ax[k] as number,
        yi = ay[k] as number,
        xj = bx[k] as number,
        yj = by[k] as number;
      let hit = false;
      let cross = false;
      if (!(x < (xi < xj ? xi : xj) || x > (xi > xj ? xi : xj) || y < (yi < yj ? yi : yj) || y > (yi > yj ? yi : yj))) {
        hit = (x - xi) * (yj - yi) - (y - yi) * (xj - xi) === 0;
      }
      if (!hit && yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) cross = true;
      if (!hit && !cross) continue;
      if (listed[ring] === 0) {
        listed[ring] = 1;
        touched[touchedCount++] = ring;
      }
      if (hit) onEdge[ring] = 1;
      else parity[ring] = (parity[ring] as number) ^ 1;
    }
    let inside = false;
    for (let t = 0; t < touchedCount && !inside; t++) {
      const ring = touched[t] as number;
      const p = isOuter[ring] as number;
      if (p < 0 || (parity[ring] === 0 && onEdge[ring] === 0)) continue;
      inside = true;
      for (const hole of holesOf[p] as number[]) {
        if (parity[hole] === 1 && onEdge[hole] === 0) {
          inside = false;
          break;
        }
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const ring = touched[t] as number;
      parity[ring] = 0;
      onEdge[ring] = 0;
      listed[ring] = 0;
    }
    return inside;
  };

  // Unmixed cells: one band test at the centre of the first cell of each run decides the run.
  for (let r = 0; r < rows; r++) {
    const yc = minY + (r + 0.5) * cellHeight;
    let c = 0;
    while (c < cols) {
      if (cells[r * cols + c] === MIXED) {
        c++;
        continue;
      }
      const xc = minX + (c + 0.5) / colScale;
      const state = bandTest(xc, yc, rowOf(yc)) ? INSIDE : OUTSIDE;
      while (c < cols && cells[r * cols + c] !== MIXED) cells[r * cols + c++] = state;
    }
  }

  return {
    geometry,
    bbox,
    contains(lon, lat) {
      if (!(lon >= minX && lon <= maxX && lat >= minY && lat <= maxY)) return false;
      const r = rowOf(lat);
      const state = cells[r * cols + colOf(lon)];
      return state === MIXED ? bandTest(lon, lat, r) : state === INSIDE;
    },
  };
}
