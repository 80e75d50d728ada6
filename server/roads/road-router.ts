/**
 * Travel times on the road graph: point-to-point routes with geometry, and travel-time matrices
 * between arbitrary positions (snapped to the nearest edge, with a slow connector), or the
 * documented straight-line fallback when no network is loaded.
 *
 * @module
 */
import type { LineString, Position } from 'geojson';
import { createManyToMany, type ContractionHierarchy } from './contraction-hierarchy.ts';
import { createSearchWorkspace, type SearchSeed, type SearchWorkspace } from './dijkstra.ts';
import { geodesicDistanceM } from './geodesic-distance.ts';
import type { RoadGraph } from './road-graph.ts';
import { CONNECTOR_SPEED_KMH, FALLBACK_DETOUR_FACTOR, FALLBACK_SPEED_KMH, metresPerSecond } from './road-speeds.ts';
import { createRoadSnapper, type RoadSnap, type RoadSnapper } from './snap-to-road.ts';

/**
 * `road`: on the graph; `straight-line`: no network, geodesic distance × {@link FALLBACK_DETOUR_FACTOR}
 * at {@link FALLBACK_SPEED_KMH}.
 */
export type TravelMethod = 'road' | 'straight-line';

/** A travel-time matrix; entry [i][j] is from source i to target j; `Infinity` when unreachable. */
export interface TravelMatrix {
  method: TravelMethod;
  /** Seconds, including both connectors. */
  durationsS: number[][];
  /** Metres along the chosen (fastest) route, including both connectors. */
  distancesM: number[][];
  /** Snaps of the sources and targets (empty for `straight-line`). */
  sourceSnaps: RoadSnap[];
  targetSnaps: RoadSnap[];
}

/** A route between two positions. */
export interface RoadRoute {
  method: TravelMethod;
  /** Seconds (Infinity when unreachable). */
  durationS: number;
  /** Metres. */
  distanceM: number;
  /** From the start position via the road to the end position, `[lon, lat]` degrees; null when unreachable. */
  geometry: LineString | null;
}

/** Options of {@link createRoadRouter}. */
export interface RoadRouterOptions {
  /**
   * A contraction hierarchy of the same graph (`buildContractionHierarchy`): matrices then use the
   * bucket many-to-many query instead of one Dijkstra per source. Worth it from about 5,000 nodes.
   */
  hierarchy?: ContractionHierarchy;
}

/** Routes and matrices over one graph (or the fallback when `graph` is null). */
export interface RoadRouter {
  readonly graph: RoadGraph | null;
  /** Nearest-edge snap of `[lon, lat]`; null without a graph. */
  snap(position: Position): RoadSnap | null;
  /** Fastest route from `from` to `to` (`[lon, lat]` degrees). */
  route(from: Position, to: Position): RoadRoute;
  /** Travel-time matrix from every source to every target (`[lon, lat]` degrees). */
  matrix(sources: readonly Position[], targets: readonly Position[]): TravelMatrix;
}

const connectorSpeed = metresPerSecond(CONNECTOR_SPEED_KMH);

/**
 * Seeds of a search leaving from a snapped position, in the directions its edge allows (no connector).
 *
 * @example
 * search.run(seedsOf(graph, snapper.snap(112.73, 38.42)!));
 */
export function seedsOf(graph: RoadGraph, snap: RoadSnap): SearchSeed[] {
  const e = snap.edge;
  const length = graph.edgeLengthM[e] as number;
  const duration = graph.edgeDurationS[e] as number;
  const fraction = length > 0 ? snap.offsetM / length : 0;
  const seeds: SearchSeed[] = [];
  if (graph.edgeForward[e])
    seeds.push({
      node: graph.edgeTo[e] as number,
      durationS: (1 - fraction) * duration,
      distanceM: length - snap.offsetM,
    });
  if (graph.edgeBackward[e])
    seeds.push({ node: graph.edgeFrom[e] as number, durationS: fraction * duration, distanceM: snap.offsetM });
  return seeds;
}

/** The best way into a snapped target after a search. */
/**
 * Seeds of a backward search toward a snapped position: each end node of its edge with the cost of
 * driving from that node to the position (as the one-way rules allow; no connector).
 *
 * @example
 * targetSeedsOf(graph, snapper.snap(112.73, 38.42)!);
 */
