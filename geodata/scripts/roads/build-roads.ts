/**
 * Generator of the **synthetic** road network of 忻府区, `geodata/xinfu-roads.synthetic.geojson`.
 * Pure and deterministic: the same county, seats and seed give the same bytes.
 *
 * - trunk roads (60 km/h): a minimum spanning tree of the 18 approximate township seats, plus
 *   roads from the nearest seat out to 4 exit points on the county boundary toward the
 *   neighbouring counties;
 * - primary roads (50 km/h): extra seat-to-seat links giving a few cycles: the 2 shortest under
 *   8 km (city) that shorten the tree path by ≥ 25 %, and the 5 shortest of 8–30 km that shorten it
 *   by ≥ 40 %;
 * - local roads (30 km/h): a jittered lattice (1.2 km spacing) over the county, clipped at the
 *   boundary into dead ends, with a few edges dropped and a few one-way near the city;
 * - every line has gentle bends; all crossings get a shared vertex (`nodeCrossings`); only the part
 *   connected to the city seat is kept, and one-ways that would break strong connectivity are
 *   made two-way.
 *
 * @module
 */
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { createRandom, type Random } from '../../../server/routing/random.ts';
import { buildRoadGraph, type RoadGraph, type RoadLine } from '../../../server/roads/road-graph.ts';
import { nodeCrossings } from '../../../server/roads/node-crossings.ts';
import { DEFAULT_SPEEDS_KMH } from '../../../server/roads/road-speeds.ts';
import { preparePolygon } from '../../../server/spatial/prepared-polygon.ts';
import { formatFeatureCollection, roundCoordinate } from '../canonical-geojson.ts';

/** A township seat, `[lon, lat]` degrees. */
export interface RoadSeat {
  code: string;
  name: string;
  lon: number;
  lat: number;
}

/** Options of {@link buildSyntheticRoads}; defaults in {@link DEFAULT_ROAD_OPTIONS}. */
export interface SyntheticRoadOptions {
  seed: number;
  /** Lattice spacing of local roads, metres. */
  spacingM: number;
  /** Code of the seat every road must connect to (the city). */
  citySeat: string;
}

export const DEFAULT_ROAD_OPTIONS: SyntheticRoadOptions = { seed: 20260408, spacingM: 1200, citySeat: '140902001' };

/** Properties of a synthetic road, in file order. */
export interface SyntheticRoadProperties {
  id: string;
  name: string | null;
  class: 'trunk' | 'primary' | 'local';
  speedKmh: number;
  oneway: 'yes' | false;
  provenance: 'synthetic';
}

/** Exit directions toward neighbouring counties (bearing from the city seat, degrees clockwise from north). */
const EXITS: readonly { id: string; name: string; bearing: number }[] = [
  { id: 'X-yuanping', name: '往原平市 (toward Yuanping)', bearing: 5 },
  { id: 'X-dingxiang', name: '往定襄县 (toward Dingxiang)', bearing: 85 },
  { id: 'X-yangqu', name: '往阳曲县 (toward Yangqu)', bearing: 200 },
  { id: 'X-jingle', name: '往静乐县 (toward Jingle)', bearing: 285 },
];

const M_PER_DEG_LAT = 111_132;
type XY = [number, number];

interface Draft {
  id: string;
  name: string | null;
  roadClass: SyntheticRoadProperties['class'];
  oneway: boolean;
  coordinates: Position[];
}

/**
 * Builds the synthetic network as canonical GeoJSON text (one feature per line, sorted by id,
 * 6 decimals).
 *
 * @param county - the WGS84 county boundary
 * @param seats - the township seats (approximate)
 * @example
 * const text = buildSyntheticRoads(county.geometry, seats);
 */
export function buildSyntheticRoads(
  county: Polygon | MultiPolygon,
  seats: readonly RoadSeat[],
  options: Partial<SyntheticRoadOptions> = {},
): string {
  const features = synthesizeRoadFeatures(county, seats, options);
  return formatFeatureCollection(features, (f) => f.properties.id);
}

