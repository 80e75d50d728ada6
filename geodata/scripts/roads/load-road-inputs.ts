import type { MultiPolygon, Polygon } from 'geojson';
import type { RoadSeat } from './build-roads.ts';

/**
 * Reads the inputs of the synthetic road network from `geodata/` text files (`readText(name)` gives a
 * file's text): the WGS84 county boundary and the seats of `xinfu-townships.approx.geojson`.
 *
 * @example
 * loadRoadInputs((name) => readFileSync(`geodata/${name}`, 'utf8'));
 */
export function loadRoadInputs(readText: (name: string) => string): {
  county: Polygon | MultiPolygon;
  seats: RoadSeat[];
} {
  const countyCollection = JSON.parse(readText('xinfu-county.wgs84.geojson')) as {
    features: { geometry: Polygon | MultiPolygon }[];
  };
  const county = countyCollection.features[0]?.geometry;
  if (!county) throw new Error('xinfu-county.wgs84.geojson has no feature');
  const townships = JSON.parse(readText('xinfu-townships.approx.geojson')) as {
    features: { properties: { code: string; name: string; seat: [number, number] } }[];
  };
  const seats = townships.features.map(({ properties: p }) => ({
    code: p.code,
    name: p.name,
    lon: p.seat[0],
    lat: p.seat[1],
  }));
  return { county, seats };
}
