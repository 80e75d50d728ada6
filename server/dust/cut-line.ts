import type { Position } from 'geojson';
import { geodesicDistanceM } from '../roads/geodesic-distance.ts';

const edgeM = (a: Position, b: Position) =>
  geodesicDistanceM(a[0] as number, a[1] as number, b[0] as number, b[1] as number);

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

const lerp = (a: Position, b: Position, t: number): Position => [
  round7((a[0] as number) + t * ((b[0] as number) - (a[0] as number))),
  round7((a[1] as number) + t * ((b[1] as number) - (a[1] as number))),
];

/**
 * The part of `line` between `fromM` and `toM` metres along it (geodesic lengths; interpolation within an edge is
 * linear in degrees, fine for edges of a few hundred metres). Positions `[lon, lat]`, rounded to 1e-7°.
 *
 * @example
 * sliceLine([[112.7, 38.4], [112.7, 38.5]], 0, 5_550); // [[112.7, 38.4], [112.7, ≈38.45]]
 */
export function sliceLine(line: readonly Position[], fromM: number, toM: number): Position[] {
  const out: Position[] = [];
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const length = edgeM(a, b);
    const start = walked;
    const end = walked + length;
    walked = end;
    if (end < fromM || start > toM || length === 0) continue;
    if (out.length === 0) out.push(lerp(a, b, Math.max(0, (fromM - start) / length)));
    if (end <= toM) out.push([round7(b[0] as number), round7(b[1] as number)]);
    else {
      out.push(lerp(a, b, (toM - start) / length));
      break;
    }
  }
  return out;
}

/**
 * Cuts `line` into `pieces` parts of equal geodesic length, in order.
 *
 * @example
 * cutLine(line, 3).length; // 3
 */
export function cutLine(line: readonly Position[], pieces: number): Position[][] {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += edgeM(line[i - 1] as Position, line[i] as Position);
  const step = total / pieces;
  return Array.from({ length: pieces }, (_, k) => sliceLine(line, k * step, (k + 1) * step)).filter(
    (part) => part.length >= 2,
  );
}

/**
 * The point halfway along `line` (geodesic length), `[lon, lat]`.
 *
 * @example
 * lineMidpoint([[112.7, 38.4], [112.7, 38.5]]); // [112.7, ≈38.45]
 */
export function lineMidpoint(line: readonly Position[]): Position {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += edgeM(line[i - 1] as Position, line[i] as Position);
  const half = sliceLine(line, total / 2, total);
  return half[0] ?? (line[0] as Position);
}
