/**
 * Spatial statistics of townships, the district and drawn areas (issue 4), computed from the
 * in-memory {@link StatsIndex} with the pure functions of `server/spatial/`.
 *
 * **Counts** are the features of each point layer that lie inside the area (boundary included,
 * `pointInPolygon` semantics), exactly as `/api/layers/:id` serves them at the same as-of: for a
 * drawn area, inside the drawn shape (every feature lies in the district, so that is also inside
 * the clipped area); for a township, inside its polygon (a point exactly on a shared boundary
 * counts in both townships); for the district, inside any township (each point once).
 *
 * **Dustfall of an area** (t/(km²·month)): a township's value is the plain mean of the month's
 * readings of the dustfall points inside it (null when none has a reading); the district's and
 * a drawn area's is the mean of the township values weighted by the area each township
 * contributes (all of it for the district, the intersected part for a drawn area), townships
 * without a value left out and the weights renormalised. So a drawn area equal to a township
 * gets that township's value, one covering the district the district's, and the district value
 * is an area average, as the plan's target (≤ 7) is.
 *
 * The server keeps one repository per thread that answers statistics: each worker of the task
 * pool over its own read-only connection (server/workers/task-context.ts), or one over the
 * server's connection when the pool runs inline. Each index notices writes by other connections
 * through the data version, so a worker's index follows an import committed elsewhere.
 *
 * @module
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Bbox } from '../schema/common.ts';
import { sixChecks } from '../schema/construction-site.ts';
import { DUSTFALL_LIMIT } from '../schema/dustfall-point.ts';
import { industries, industryGroups, industryInfo } from '../schema/enterprise.ts';
import {
  statsLayerIds, statsPollutants,
  type AreaStatistics, type AreaStatsRequest, type AreaStatsResponse, type GeometryErrorBody, type GeometryProblem, type TownshipStatsResponse,
} from '../schema/stats.ts';
import { heatingStatuses } from '../schema/village.ts';
import { areaWeightedMean } from '../spatial/area-weighted-mean.ts';
import { bboxesIntersect } from '../spatial/bbox-of.ts';
import { circlePolygon } from '../spatial/circle-polygon.ts';
import { geodesicAreaKm2, geodesicPerimeterKm } from '../spatial/geodesic-area.ts';
import { createAreaIntersector } from '../spatial/intersection-area.ts';
import { intersectPolygons } from '../spatial/intersect-polygons.ts';
import { preparePolygon } from '../spatial/prepared-polygon.ts';
import { validateGeometry } from '../spatial/validate-geometry.ts';
import type { Db } from './open-database.ts';
import { cstMinute, createStatsIndex, entityLayers, type AsOfSnapshot, type MonthPositions, type StatsData, type StatsIndex } from './stats-index.ts';

/** An area to count in: its box and an exact containment test, `[lon, lat]` degrees. */
interface PointTest {
  bbox: Bbox;
  contains(lon: number, lat: number): boolean;
}

/** The outcome of a drawn-area request: statistics, or the problems of the geometry with the HTTP status to answer. */
export type AreaStatsOutcome =
  | { ok: true; value: AreaStatsResponse }
  | { ok: false; status: 413 | 422; body: GeometryErrorBody };

/** Statistics queries over one database. */
export interface StatsRepository {
  /** The 18 township rows and the district row (GET /api/stats/townships). */
  townshipTable(query: { month?: string; asOf?: string }): TownshipStatsResponse;
  /** Statistics of a drawn area (POST /api/stats/area). */
  areaStatistics(request: AreaStatsRequest): AreaStatsOutcome;
  /** The underlying index (built lazily; see stats-index.ts for when it rebuilds). */
  readonly index: StatsIndex;
}

/** Less than this much drawn area outside the district (km², i.e. 1 m²) is not "clipped" in the fallback path. */
const CLIP_TOLERANCE_KM2 = 1e-6;

