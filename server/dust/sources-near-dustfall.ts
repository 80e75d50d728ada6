/**
 * What lies around a dustfall point over the limit (issue 16, task 12): the sources within 1, 3 and 5 km by type,
 * and the nearest few. Pure: plain values in, plain values out.
 *
 * @module
 */
import type { Position } from 'geojson';
import { geodesicDistanceM } from '../roads/geodesic-distance.ts';
import { industryGroups, type IndustryGroup } from '../schema/enums/industry.ts';
import type { DustfallPointSources, DustSourceRing, NearbyDustSource } from '../schema/dust-sources.ts';

/** The rings' radii, km; cumulative (each ring holds everything within its radius). */
export const DUST_SOURCE_RINGS_KM = [1, 3, 5] as const;
/** How many of the nearest sources of each kind each point lists (failing stockyards within 5 km come on top). */
export const NEAREST_PER_LAYER = 3;

/** How a stockyard or construction site stands at its latest inspection. */
export type InspectedStatus = 'failing' | 'compliant' | 'never-inspected';

/** The sources the analysis looks at; positions `[lon, lat]` WGS84. */
export interface DustSourceInputs {
  stockyards: readonly { id: string; name: string; position: Position; status: InspectedStatus }[];
  /** Active construction sites only. */
  sites: readonly { id: string; name: string; position: Position; status: InspectedStatus }[];
  /** Operating enterprises only. */
  enterprises: readonly { id: string; name: string; position: Position; group: IndustryGroup }[];
  roads: readonly { id: string; name: string; line: readonly Position[]; behind: boolean }[];
}

/** A dustfall point over the limit. */
export interface OverLimitPoint {
  id: string;
  name: string;
  township: string;
  townshipName: string;
  position: [number, number];
  /** t/(km²·month). */
  value: number;
}

/** Geodesic metres between two positions, rounded to the millimetre so a source placed at a ring's edge is on it. */
function distanceM(a: Position, b: Position): number {
  return Math.round(geodesicDistanceM(a[0] as number, a[1] as number, b[0] as number, b[1] as number) * 1000) / 1000;
}

/** Equirectangular metres: within 0.5 % of the geodesic at district scale; only to skip what is clearly far. */
function roughM(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const x = ((b[0] as number) - (a[0] as number)) * rad * Math.cos((((a[1] as number) + (b[1] as number)) / 2) * rad);
  const y = ((b[1] as number) - (a[1] as number)) * rad;
  return Math.hypot(x, y) * 6_371_008.8;
}

/** True when `a` is clearly further than `radiusM` from `b` (by more than the rough distance's error). */
const clearlyBeyond = (a: Position, b: Position, radiusM: number) => roughM(a, b) > radiusM * 1.01 + 50;

const lerp = (a: Position, b: Position, t: number): [number, number] => [
  (a[0] as number) + ((b[0] as number) - (a[0] as number)) * t,
  (a[1] as number) + ((b[1] as number) - (a[1] as number)) * t,
];

/**
 * Metres east and north of `centre` on the plane tangent to the WGS84 ellipsoid there (radii of curvature at the
 * centre's latitude): within millimetres of the geodesic at 5 km, and cheap enough for roads walked in short steps.
 */
function localPlane(centre: Position): (p: Position) => [number, number] {
  const a = 6_378_137;
  const e2 = 6.69437999014e-3;
  const phi = ((centre[1] as number) * Math.PI) / 180;
  const w = 1 - e2 * Math.sin(phi) ** 2;
  const metresPerRadLat = (a * (1 - e2)) / w ** 1.5;
  const metresPerRadLon = (a / Math.sqrt(w)) * Math.cos(phi);
  const rad = Math.PI / 180;
  return (p) => [
    ((p[0] as number) - (centre[0] as number)) * rad * metresPerRadLon,
    ((p[1] as number) - (centre[1] as number)) * rad * metresPerRadLat,
  ];
}

/**
 * Metres of `line` within `radiusM` of `centre` (each edge clipped exactly against the circle on the local plane),
 * and the line's nearest point to the centre with its distance.
 */
function roadNearCentre(
  line: readonly Position[],
  centre: Position,
  radiiM: readonly number[],
): { withinM: number[]; nearest: [number, number]; nearestM: number } {
  const toPlane = localPlane(centre);
  const withinM = radiiM.map(() => 0);
  let nearest: [number, number] = [line[0]?.[0] as number, line[0]?.[1] as number];
  let nearestM = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Position;
    const b = line[i + 1] as Position;
    const [ax, ay] = toPlane(a);
    const [bx, by] = toPlane(b);
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSq = dx * dx + dy * dy;
    if (lengthSq === 0) continue;
    const length = Math.sqrt(lengthSq);
    // the closest point of the edge to the centre (the plane's origin)
    const tClosest = Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSq));
    const closestM = Math.hypot(ax + dx * tClosest, ay + dy * tClosest);
    if (closestM < nearestM) {
      nearestM = closestM;
      nearest = lerp(a, b, tClosest);
    }
    // |A + t·D|² = r²: the edge's part inside the circle is t in [t1, t2] ∩ [0, 1]
    const half = (ax * dx + ay * dy) / lengthSq;
    const c = (ax * ax + ay * ay) / lengthSq;
    radiiM.forEach((r, k) => {
      const disc = half * half - c + (r * r) / lengthSq;
      if (disc < 0) return;
      const root = Math.sqrt(disc);
      const t1 = Math.max(0, -half - root);
      const t2 = Math.min(1, -half + root);
      if (t2 > t1) withinM[k] = (withinM[k] as number) + (t2 - t1) * length;
    });
  }
  return { withinM, nearest, nearestM };
}