/** The features of {@link buildSyntheticRoads}, unsorted. */
export function synthesizeRoadFeatures(
  county: Polygon | MultiPolygon,
  seats: readonly RoadSeat[],
  options: Partial<SyntheticRoadOptions> = {},
): Feature<LineString, SyntheticRoadProperties>[] {
  const opts = { ...DEFAULT_ROAD_OPTIONS, ...options };
  const rng = createRandom(opts.seed);
  const city = seats.find((s) => s.code === opts.citySeat);
  if (!city) throw new Error(`synthetic roads: city seat ${opts.citySeat} is not among the seats`);
  const kx = Math.cos((city.lat * Math.PI) / 180) * M_PER_DEG_LAT;
  const toXY = (lon: number, lat: number): XY => [(lon - city.lon) * kx, (lat - city.lat) * M_PER_DEG_LAT];
  const toLonLat = ([x, y]: XY): Position => [
    roundCoordinate(city.lon + x / kx),
    roundCoordinate(city.lat + y / M_PER_DEG_LAT),
  ];
  const inside = preparePolygon(county);
  const boundary = boundarySegments(county).map(
    ([a, b]) => [toXY(a[0] as number, a[1] as number), toXY(b[0] as number, b[1] as number)] as [XY, XY],
  );
  const containsXY = (p: XY): boolean => {
    const q = toLonLat(p);
    return inside.contains(q[0] as number, q[1] as number);
  };
  /** Parameter (0–1) of the first boundary crossing along a→b, or null. */
  const firstCrossing = (a: XY, b: XY): number | null => {
    let best: number | null = null;
    for (const [c, d] of boundary) {
      const t = segmentParameter(a, b, c, d);
      if (t !== null && (best === null || t < best)) best = t;
    }
    return best;
  };
  const polylineInside = (points: readonly XY[]): boolean =>
    points.every(containsXY) && points.every((p, i) => i === 0 || firstCrossing(points[i - 1] as XY, p) === null);

  const drafts: Draft[] = [];
  const seatXY = new Map(seats.map((s) => [s.code, toXY(s.lon, s.lat)]));
  const seatName = new Map(seats.map((s) => [s.code, s.name]));

  // --- trunk tree (Kruskal over feasible seat pairs) and extra primary links
  const pairs: { a: string; b: string; length: number }[] = [];
  for (let i = 0; i < seats.length; i++) {
    for (let j = i + 1; j < seats.length; j++) {
      const a = seats[i] as RoadSeat,
        b = seats[j] as RoadSeat;
      pairs.push({ a: a.code, b: b.code, length: distance(seatXY.get(a.code) as XY, seatXY.get(b.code) as XY) });
    }
  }
  pairs.sort((p, q) => p.length - q.length || (p.a + p.b < q.a + q.b ? -1 : 1));
  const parent = new Map(seats.map((s) => [s.code, s.code]));
  const find = (c: string): string => {
    let r = c;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  const treeAdjacency = new Map<string, { to: string; length: number }[]>(seats.map((s) => [s.code, []]));
  const extras: { a: string; b: string; length: number }[] = [];
  const routeBetween = (a: XY, b: XY): XY[] | null => {
    const bent = bentPolyline(a, b, rng, 0.05);
    if (polylineInside(bent)) return bent;
    const straight = densify(a, b);
    return polylineInside(straight) ? straight : null;
  };
  const pairGeometry = new Map<string, XY[] | null>();
  const geometryOf = (a: string, b: string): XY[] | null => {
    const key = `${a}-${b}`;
    if (!pairGeometry.has(key)) pairGeometry.set(key, routeBetween(seatXY.get(a) as XY, seatXY.get(b) as XY));
    return pairGeometry.get(key) as XY[] | null;
  };
  for (const pair of pairs) {
    if (find(pair.a) === find(pair.b)) continue;
    const geometry = geometryOf(pair.a, pair.b);
    if (!geometry) continue;
    parent.set(find(pair.a), find(pair.b));
    treeAdjacency.get(pair.a)?.push({ to: pair.b, length: pair.length });
    treeAdjacency.get(pair.b)?.push({ to: pair.a, length: pair.length });
    drafts.push({
      id: `T-${pair.a}-${pair.b}`,
      name: `${seatName.get(pair.a)}–${seatName.get(pair.b)}`,
      roadClass: 'trunk',
      oneway: false,
      coordinates: geometry.map(toLonLat),
    });
  }
  let cityLinks = 0;
  for (const pair of pairs) {
    if (extras.length >= 7) break;
    if (treeAdjacency.get(pair.a)?.some((n) => n.to === pair.b)) continue;
    // Two short links inside the city cluster, then rural links of at least 8 km.
    const isCityLink = pair.length < 8000;
    if (isCityLink ? cityLinks >= 2 : pair.length > 30_000) continue;
    if (treePathLength(treeAdjacency, pair.a, pair.b) < (isCityLink ? 1.25 : 1.4) * pair.length) continue;
    const geometry = geometryOf(pair.a, pair.b);
    if (!geometry) continue;
    extras.push(pair);
    if (isCityLink) cityLinks++;
    drafts.push({
      id: `P-${pair.a}-${pair.b}`,
      name: `${seatName.get(pair.a)}–${seatName.get(pair.b)}`,
      roadClass: 'primary',
      oneway: false,
      coordinates: geometry.map(toLonLat),
    });
  }

  // --- exits toward neighbouring counties
  const cityXY = seatXY.get(city.code) as XY;
  for (const exit of EXITS) {
    const rad = (exit.bearing * Math.PI) / 180;
    const far: XY = [cityXY[0] + 200_000 * Math.sin(rad), cityXY[1] + 200_000 * Math.cos(rad)];
    const t = firstCrossing(cityXY, far);
    if (t === null) continue;
    const back = Math.max(0, t - 50 / 200_000);
    const exitXY: XY = [cityXY[0] + back * (far[0] - cityXY[0]), cityXY[1] + back * (far[1] - cityXY[1])];
    const nearest = [...seatXY.entries()].sort(
      (p, q) => distance(p[1], exitXY) - distance(q[1], exitXY) || (p[0] < q[0] ? -1 : 1),
    )[0];
    const geometry = (nearest && routeBetween(nearest[1], exitXY)) ?? densify(cityXY, exitXY);
    drafts.push({
      id: exit.id,
      name: exit.name,
      roadClass: 'trunk',
      oneway: false,
      coordinates: geometry.map(toLonLat),
    });
  }

  // --- local lattice
  drafts.push(
    ...localLattice(opts.spacingM, rng, boundary, containsXY, firstCrossing, polylineInside, toLonLat, cityXY),
  );

  return finish(drafts, toLonLat(cityXY), rng);
}

/** Nodes all crossings, keeps the part connected to the city, makes breaking one-ways two-way. */
function finish(drafts: Draft[], city: Position, rng: Random): Feature<LineString, SyntheticRoadProperties>[] {
  const noded = nodeCrossings(drafts.map((d) => d.coordinates));
  noded.forEach((coordinates, i) => ((drafts[i] as Draft).coordinates = coordinates));
  const linesOf = (list: readonly Draft[]): RoadLine[] =>
    list.map((d) => ({
      coordinates: d.coordinates,
      speedKmh: DEFAULT_SPEEDS_KMH[d.roadClass] as number,
      roadClass: d.roadClass,
      direction: d.oneway ? 'forward' : 'both',
    }));
  const cityNode = (graph: RoadGraph): number => {
    for (let n = 0; n < graph.nodeCount; n++)
      if (graph.nodeLon[n] === city[0] && graph.nodeLat[n] === city[1]) return n;
    throw new Error('synthetic roads: the city seat is not a road node');
  };
  // Keep lines connected (ignoring direction) to the city.
  const all = buildRoadGraph(linesOf(drafts.map((d) => ({ ...d, oneway: false }))));
  const reached = reachable(all, cityNode(all), false);
  const kept = drafts.filter((_, i) => {
    for (let e = 0; e < all.edgeCount; e++) if (all.edgeLine[e] === i) return reached[all.edgeFrom[e] as number] === 1;
    return false;
  });
  // One-ways that break strong connectivity become two-way, in a seeded order.
  const oneways = kept.filter((d) => d.oneway);
  for (const draft of oneways.sort(() => rng.next() - 0.5)) {
    const graph = buildRoadGraph(linesOf(kept));
    const node = cityNode(graph);
    const forward = reachable(graph, node, false);
    const backward = reachable(graph, node, true);
    if (forward.every((v) => v === 1) && backward.every((v) => v === 1)) break;
    draft.oneway = false;
  }
  return kept.map((d) => ({
    type: 'Feature',
    properties: {
      id: d.id,
      name: d.name,
      class: d.roadClass,
      speedKmh: DEFAULT_SPEEDS_KMH[d.roadClass] as number,
      oneway: d.oneway ? 'yes' : false,
      provenance: 'synthetic',
    },
    geometry: { type: 'LineString', coordinates: d.coordinates },
  }));
}

/**
 * Nodes reachable from `start` along arcs (or against them with `reverse`); 1 = reached.
 *
 * @example
 * reachable(graph, 0, false).every((v) => v === 1); // every node reachable from node 0
 */
export function reachable(graph: RoadGraph, start: number, reverse: boolean): Uint8Array {
  const seen = new Uint8Array(graph.nodeCount);
  const adjacency: number[][] = Array.from({ length: graph.nodeCount }, () => []);
  for (let e = 0; e < graph.edgeCount; e++) {
    const a = graph.edgeFrom[e] as number,
      b = graph.edgeTo[e] as number;
    const forwardOk = graph.edgeForward[e] === 1,
      backwardOk = graph.edgeBackward[e] === 1;
    if (forwardOk) (reverse ? adjacency[b] : adjacency[a])?.push(reverse ? a : b);
    if (backwardOk) (reverse ? adjacency[a] : adjacency[b])?.push(reverse ? b : a);
  }
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const n = stack.pop() as number;
    for (const m of adjacency[n] ?? []) {
      if (!seen[m]) {
        seen[m] = 1;
        stack.push(m);
      }
    }
  }
  return seen;
}

