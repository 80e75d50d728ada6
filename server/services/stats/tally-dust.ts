/**
 * Counting the issue-16 layers inside one area for the statistics (tally-area.ts): the point layers at
 * their as-of positions (a box check and the exact test, as the machines), road km (each line clipped to
 * the area's polygon, line-length-inside.ts) and the built-up area's km² inside (polygon intersection).
 * The clipped road km and built-up km² of a township or the district are kept on the as-of snapshot.
 *
 * @module
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { AreaStatistics, StatsLayerId } from '../../schema/stats.ts';
import { bboxesIntersect } from '../../spatial/bbox-of.ts';
import { createAreaIntersector } from '../../spatial/intersection-area.ts';
import { intersectPolygons } from '../../spatial/intersect-polygons.ts';
import {
  type DustSnapshot,
  type PointSet,
  VEHICLE_DIRTY_DIESEL_TRUCK,
  VEHICLE_IN_USE,
  VEHICLE_NEW_ENERGY,
} from './dust-snapshot.ts';
import { edgeSet, lineKmInside } from './line-length-inside.ts';
import type { PointTest } from './tally-area.ts';

/** The area's shape for the line and polygon layers; `key` names a township or the district for the cache. */
export interface AreaShape {
  key: string | null;
  geometry: Polygon | MultiPolygon;
}

/** The issue-16 fields of a statistics row. */
export type DustFields = Pick<
  AreaStatistics,
  'vehicles' | 'checkpoints' | 'repairShops' | 'muckTrucks' | 'roads' | 'stockyards' | 'builtUpArea'
>;

/** The point-layer counts and the fields of one area. */
export interface DustTally {
  counts: Partial<Record<StatsLayerId, number>>;
  fields: DustFields;
}

/** Clipped road km per segment and built-up km² of a cached area. */
interface ClippedArea {
  roadKm: Float64Array;
  builtUpKm2: number;
  builtUpProvisional: boolean;
}

const clipCaches = new WeakMap<DustSnapshot, Map<string, ClippedArea>>();

function forEachInside(points: PointSet, area: PointTest, visit: (i: number) => void): number {
  const [minX, minY, maxX, maxY] = area.bbox;
  let n = 0;
  for (let i = 0; i < points.lon.length; i++) {
    const x = points.lon[i] as number;
    const y = points.lat[i] as number;
    if (x < minX || x > maxX || y < minY || y > maxY || !area.contains(x, y)) continue;
    n++;
    visit(i);
  }
  return n;
}

function clip(dust: DustSnapshot, area: PointTest, shape: AreaShape): ClippedArea {
  const edges = edgeSet(shape.geometry, (x, y) => area.contains(x, y), area.bbox);
  const roadKm = new Float64Array(dust.roads.length);
  dust.roads.forEach((road, r) => {
    if (bboxesIntersect(road.bbox, area.bbox)) roadKm[r] = lineKmInside(road.line, road.segmentKms, edges);
  });
  let builtUpKm2 = 0;
  let builtUpProvisional = false;
  if (dust.builtUp.length > 0) {
    const intersector = createAreaIntersector(shape.geometry);
    for (const b of dust.builtUp) {
      if (!bboxesIntersect(b.bbox, area.bbox)) continue;
      const exact = intersector.intersect(b.geometry);
      const km2 = exact
        ? exact.areaKm2
        : (intersectPolygons(shape.geometry, [{ id: b.id, geometry: b.geometry, bbox: b.bbox }])[0]?.areaKm2 ?? 0);
      builtUpKm2 += km2;
      if (km2 > 0 && b.provisional) builtUpProvisional = true;
    }
  }
  return { roadKm, builtUpKm2, builtUpProvisional };
}

function clipped(dust: DustSnapshot, area: PointTest, shape: AreaShape): ClippedArea {
  if (shape.key === null) return clip(dust, area, shape);
  let cache = clipCaches.get(dust);
  if (!cache) clipCaches.set(dust, (cache = new Map()));
  let hit = cache.get(shape.key);
  if (!hit) cache.set(shape.key, (hit = clip(dust, area, shape)));
  return hit;
}

/**
 * Counts the issue-16 layers of `dust` inside `area`; `violators` are the muck trucks with a muck-rule alert
 * raised in the month up to as-of.
 *
 * @example
 * const { counts, fields } = tallyDust(dust, violators, township.prepared, { key: code, geometry });
 * fields.roads.km; // geodesic km of main road inside the township
 */
export function tallyDust(
  dust: DustSnapshot,
  violators: ReadonlySet<string>,
  area: PointTest,
  shape: AreaShape,
): DustTally {
  let inUse = 0;
  let dirty = 0;
  let newEnergy = 0;
  const vehicles = forEachInside(dust.vehicles, area, (i) => {
    const flags = dust.vehicles.flags[i] as number;
    if (flags & VEHICLE_IN_USE) inUse++;
    if (flags & VEHICLE_DIRTY_DIESEL_TRUCK) dirty++;
    if (flags & VEHICLE_NEW_ENERGY) newEnergy++;
  });
  let checks = 0;
  let hits = 0;
  const checkpoints = forEachInside(dust.checkpoints, area, (i) => {
    checks += dust.checkpoints.checks[i] as number;
    hits += dust.checkpoints.hits[i] as number;
  });
  let openFinding = 0;
  const shops = forEachInside(dust.repairShops, area, (i) => {
    openFinding += dust.repairShops.open[i] as number;
  });
  let violating = 0;
  const trucks = forEachInside(dust.muckTrucks, area, (i) => {
    if (violators.has(dust.muckTrucks.ids[i] as string)) violating++;
  });
  let failing = 0;
  let uninspected = 0;
  let areaM2 = 0;
  const yards = forEachInside(dust.stockyards, area, (i) => {
    const compliant = dust.stockyards.compliant[i];
    if (compliant === 0) failing++;
    if (compliant === 255) uninspected++;
    areaM2 += dust.stockyards.areaM2[i] as number;
  });

  const cut = clipped(dust, area, shape);
  let segments = 0;
  let km = 0;
  let behindSegments = 0;
  let behindKm = 0;
  dust.roads.forEach((road, r) => {
    const inside = cut.roadKm[r] as number;
    if (inside <= 0) return;
    segments++;
    km += inside;
    if (road.behind) {
      behindSegments++;
      behindKm += inside;
    }
  });

  return {
    counts: {
      vehicles,
      checkpoints,
      'repair-shops': shops,
      'muck-trucks': trucks,
      stockyards: yards,
    },
    fields: {
      vehicles: { inUse, dieselTrucksIVAndBelow: dirty, newEnergy },
      checkpoints: { ...dust.checkWindow, checks, hits, hitRate: checks > 0 ? hits / checks : null },
      repairShops: { openFinding },
      muckTrucks: { violating },
      roads: { segments, km, behindSegments, behindKm },
      stockyards: { failing, uninspected, areaM2 },
      builtUpArea: { km2: cut.builtUpKm2, provisional: cut.builtUpProvisional },
    },
  };
}
