/**
 * Validation of a user-supplied area (a drawn or uploaded shape) before any statistics are run
 * on it. Problems are returned as a list, never thrown, each naming where it is and, where it
 * can, how to fix it (in the manner of maplibre-style-spec's `ValidationError[]`).
 *
 * What cannot be detected: a GCJ-02 (Amap, Tencent) shape sent as WGS84 is shifted by ~570 m
 * here, which no check on the coordinates alone can tell from a real shape; the API assumes
 * WGS84 and says so.
 *
 * Problem objects follow `geometryProblemSchema` (server/schema/stats.ts), which the API returns.
 *
 * @module
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Bbox } from '../schema/common.ts';
import type { GeometryProblem, GeometryProblemCode } from '../schema/stats.ts';
import { bboxesIntersect } from './bbox-of.ts';
import { findRingIntersections, type RingToCheck } from './find-ring-intersections.ts';
import { pointInPolygon } from './point-in-polygon.ts';
import { findExcessNesting } from '../schema/json-nesting.ts';

/** Options of {@link validateGeometry}. */
export interface ValidateGeometryOptions {
  /** Most positions accepted, counting every ring's closing position. Default 10,000. */
  maxVertices?: number;
  /** The region the shape is expected near (`[minLon, minLat, maxLon, maxLat]`); enables the swapped-axes warning. */
  expectedBbox?: Bbox;
  /** Most problems listed per kind before they are summarised. Default 10. */
  maxPerKind?: number;
}

/** Result of {@link validateGeometry}. */
export type GeometryValidation =
  | { ok: true; geometry: Polygon | MultiPolygon; vertices: number; warnings: GeometryProblem[] }
  | { ok: false; problems: GeometryProblem[] };

/** Default vertex limit of user geometry. */
export const MAX_USER_VERTICES = 10_000;

const fmt = (value: number): string => String(Math.round(value * 1e7) / 1e7);
const fmtPosition = (p: readonly number[]): string => `[${p.map((v) => fmt(v)).join(', ')}]`;

/**
 * Checks that `input` is a usable GeoJSON Polygon or MultiPolygon in WGS84 `[lon, lat]` degrees:
 * the type; the nesting of `coordinates` (first, without recursion: arrays nested deeper than a
 * Polygon's 3 or a MultiPolygon's 4 levels are one `too-deep` problem, whatever the depth); every
 * position two (or three) finite numbers with longitude in [-180, 180] and latitude in [-90, 90]
 * (with a hint when they look like `[lat, lon]` or projected metres); every ring closed with at
 * least 4 positions; at most `maxVertices` positions; no ring crossing or touching itself, no two
 * rings crossing (the segment indices and the point are named); every hole inside its shell and not
 * inside another hole; no two polygons of a MultiPolygon overlapping. Ring orientation is not
 * required (RFC 7946 §3.1.6 asks parsers not to reject either winding).
 *
 * Topology is only checked once the structure is sound; a shape over the vertex limit gets that
 * one problem and nothing else (the expensive checks are skipped).
 *
 * @param input - anything, typically a parsed JSON body member
 * @returns the typed geometry and any warnings, or the problems (at least one error)
 * @example
 * validateGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] });
 * // { ok: false, problems: [{ code: 'self-intersection', segments: [0, 2], at: [0.5, 0.5], … }] }
 */