/** Raw counts of one area. */
interface Tally {
  layers: Int32Array;
  industry: Int32Array;
  sitesFailing: number;
  sitesUninspected: number;
  sitesActive: number;
  sitesActiveFailing: number;
  failedChecks: Int32Array;
  heating: Int32Array;
  stationsNational: number;
  stationsActive: number;
  stations: number[];
  dustfallPoints: number[];
  fuelOpen: number;
  machinesBanned: number;
  machinesBannedInZones: number;
  activityPositions: number;
  activityMachines: number;
  activityBanned: number;
}

/** Everything a query at one as-of and month needs. */
interface QueryContext {
  index: StatsIndex;
  data: StatsData;
  asOf: string;
  month: string;
  snapshot: AsOfSnapshot;
  positions: MonthPositions;
  limitMinute: number;
  window: { from: string; to: string };
  /** Per township (by index): the month's dustfall, plain mean of its points' readings. */
  townshipDustfall: Array<{ value: number | null; points: number }>;
  dustfall: Float64Array;
}

const statsIndexOfEntityLayer = entityLayers.map((layer) => statsLayerIds.indexOf(layer));
const MACHINES = statsLayerIds.indexOf('machines');

/**
 * Creates the statistics repository of `db`; the index behind it is built on first use.
 *
 * @example
 * const stats = createStatsRepository(db);
 * stats.townshipTable({}).district.dustfall.value; // t/(km²·month), area-weighted
 */
