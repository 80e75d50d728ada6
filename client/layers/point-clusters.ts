/**
 * The map's point layers at every zoom (issue 18, legibility): below street zoom every point layer but the stations
 * is decluttered together (nearby features of any layer merge into one cluster disc, singles keep their own symbol),
 * and the labels (cluster counts, station AQI numbers, township and county names) are placed so that none overlaps
 * another. Memoised on the data and the zoom; `lastLegibility()` tells tests what was drawn.
 *
 * @module
 */
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import {
  type LabelCandidate,
  LabelBoard,
  type Obstacle,
  type PlacedLabel,
  declutterPoints,
  textWidth,
} from './declutter.ts';
import { hasProblems, type LayerFeature } from './feature-filter.ts';

/** Zoom below which the point layers are drawn as clusters (street zoom and closer: every feature on its own). */
export const CLUSTER_BELOW_ZOOM = 14;

/** The layers that cluster, in drawing order (bottom to top); never the stations (few, their AQI colour says it). */
export const clusteredLayers = [
  'dustfall-points',
  'stockyards',
  'villages',
  'enterprises',
  'construction-sites',
  'repair-shops',
  'machines',
  'vehicles',
  'checkpoints',
  'muck-trucks',
  'fuel-points',
  // issue 17: fuel samples, then public reports on top (a pin points at its place)
  'fuel-samples',
  'public-reports',
] as const satisfies readonly LayerId[];
export type ClusteredLayer = (typeof clusteredLayers)[number];

/** Whether a feature of a layer is a problem: a rule hit, or its layer's own breach (banned, failing, over 7). */
export function isProblemFeature(layer: LayerId, p: Record<string, unknown>): boolean {
  if (hasProblems(p)) return true;
  if (layer === 'machines') return p.banned === true;
  if (layer === 'construction-sites') return p.compliant === false;
  if (layer === 'dustfall-points') return p.exceeds === true;
  return false;
}

/** A feature with its layer, as the declutter takes it. */
export interface Member {
  layer: LayerId;
  feature: LayerFeature;
}

/** A cluster as drawn (pickable as 'point-clusters'; a click zooms in). */
export interface FeatureCluster {
  position: [number, number];
  count: number;
  problems: number;
  radius: number;
  /** Counts by layer, for its tooltip and the tests. */
  byLayer: Partial<Record<LayerId, number>>;
  members: Member[];
}

/** A label as drawn: its text, anchor, pixel offset and (estimated) box size. */
export interface DrawnLabel {
  kind: 'cluster-count' | 'station-aqi' | 'township' | 'county' | 'built-up';
  text: string;
  position: [number, number];
  offset: [number, number];
  width: number;
  height: number;
  size: number;
}

/** What the point layers draw at a zoom. */
export interface PointLayout {
  /** The features each clustered layer draws singly (all of them from street zoom on), problems last. */
  singles: Partial<Record<ClusteredLayer, LayerFeature[]>>;
  /** Cluster discs, problems last (above the rest). */
  clusters: FeatureCluster[];
}

const SINGLE_RADIUS = 7;
/** A station's circle radius on screen, pixels (national 30 px icons, micro 13 px). */
export const stationRadius = (f: LayerFeature) => (f.properties.kind === 'national' ? 15 : 7);

const problemsLast = (layer: LayerId, fs: readonly LayerFeature[]) => {
  const clean = fs.filter((f) => !isProblemFeature(layer, f.properties));
  return clean.length === fs.length ? [...fs] : [...clean, ...fs.filter((f) => isProblemFeature(layer, f.properties))];
};

let memo: { key: unknown[]; layout: PointLayout } | null = null;

/**
 * The singles and clusters of the visible clustered layers at `zoom`, the clusters kept off the stations' circles.
 * Memoised on the data arrays and the zoom (the layout of the last call is kept).
 */
export function layoutPoints(
  data: Partial<Record<LayerId, LayerFeature[]>>,
  visible: readonly ClusteredLayer[],
  stations: readonly LayerFeature[],
  zoom: number,
): PointLayout {
  const key = [zoom, stations, ...visible.flatMap((id) => [id, data[id]])];
  if (memo && memo.key.length === key.length && memo.key.every((k, i) => k === key[i])) return memo.layout;
  const singles: PointLayout['singles'] = {};
  let clusters: FeatureCluster[] = [];
  if (zoom >= CLUSTER_BELOW_ZOOM) {
    for (const id of visible) singles[id] = problemsLast(id, data[id] ?? []);
  } else {
    const members: Member[] = visible.flatMap((layer) => (data[layer] ?? []).map((feature) => ({ layer, feature })));
    const obstacles: Obstacle[] = stations.map((f) => ({ position: positionOf(f), radius: stationRadius(f) }));
    const placed = declutterPoints(members, (m) => positionOf(m.feature), {
      zoom,
      isProblem: (m) => isProblemFeature(m.layer, m.feature.properties),
      singleRadius: SINGLE_RADIUS,
      // wider lanes between symbols when zoomed out, so the township names find room between them
      gap: zoom < 11 ? 10 : 6,
      obstacles,
    });
    for (const id of visible) singles[id] = [];
    for (const symbol of placed) {
      if (symbol.members.length === 1) {
        const m = symbol.members[0] as Member;
        singles[m.layer as ClusteredLayer]?.push(m.feature);
        continue;
      }
      const byLayer: FeatureCluster['byLayer'] = {};
      for (const m of symbol.members) byLayer[m.layer] = (byLayer[m.layer] ?? 0) + 1;
      clusters.push({
        position: symbol.position,
        count: symbol.members.length,
        problems: symbol.problems,
        radius: symbol.radius,
        byLayer,
        members: symbol.members,
      });
    }
    for (const id of visible) singles[id] = problemsLast(id, singles[id] ?? []);
    clusters = [...clusters.filter((c) => c.problems === 0), ...clusters.filter((c) => c.problems > 0)];
  }
  const layout = { singles, clusters };
  memo = { key, layout };
  return layout;
}

