/**
 * The provisional (示意) outline of Xinzhou's urban built-up area (城市建成区), derived from the approximate seats
 * of the seven subdistricts (街道): their convex hull, buffered by {@link BUFFER_KM}, clipped to the county.
 * No official boundary is held; the planning department's polygon, once imported, replaces this one.
 *
 * @module
 */
import { buffer, convex, featureCollection, intersect, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { geodesicAreaKm2 } from '../../../server/spatial/geodesic-area.ts';
import { formatFeatureCollection, roundGeometry } from '../canonical-geojson.ts';
import { parseCsv } from '../parse-csv.ts';

/** Buffer around the seats' hull, km: a seat is accurate to about ±3 km, and the city reaches past its seats. */
export const BUFFER_KM = 1.5;

/** Steps per quarter circle of the buffer's rounded corners (turf's default is 8). */
const BUFFER_STEPS = 8;

/** The properties of the outline, in the file's key order. */
export interface BuiltUpOutlineProperties {
  id: string;
  name: string;
  provisional: true;
  provenance: 'approximate';
  /** Geodesic area on WGS84, km², 3 decimals. */
  areaKm2: number;
  /** The subdistricts whose seats span the outline (9-digit codes). */
  seats: string[];
  method: string;
}

/** The source texts the outline is built from (as read from geodata/). */
export interface BuiltUpSources {
  /** `xinfu-county.wgs84.geojson` */
  countyWgs84: string;
  /** `xinfu-township-seats.approx.csv` */
  seatsCsv: string;
}

/**
 * Builds the outline as a feature (coordinates rounded to 1e-6°, rings wound per RFC 7946).
 *
 * @throws Error when fewer than three subdistrict seats are found or the hull lies outside the county
 * @example
 * buildBuiltUpOutline({ countyWgs84, seatsCsv }).properties.areaKm2; // a few tens of km²
 */
export function buildBuiltUpOutline(
  sources: BuiltUpSources,
): Feature<Polygon | MultiPolygon, BuiltUpOutlineProperties> {
  const seats = parseCsv(sources.seatsCsv, 'xinfu-township-seats.approx.csv', ['code9', 'name', 'lon', 'lat']).filter(
    (row) => row.name?.endsWith('街道'),
  );
  if (seats.length < 3) throw new Error(`need at least 3 subdistrict (街道) seats, found ${seats.length}`);
  const county = (JSON.parse(sources.countyWgs84) as { features: Feature<Polygon | MultiPolygon>[] }).features[0];
  if (!county) throw new Error('xinfu-county.wgs84.geojson has no feature');
  const hull = convex(featureCollection(seats.map((s) => point([Number(s.lon), Number(s.lat)]))));
  if (!hull) throw new Error('the subdistrict seats have no convex hull (collinear?)');
  const buffered = buffer(hull, BUFFER_KM, { units: 'kilometers', steps: BUFFER_STEPS });
  if (!buffered) throw new Error('buffering the hull failed');
  const clipped = intersect(featureCollection<Polygon | MultiPolygon>([buffered, county]));
  if (!clipped) throw new Error('the buffered hull lies outside the county');
  const geometry = roundGeometry(clipped.geometry);
  const codes = seats.map((s) => s.code9 ?? '').sort();
  return {
    type: 'Feature',
    properties: {
      id: 'BUA-PROVISIONAL',
      name: '忻州市城市建成区（示意）',
      provisional: true,
      provenance: 'approximate',
      areaKm2: Math.round(geodesicAreaKm2(geometry) * 1000) / 1000,
      seats: codes,
      method:
        `示意：7 个街道办事处的近似驻地（xinfu-township-seats.approx.csv，±3 km）的凸包，外扩 ${BUFFER_KM} km，` +
        '按忻府区县界（WGS84）裁剪；非规划部门的正式建成区边界。' +
        `Provisional: convex hull of the 7 subdistrict seats (approximate, ±3 km), buffered by ${BUFFER_KM} km, ` +
        'clipped to the county boundary (WGS84); not the official built-up-area boundary.',
    },
    geometry,
  };
}

/**
 * The canonical text of `geodata/xinfu-built-up-area.approx.geojson`.
 *
 * @example
 * writeFileSync('geodata/xinfu-built-up-area.approx.geojson', buildBuiltUpArea({ countyWgs84, seatsCsv }));
 */
export function buildBuiltUpArea(sources: BuiltUpSources): string {
  return formatFeatureCollection([buildBuiltUpOutline(sources)], (f) => f.properties.id);
}