export function createStatsRepository(db: Db): StatsRepository {
  const index = createStatsIndex(db);

  const context = (query: { month?: string | undefined; asOf?: string | undefined }): QueryContext => {
    const data = index.data();
    const asOf = query.asOf ?? index.defaultAsOf();
    const month = query.month ?? index.latestDustfallMonth(asOf.slice(0, 7)) ?? asOf.slice(0, 7);
    const dustfall = index.dustfall(month);
    return {
      index, data, asOf, month, dustfall,
      snapshot: index.atAsOf(asOf),
      positions: index.monthPositions(month),
      limitMinute: cstMinute(asOf),
      window: readingsWindow(month, asOf),
      townshipDustfall: data.townships.map((t) => {
        let sum = 0;
        let points = 0;
        for (let i = 0; i < dustfall.length; i++) {
          const value = dustfall[i] as number;
          if (Number.isNaN(value) || !t.prepared.contains(data.dustfallPoints.lon[i] as number, data.dustfallPoints.lat[i] as number)) continue;
          sum += value;
          points++;
        }
        return { value: points > 0 ? sum / points : null, points };
      }),
    };
  };

  return {
    index,

    townshipTable(query) {
      const ctx = context(query);
      const { data } = ctx;
      const townships = data.townships.map((t, k) => {
        const own = ctx.townshipDustfall[k] ?? { value: null, points: 0 };
        const tally = tallyArea(ctx, t.prepared);
        return { code: t.code, name: t.name, ...statistics(ctx, tally, t.areaKm2, { value: own.value, method: 'point-mean', coverageKm2: own.value === null ? 0 : t.areaKm2 }) };
      });
      const district: PointTest = {
        bbox: data.district.bbox,
        contains: (lon, lat) =>
          data.townships.some((t) => lon >= t.bbox[0] && lon <= t.bbox[2] && lat >= t.bbox[1] && lat <= t.bbox[3] && t.prepared.contains(lon, lat)),
      };
      const weighted = areaWeightedMean(data.townships.map((t, k) => ({ areaKm2: t.areaKm2, value: ctx.townshipDustfall[k]?.value ?? null })));
      const tally = tallyArea(ctx, district);
      return {
        month: ctx.month,
        asOf: ctx.asOf,
        townships,
        district: statistics(ctx, tally, data.district.areaKm2, { ...weighted, method: 'area-weighted' }),
      };
    },

    areaStatistics(request) {
      const raw = request.circle ? circlePolygon(request.circle.center, request.circle.radiusM, request.circle.vertices ?? 128) : request.geometry;
      const checked = validateGeometry(raw, { expectedBbox: index.data().district.bbox });
      if (!checked.ok) return failure(checked.problems, request.circle ? 'circle' : 'geometry');
      const { geometry } = checked;
      const ctx = context(request);
      const { data } = ctx;

      const drawnAreaKm2 = geodesicAreaKm2(geometry);
      const perimeterKm = geodesicPerimeterKm(geometry);
      const intersector = createAreaIntersector(geometry);
      const parts = data.townships.flatMap((t, k) => {
        if (!bboxesIntersect(intersector.bbox, t.bbox)) return [];
        const exact = intersector.intersect(t.geometry);
        const areaKm2 = exact ? exact.areaKm2 : (intersectPolygons(geometry, [{ id: t.code, geometry: t.geometry, bbox: t.bbox }])[0]?.areaKm2 ?? 0);
        return areaKm2 > 0 ? [{ k, code: t.code, name: t.name, areaKm2 }] : [];
      });
      const insideKm2 = parts.reduce((sum, p) => sum + p.areaKm2, 0);
      const clipped = isClipped(geometry, data.district.geometry, drawnAreaKm2, intersector);
      const areaKm2 = clipped ? insideKm2 : drawnAreaKm2;
      const outsideAreaKm2 = clipped ? Math.max(0, drawnAreaKm2 - insideKm2) : 0;

      const weighted = areaWeightedMean(parts.map((p) => ({ areaKm2: p.areaKm2, value: ctx.townshipDustfall[p.k]?.value ?? null })));
      const tally = tallyArea(ctx, preparePolygon(geometry));
      const warnings = checked.warnings.map((w) => `${w.message}${w.hint ? ` (${w.hint})` : ''}`);
      if (clipped && insideKm2 === 0) warnings.push('the shape lies wholly outside the district: there is nothing to count, every count is 0');
      else if (clipped) warnings.push(`the shape extends ${outsideAreaKm2.toFixed(3)} km² beyond the district; the statistics cover the ${areaKm2.toFixed(3)} km² inside it`);

      const value: AreaStatsResponse = {
        month: ctx.month,
        asOf: ctx.asOf,
        ...statistics(ctx, tally, areaKm2, { ...weighted, method: 'area-weighted' }),
        perimeterKm,
        drawnAreaKm2,
        outsideAreaKm2,
        clipped,
        vertices: checked.vertices,
        townships: parts.map((p) => ({
          code: p.code, name: p.name, areaKm2: p.areaKm2, share: insideKm2 > 0 ? p.areaKm2 / insideKm2 : 0, dustfall: ctx.townshipDustfall[p.k]?.value ?? null,
        })),
        warnings,
      };
      return { ok: true, value };
    },
  };
}

/** Whether part of `geometry` lies outside the district: exactly from the boundary walk, or by area when boundaries touch. */
function isClipped(geometry: Polygon | MultiPolygon, district: Polygon | MultiPolygon, drawnAreaKm2: number, intersector: ReturnType<typeof createAreaIntersector>): boolean {
  const exact = intersector.intersect(district);
  if (exact) return exact.aLeavesB || exact.bEntersA;
  const inside = intersectPolygons(geometry, [{ id: 'district', geometry: district }])[0]?.areaKm2 ?? 0;
  return drawnAreaKm2 - inside > CLIP_TOLERANCE_KM2;
}

/** The 4xx answer for an unusable geometry: 413 over the vertex limit, else 422; the message lists the first problems. */
function failure(problems: GeometryProblem[], subject: 'geometry' | 'circle'): AreaStatsOutcome {
  const errors = problems.filter((p) => p.severity === 'error');
  const tooBig = errors.some((p) => p.code === 'too-many-vertices');
  const listed = errors.slice(0, 3).map((p) => p.message);
  const message = `${subject}: ${listed.join('; ')}${errors.length > 3 ? `; and ${errors.length - 3} more problems` : ''}`;
  return {
    ok: false,
    status: tooBig ? 413 : 422,
    body: { error: { code: tooBig ? 'payload_too_large' : 'invalid_request', message, problems } },
  };
}