export function targetSeedsOf(graph: RoadGraph, snap: RoadSnap): SearchSeed[] {
  const e = snap.edge;
  const length = graph.edgeLengthM[e] as number;
  const duration = graph.edgeDurationS[e] as number;
  const fraction = length > 0 ? snap.offsetM / length : 0;
  const seeds: SearchSeed[] = [];
  if (graph.edgeForward[e])
    seeds.push({ node: graph.edgeFrom[e] as number, durationS: fraction * duration, distanceM: snap.offsetM });
  if (graph.edgeBackward[e])
    seeds.push({
      node: graph.edgeTo[e] as number,
      durationS: (1 - fraction) * duration,
      distanceM: length - snap.offsetM,
    });
  return seeds;
}

/**
 * Travel along one shared edge from `source` to `target`, or null when they are on different edges or the direction is
 * closed.
 */
function alongEdge(
  graph: RoadGraph,
  source: RoadSnap,
  target: RoadSnap,
): { durationS: number; distanceM: number } | null {
  const e = source.edge;
  if (target.edge !== e) return null;
  if (!(target.offsetM >= source.offsetM ? graph.edgeForward[e] : graph.edgeBackward[e])) return null;
  const length = graph.edgeLengthM[e] as number;
  const along = Math.abs(target.offsetM - source.offsetM);
  return { durationS: length > 0 ? (along / length) * (graph.edgeDurationS[e] as number) : 0, distanceM: along };
}

export interface Arrival {
  durationS: number;
  distanceM: number;
  /** Node the route enters the target edge from, or -1 for a route along the source edge only. */
  viaNode: number;
}

/**
 * Best arrival (seconds, metres, no connectors) at a snapped target after `search` ran from
 * `seedsOf(graph, source)`, including the shortcut along a shared edge.
 *
 * @example
 * arrivalAt(graph, search, sourceSnap, targetSnap).durationS;
 */
export function arrivalAt(graph: RoadGraph, search: SearchWorkspace, source: RoadSnap, target: RoadSnap): Arrival {
  const e = target.edge;
  const length = graph.edgeLengthM[e] as number;
  const duration = graph.edgeDurationS[e] as number;
  const fraction = length > 0 ? target.offsetM / length : 0;
  let best: Arrival = { durationS: Infinity, distanceM: Infinity, viaNode: -1 };
  const from = graph.edgeFrom[e] as number,
    to = graph.edgeTo[e] as number;
  if (graph.edgeForward[e] && search.reached(from)) {
    const d = (search.durationS[from] as number) + fraction * duration;
    if (d < best.durationS)
      best = { durationS: d, distanceM: (search.distanceM[from] as number) + target.offsetM, viaNode: from };
  }
  if (graph.edgeBackward[e] && search.reached(to)) {
    const d = (search.durationS[to] as number) + (1 - fraction) * duration;
    if (d < best.durationS)
      best = { durationS: d, distanceM: (search.distanceM[to] as number) + length - target.offsetM, viaNode: to };
  }
  if (source.edge === e) {
    const ahead = target.offsetM >= source.offsetM;
    if (ahead ? graph.edgeForward[e] : graph.edgeBackward[e]) {
      const along = Math.abs(target.offsetM - source.offsetM);
      const d = length > 0 ? (along / length) * duration : 0;
      if (d <= best.durationS) best = { durationS: d, distanceM: along, viaNode: -1 };
    }
  }
  return best;
}

/** Vertices of edge `e` between `fromM` and `toM` metres from its start, in travel order. */
function sliceEdge(graph: RoadGraph, e: number, fromM: number, toM: number): Position[] {
  const start = graph.edgeVertexStart[e] as number,
    end = graph.edgeVertexStart[e + 1] as number;
  const lo = Math.min(fromM, toM),
    hi = Math.max(fromM, toM);
  const at = (m: number): Position => {
    for (let k = start; k + 1 < end; k++) {
      const c1 = graph.vertexCumM[k] as number,
        c2 = graph.vertexCumM[k + 1] as number;
      if (m <= c2 || k + 2 === end) {
        const t = c2 > c1 ? Math.min(1, Math.max(0, (m - c1) / (c2 - c1))) : 0;
        const x1 = graph.coords[2 * k] as number,
          y1 = graph.coords[2 * k + 1] as number;
        return [
          x1 + t * ((graph.coords[2 * k + 2] as number) - x1),
          y1 + t * ((graph.coords[2 * k + 3] as number) - y1),
        ];
      }
    }
    return [graph.coords[2 * start] as number, graph.coords[2 * start + 1] as number];
  };
  const out: Position[] = [at(lo)];
  for (let k = start; k < end; k++) {
    const c = graph.vertexCumM[k] as number;
    if (c > lo && c < hi) out.push([graph.coords[2 * k] as number, graph.coords[2 * k + 1] as number]);
  }
  out.push(at(hi));
  return fromM <= toM ? out : out.reverse();
}