export function validateGeometry(input: unknown, options: ValidateGeometryOptions = {}): GeometryValidation {
  const maxVertices = options.maxVertices ?? MAX_USER_VERTICES;
  const maxPerKind = options.maxPerKind ?? 10;
  const problems: GeometryProblem[] = [];
  const fail = (problem: Omit<GeometryProblem, 'severity'>): GeometryValidation => ({
    ok: false,
    problems: [{ severity: 'error', ...problem }],
  });

  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail({
      code: 'wrong-type',
      path: '',
      message:
        `geometry must be a GeoJSON Polygon or MultiPolygon object, ` +
        `got ${Array.isArray(input) ? 'an array' : typeof input}`,
    });
  }
  const { type, coordinates } = input as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    const got = typeof type === 'string' ? type : (JSON.stringify(type) ?? 'nothing');
    const hint =
      type === 'Feature'
        ? "send the Feature's `geometry` member"
        : type === 'FeatureCollection'
          ? 'send the geometry of one feature (combine several polygons into one MultiPolygon)'
          : typeof type === 'string' && /^(multi)?polygon$/i.test(type)
            ? 'GeoJSON type names are case-sensitive: Polygon, MultiPolygon'
            : type === 'LineString' || type === 'MultiLineString'
              ? 'close the line into a ring and send it as a Polygon'
              : undefined;
    return fail({
      code: 'wrong-type',
      path: 'type',
      message: `geometry type must be Polygon or MultiPolygon, got ${got}`,
      ...(hint ? { hint } : {}),
    });
  }

  // Nesting first, without recursion: nothing below (JSON.stringify in messages included) may meet a deeper value.
  const levels = type === 'Polygon' ? 3 : 4;
  const excess = findExcessNesting(coordinates, levels);
  if (excess) {
    return fail({
      code: 'too-deep',
      path: `coordinates${excess.path}`,
      message:
        `coordinates of a ${type} nest ${levels} levels of arrays ` +
        `(${type === 'Polygon' ? 'rings' : 'polygons → rings'} → positions → [lon, lat]); ` +
        `these nest deeper at coordinates${excess.path}`,
    });
  }

  // Structure: polygons → rings → positions, counting positions as we go.
  const polygonsRaw: unknown[] | null =
    type === 'Polygon' ? [coordinates] : Array.isArray(coordinates) ? coordinates : null;
  if (!Array.isArray(coordinates) || !polygonsRaw) {
    return fail({ code: 'bad-coordinates', path: 'coordinates', message: `coordinates of a ${type} must be an array` });
  }
  if (polygonsRaw.length === 0)
    return fail({
      code: 'empty',
      path: 'coordinates',
      message: `the ${type} has no ${type === 'Polygon' ? 'rings' : 'polygons'}`,
    });
  const multi = type === 'MultiPolygon';
  const ringPath = (p: number, r: number) => (multi ? `coordinates[${p}][${r}]` : `coordinates[${r}]`);
  const ringName = (p: number, r: number) =>
    `${multi ? `polygon ${p}, ` : ''}ring ${r}${r === 0 ? ' (outer)' : ' (hole)'}`;

  let vertices = 0;
  for (const polygon of polygonsRaw) {
    if (Array.isArray(polygon)) for (const ring of polygon) if (Array.isArray(ring)) vertices += ring.length;
  }
  if (vertices > maxVertices) {
    return fail({
      code: 'too-many-vertices',
      path: 'coordinates',
      message:
        `the geometry has ${vertices.toLocaleString('en')} positions; ` +
        `the limit is ${maxVertices.toLocaleString('en')}`,
      hint: 'simplify the shape (e.g. Douglas–Peucker with a tolerance of a few metres) or split it',
    });
  }

  const counts = new Map<GeometryProblemCode, number>();
  const add = (problem: GeometryProblem) => {
    const n = (counts.get(problem.code) ?? 0) + 1;
    counts.set(problem.code, n);
    if (n <= maxPerKind) problems.push(problem);
  };
  const outOfRange: Array<{ path: string; position: number[] }> = [];
  const rings: RingToCheck[] = [];
  const polygons: Position[][][] = [];
  polygonsRaw.forEach((polygon, p) => {
    const path = multi ? `coordinates[${p}]` : 'coordinates';
    if (!Array.isArray(polygon)) {
      add({ code: 'bad-coordinates', severity: 'error', path, message: `${path} must be an array of rings` });
      return;
    }
    if (polygon.length === 0) {
      add({
        code: 'empty',
        severity: 'error',
        path,
        message: `${multi ? `polygon ${p}` : 'the polygon'} has no rings`,
      });
      return;
    }
    const typedRings: Position[][] = [];
    polygon.forEach((ring: unknown, r) => {
      if (!Array.isArray(ring)) {
        add({
          code: 'bad-coordinates',
          severity: 'error',
          path: ringPath(p, r),
          message: `${ringPath(p, r)} must be an array of positions`,
        });
        return;
      }
      let positionsOk = true;
      ring.forEach((position: unknown, k) => {
        const where = `${ringPath(p, r)}[${k}]`;
        if (
          !Array.isArray(position) ||
          position.length < 2 ||
          position.length > 3 ||
          !position.every((v) => typeof v === 'number')
        ) {
          positionsOk = false;
          add({
            code: 'bad-position',
            severity: 'error',
            path: where,
            message:
              `${where} must be [lon, lat] (two or three numbers), ` + `got ${JSON.stringify(position)?.slice(0, 60)}`,
          });
          return;
        }
        const [lon, lat] = position as [number, number];
        if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
          positionsOk = false;
          add({ code: 'bad-position', severity: 'error', path: where, message: `${where} is not finite` });
        } else if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
          positionsOk = false;
          outOfRange.push({ path: where, position: [lon, lat] });
        }
      });
      if (!positionsOk) return;
      const positions = ring as Position[];
      const first = positions[0];
      const last = positions[positions.length - 1];
      if (positions.length < 4) {
        add({
          code: 'ring-too-short',
          severity: 'error',
          path: ringPath(p, r),
          message:
            `${ringName(p, r)} has ${positions.length} positions; ` +
            `a closed ring needs at least 4 (3 corners and the first repeated)`,
        });
      } else if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        add({
          code: 'ring-not-closed',
          severity: 'error',
          path: ringPath(p, r),
          message:
            `${ringName(p, r)} is not closed: it starts at ${fmtPosition(first ?? [])} ` +
            `but ends at ${fmtPosition(last ?? [])}`,
          hint: 'repeat the first position at the end of the ring',
        });
      } else {
        typedRings.push(positions);
        rings.push({ polygon: p, ring: r, positions });
      }
    });
    polygons.push(typedRings);
  });

  if (outOfRange.length > 0) {
    const firstBad = outOfRange[0] as { path: string; position: number[] };
    const all = outOfRange.map((o) => o.position);
    const swappedFits = all.every(([lon = 0, lat = 0]) => Math.abs(lat) <= 180 && Math.abs(lon) <= 90);
    const huge = all.some(([lon = 0, lat = 0]) => Math.abs(lon) > 1000 || Math.abs(lat) > 1000);
    const hint = huge
      ? 'these look like projected coordinates in metres ' +
        '(e.g. Web Mercator EPSG:3857 or a CGCS2000 Gauss–Krüger zone); ' +
        'send WGS84 longitude and latitude in degrees'
      : swappedFits
        ? 'these look like [lat, lon]; GeoJSON positions are [lon, lat] (longitude first)'
        : undefined;
    add({
      code: 'out-of-range',
      severity: 'error',
      path: firstBad.path,
      message:
        `${firstBad.path} ${fmtPosition(firstBad.position)} is out of range ` +
        `(longitude must lie in [-180, 180], latitude in [-90, 90])` +
        (outOfRange.length > 1 ? `; so are ${outOfRange.length - 1} more positions` : ''),
      ...(hint ? { hint } : {}),
    });
  }
  summarise(problems, counts, maxPerKind);
  if (problems.length > 0) return { ok: false, problems };

  const geometry: Polygon | MultiPolygon = multi
    ? { type: 'MultiPolygon', coordinates: polygons }
    : { type: 'Polygon', coordinates: polygons[0] as Position[][] };

  // Topology. Several segment pairs meeting at one point (a ring through one vertex twice) are one problem.
  const seenAt = new Set<string>();
  for (const hit of findRingIntersections(rings, 1000)) {
    const key = `${hit.kind}:${hit.a.polygon}:${hit.a.ring}:${hit.at.join(',')}`;
    if (seenAt.has(key)) continue;
    seenAt.add(key);
    const a = ringName(hit.a.polygon, hit.a.ring);
    const b = ringName(hit.b.polygon, hit.b.ring);
    const sameRing = hit.kind === 'self-intersection';
    add({
      code: hit.kind,
      severity: 'error',
      path: ringPath(hit.a.polygon, hit.a.ring),
      message: sameRing
        ? `${a} intersects itself: segment ${hit.a.segment} meets segment ${hit.b.segment} at ${fmtPosition(hit.at)}`
        : `${a} and ${b} cross: segment ${hit.a.segment} of the first ` +
          `meets segment ${hit.b.segment} of the second at ${fmtPosition(hit.at)}`,
      segments: [hit.a.segment, hit.b.segment],
      rings: [ringPath(hit.a.polygon, hit.a.ring), ringPath(hit.b.polygon, hit.b.ring)],
      at: hit.at,
      hint: sameRing
        ? 'move or remove vertices so that the outline does not cross or touch itself ' +
          '(a figure-of-eight is two polygons)'
        : 'rings of one shape must not cross',
    });
  }
  if (problems.length === 0) checkContainment(polygons, multi, ringPath, ringName, add);
  summarise(problems, counts, maxPerKind);
  if (problems.length > 0) return { ok: false, problems };

  const warnings: GeometryProblem[] = [];
  if (options.expectedBbox) {
    const box = boxOf(polygons);
    const swapped: Bbox = [box[1], box[0], box[3], box[2]];
    if (!bboxesIntersect(box, options.expectedBbox) && bboxesIntersect(swapped, options.expectedBbox)) {
      warnings.push({
        code: 'looks-swapped',
        severity: 'warning',
        path: 'coordinates',
        message: 'the shape lies far from the expected region, but would lie on it with longitude and latitude swapped',
        hint: 'GeoJSON positions are [lon, lat] (longitude first)',
      });
    }
  }
  return { ok: true, geometry, vertices, warnings };
}

