import type { Position } from 'geojson';
import { geodesicDistanceM } from '../roads/geodesic-distance.ts';

/** The nearest point of a route to a position, and the distance to it. */
export interface RouteNearest {
  /** The nearest point on the route, `[lon, lat]` degrees. */
  point: [number, number];
  /** Geodesic distance (WGS84) from the position to `point`, metres. */
  distanceM: number;
}

/**
 * The nearest point of the approved route (a LineString's positions, `[lon, lat]` WGS84 degrees) to `position`, and
 * the geodesic distance to it in metres. The nearest point is found in a local equirectangular plane (longitudes
 * scaled by the cosine of the position's latitude; at the district's 38.4° N and within a few kilometres the choice
 * differs from a geodesic search only in near-ties), and the distance to it is measured on the WGS84 ellipsoid, so it
 * is exact to well under 0.5 %. A one-position route is a point; an empty one is infinitely far.
 *
 * @example
 * nearestOnRoute([112.7, 38.41], [[112.69, 38.4], [112.71, 38.4]]).distanceM; // ≈ 1,110 m
 */
export function nearestOnRoute(position: Position, route: readonly Position[]): RouteNearest {
  const [lon, lat] = position as [number, number];
  const kx = Math.cos((lat * Math.PI) / 180);
  let best: [number, number] | null = null;
  let bestD2 = Number.POSITIVE_INFINITY;
  for (let i = 0; i < route.length; i++) {
    const [ax, ay] = route[i] as [number, number];
    const [bx, by] = (route[i + 1] ?? route[i]) as [number, number];
    const dx = (bx - ax) * kx;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((lon - ax) * kx * dx + (lat - ay) * dy) / len2));
    const px = ax + (bx - ax) * t;
    const py = ay + (by - ay) * t;
    const ex = (lon - px) * kx;
    const ey = lat - py;
    const d2 = ex * ex + ey * ey;
    if (d2 < bestD2) {
      bestD2 = d2;
      best = [px, py];
    }
  }
  if (!best) return { point: [Number.NaN, Number.NaN], distanceM: Number.POSITIVE_INFINITY };
  return { point: best, distanceM: geodesicDistanceM(lon, lat, best[0], best[1]) };
}

/**
 * Distance in metres from `position` to the approved route ({@link nearestOnRoute}).
 *
 * @example
 * distanceToRouteM([112.7, 38.4], [[112.69, 38.4], [112.71, 38.4]]); // 0
 */
export function distanceToRouteM(position: Position, route: readonly Position[]): number {
  return nearestOnRoute(position, route).distanceM;
}

/**
 * Whether a position is off the approved route: farther than `bufferM` metres from it. Exactly at the buffer is on
 * the route.
 *
 * @example
 * offRoute(500, 500); // false
 */
export function offRoute(distanceM: number, bufferM: number): boolean {
  return distanceM > bufferM;
}
