import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygon } from './point-in-polygon.ts';

/** One polygon of the urban built-up area (城市建成区), as the rules see it. */
export interface BuiltUpPolygon {
  id: string;
  geometry: Polygon | MultiPolygon;
  /** The console's own 示意 outline rather than an imported official boundary. */
  provisional: boolean;
}

/**
 * Whether `position` (`[lon, lat]`, WGS84) lies inside any polygon of the built-up area (boundary counts as inside).
 * With no polygon held, nothing is inside: a rule limited to the built-up area then finds nothing.
 *
 * @example
 * insideBuiltUpArea([112.73, 38.41], facts.builtUp ?? []); // true for the provisional outline around the city
 */
export function insideBuiltUpArea(position: Position, builtUp: readonly BuiltUpPolygon[]): boolean {
  return builtUp.some((area) => pointInPolygon(position, area.geometry));
}