/**
 * Holes inside their shell and not inside one another; polygons of a MultiPolygon disjoint. Rings are known not to
 * cross.
 */
function checkContainment(
  polygons: Position[][][],
  multi: boolean,
  ringPath: (p: number, r: number) => string,
  ringName: (p: number, r: number) => string,
  add: (problem: GeometryProblem) => void,
): void {
  const boxes = polygons.map((rings) => rings.map((ring) => boxOf([[ring]])));
  polygons.forEach((rings, p) => {
    const shell = rings[0] as Position[];
    const shellPolygon: Polygon = { type: 'Polygon', coordinates: [shell] };
    for (let h = 1; h < rings.length; h++) {
      const hole = rings[h] as Position[];
      const probe = hole.find((v) => !onRing(v, shell));
      if (probe && !pointInPolygon(probe, shellPolygon)) {
        add({
          code: 'hole-outside-shell',
          severity: 'error',
          path: ringPath(p, h),
          message: `${ringName(p, h)} lies outside its outer ring (${fmtPosition(probe)} is outside)`,
          hint: 'a hole must lie inside the first ring of its polygon',
        });
      }
      for (let g = 1; g < h; g++) {
        const other = rings[g] as Position[];
        if (!bboxesIntersect(boxes[p]?.[g] as Bbox, boxes[p]?.[h] as Bbox)) continue;
        const nested = (inner: Position[], outer: Position[]): boolean => {
          const probe = inner.find((v) => !onRing(v, outer));
          return probe !== undefined && pointInPolygon(probe, { type: 'Polygon', coordinates: [outer] });
        };
        const [innerIndex, outerIndex] = nested(hole, other) ? [h, g] : nested(other, hole) ? [g, h] : [-1, -1];
        if (innerIndex >= 0) {
          add({
            code: 'holes-nested',
            severity: 'error',
            path: ringPath(p, innerIndex),
            message: `${ringName(p, innerIndex)} lies inside ${ringName(p, outerIndex)}`,
            hint: 'holes must not nest; an island in a hole is a separate polygon',
          });
        }
      }
    }
  });
  if (!multi) return;
  for (let p = 0; p < polygons.length; p++) {
    for (let q = p + 1; q < polygons.length; q++) {
      if (!bboxesIntersect(boxes[p]?.[0] as Bbox, boxes[q]?.[0] as Bbox)) continue;
      const a = polygons[p] as Position[][];
      const b = polygons[q] as Position[][];
      const probeB = (b[0] as Position[]).find((v) => !a.some((ring) => onRing(v, ring)));
      const probeA = (a[0] as Position[]).find((v) => !b.some((ring) => onRing(v, ring)));
      const overlap =
        (probeB && pointInPolygon(probeB, { type: 'Polygon', coordinates: a })) ||
        (probeA && pointInPolygon(probeA, { type: 'Polygon', coordinates: b }));
      if (overlap) {
        add({
          code: 'polygons-overlap',
          severity: 'error',
          path: `coordinates[${q}]`,
          message: `polygons ${p} and ${q} of the MultiPolygon overlap`,
          hint: 'merge overlapping parts into one polygon',
        });
      }
    }
  }
}

