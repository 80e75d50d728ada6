/**
 * Legibility at every zoom (issue 18): point symbols that never pile up and labels that never overlap, computed in
 * Web Mercator pixels at the map's zoom (north up, no pitch: the console's map), so what is apart here is apart on
 * the screen whatever the pan. Pure and deterministic; grid-hashed, O(n log n) for the sort.
 *
 * @module
 */
import { cellKey, clusterPoints, toPixels } from './cluster-points.ts';

/** A drawn point symbol: a single feature's icon or a cluster's disc. */
export interface PlacedSymbol<T> {
  /** Where it is drawn, `[lon, lat]`: a single at its own place, a cluster at its members' (first cell's) centre. */
  position: [number, number];
  members: T[];
  /** How many of its members have a problem (a rule hit, banned, failing, over the limit). */
  problems: number;
  /** Its radius on screen, in pixels (a cluster's disc grows with its count). */
  radius: number;
}

/** Something already on the map that symbols keep clear of (a station's circle). */
export interface Obstacle {
  position: [number, number];
  radius: number;
}

export interface DeclutterOptions<T> {
  zoom: number;
  /** Whether a member has a problem (counted in its cluster's ring, drawn above the clean ones). */
  isProblem: (item: T) => boolean;
  /** Radius of a single symbol, pixels (its icon's half size, rounded up). */
  singleRadius?: number;
  /** Pixels kept clear between two symbols. */
  gap?: number;
  /** Circles symbols keep clear of: a cluster disc is moved just beside one; a single stays where it is. */
  obstacles?: readonly Obstacle[];
}

/** Largest cluster disc radius, pixels: every disc fits its count and its problem count in two lines. */
export const CLUSTER_MAX_RADIUS = 20;
const CELL_PX = 32;

/** The disc radius of a cluster of `count` members (`problems` of them with a problem: room for a second line). */
export function clusterRadius(count: number, problems: number): number {
  const r = Math.min(CLUSTER_MAX_RADIUS, 9 + 2 * Math.sqrt(count));
  return problems > 0 ? Math.max(r, 14) : r;
}

interface Draft<T> {
  x: number;
  y: number;
  position: [number, number];
  members: T[];
}

/** A spatial hash of things at pixel positions, for the neighbours within a cell of one. */
class Grid<D extends { x: number; y: number }> {
  private readonly cells = new Map<number, D[]>();
  constructor(private readonly size: number) {}
  add(d: D): void {
    const key = cellKey(Math.floor(d.x / this.size), Math.floor(d.y / this.size));
    const cell = this.cells.get(key);
    if (cell) cell.push(d);
    else this.cells.set(key, [d]);
  }
  near(x: number, y: number): D[] {
    const cx = Math.floor(x / this.size);
    const cy = Math.floor(y / this.size);
    const found: D[] = [];
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++) {
        const cell = this.cells.get(cellKey(i, j));
        if (cell) for (const d of cell) found.push(d);
      }
    return found;
  }
}

/**
 * Point symbols that never overlap at `zoom`: points are first gathered on a 32-px grid, then, largest group first,
 * each group is drawn where it is unless it would touch one already drawn, in which case it joins that one (its count
 * grows, its place stays). A cluster's disc is kept off the obstacles (stations): moved just beside the nearest one.
 * Any two returned symbols are at least `radius + radius + gap` pixels apart, whatever the clusters grew to.
 *
 * @example
 * declutterPoints(features, pointPosition, { zoom: 9.4, isProblem: (f) => hasProblems(f.properties) });
 */
export function declutterPoints<T>(
  items: readonly T[],
  positionOf: (item: T) => [number, number],
  { zoom, isProblem, singleRadius = 7, gap = 2, obstacles = [] }: DeclutterOptions<T>,
): PlacedSymbol<T>[] {
  const groups = clusterPoints(items, positionOf, zoom, CELL_PX).sort((a, b) => b.members.length - a.members.length);
  // the reach of a drawn symbol, whatever it grows to: clusters keep at most CLUSTER_MAX_RADIUS
  const reach = CLUSTER_MAX_RADIUS;
  const grid = new Grid<Draft<T>>(2 * reach + 2 * gap);
  const placed: Draft<T>[] = [];
  const obstacleGrid = new Grid<{ x: number; y: number; radius: number }>(
    2 * reach + 2 * gap + Math.max(0, ...obstacles.map((o) => o.radius)),
  );
  for (const o of obstacles) {
    const [x, y] = toPixels(o.position, zoom);
    obstacleGrid.add({ x, y, radius: o.radius });
  }

  const nearestTouching = (x: number, y: number, r: number): Draft<T> | undefined => {
    let best: Draft<T> | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const d of grid.near(x, y)) {
      const distance = Math.hypot(d.x - x, d.y - y);
      if (distance < reach + r + gap && distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  };

  for (const group of groups) {
    let [x, y] = toPixels(group.position, zoom);
    let position = group.position;
    const single = group.members.length === 1;
    const r = single ? singleRadius : reach;
    // a cluster beside, never on, a station: moved radially out from the nearest one it touches
    if (!single) {
      const hit = obstacleGrid.near(x, y).find((o) => Math.hypot(o.x - x, o.y - y) < o.radius + r + gap);
      if (hit) {
        const dx = x - hit.x;
        const dy = y - hit.y;
        const length = Math.hypot(dx, dy);
        // right on the station: moved straight up (north)
        const [ux, uy] = length > 0 ? [dx / length, dy / length] : [0, -1];
        const out = hit.radius + r + gap + 0.5;
        x = hit.x + ux * out;
        y = hit.y + uy * out;
        position = fromPixels([x, y], zoom);
      }
    }
    const host = nearestTouching(x, y, r);
    if (host) {
      host.members.push(...group.members);
      continue;
    }
    const draft: Draft<T> = { x, y, position, members: [...group.members] };
    placed.push(draft);
    grid.add(draft);
  }
  return placed
    .map((d) => {
      const problems = d.members.filter(isProblem).length;
      return {
        position: d.position,
        members: d.members,
        problems,
        radius: d.members.length === 1 ? singleRadius : clusterRadius(d.members.length, problems),
      };
    })
    .sort((a, b) => Number(a.problems > 0) - Number(b.problems > 0)); // problems drawn last, above the rest
}

const TILE = 512;
/** `[lon, lat]` of Web Mercator pixel coordinates at `zoom` (the inverse of `toPixels`). */
export function fromPixels([x, y]: [number, number], zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const lon = (x / scale) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  return [lon, (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)))];
}