/** Hour-ending timestamps of `month` up to as-of: after `from`, up to and including `to`. */
function readingsWindow(month: string, asOf: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const from = `${month}-01T00:00`;
  const monthEnd = mon === 12 ? `${year + 1}-01-01T00:00` : `${year}-${String(mon + 1).padStart(2, '0')}-01T00:00`;
  const to = asOf < monthEnd ? asOf : monthEnd;
  return { from, to: to < from ? from : to };
}

/** Counts everything inside `area`. */
function tallyArea(ctx: QueryContext, area: PointTest): Tally {
  const { data, snapshot } = ctx;
  const t: Tally = {
    layers: new Int32Array(statsLayerIds.length), industry: new Int32Array(industries.length),
    sitesFailing: 0, sitesUninspected: 0, sitesActive: 0, sitesActiveFailing: 0, failedChecks: new Int32Array(sixChecks.length),
    heating: new Int32Array(heatingStatuses.length), stationsNational: 0, stationsActive: 0, stations: [], dustfallPoints: [], fuelOpen: 0,
    machinesBanned: 0, machinesBannedInZones: 0, activityPositions: 0, activityMachines: 0, activityBanned: 0,
  };
  const { layer, local } = data.entities;
  data.entities.index.forEachInPolygon(area, (i) => {
    const l = layer[i] as number;
    const j = local[i] as number;
    (t.layers[statsIndexOfEntityLayer[l] as number] as number)++;
    switch (entityLayers[l]) {
      case 'enterprises':
        (t.industry[data.enterprises.industry[j] as number] as number)++;
        break;
      case 'construction-sites': {
        const compliant = snapshot.siteCompliant[j];
        const active = snapshot.siteActive[j] === 1;
        if (active) t.sitesActive++;
        if (compliant === 255) t.sitesUninspected++;
        if (compliant === 0) {
          t.sitesFailing++;
          if (active) t.sitesActiveFailing++;
          const mask = snapshot.siteFailed[j] as number;
          for (let c = 0; c < sixChecks.length; c++) if (mask & (1 << c)) (t.failedChecks[c] as number)++;
        }
        break;
      }
      case 'villages':
        (t.heating[snapshot.villageStatus[j] as number] as number)++;
        break;
      case 'stations':
        t.stations.push(j);
        if (data.stations.national[j] === 1) t.stationsNational++;
        if (data.stations.active[j] === 1) t.stationsActive++;
        break;
      case 'dustfall-points':
        t.dustfallPoints.push(j);
        break;
      case 'fuel-points':
        if (data.fuelPoints.open[j] === 1) t.fuelOpen++;
        break;
      default:
        break;
    }
  });

  // Machines at their latest position at as-of (a few thousand: a box check and the exact test).
  const { machines } = data;
  const [minX, minY, maxX, maxY] = area.bbox;
  for (let m = 0; m < machines.ids.length; m++) {
    const p = snapshot.machineLatest[m] as number;
    if (p < 0) continue;
    const x = machines.lon[p] as number;
    const y = machines.lat[p] as number;
    if (x < minX || x > maxX || y < minY || y > maxY || !area.contains(x, y)) continue;
    (t.layers[MACHINES] as number)++;
    if (machines.banned[m] === 1) {
      t.machinesBanned++;
      if (snapshot.machineInZone[m] === 1 && machines.exempt[m] === 0) t.machinesBannedInZones++;
    }
  }

  // Position reports of the month up to as-of, through the month's flatbush index.
  const seen = new Uint8Array(machines.ids.length);
  const { machine, minute } = ctx.positions;
  ctx.positions.index.forEachInPolygon(area, (i) => {
    if ((minute[i] as number) > ctx.limitMinute) return;
    t.activityPositions++;
    const m = machine[i] as number;
    if (seen[m] === 1) return;
    seen[m] = 1;
    t.activityMachines++;
    if (machines.banned[m] === 1) t.activityBanned++;
  });
  return t;
}

