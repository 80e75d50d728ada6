import type { MultiPolygon, Polygon, Position } from 'geojson';
import { createAreaIntersector } from '../../server/spatial/intersection-area.ts';

/**
 * A 1,000-vertex wavy ring around the district's centre (112.62° E, 38.45° N) of mean radius
 * `radiusDeg` degrees of latitude, as a closed Polygon in `[lon, lat]`: the query shape of the
 * area-statistics benchmarks.
 */
export function wavyPolygon(radiusDeg: number): Polygon {
  const ring: Position[] = [];
  for (let k = 0; k < 1000; k++) {
    const angle = (2 * Math.PI * k) / 1000;
    const r = radiusDeg * (1 + 0.12 * Math.sin(5 * angle) + 0.04 * Math.sin(23 * angle));
    ring.push([112.62 + (r * Math.cos(angle)) / Math.cos((38.45 * Math.PI) / 180), 38.45 + r * Math.sin(angle)]);
  }
  ring.push([...(ring[0] as Position)]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** The wavy polygon whose part inside `district` is just under `insideKm2` km² (bisection on the radius). */
export function wavyPolygonCovering(district: Polygon | MultiPolygon, insideKm2: number): Polygon {
  let lo = 0.01;
  let hi = 0.5;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const inside = createAreaIntersector(wavyPolygon(mid)).intersect(district)?.areaKm2 ?? 0;
    if (inside < insideKm2) lo = mid;
    else hi = mid;
  }
  return wavyPolygon(lo);
}