/** A label to place: its anchor, its size on screen and where it may go around the anchor, best first. */
export interface LabelCandidate<T> {
  datum: T;
  position: [number, number];
  width: number;
  height: number;
  /** Pixel offsets of the label's centre from its anchor, tried in order ([[0, 0]] if it must sit on it). */
  offsets: readonly [number, number][];
}

/** A placed label: its datum, anchor and the offset it got. */
export interface PlacedLabel<T> {
  datum: T;
  position: [number, number];
  offset: [number, number];
  width: number;
  height: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A board of taken screen boxes at one zoom: labels are placed on it in priority order (highest first), each at the
 * first of its offsets where its box touches nothing already taken, or not at all; circles (drawn symbols) can be
 * blocked so later labels keep off them. `padding` pixels are kept around each label box. Grid-hashed.
 *
 * @example
 * const board = new LabelBoard(9.4);
 * board.place([{ datum: '忻口镇', position: [112.7, 38.6], width: 39, height: 15, offsets: [[0, 0]] }]);
 */
export class LabelBoard {
  private readonly cells = new Map<number, Box[]>();
  /** Boxes labels avoid when they can (symbols they may overlap when no other place is left): never other labels. */
  private readonly soft = new Map<number, Box[]>();
  private static readonly SIZE = 64;
  constructor(
    private readonly zoom: number,
    private readonly padding = 1,
  ) {}

  private keysOf(b: Box): number[] {
    const size = LabelBoard.SIZE;
    const keys: number[] = [];
    for (let i = Math.floor(b.x0 / size); i <= Math.floor(b.x1 / size); i++)
      for (let j = Math.floor(b.y0 / size); j <= Math.floor(b.y1 / size); j++) keys.push(cellKey(i, j));
    return keys;
  }
  private free(b: Box, cells: Map<number, Box[]>): boolean {
    return this.keysOf(b).every((key) =>
      (cells.get(key) ?? []).every((o) => o.x1 <= b.x0 || b.x1 <= o.x0 || o.y1 <= b.y0 || b.y1 <= o.y0),
    );
  }
  private take(b: Box, cells = this.cells): void {
    for (const key of this.keysOf(b)) {
      const cell = cells.get(key);
      if (cell) cell.push(b);
      else cells.set(key, [b]);
    }
  }

  /**
   * Takes the squares around circles (symbols), so labels placed later keep off them; `soft` ones only as long as
   * a label has another free place (a name may then lie on a disc's rim, never on another label).
   */
  block(circles: readonly Obstacle[], soft = false): void {
    for (const o of circles) {
      const [x, y] = toPixels(o.position, this.zoom);
      this.take(
        { x0: x - o.radius, y0: y - o.radius, x1: x + o.radius, y1: y + o.radius },
        soft ? this.soft : this.cells,
      );
    }
  }

  /** Places the labels that fit, in the given order; returns them with the offset each got. */
  place<T>(candidates: readonly LabelCandidate<T>[]): PlacedLabel<T>[] {
    const placed: PlacedLabel<T>[] = [];
    const pad = this.padding;
    for (const c of candidates) {
      const [x, y] = toPixels(c.position, this.zoom);
      const boxes = c.offsets.map(([dx, dy]) => ({
        offset: [dx, dy] as [number, number],
        box: {
          x0: x + dx - c.width / 2 - pad,
          y0: y + dy - c.height / 2 - pad,
          x1: x + dx + c.width / 2 + pad,
          y1: y + dy + c.height / 2 + pad,
        },
      }));
      const free = boxes.filter(({ box }) => this.free(box, this.cells));
      const best = free.find(({ box }) => this.free(box, this.soft)) ?? free[0];
      if (!best) continue;
      this.take(best.box);
      placed.push({ datum: c.datum, position: c.position, offset: best.offset, width: c.width, height: c.height });
    }
    return placed;
  }
}

/**
 * The width of a line of text in pixels at `size`, estimated on the generous side (a CJK character a full em, any
 * other 0.62 em, bold digits included), so that boxes that do not overlap here do not overlap when drawn.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.62;
  return Math.ceil(em * size);
}