function localLattice(
  spacing: number,
  rng: Random,
  boundary: readonly [XY, XY][],
  containsXY: (p: XY) => boolean,
  firstCrossing: (a: XY, b: XY) => number | null,
  polylineInside: (points: readonly XY[]) => boolean,
  toLonLat: (p: XY) => Position,
  cityXY: XY,
): Draft[] {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [a] of boundary) {
    minX = Math.min(minX, a[0]);
    maxX = Math.max(maxX, a[0]);
    minY = Math.min(minY, a[1]);
    maxY = Math.max(maxY, a[1]);
  }
  const cols = Math.ceil((maxX - minX) / spacing) + 1;
  const rows = Math.ceil((maxY - minY) / spacing) + 1;
  const node: XY[][] = [];
  for (let j = 0; j < rows; j++) {
    const row: XY[] = [];
    for (let i = 0; i < cols; i++)
      row.push([
        minX + i * spacing + (rng.next() - 0.5) * 0.4 * spacing,
        minY + j * spacing + (rng.next() - 0.5) * 0.4 * spacing,
      ]);
    node.push(row);
  }
  const drafts: Draft[] = [];
  /** A lattice edge a→b as kept inside the county (clipped to a dead end), or null. */
  const clip = (a: XY, b: XY): XY[] | null => {
    if (rng.next() < 0.06) return null;
    const bent = bentPolyline(a, b, rng, 0.03);
    const aIn = containsXY(a),
      bIn = containsXY(b);
    const crossing = firstCrossing(a, b);
    if (aIn && bIn && crossing === null) return polylineInside(bent) ? bent : [a, b];
    if (aIn === bIn) return null;
    // One end outside: keep the inside part, ending 40 m short of the boundary.
    const [from, to] = aIn ? [a, b] : [b, a];
    const t = firstCrossing(from, to);
    if (t === null) return null;
    const length = distance(from, to) * t - 40;
    if (length < 200) return null;
    const end: XY = [
      from[0] + ((to[0] - from[0]) * length) / distance(from, to),
      from[1] + ((to[1] - from[1]) * length) / distance(from, to),
    ];
    return aIn ? [from, end] : [end, from];
  };
  const emitRuns = (prefix: string, chains: (XY[] | null)[][]): void => {
    chains.forEach((chain, k) => {
      let run: XY[] = [];
      let runIndex = 0;
      const flush = (): void => {
        if (run.length >= 2)
          drafts.push({
            id: `${prefix}${pad(k)}-${pad(runIndex++)}`,
            name: null,
            roadClass: 'local',
            oneway: false,
            coordinates: run.map(toLonLat),
          });
        run = [];
      };
      for (const piece of chain) {
        if (!piece) {
          flush();
          continue;
        }
        const oneway = distance(piece[0] as XY, cityXY) < 4000 && rng.next() < 0.15;
        if (oneway) {
          flush();
          drafts.push({
            id: `${prefix}${pad(k)}-${pad(runIndex++)}`,
            name: null,
            roadClass: 'local',
            oneway: true,
            coordinates: piece.map(toLonLat),
          });
          continue;
        }
        const last = run[run.length - 1];
        if (last && (last[0] !== (piece[0] as XY)[0] || last[1] !== (piece[0] as XY)[1])) flush();
        run.push(...(run.length > 0 ? piece.slice(1) : piece));
      }
      flush();
    });
  };
  const rowChains = node.map((row) => row.slice(0, -1).map((a, i) => clip(a, row[i + 1] as XY)));
  const colChains: (XY[] | null)[][] = [];
  for (let i = 0; i < cols; i++) {
    const chain: (XY[] | null)[] = [];
    for (let j = 0; j + 1 < rows; j++) chain.push(clip((node[j] as XY[])[i] as XY, (node[j + 1] as XY[])[i] as XY));
    colChains.push(chain);
  }
  emitRuns('L-r', rowChains);
  emitRuns('L-c', colChains);
  return drafts;
}