/** Whether v lies on the ring's boundary (same exact test as pointInPolygon's edge check). */
function onRing(v: Position, ring: readonly Position[]): boolean {
  const x = v[0] as number;
  const y = v[1] as number;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    const x1 = a[0] as number,
      y1 = a[1] as number,
      x2 = b[0] as number,
      y2 = b[1] as number;
    if (x < Math.min(x1, x2) || x > Math.max(x1, x2) || y < Math.min(y1, y2) || y > Math.max(y1, y2)) continue;
    if ((x - x1) * (y2 - y1) - (y - y1) * (x2 - x1) === 0) return true;
  }
  return false;
}

function boxOf(polygons: readonly (readonly (readonly Position[])[])[]): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const ring of rings) {
      for (const p of ring) {
        const x = p[0] as number;
        const y = p[1] as number;
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
    }
  }
  return box;
}

/** Appends "and N more" to the last listed problem of each kind that was cut off. */
function summarise(problems: GeometryProblem[], counts: Map<GeometryProblemCode, number>, maxPerKind: number): void {
  for (const [code, n] of counts) {
    if (n <= maxPerKind) continue;
    const last = problems.filter((p) => p.code === code).at(-1);
    if (last && !last.message.endsWith('more of this kind)'))
      last.message += ` (and ${n - maxPerKind} more of this kind)`;
  }
}