function pushAll(into: Position[], points: readonly Position[]): void {
  for (const p of points) {
    const last = into[into.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) into.push(p);
  }
}

function straightLine(from: Position, to: Position): { durationS: number; distanceM: number } {
  const distanceM =
    geodesicDistanceM(from[0] as number, from[1] as number, to[0] as number, to[1] as number) * FALLBACK_DETOUR_FACTOR;
  return { durationS: distanceM / metresPerSecond(FALLBACK_SPEED_KMH), distanceM };
}

const samePosition = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/**
 * Creates a router. With a graph, every position is snapped to its nearest edge and joined to it by
 * a connector at {@link CONNECTOR_SPEED_KMH}; matrices run one one-to-many Dijkstra per source that
 * stops when the end nodes of all target edges are settled. Without a graph (`null`), every answer
 * is the straight-line fallback and says so in `method`. Identical positions are 0 apart.
 *
 * @example
 * const router = createRoadRouter(graph);
 * router.matrix([[112.73, 38.42]], [[112.65, 38.56]]).durationsS[0][0]; // seconds
 */
export function createRoadRouter(graph: RoadGraph | null, options: RoadRouterOptions = {}): RoadRouter {
  if (!graph || graph.edgeCount === 0) {
    return {
      graph: null,
      snap: () => null,
      route(from, to) {
        const { durationS, distanceM } = samePosition(from, to)
          ? { durationS: 0, distanceM: 0 }
          : straightLine(from, to);
        return {
          method: 'straight-line',
          durationS,
          distanceM,
          geometry: { type: 'LineString', coordinates: [from, to] },
        };
      },
      matrix(sources, targets) {
        const cells = sources.map((s) =>
          targets.map((t) => (samePosition(s, t) ? { durationS: 0, distanceM: 0 } : straightLine(s, t))),
        );
        return {
          method: 'straight-line',
          durationsS: cells.map((row) => row.map((c) => c.durationS)),
          distancesM: cells.map((row) => row.map((c) => c.distanceM)),
          sourceSnaps: [],
          targetSnaps: [],
        };
      },
    };
  }
  const snapper: RoadSnapper = createRoadSnapper(graph);
  const search = createSearchWorkspace(graph);
  const snapOrThrow = (p: Position): RoadSnap => {
    const lon = p[0],
      lat = p[1];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new Error(`road router: position ${JSON.stringify(p)} is not a finite [lon, lat]`);
    }
    return snapper.snap(lon, lat) as RoadSnap;
  };
  const connector = (s: RoadSnap): number => s.distanceM / connectorSpeed;

  const matrix = (sources: readonly Position[], targets: readonly Position[]): TravelMatrix => {
    const sourceSnaps = sources.map(snapOrThrow);
    const targetSnaps = targets.map(snapOrThrow);
    if (options.hierarchy) return hierarchyMatrix(sources, targets, sourceSnaps, targetSnaps);
    const targetNodes: number[] = [];
    for (const t of targetSnaps) targetNodes.push(graph.edgeFrom[t.edge] as number, graph.edgeTo[t.edge] as number);
    return assemble(
      sources,
      targets,
      sourceSnaps,
      targetSnaps,
      (source) => search.run(seedsOf(graph, source), targetNodes),
      (source, target) => arrivalAt(graph, search, source, target),
    );
  };

  const manyToMany = options.hierarchy ? createManyToMany(options.hierarchy) : null;
  const hierarchyMatrix = (
    sources: readonly Position[],
    targets: readonly Position[],
    sourceSnaps: RoadSnap[],
    targetSnaps: RoadSnap[],
  ): TravelMatrix => {
    const result = (manyToMany as NonNullable<typeof manyToMany>).run(
      sourceSnaps.map((s) => seedsOf(graph, s)),
      targetSnaps.map((t) => targetSeedsOf(graph, t)),
    );
    let i = -1;
    return assemble(
      sources,
      targets,
      sourceSnaps,
      targetSnaps,
      () => void i++,
      (source, target, j) => {
        const cell = i * targetSnaps.length + j;
        const best = { durationS: result.durationsS[cell] as number, distanceM: result.distancesM[cell] as number };
        const along = alongEdge(graph, source, target);
        return along && along.durationS <= best.durationS ? along : best;
      },
    );
  };

  /**
   * A matrix from per-pair arrivals (road part only): identical positions are 0 apart; every other
   * cell adds both connectors. `startSource` runs once per source before its row is read.
   */
  const assemble = (
    sources: readonly Position[],
    targets: readonly Position[],
    sourceSnaps: RoadSnap[],
    targetSnaps: RoadSnap[],
    startSource: (source: RoadSnap) => void,
    arrivalOf: (source: RoadSnap, target: RoadSnap, j: number) => { durationS: number; distanceM: number },
  ): TravelMatrix => {
    const durationsS: number[][] = [];
    const distancesM: number[][] = [];
    sourceSnaps.forEach((source, i) => {
      startSource(source);
      const durations: number[] = [];
      const distances: number[] = [];
      targetSnaps.forEach((target, j) => {
        if (samePosition(sources[i] as Position, targets[j] as Position)) {
          durations.push(0);
          distances.push(0);
          return;
        }
        const arrival = arrivalOf(source, target, j);
        durations.push(arrival.durationS + connector(source) + connector(target));
        distances.push(arrival.distanceM + source.distanceM + target.distanceM);
      });
      durationsS.push(durations);
      distancesM.push(distances);
    });
    return { method: 'road', durationsS, distancesM, sourceSnaps, targetSnaps };
  };

  const route = (from: Position, to: Position): RoadRoute => {
    if (samePosition(from, to))
      return { method: 'road', durationS: 0, distanceM: 0, geometry: { type: 'LineString', coordinates: [from, to] } };
    const source = snapOrThrow(from);
    const target = snapOrThrow(to);
    search.run(seedsOf(graph, source), [graph.edgeFrom[target.edge] as number, graph.edgeTo[target.edge] as number]);
    const arrival = arrivalAt(graph, search, source, target);
    if (arrival.durationS === Infinity)
      return { method: 'road', durationS: Infinity, distanceM: Infinity, geometry: null };
    const coordinates: Position[] = [from, source.point];
    if (arrival.viaNode === -1) {
      pushAll(coordinates, sliceEdge(graph, source.edge, source.offsetM, target.offsetM));
    } else {
      const arcs: number[] = [];
      for (let node = arrival.viaNode; (search.previousArc[node] as number) !== -1; ) {
        const arc = search.previousArc[node] as number;
        arcs.push(arc);
        node = nodeBefore(graph, arc);
      }
      arcs.reverse();
      const firstNode = arcs.length > 0 ? nodeBefore(graph, arcs[0] as number) : arrival.viaNode;
      const startEdgeLength = graph.edgeLengthM[source.edge] as number;
      pushAll(
        coordinates,
        sliceEdge(graph, source.edge, source.offsetM, firstNode === graph.edgeTo[source.edge] ? startEdgeLength : 0),
      );
      for (const arc of arcs) {
        const e = graph.arcEdge[arc] as number;
        const forward = graph.arcTarget[arc] === graph.edgeTo[e] && nodeBefore(graph, arc) === graph.edgeFrom[e];
        pushAll(
          coordinates,
          sliceEdge(
            graph,
            e,
            forward ? 0 : (graph.edgeLengthM[e] as number),
            forward ? (graph.edgeLengthM[e] as number) : 0,
          ),
        );
      }
      const enterFromStart = arrival.viaNode === graph.edgeFrom[target.edge];
      pushAll(
        coordinates,
        sliceEdge(graph, target.edge, enterFromStart ? 0 : (graph.edgeLengthM[target.edge] as number), target.offsetM),
      );
    }
    pushAll(coordinates, [target.point, to]);
    if (coordinates.length < 2) coordinates.push(to);
    return {
      method: 'road',
      durationS: arrival.durationS + connector(source) + connector(target),
      distanceM: arrival.distanceM + source.distanceM + target.distanceM,
      geometry: { type: 'LineString', coordinates },
    };
  };

  return { graph, snap: snapOrThrow, route, matrix };
}

/** The tail node of an arc (binary search in the CSR offsets). */
function nodeBefore(graph: RoadGraph, arc: number): number {
  let lo = 0,
    hi = graph.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((graph.arcOffsets[mid] as number) <= arc) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
