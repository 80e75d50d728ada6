/**
 * The routable road graph: nodes at line ends and shared coordinates, edges between them with their
 * geometry, and a compressed (CSR) adjacency of directed arcs for Dijkstra.
 *
 * @module
 */
import type { Position } from 'geojson';
import { geodesicDistanceM } from './geodesic-distance.ts';
import { metresPerSecond } from './road-speeds.ts';

/** Which way traffic may use a line: both ways, only in coordinate order, or only against it. */
export type RoadDirection = 'both' | 'forward' | 'backward';

/** One input road line, already validated (see `importRoadNetwork`). */
export interface RoadLine {
  /** Positions `[lon, lat]`, EPSG:4326 degrees, at least two distinct ones. */
  coordinates: readonly Position[];
  /** Travel speed, km/h (> 0). */
  speedKmh: number;
  /** Road class label carried through to the edges (e.g. `trunk`, `local`). */
  roadClass: string;
  /** Allowed direction relative to the coordinate order. */
  direction: RoadDirection;
}

/**
 * A road graph. Node `n` is at (`nodeLon[n]`, `nodeLat[n]`). Edge `e` runs from `edgeFrom[e]` to
 * `edgeTo[e]` along the vertices `coords[2k], coords[2k+1]` for k in
 * `[edgeVertexStart[e], edgeVertexStart[e+1])`, with `vertexCumM[k]` the metres from the edge's start.
 * Arcs (directed) of node `n` are `arcOffsets[n] … arcOffsets[n+1]-1`.
 */
export interface RoadGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly arcCount: number;
  readonly nodeLon: Float64Array;
  readonly nodeLat: Float64Array;
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** Geodesic length, metres. */
  readonly edgeLengthM: Float64Array;
  /** Travel time end to end, seconds. */
  readonly edgeDurationS: Float64Array;
  /** 1 when travel from `edgeFrom` to `edgeTo` is allowed. */
  readonly edgeForward: Uint8Array;
  /** 1 when travel from `edgeTo` to `edgeFrom` is allowed. */
  readonly edgeBackward: Uint8Array;
  readonly edgeClass: readonly string[];
  /** Index of the input line each edge comes from. */
  readonly edgeLine: Int32Array;
  readonly edgeVertexStart: Int32Array;
  /** Vertex positions as lon, lat pairs. */
  readonly coords: Float64Array;
  /** Metres from the start of the vertex's edge. */
  readonly vertexCumM: Float64Array;
  readonly arcOffsets: Int32Array;
  readonly arcTarget: Int32Array;
  readonly arcEdge: Int32Array;
  /** Seconds. */
  readonly arcDurationS: Float64Array;
  /** Metres. */
  readonly arcLengthM: Float64Array;
}

const keyOf = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * Builds the graph. Nodes are placed at both ends of every line and at every coordinate that
 * occurs more than once (in two lines, or twice in one line). **Limit:** lines that cross without
 * a shared vertex are not connected (a bridge and the road below stay apart, which is right for
 * OpenStreetMap data; for other data run `nodeCrossings` first). Consecutive duplicate positions
 * are ignored.
 *
 * @example
 * const graph = buildRoadGraph([
 *   { coordinates: [[112.7, 38.4], [112.71, 38.4]], speedKmh: 30, roadClass: 'local', direction: 'both' },
 * ]);
 * graph.nodeCount; // 2
 */
