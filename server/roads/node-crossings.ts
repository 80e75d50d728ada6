/**
 * Inserts a shared vertex wherever two road lines cross or touch without one, so that
 * `buildRoadGraph` (which nodes at shared coordinates) connects them. Use it for data that is not
 * noded already (OpenStreetMap data is; it also has bridges, which must stay unnoded).
 *
 * @module
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';

/**
 * Returns copies of `lines` (positions `[lon, lat]` degrees) with the crossing point added to both
 * lines at every proper crossing or T-junction between segments (of different lines, or
 * non-adjacent segments of one line). A new vertex is rounded to `decimals` places; a crossing at an
 * existing vertex reuses that vertex exactly. Collinear overlaps are left alone.
 *
 * @example
 * nodeCrossings([[[0, -1], [0, 1]], [[-1, 0], [1, 0]]]); // both lines get [0, 0] in the middle
 */
export function nodeCrossings(lines: readonly (readonly Position[])[], decimals = 6): Position[][] {
  const unit = 10 ** decimals;
  const round = (v: number): number => Math.round(v * unit) / unit;
  const segLine: number[] = [];
  const segIndex: number[] = [];
  lines.forEach((line, l) => {
    for (let i = 0; i + 1 < line.length; i++) {
      segLine.push(l);
      segIndex.push(i);
    }
  });
  const inserts = new Map<number, { t: number; p: Position }[]>();
  const addInsert = (seg: number, t: number, p: Position): void => {
    const list = inserts.get(seg);
    if (list) list.push({ t, p });
    else inserts.set(seg, [{ t, p }]);
  };
  if (segLine.length === 0) return lines.map((line) => line.slice());
  const index = new Flatbush(segLine.length);
  const ends = (seg: number): [Position, Position] => {
    const line = lines[segLine[seg] as number] as readonly Position[];
    const i = segIndex[seg] as number;
    return [line[i] as Position, line[i + 1] as Position];
  };
  for (let s = 0; s < segLine.length; s++) {
    const [a, b] = ends(s);
    index.add(
      Math.min(a[0] as number, b[0] as number),
      Math.min(a[1] as number, b[1] as number),
      Math.max(a[0] as number, b[0] as number),
      Math.max(a[1] as number, b[1] as number),
    );
  }
  index.finish();
  const same = (p: Position, q: Position): boolean => p[0] === q[0] && p[1] === q[1];
  for (let s = 0; s < segLine.length; s++) {
    const [a, b] = ends(s);
    const ax = a[0] as number,
      ay = a[1] as number,
      dx = (b[0] as number) - ax,
      dy = (b[1] as number) - ay;
    const candidates = index.search(
      Math.min(ax, ax + dx),
      Math.min(ay, ay + dy),
      Math.max(ax, ax + dx),
      Math.max(ay, ay + dy),
    );
    for (const o of candidates) {
      if (o <= s) continue;
      if (segLine[o] === segLine[s] && Math.abs((segIndex[o] as number) - (segIndex[s] as number)) <= 1) continue;
      const [c, d] = ends(o);
      const cx = c[0] as number,
        cy = c[1] as number,
        ex = (d[0] as number) - cx,
        ey = (d[1] as number) - cy;
      const denom = dx * ey - dy * ex;
      if (denom === 0) continue;
      const t = ((cx - ax) * ey - (cy - ay) * ex) / denom;
      const u = ((cx - ax) * dy - (cy - ay) * dx) / denom;
      const eps = 1e-12;
      if (t < -eps || t > 1 + eps || u < -eps || u > 1 + eps) continue;
      let p: Position;
      if (t <= eps) p = a;
      else if (t >= 1 - eps) p = b;
      else if (u <= eps) p = c;
      else if (u >= 1 - eps) p = d;
      else p = [round(ax + t * dx), round(ay + t * dy)];
      if (!same(p, a) && !same(p, b)) addInsert(s, t, p);
      if (!same(p, c) && !same(p, d)) addInsert(o, u, p);
    }
  }
  let seg = 0;
  return lines.map((line) => {
    const out: Position[] = [];
    const push = (p: Position): void => {
      const last = out[out.length - 1];
      if (!last || !same(last, p)) out.push(p);
    };
    for (let i = 0; i < line.length; i++) {
      push(line[i] as Position);
      if (i + 1 < line.length) {
        const list = inserts.get(seg++);
        if (list) for (const { p } of list.sort((x, y) => x.t - y.t)) push(p);
      }
    }
    return out;
  });
}