/** `[lon, lat]` of a point feature. */
export function positionOf(f: LayerFeature): [number, number] {
  const g = f.geometry;
  if (g.type !== 'Point') throw new Error(`expected a Point, got ${g.type}`);
  return [g.coordinates[0] as number, g.coordinates[1] as number];
}

/** The text written on a cluster: its count, and under it ×N its members with a problem. */
export const clusterText = (c: FeatureCluster) => (c.problems > 0 ? `${c.count}\n×${c.problems}` : String(c.count));

export const CLUSTER_TEXT_SIZE = 11;
export const STATION_TEXT_SIZE = 11;
export const TOWNSHIP_TEXT_SIZE = 13;
export const COUNTY_TEXT_SIZE = 14;

/** What may carry a label, before placement. */
export interface LabelInput {
  clusters: readonly FeatureCluster[];
  /** National stations with a reading: their AQI number on their circle. */
  stationLabels: readonly { position: [number, number]; text: string }[];
  /** Every station's circle (labels keep off them). */
  stationCircles: readonly Obstacle[];
  townships: readonly { position: [number, number]; text: string }[];
  counties: readonly { position: [number, number]; text: string }[];
  builtUp: readonly { position: [number, number]; text: string }[];
}

function candidate(
  kind: DrawnLabel['kind'],
  text: string,
  position: [number, number],
  size: number,
  offsets: readonly [number, number][] = [[0, 0]],
  halo = 0,
): LabelCandidate<DrawnLabel> {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((line) => textWidth(line, size))) + 2 * halo;
  const height = Math.ceil(lines.length * size * 1.15) + 2 * halo;
  return { datum: { kind, text, position, offset: [0, 0], width, height, size }, position, width, height, offsets };
}

/**
 * The labels drawn at `zoom`, none overlapping another: cluster counts with problems, station AQI numbers, the other
 * cluster counts (each on its own disc), then, keeping off every disc and station, township names (on their seat, or
 * just above, below, right or left of it), county names and the built-up area's label. A label with no free place is
 * not drawn.
 */
export function placeMapLabels(input: LabelInput, zoom: number): DrawnLabel[] {
  const board = new LabelBoard(zoom);
  const count = (c: FeatureCluster) => candidate('cluster-count', clusterText(c), c.position, CLUSTER_TEXT_SIZE);
  const around = (text: string, size: number, halo: number): [number, number][] => {
    const w = textWidth(text, size) / 2 + halo;
    const dy = Math.ceil(size * 1.15) + 2;
    return [
      [0, 0],
      [0, -dy],
      [0, dy],
      [w + 12, 0],
      [-w - 12, 0],
    ];
  };
  const placed: PlacedLabel<DrawnLabel>[] = [
    ...board.place(input.clusters.filter((c) => c.problems > 0).map(count)),
    ...board.place(input.stationLabels.map((s) => candidate('station-aqi', s.text, s.position, STATION_TEXT_SIZE))),
    ...board.place(input.clusters.filter((c) => c.problems === 0).map(count)),
  ];
  // township names keep off the stations, and off the discs while they find another place (never off their counts)
  board.block(input.stationCircles);
  board.block(
    input.clusters.map((c) => ({ position: c.position, radius: c.radius })),
    true,
  );
  placed.push(
    ...board.place(
      input.townships.map((t) =>
        candidate('township', t.text, t.position, TOWNSHIP_TEXT_SIZE, around(t.text, TOWNSHIP_TEXT_SIZE, 3), 3),
      ),
    ),
    ...board.place(input.counties.map((c) => candidate('county', c.text, c.position, COUNTY_TEXT_SIZE))),
    ...board.place(
      input.builtUp.map((b) =>
        candidate('built-up', b.text, b.position, TOWNSHIP_TEXT_SIZE, around(b.text, TOWNSHIP_TEXT_SIZE, 3), 3),
      ),
    ),
  );
  return placed.map((p) => ({ ...p.datum, offset: p.offset }));
}

/** What the map drew last: for the browser tests (`window.lantian.legibility()`) and curious IT staff. */
export interface Legibility {
  zoom: number;
  /** Features of the clustered layers shown (before clustering). */
  features: number;
  /** Point symbols drawn: singles plus cluster discs (stations not counted). */
  symbols: number;
  clusters: { position: [number, number]; count: number; problems: number; radius: number }[];
  labels: DrawnLabel[];
}
let last: Legibility | null = null;
/** Records what was drawn (build-deck-layers does, each time it builds the layers). */
export function recordLegibility(value: Legibility): void {
  last = value;
}
/** What the map drew last, or null before it drew. */
export function lastLegibility(): Legibility | null {
  return last;
}