/** Turns a tally into the response shape; `dust` is the area's dustfall value and how it was obtained. */
function statistics(
  ctx: QueryContext,
  t: Tally,
  areaKm2: number,
  dust: { value: number | null; coverageKm2: number; method: 'point-mean' | 'area-weighted' },
): AreaStatistics {
  const density = (n: number): number | null => (areaKm2 > 0 ? n / areaKm2 : null);
  const countDensity = (n: number) => ({ count: n, perKm2: density(n) });
  const record = <K extends string, V>(keys: readonly K[], value: (key: K, i: number) => V) =>
    Object.fromEntries(keys.map((key, i) => [key, value(key, i)])) as Record<K, V>;

  let pointSum = 0;
  let pointsWithReading = 0;
  for (const j of t.dustfallPoints) {
    const v = ctx.dustfall[j] as number;
    if (Number.isNaN(v)) continue;
    pointSum += v;
    pointsWithReading++;
  }

  const groups = record(industryGroups, () => 0);
  industries.forEach((industry, i) => (groups[industryInfo[industry].group] += t.industry[i] as number));

  const validHours = record(statsPollutants, () => 0);
  const sums = record(statsPollutants, () => 0);
  let stationsWithData = 0;
  for (const j of t.stations) {
    const s = ctx.index.readingSums(j, ctx.window.from, ctx.window.to);
    let hasData = false;
    statsPollutants.forEach((pollutant, p) => {
      validHours[pollutant] += s.count[p] as number;
      sums[pollutant] += s.sum[p] as number;
      if ((s.count[p] as number) > 0) hasData = true;
    });
    if (hasData) stationsWithData++;
  }

  return {
    areaKm2,
    counts: record(statsLayerIds, (_, i) => t.layers[i] as number),
    densities: record(statsLayerIds, (_, i) => density(t.layers[i] as number)),
    enterprises: {
      byIndustry: record(industries, (_, i) => countDensity(t.industry[i] as number)),
      byGroup: record(industryGroups, (group) => countDensity(groups[group])),
    },
    constructionSites: {
      failing: countDensity(t.sitesFailing),
      failedChecks: record(sixChecks, (_, i) => t.failedChecks[i] as number),
      uninspected: t.sitesUninspected,
      active: t.sitesActive,
      activeFailing: t.sitesActiveFailing,
    },
    villages: { byHeating: record(heatingStatuses, (_, i) => countDensity(t.heating[i] as number)) },
    machines: {
      banned: t.machinesBanned,
      bannedInNrmmZones: countDensity(t.machinesBannedInZones),
      activity: { positions: t.activityPositions, machines: t.activityMachines, bannedMachines: t.activityBanned },
    },
    stations: {
      national: t.stationsNational,
      micro: t.stations.length - t.stationsNational,
      active: t.stationsActive,
      readings: {
        from: ctx.window.from,
        to: ctx.window.to,
        stations: stationsWithData,
        validHours,
        means: record(statsPollutants, (pollutant) => (validHours[pollutant] > 0 ? sums[pollutant] / validHours[pollutant] : null)),
      },
    },
    fuelPoints: { open: t.fuelOpen },
    dustfall: {
      month: ctx.month,
      value: dust.value,
      exceeds: dust.value === null ? null : dust.value > DUSTFALL_LIMIT,
      limit: DUSTFALL_LIMIT,
      method: dust.method,
      points: pointsWithReading,
      pointMean: pointsWithReading > 0 ? pointSum / pointsWithReading : null,
      coverageKm2: dust.coverageKm2,
    },
  };
}

