/** A shape an analyst drew: a polygon (outer ring, `[lon, lat]`, closed) or a circle. */
export type DrawnShape =
  | { kind: 'polygon'; ring: [number, number][] }
  | { kind: 'circle'; center: [number, number]; radiusM: number };

const round = (v: number) => Number(v.toFixed(5));

/**
 * Encodes a shape for the URL: `p` + `lon,lat;lon,lat;…` (5 decimals, ~1 m, no closing point)
 * or `c` + `lon,lat,radiusM`.
 *
 * @example
 * encodeShape({ kind: 'circle', center: [112.7, 38.4], radiusM: 1500 }); // 'c112.7,38.4,1500'
 */
export function encodeShape(shape: DrawnShape): string {
  if (shape.kind === 'circle')
    return `c${round(shape.center[0])},${round(shape.center[1])},${Math.round(shape.radiusM)}`;
  return `p${shape.ring
    .slice(0, -1)
    .map(([lon, lat]) => `${round(lon)},${round(lat)}`)
    .join(';')}`;
}

/** Decodes what encodeShape wrote; null for anything malformed. */
export function decodeShape(text: string | null): DrawnShape | null {
  if (!text) return null;
  const numbers = (part: string) => part.split(',').map(Number);
  if (text.startsWith('c')) {
    const [lon, lat, r] = numbers(text.slice(1));
    if ([lon, lat, r].some((v) => v === undefined || !Number.isFinite(v)) || (r as number) <= 0) return null;
    return { kind: 'circle', center: [lon as number, lat as number], radiusM: r as number };
  }
  if (text.startsWith('p')) {
    const points = text.slice(1).split(';').map(numbers);
    if (points.length < 3 || points.some((p) => p.length !== 2 || p.some((v) => !Number.isFinite(v)))) return null;
    const ring = points.map((p) => [p[0], p[1]] as [number, number]);
    return { kind: 'polygon', ring: [...ring, ring[0] as [number, number]] };
  }
  return null;
}

const EARTH_RADIUS_M = 6_371_008.8;

/** A circle as a polygon ring of `steps` vertices (spherical destination formula; for drawing). */
export function circleRing(center: [number, number], radiusM: number, steps = 64): [number, number][] {
  const [lon0, lat0] = center.map((d) => (d * Math.PI) / 180) as [number, number];
  const angular = radiusM / EARTH_RADIUS_M;
  const ring: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    const bearing = (2 * Math.PI * i) / steps;
    const lat = Math.asin(Math.sin(lat0) * Math.cos(angular) + Math.cos(lat0) * Math.sin(angular) * Math.cos(bearing));
    const lon =
      lon0 +
      Math.atan2(
        Math.sin(bearing) * Math.sin(angular) * Math.cos(lat0),
        Math.cos(angular) - Math.sin(lat0) * Math.sin(lat),
      );
    ring.push([Number(((lon * 180) / Math.PI).toFixed(7)), Number(((lat * 180) / Math.PI).toFixed(7))]);
  }
  return [...ring, ring[0] as [number, number]];
}

/**
 * Live measures while drawing, on a sphere (within ~0.3 % of the ellipsoidal figures the
 * server returns): area km² and perimeter km of a closed ring.
 */
export function measureRing(ring: [number, number][]): { areaKm2: number; perimeterKm: number } {
  const rad = Math.PI / 180;
  let area = 0;
  let perimeter = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [lon1, lat1] = ring[i] as [number, number];
    const [lon2, lat2] = ring[i + 1] as [number, number];
    area += (lon2 - lon1) * rad * (2 + Math.sin(lat1 * rad) + Math.sin(lat2 * rad));
    const dLat = (lat2 - lat1) * rad;
    const dLon = (lon2 - lon1) * rad;
    const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
    perimeter += 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  }
  return { areaKm2: Math.abs((area * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2) / 1e6, perimeterKm: perimeter / 1000 };
}