export function buildRoadGraph(lines: readonly RoadLine[]): RoadGraph {
  const counts = new Map<string, number>();
  const clean = lines.map((line) => {
    const out: Position[] = [];
    for (const p of line.coordinates) {
      const last = out[out.length - 1];
      if (last && last[0] === p[0] && last[1] === p[1]) continue;
      out.push(p);
    }
    return out;
  });
  for (const coordinates of clean) {
    coordinates.forEach((p, i) => {
      const key = keyOf(p);
      const isEnd = i === 0 || i === coordinates.length - 1;
      counts.set(key, (counts.get(key) ?? 0) + (isEnd ? 2 : 1));
    });
  }
  const nodeIds = new Map<string, number>();
  const nodeLon: number[] = [];
  const nodeLat: number[] = [];
  const nodeOf = (p: Position): number => {
    const key = keyOf(p);
    let id = nodeIds.get(key);
    if (id === undefined) {
      id = nodeLon.length;
      nodeIds.set(key, id);
      nodeLon.push(p[0] as number);
      nodeLat.push(p[1] as number);
    }
    return id;
  };
  const edgeFrom: number[] = [],
    edgeTo: number[] = [],
    edgeLength: number[] = [],
    edgeDuration: number[] = [];
  const edgeForward: number[] = [],
    edgeBackward: number[] = [],
    edgeClass: string[] = [],
    edgeLine: number[] = [];
  const edgeVertexStart: number[] = [];
  const coords: number[] = [];
  const cum: number[] = [];
  clean.forEach((coordinates, lineIndex) => {
    const line = lines[lineIndex] as RoadLine;
    if (coordinates.length < 2) return;
    let start = 0;
    for (let i = 1; i < coordinates.length; i++) {
      const isNode = i === coordinates.length - 1 || (counts.get(keyOf(coordinates[i] as Position)) ?? 0) > 1;
      if (!isNode) continue;
      edgeVertexStart.push(coords.length / 2);
      let length = 0;
      for (let k = start; k <= i; k++) {
        const p = coordinates[k] as Position;
        if (k > start) {
          const q = coordinates[k - 1] as Position;
          length += geodesicDistanceM(q[0] as number, q[1] as number, p[0] as number, p[1] as number);
        }
        coords.push(p[0] as number, p[1] as number);
        cum.push(length);
      }
      edgeFrom.push(nodeOf(coordinates[start] as Position));
      edgeTo.push(nodeOf(coordinates[i] as Position));
      edgeLength.push(length);
      edgeDuration.push(length / metresPerSecond(line.speedKmh));
      edgeForward.push(line.direction === 'backward' ? 0 : 1);
      edgeBackward.push(line.direction === 'forward' ? 0 : 1);
      edgeClass.push(line.roadClass);
      edgeLine.push(lineIndex);
      start = i;
    }
  });
  edgeVertexStart.push(coords.length / 2);
  const nodeCount = nodeLon.length;
  const edgeCount = edgeFrom.length;
  const arcOffsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    if (edgeForward[e]) arcOffsets[(edgeFrom[e] as number) + 1]!++;
    if (edgeBackward[e]) arcOffsets[(edgeTo[e] as number) + 1]!++;
  }
  for (let n = 0; n < nodeCount; n++) arcOffsets[n + 1]! += arcOffsets[n] as number;
  const arcCount = arcOffsets[nodeCount] as number;
  const arcTarget = new Int32Array(arcCount),
    arcEdge = new Int32Array(arcCount);
  const arcDurationS = new Float64Array(arcCount),
    arcLengthM = new Float64Array(arcCount);
  const fill = arcOffsets.slice(0, nodeCount);
  const addArc = (from: number, to: number, e: number): void => {
    const slot = fill[from]!++;
    arcTarget[slot] = to;
    arcEdge[slot] = e;
    arcDurationS[slot] = edgeDuration[e] as number;
    arcLengthM[slot] = edgeLength[e] as number;
  };
  for (let e = 0; e < edgeCount; e++) {
    if (edgeForward[e]) addArc(edgeFrom[e] as number, edgeTo[e] as number, e);
    if (edgeBackward[e]) addArc(edgeTo[e] as number, edgeFrom[e] as number, e);
  }
  return {
    nodeCount,
    edgeCount,
    arcCount,
    nodeLon: Float64Array.from(nodeLon),
    nodeLat: Float64Array.from(nodeLat),
    edgeFrom: Int32Array.from(edgeFrom),
    edgeTo: Int32Array.from(edgeTo),
    edgeLengthM: Float64Array.from(edgeLength),
    edgeDurationS: Float64Array.from(edgeDuration),
    edgeForward: Uint8Array.from(edgeForward),
    edgeBackward: Uint8Array.from(edgeBackward),
    edgeClass,
    edgeLine: Int32Array.from(edgeLine),
    edgeVertexStart: Int32Array.from(edgeVertexStart),
    coords: Float64Array.from(coords),
    vertexCumM: Float64Array.from(cum),
    arcOffsets,
    arcTarget,
    arcEdge,
    arcDurationS,
    arcLengthM,
  };
}