/**
 * True when no point of `line` can lie within `radiusM` of `centre`: its first vertex is further than the line's
 * length plus the rough distance's error.
 */
function farAway(line: readonly Position[], centre: Position, radiusM: number): boolean {
  let lengthM = 0;
  for (let i = 0; i + 1 < line.length; i++) lengthM += roughM(line[i] as Position, line[i + 1] as Position);
  return roughM(line[0] as Position, centre) - lengthM > radiusM * 1.01 + 50;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

function emptyRing(radiusKm: number): DustSourceRing {
  const byGroup = Object.fromEntries(industryGroups.map((g) => [g, 0])) as Record<IndustryGroup, number>;
  return {
    radiusKm,
    stockyards: { failing: 0, compliant: 0, neverInspected: 0 },
    constructionSites: { failing: 0, compliant: 0, neverInspected: 0 },
    enterprises: { total: 0, byGroup },
    roads: { segments: 0, km: 0, behindKm: 0 },
  };
}

const countKey = (status: InspectedStatus) => (status === 'never-inspected' ? 'neverInspected' : status);

/**
 * The sources around each over-limit point: for each ring of {@link DUST_SOURCE_RINGS_KM} (cumulative; geodesic
 * distance on WGS84, rounded to the millimetre; a source at exactly the radius is inside) the stockyards and active
 * construction sites by inspection status, the operating enterprises by industry group, and the road segments
 * reaching into the ring with their km inside it and the km of those behind their cleaning schedule; and the
 * {@link NEAREST_PER_LAYER} nearest sources of each kind within the largest ring, plus every failing stockyard in
 * it, nearest first (ties by layer and id). Points keep their order.
 *
 * @example
 * const [point] = sourcesNearDustfall([{ id: 'D1', name: '…', township: '140902001', townshipName: '秀容街道',
 *   position: [112.73, 38.42], value: 8.2 }], { stockyards: [], sites: [], enterprises: [], roads: [] });
 * point.rings.map((r) => r.radiusKm); // [1, 3, 5]
 */
export function sourcesNearDustfall(
  points: readonly OverLimitPoint[],
  sources: DustSourceInputs,
): DustfallPointSources[] {
  const outerM = Math.max(...DUST_SOURCE_RINGS_KM) * 1000;
  return points.map((point) => {
    const centre = point.position;
    const rings = DUST_SOURCE_RINGS_KM.map(emptyRing);
    const nearby: NearbyDustSource[] = [];
    const inRings = (d: number) => rings.filter((r) => d <= r.radiusKm * 1000);
    for (const y of sources.stockyards) {
      if (clearlyBeyond(y.position, centre, outerM)) continue;
      const d = distanceM(y.position, centre);
      for (const ring of inRings(d)) ring.stockyards[countKey(y.status)] += 1;
      if (d <= outerM) nearby.push(near('stockyards', y.id, y.name, d, y.position, y.status, null));
    }
    for (const s of sources.sites) {
      if (clearlyBeyond(s.position, centre, outerM)) continue;
      const d = distanceM(s.position, centre);
      for (const ring of inRings(d)) ring.constructionSites[countKey(s.status)] += 1;
      if (d <= outerM) nearby.push(near('construction-sites', s.id, s.name, d, s.position, s.status, null));
    }
    for (const e of sources.enterprises) {
      if (clearlyBeyond(e.position, centre, outerM)) continue;
      const d = distanceM(e.position, centre);
      for (const ring of inRings(d)) {
        ring.enterprises.total += 1;
        ring.enterprises.byGroup[e.group] += 1;
      }
      if (d <= outerM) nearby.push(near('enterprises', e.id, e.name, d, e.position, null, e.group));
    }
    for (const road of sources.roads) {
      if (road.line.length < 2 || farAway(road.line, centre, outerM)) continue;
      const { withinM, nearest, nearestM } = roadNearCentre(
        road.line,
        centre,
        rings.map((r) => r.radiusKm * 1000),
      );
      rings.forEach((ring, k) => {
        if (nearestM > ring.radiusKm * 1000) return;
        const km = (withinM[k] as number) / 1000;
        ring.roads.segments += 1;
        ring.roads.km += km;
        if (road.behind) ring.roads.behindKm += km;
      });
      const status = road.behind ? 'behind' : 'on-schedule';
      if (nearestM <= outerM) nearby.push(near('road-segments', road.id, road.name, nearestM, nearest, status, null));
    }
    for (const ring of rings) {
      ring.roads.km = round3(ring.roads.km);
      ring.roads.behindKm = round3(ring.roads.behindKm);
    }
    nearby.sort((a, b) => a.distanceM - b.distanceM || a.layer.localeCompare(b.layer) || a.id.localeCompare(b.id));
    const shown = new Map<string, number>();
    const nearest = nearby.filter((s) => {
      const n = (shown.get(s.layer) ?? 0) + 1;
      shown.set(s.layer, n);
      return n <= NEAREST_PER_LAYER || (s.layer === 'stockyards' && s.status === 'failing');
    });
    return { ...point, rings, nearest };
  });
}

function near(
  layer: NearbyDustSource['layer'],
  id: string,
  name: string,
  distance: number,
  position: Position,
  status: NearbyDustSource['status'],
  group: IndustryGroup | null,
): NearbyDustSource {
  return {
    layer,
    id,
    name,
    distanceM: Math.round(distance),
    position: [position[0] as number, position[1] as number],
    status,
    group,
  };
}
