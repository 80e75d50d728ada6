/**
 * Helpers of the import tests: reading the fixtures of `test/fixtures/import/` (made by
 * `make-fixtures.ts` there) and measuring how far apart two geometries are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Geometry, Position } from 'geojson';
import { geodesicDistanceM } from '../../server/roads/geodesic-distance.ts';

/** The folder of the import fixtures. */
export const fixtureDir = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** A fixture's bytes. */
export function readFixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(fixtureDir, name)));
}

/** UTF-8 bytes of a text. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Every position of a geometry, in order. */
export function positionsOf(geometry: Geometry): Position[] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positionsOf);
  const out: Position[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') out.push(value as Position);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  visit(geometry.coordinates);
  return out;
}

/**
 * The largest geodesic distance in metres between corresponding positions of two geometries of
 * the same type and shape; Infinity when the structure differs.
 */
export function maxVertexDistanceM(a: Geometry, b: Geometry): number {
  const pa = positionsOf(a);
  const pb = positionsOf(b);
  if (a.type !== b.type || pa.length !== pb.length) return Infinity;
  let max = 0;
  pa.forEach((p, i) => {
    const q = pb[i] as Position;
    max = Math.max(max, geodesicDistanceM(p[0] as number, p[1] as number, q[0] as number, q[1] as number));
  });
  return max;
}
