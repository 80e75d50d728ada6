/** One GPS fix of a muck truck: CST `YYYY-MM-DDTHH:mm:ss`, `[lon, lat]` WGS84 degrees, speed km/h when known. */
export interface MuckFix {
  ts: string;
  lon: number;
  lat: number;
  speedKmh: number | null;
}

/**
 * Seconds between two CST moments `YYYY-MM-DDTHH:mm[:ss]` (`to − from`).
 *
 * @example
 * secondsBetween('2023-12-30T23:40:00', '2023-12-30T23:55:00'); // 900
 */
export function secondsBetween(from: string, to: string): number {
  return epochSecond(to) - epochSecond(from);
}

/** Seconds of a CST `YYYY-MM-DDTHH:mm[:ss]` on a clock shared by every such text (offset left out: differences). */
function epochSecond(ts: string): number {
  const ms = Date.UTC(+ts.slice(0, 4), +ts.slice(5, 7) - 1, +ts.slice(8, 10), +ts.slice(11, 13), +ts.slice(14, 16));
  return ms / 1000 + (ts.length > 16 ? +ts.slice(17, 19) : 0);
}