const pad = (n: number): string => String(n).padStart(3, '0');

function distance(a: XY, b: XY): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** a→b with a vertex every ≤ 400 m. */
function densify(a: XY, b: XY): XY[] {
  const n = Math.max(1, Math.ceil(distance(a, b) / 400));
  return Array.from(
    { length: n + 1 },
    (_, k) => [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n] as XY,
  );
}

/** a→b bent sideways by a smooth random offset of at most about `amplitude` × length. */
function bentPolyline(a: XY, b: XY, rng: Random, amplitude: number): XY[] {
  const length = distance(a, b);
  const n = Math.max(2, Math.ceil(length / 400));
  const nx = -(b[1] - a[1]) / (length || 1),
    ny = (b[0] - a[0]) / (length || 1);
  const a1 = (rng.next() - 0.5) * 2 * amplitude * length;
  const a2 = (rng.next() - 0.5) * amplitude * length;
  return Array.from({ length: n + 1 }, (_, k) => {
    const t = k / n;
    const offset = a1 * Math.sin(Math.PI * t) + a2 * Math.sin(2 * Math.PI * t);
    return [a[0] + (b[0] - a[0]) * t + nx * offset, a[1] + (b[1] - a[1]) * t + ny * offset] as XY;
  });
}

/** Parameter t in [0, 1] along a→b where it meets c→d, or null. */
function segmentParameter(a: XY, b: XY, c: XY, d: XY): number | null {
  const dx = b[0] - a[0],
    dy = b[1] - a[1],
    ex = d[0] - c[0],
    ey = d[1] - c[1];
  const denom = dx * ey - dy * ex;
  if (denom === 0) return null;
  const t = ((c[0] - a[0]) * ey - (c[1] - a[1]) * ex) / denom;
  const u = ((c[0] - a[0]) * dy - (c[1] - a[1]) * dx) / denom;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : null;
}

function boundarySegments(county: Polygon | MultiPolygon): [Position, Position][] {
  const polygons = county.type === 'Polygon' ? [county.coordinates] : county.coordinates;
  const out: [Position, Position][] = [];
  for (const rings of polygons)
    for (const ring of rings)
      for (let i = 0; i + 1 < ring.length; i++) out.push([ring[i] as Position, ring[i + 1] as Position]);
  return out;
}

function treePathLength(adjacency: Map<string, { to: string; length: number }[]>, from: string, to: string): number {
  const stack: [string, string | null, number][] = [[from, null, 0]];
  while (stack.length > 0) {
    const [node, previous, length] = stack.pop() as [string, string | null, number];
    if (node === to) return length;
    for (const next of adjacency.get(node) ?? [])
      if (next.to !== previous) stack.push([next.to, node, length + next.length]);
  }
  return Infinity;
}
