/**
 * Contraction hierarchy (Geisberger et al. 2008) over a {@link RoadGraph}, and the bucket-based
 * many-to-many query (Knopp et al. 2007) that the travel-time matrix uses on large graphs.
 *
 * Preprocessing contracts nodes in order of a lazily updated priority (edge difference plus the
 * number of contracted neighbours), adding a shortcut u→w when no witness path avoiding v is at
 * most as fast (witness searches limited to {@link WITNESS_SETTLE_LIMIT} settled nodes; a missed
 * witness only adds a superfluous shortcut, never a wrong answer).
 *
 * @module
 */
import { createCsrSearch, type CsrArcs, type SearchSeed, type SearchWorkspace } from './dijkstra.ts';
import type { RoadGraph } from './road-graph.ts';

/** Settled-node cap of a witness search. */
export const WITNESS_SETTLE_LIMIT = 100;

/** The hierarchy: node ranks and the upward arcs in both directions. */
export interface ContractionHierarchy {
  readonly nodeCount: number;
  /** Contraction order of each node (0 first). */
  readonly rank: Int32Array;
  /** Arcs u→w with rank[w] > rank[u] (original arcs and shortcuts). */
  readonly up: CsrArcs;
  /** For node u, arcs x→u with rank[x] > rank[u], stored at u pointing to x. */
  readonly down: CsrArcs;
  /** Number of shortcuts added. */
  readonly shortcutCount: number;
}

interface Arc {
  durationS: number;
  lengthM: number;
}

/** A small binary min-heap of (key, node) pairs for preprocessing. */
class PairHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }
  topKey(): number {
    return this.keys[0] as number;
  }
  push(key: number, node: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.keys[i] = this.keys[parent] as number;
      this.nodes[i] = this.nodes[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }
  pop(): number {
    const top = this.nodes[0] as number;
    const key = this.keys.pop() as number;
    const node = this.nodes.pop() as number;
    const size = this.keys.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && (this.keys[child + 1] as number) < (this.keys[child] as number)) child++;
        if ((this.keys[child] as number) >= key) break;
        this.keys[i] = this.keys[child] as number;
        this.nodes[i] = this.nodes[child] as number;
        i = child;
      }
      this.keys[i] = key;
      this.nodes[i] = node;
    }
    return top;
  }
}

/**
 * Builds the hierarchy (about 1 s per 10,000 nodes on a laptop-class CPU).
 *
 * @example
 * const hierarchy = buildContractionHierarchy(graph);
 * createRoadRouter(graph, { hierarchy }).matrix(points, points);
 */
export function buildContractionHierarchy(graph: RoadGraph): ContractionHierarchy {
  const n = graph.nodeCount;
  const out: Map<number, Arc>[] = Array.from({ length: n }, () => new Map());
  const into: Map<number, Arc>[] = Array.from({ length: n }, () => new Map());
  const addArc = (u: number, w: number, durationS: number, lengthM: number): boolean => {
    if (u === w) return false;
    const existing = out[u]?.get(w);
    if (existing && existing.durationS <= durationS) return false;
    const arc = { durationS, lengthM };
    out[u]?.set(w, arc);
    into[w]?.set(u, arc);
    return true;
  };
  for (let u = 0; u < n; u++) {
    for (let a = graph.arcOffsets[u] as number; a < (graph.arcOffsets[u + 1] as number); a++) {
      addArc(u, graph.arcTarget[a] as number, graph.arcDurationS[a] as number, graph.arcLengthM[a] as number);
    }
  }
  const contracted = new Uint8Array(n);
  const contractedNeighbours = new Int32Array(n);
  const level = new Int32Array(n);
  const rank = new Int32Array(n);
  const witnessDist = new Float64Array(n).fill(Infinity);
  const touched: number[] = [];
  const witnessHeap = new PairHeap();

  /** Distances from `source` avoiding `skip`, up to `limit` seconds (results in witnessDist). */
  const witnessSearch = (source: number, skip: number, limit: number): void => {
    for (const t of touched) witnessDist[t] = Infinity;
    touched.length = 0;
    witnessHeap.clear();
    witnessDist[source] = 0;
    touched.push(source);
    witnessHeap.push(0, source);
    let settled = 0;
    while (witnessHeap.size > 0) {
      const key = witnessHeap.topKey();
      const node = witnessHeap.pop();
      if (key > (witnessDist[node] as number)) continue;
      if (key > limit || ++settled > WITNESS_SETTLE_LIMIT) break;
      for (const [next, arc] of out[node] as Map<number, Arc>) {
        if (next === skip || contracted[next]) continue;
        const candidate = key + arc.durationS;
        if (candidate < (witnessDist[next] as number)) {
          if (witnessDist[next] === Infinity) touched.push(next);
          witnessDist[next] = candidate;
          witnessHeap.push(candidate, next);
        }
      }
    }
  };

  /** Shortcuts needed to contract v (and adds them when `apply`). */
  const contract = (v: number, apply: boolean): number => {
    let shortcuts = 0;
    const outs = [...(out[v] as Map<number, Arc>)];
    for (const [u, inArc] of into[v] as Map<number, Arc>) {
      let limit = 0;
      for (const [w, outArc] of outs) if (w !== u) limit = Math.max(limit, inArc.durationS + outArc.durationS);
      if (limit === 0) continue;
      witnessSearch(u, v, limit);
      for (const [w, outArc] of outs) {
        if (w === u) continue;
        const via = inArc.durationS + outArc.durationS;
        if ((witnessDist[w] as number) <= via) continue;
        shortcuts++;
        if (apply) addArc(u, w, via, inArc.lengthM + outArc.lengthM);
      }
    }
    return shortcuts;
  };
  const priority = (v: number): number => {
    const degree = (out[v] as Map<number, Arc>).size + (into[v] as Map<number, Arc>).size;
    return 2 * (contract(v, false) - degree) + (contractedNeighbours[v] as number) + (level[v] as number);
  };

  const queue = new PairHeap();
  for (let v = 0; v < n; v++) queue.push(priority(v), v);
  const upLists: [number, Arc][][] = Array.from({ length: n }, () => []);
  const downLists: [number, Arc][][] = Array.from({ length: n }, () => []);
  let order = 0;
  let shortcutCount = 0;
  while (queue.size > 0) {
    const v = queue.pop();
    const p = priority(v);
    if (queue.size > 0 && p > queue.topKey()) {
      queue.push(p, v);
      continue;
    }
    const before = countArcs(out);
    contract(v, true);
    shortcutCount += countArcs(out) - before;
    rank[v] = order++;
    contracted[v] = 1;
    for (const [w, arc] of out[v] as Map<number, Arc>) {
      upLists[v]?.push([w, arc]);
      into[w]?.delete(v);
      contractedNeighbours[w]!++;
      level[w] = Math.max(level[w] as number, (level[v] as number) + 1);
    }
    for (const [u, arc] of into[v] as Map<number, Arc>) {
      downLists[v]?.push([u, arc]);
      out[u]?.delete(v);
      contractedNeighbours[u]!++;
      level[u] = Math.max(level[u] as number, (level[v] as number) + 1);
    }
    out[v]?.clear();
    into[v]?.clear();
  }
  return { nodeCount: n, rank, up: toCsr(upLists), down: toCsr(downLists), shortcutCount };
}

