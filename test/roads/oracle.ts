/**
 * Test oracles for the road graph: a plain O(V²) array-scan Dijkstra over the edge list (no heap,
 * no CSR), and seeded random graphs.
 */
import type { Position } from 'geojson';
import type { RoadGraph, RoadLine } from '../../server/roads/road-graph.ts';
import type { RoadSnap } from '../../server/roads/snap-to-road.ts';
import { createRandom } from '../../server/routing/random.ts';

/** Durations (s) from the given start labels to every node, by scanning all nodes for the minimum. */
export function oracleDijkstra(graph: RoadGraph, starts: readonly { node: number; durationS: number }[]): number[] {
  const dist = new Array<number>(graph.nodeCount).fill(Infinity);
  const done = new Array<boolean>(graph.nodeCount).fill(false);
  for (const s of starts) dist[s.node] = Math.min(dist[s.node] as number, s.durationS);
  for (;;) {
    let best = -1;
    for (let n = 0; n < graph.nodeCount; n++)
      if (!done[n] && (dist[n] as number) < Infinity && (best < 0 || (dist[n] as number) < (dist[best] as number)))
        best = n;
    if (best < 0) return dist;
    done[best] = true;
    for (let e = 0; e < graph.edgeCount; e++) {
      const from = graph.edgeFrom[e] as number,
        to = graph.edgeTo[e] as number,
        d = graph.edgeDurationS[e] as number;
      if (graph.edgeForward[e] && from === best) dist[to] = Math.min(dist[to] as number, (dist[best] as number) + d);
      if (graph.edgeBackward[e] && to === best) dist[from] = Math.min(dist[from] as number, (dist[best] as number) + d);
    }
  }
}

/** Oracle travel time (s) between two snapped positions, without connectors. */
export function oracleSnapTravel(graph: RoadGraph, source: RoadSnap, target: RoadSnap): number {
  const fractionOf = (s: RoadSnap): number =>
    (graph.edgeLengthM[s.edge] as number) > 0 ? s.offsetM / (graph.edgeLengthM[s.edge] as number) : 0;
  const se = source.edge,
    te = target.edge;
  const starts: { node: number; durationS: number }[] = [];
  if (graph.edgeForward[se])
    starts.push({
      node: graph.edgeTo[se] as number,
      durationS: (1 - fractionOf(source)) * (graph.edgeDurationS[se] as number),
    });
  if (graph.edgeBackward[se])
    starts.push({
      node: graph.edgeFrom[se] as number,
      durationS: fractionOf(source) * (graph.edgeDurationS[se] as number),
    });
  const dist = oracleDijkstra(graph, starts);
  const tf = fractionOf(target),
    td = graph.edgeDurationS[te] as number;
  let best = Infinity;
  if (graph.edgeForward[te]) best = Math.min(best, (dist[graph.edgeFrom[te] as number] as number) + tf * td);
  if (graph.edgeBackward[te]) best = Math.min(best, (dist[graph.edgeTo[te] as number] as number) + (1 - tf) * td);
  if (se === te && (target.offsetM >= source.offsetM ? graph.edgeForward[se] : graph.edgeBackward[se])) {
    best = Math.min(best, Math.abs(tf - fractionOf(source)) * td);
  }
  return best;
}

/**
 * A seeded random road network: a jittered `size`×`size` lattice (about 500 m cells near 112.7°E
 * 38.4°N) with random speeds, some one-way lines (either direction) and some missing links.
 */
export function randomRoadLines(seed: number, size = 12): RoadLine[] {
  const rng = createRandom(seed);
  const step = 0.005;
  const node: Position[][] = [];
  for (let j = 0; j < size; j++) {
    node.push(
      Array.from({ length: size }, (_, i) => [
        round6(112.7 + i * step + (rng.next() - 0.5) * step * 0.4),
        round6(38.4 + j * step + (rng.next() - 0.5) * step * 0.4),
      ]),
    );
  }
  const lines: RoadLine[] = [];
  const add = (a: Position, b: Position): void => {
    if (rng.next() < 0.1) return;
    const r = rng.next();
    const mid: Position = [
      round6(((a[0] as number) + (b[0] as number)) / 2 + (rng.next() - 0.5) * 0.001),
      round6(((a[1] as number) + (b[1] as number)) / 2 + (rng.next() - 0.5) * 0.001),
    ];
    lines.push({
      coordinates: [a, mid, b],
      speedKmh: [20, 30, 50, 60][rng.int(4)] as number,
      roadClass: 'local',
      direction: r < 0.1 ? 'forward' : r < 0.2 ? 'backward' : 'both',
    });
  };
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const here = (node[j] as Position[])[i] as Position;
      if (i + 1 < size) add(here, (node[j] as Position[])[i + 1] as Position);
      if (j + 1 < size) add(here, (node[j + 1] as Position[])[i] as Position);
    }
  }
  return lines;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
