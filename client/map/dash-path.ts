/**
 * Dashes for deck.gl paths without the path-style extension: a line cut into dash pieces of a length in metres
 * (the caller converts its on-screen dash length at the current zoom). Planar distances in metres on a local
 * equirectangular projection, which is exact enough for a district.
 *
 * @module
 */
type Position = [number, number];

const METERS_PER_DEGREE = 111_320;

/** Distance in metres between two `[lon, lat]` positions (equirectangular). */
export function planarMeters(a: Position, b: Position): number {
  const kx = METERS_PER_DEGREE * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * METERS_PER_DEGREE);
}

/**
 * The dashes of `path`: pieces `dashM` long with `gapM` between them, starting with a dash at the first position.
 * A non-positive length gives the path whole (one piece).
 *
 * @example
 * dashPath([[112, 38], [112.01, 38]], 100, 100).length; // 5 (a line of about 877 m)
 */
export function dashPath(path: readonly Position[], dashM: number, gapM: number): Position[][] {
  if (!(dashM > 0) || !(gapM > 0) || path.length < 2) return path.length >= 2 ? [[...path]] : [];
  const dashes: Position[][] = [];
  let drawing = true;
  let left = dashM; // metres left of the current dash or gap
  let current: Position[] = [path[0] as Position];
  for (let i = 1; i < path.length; i++) {
    let from = path[i - 1] as Position;
    const to = path[i] as Position;
    let length = planarMeters(from, to);
    while (length > left) {
      const f = left / length;
      const cut: Position = [from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f];
      if (drawing) {
        current.push(cut);
        dashes.push(current);
      } else current = [cut];
      drawing = !drawing;
      length -= left;
      from = cut;
      left = drawing ? dashM : gapM;
    }
    left -= length;
    if (drawing) current.push(to);
  }
  if (drawing && current.length >= 2) dashes.push(current);
  return dashes;
}
