/**
 * One-to-many Dijkstra over the CSR adjacency of a {@link RoadGraph}, with a binary heap (lazy
 * deletion) and an early stop once every target node is settled. Arrays are reused across runs
 * through an epoch stamp, so a 100×100 matrix allocates them once.
 *
 * @module
 */
import type { RoadGraph } from './road-graph.ts';

/** A start label: reach `node` after `durationS` seconds and `distanceM` metres. */
export interface SearchSeed {
  node: number;
  durationS: number;
  distanceM: number;
}

/** Reusable search state; values of node `n` are valid when `reached(n)`. */
export interface SearchWorkspace {
  readonly durationS: Float64Array;
  readonly distanceM: Float64Array;
  /** Arc used to reach the node, -1 for a seed. */
  readonly previousArc: Int32Array;
  reached(node: number): boolean;
  /** Nodes settled by the last run, in settling order: the first `settledCount` entries. */
  readonly settledNodes: Int32Array;
  readonly settledCount: number;
  /**
   * Runs a search from `seeds` (durations in seconds). With `targets`, stops as soon as all of them
   * are settled; without, settles every reachable node.
   */
  run(seeds: readonly SearchSeed[], targets?: ArrayLike<number>): void;
}

/**
 * Creates a workspace for repeated searches on `graph`.
 *
 * @example
 * const search = createSearchWorkspace(graph);
 * search.run([{ node: 0, durationS: 0, distanceM: 0 }], [5]);
 * search.durationS[5]; // seconds from node 0 to node 5
 */
export function createSearchWorkspace(graph: RoadGraph): SearchWorkspace {
  return createCsrSearch({
    nodeCount: graph.nodeCount,
    offsets: graph.arcOffsets,
    target: graph.arcTarget,
    durationS: graph.arcDurationS,
    lengthM: graph.arcLengthM,
  });
}

/** A compressed adjacency: arcs of node n are `offsets[n] … offsets[n+1]-1`. */
export interface CsrArcs {
  nodeCount: number;
  offsets: Int32Array;
  target: Int32Array;
  /** Seconds. */
  durationS: Float64Array;
  /** Metres. */
  lengthM: Float64Array;
}

/**
 * A search workspace over any CSR adjacency (the road graph's arcs, or a contraction hierarchy's
 * upward arcs).
 *
 * @example
 * const search = createCsrSearch({ nodeCount, offsets, target, durationS, lengthM });
 */
export function createCsrSearch(arcs: CsrArcs): SearchWorkspace {
  const n = arcs.nodeCount;
  const settledNodes = new Int32Array(n);
  let settledCount = 0;
  const durationS = new Float64Array(n);
  const distanceM = new Float64Array(n);
  const previousArc = new Int32Array(n);
  const reachedStamp = new Uint32Array(n);
  const settledStamp = new Uint32Array(n);
  const targetStamp = new Uint32Array(n);
  let epoch = 0;
  let heapKeys = new Float64Array(1024);
  let heapNodes = new Int32Array(1024);
  let heapSize = 0;
  const { offsets: arcOffsets, target: arcTarget, durationS: arcDurationS, lengthM: arcLengthM } = arcs;

  const push = (key: number, node: number): void => {
    if (heapSize === heapKeys.length) {
      const keys = new Float64Array(heapSize * 2);
      keys.set(heapKeys);
      heapKeys = keys;
      const nodes = new Int32Array(heapSize * 2);
      nodes.set(heapNodes);
      heapNodes = nodes;
    }
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = heapKeys[parent] as number;
      if (parentKey <= key) break;
      heapKeys[i] = parentKey;
      heapNodes[i] = heapNodes[parent] as number;
      i = parent;
    }
    heapKeys[i] = key;
    heapNodes[i] = node;
  };
  /** Removes the root; the caller has read it already. */
  const popRoot = (): void => {
    heapSize--;
    if (heapSize === 0) return;
    const key = heapKeys[heapSize] as number;
    const node = heapNodes[heapSize] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && (heapKeys[child + 1] as number) < (heapKeys[child] as number)) child++;
      if ((heapKeys[child] as number) >= key) break;
      heapKeys[i] = heapKeys[child] as number;
      heapNodes[i] = heapNodes[child] as number;
      i = child;
    }
    heapKeys[i] = key;
    heapNodes[i] = node;
  };

  const run = (seeds: readonly SearchSeed[], targets?: ArrayLike<number>): void => {
    epoch++;
    heapSize = 0;
    settledCount = 0;
    let remaining = Infinity;
    if (targets) {
      remaining = 0;
      for (let i = 0; i < targets.length; i++) {
        const t = targets[i] as number;
        if (targetStamp[t] !== epoch) {
          targetStamp[t] = epoch;
          remaining++;
        }
      }
      if (remaining === 0) return;
    }
    for (const seed of seeds) {
      if (reachedStamp[seed.node] === epoch && (durationS[seed.node] as number) <= seed.durationS) continue;
      reachedStamp[seed.node] = epoch;
      durationS[seed.node] = seed.durationS;
      distanceM[seed.node] = seed.distanceM;
      previousArc[seed.node] = -1;
      push(seed.durationS, seed.node);
    }
    while (heapSize > 0) {
      const key = heapKeys[0] as number;
      const node = heapNodes[0] as number;
      popRoot();
      if (settledStamp[node] === epoch || key > (durationS[node] as number)) continue;
      settledStamp[node] = epoch;
      settledNodes[settledCount++] = node;
      if (targetStamp[node] === epoch && --remaining === 0) return;
      const end = arcOffsets[node + 1] as number;
      const baseDistance = distanceM[node] as number;
      for (let a = arcOffsets[node] as number; a < end; a++) {
        const next = arcTarget[a] as number;
        const candidate = key + (arcDurationS[a] as number);
        if (reachedStamp[next] === epoch && candidate >= (durationS[next] as number)) continue;
        reachedStamp[next] = epoch;
        durationS[next] = candidate;
        distanceM[next] = baseDistance + (arcLengthM[a] as number);
        previousArc[next] = a;
        push(candidate, next);
      }
    }
  };

  return {
    durationS,
    distanceM,
    previousArc,
    settledNodes,
    get settledCount() {
      return settledCount;
    },
    reached: (node) => reachedStamp[node] === epoch,
    run,
  };
}