function countArcs(out: readonly Map<number, Arc>[]): number {
  let count = 0;
  for (const m of out) count += m.size;
  return count;
}

function toCsr(lists: readonly [number, Arc][][]): CsrArcs {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = (offsets[i] as number) + list.length));
  const total = offsets[lists.length] as number;
  const target = new Int32Array(total),
    durationS = new Float64Array(total),
    lengthM = new Float64Array(total);
  lists.forEach((list, i) => {
    list.forEach(([to, arc], k) => {
      const slot = (offsets[i] as number) + k;
      target[slot] = to;
      durationS[slot] = arc.durationS;
      lengthM[slot] = arc.lengthM;
    });
  });
  return { nodeCount: lists.length, offsets, target, durationS, lengthM };
}

/** Reusable many-to-many query state over one hierarchy. */
export interface ManyToMany {
  /**
   * Shortest durations (s) and the lengths (m) of those paths from every source to every target.
   * A source is a list of seeds (start nodes with initial cost); a target is a list of seeds giving
   * the cost from a node to the target. Results are row-major `sources.length × targets.length`.
   */
  run(
    sources: readonly SearchSeed[][],
    targets: readonly SearchSeed[][],
  ): { durationsS: Float64Array; distancesM: Float64Array };
}

/**
 * Creates the query: one backward upward search per target fills buckets; one forward upward search
 * per source scans them.
 *
 * @example
 * const query = createManyToMany(hierarchy);
 * query.run([[{ node: 0, durationS: 0, distanceM: 0 }]], [[{ node: 9, durationS: 0, distanceM: 0 }]]);
 */
export function createManyToMany(hierarchy: ContractionHierarchy): ManyToMany {
  const forward: SearchWorkspace = createCsrSearch(hierarchy.up);
  const backward: SearchWorkspace = createCsrSearch(hierarchy.down);
  const bucketHead = new Int32Array(hierarchy.nodeCount).fill(-1);
  return {
    run(sources, targets) {
      const durationsS = new Float64Array(sources.length * targets.length).fill(Infinity);
      const distancesM = new Float64Array(sources.length * targets.length).fill(Infinity);
      const entryTarget: number[] = [],
        entryDuration: number[] = [],
        entryDistance: number[] = [],
        entryNext: number[] = [];
      const usedNodes: number[] = [];
      targets.forEach((seeds, j) => {
        backward.run(seeds);
        for (let k = 0; k < backward.settledCount; k++) {
          const node = backward.settledNodes[k] as number;
          if (bucketHead[node] === -1) usedNodes.push(node);
          entryTarget.push(j);
          entryDuration.push(backward.durationS[node] as number);
          entryDistance.push(backward.distanceM[node] as number);
          entryNext.push(bucketHead[node] as number);
          bucketHead[node] = entryTarget.length - 1;
        }
      });
      sources.forEach((seeds, i) => {
        forward.run(seeds);
        const row = i * targets.length;
        for (let k = 0; k < forward.settledCount; k++) {
          const node = forward.settledNodes[k] as number;
          const d = forward.durationS[node] as number;
          for (let e = bucketHead[node] as number; e !== -1; e = entryNext[e] as number) {
            const cell = row + (entryTarget[e] as number);
            const total = d + (entryDuration[e] as number);
            if (total < (durationsS[cell] as number)) {
              durationsS[cell] = total;
              distancesM[cell] = (forward.distanceM[node] as number) + (entryDistance[e] as number);
            }
          }
        }
      });
      for (const node of usedNodes) bucketHead[node] = -1;
      return { durationsS, distancesM };
    },
  };
}
