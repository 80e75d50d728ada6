/**
 * The coarse lon/lat box of China used to catch misplaced, swapped or mis-declared coordinates.
 *
 * @module
 */

/** Longitude range of the check, degrees. */
export const CHINA_LON: readonly [number, number] = [73, 136];
/** Latitude range of the check, degrees. */
export const CHINA_LAT: readonly [number, number] = [3, 54];

/** Whether `[lon, lat]` (degrees) lies in the coarse box of China (lon 73–136, lat 3–54). */
export function isInChina(lon: number, lat: number): boolean {
  return lon >= CHINA_LON[0] && lon <= CHINA_LON[1] && lat >= CHINA_LAT[0] && lat <= CHINA_LAT[1];
}

/** Whether a position outside China would lie in it with longitude and latitude swapped. */
export function looksSwapped(lon: number, lat: number): boolean {
  return !isInChina(lon, lat) && isInChina(lat, lon);
}

/** Formats a coordinate for messages: at most 7 decimals. */
export function formatCoordinate(value: number): string {
  return String(Math.round(value * 1e7) / 1e7);
}
