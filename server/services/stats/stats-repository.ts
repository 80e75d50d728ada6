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
 * server's connection when the pool runs inline. Each index follows every connection's writes
 * through the change log (stats-index.ts), so a worker's index follows an import committed elsewhere.
 *
 * @module
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type {
  AreaStatsRequest,
  AreaStatsResponse,
  GeometryErrorBody,
  GeometryProblem,
  TownshipStatsResponse,
} from '../../schema/stats.ts';
import { areaWeightedMean } from '../../spatial/area-weighted-mean.ts';
import { bboxesIntersect } from '../../spatial/bbox-of.ts';
import { circlePolygon } from '../../spatial/circle-polygon.ts';
import { geodesicAreaKm2, geodesicPerimeterKm } from '../../spatial/geodesic-area.ts';
import { createAreaIntersector } from '../../spatial/intersection-area.ts';
import { intersectPolygons } from '../../spatial/intersect-polygons.ts';
import { preparePolygon } from '../../spatial/prepared-polygon.ts';
import { validateGeometry } from '../../spatial/validate-geometry.ts';
import type { Db } from '../../db/open-database.ts';
import { cstMinute, monthBounds } from '../../time/cst.ts';
import type { StatsIndex } from './stats-data.ts';
import { createStatsIndex } from './stats-index.ts';
import { statistics, tallyArea, type PointTest, type QueryContext } from './tally-area.ts';

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
      index,
      data,
      asOf,
      month,
      dustfall,
      snapshot: index.atAsOf(asOf),
      positions: index.monthPositions(month),
      limitMinute: cstMinute(asOf),
      window: readingsWindow(month, asOf),
      dust: index.dustAt(asOf),
      muckViolators: index.muckViolators(month, asOf),
      townshipDustfall: data.townships.map((t) => {
        let sum = 0;
        let points = 0;
        for (let i = 0; i < dustfall.length; i++) {
          const value = dustfall[i] as number;
          const { lon, lat } = data.dustfallPoints;
          const inside = t.prepared.contains(lon[i] as number, lat[i] as number);
          if (Number.isNaN(value) || !inside) continue;
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
        const tally = tallyArea(ctx, t.prepared, { key: t.code, geometry: t.geometry });
        const coverageKm2 = own.value === null ? 0 : t.areaKm2;
        const dust = { value: own.value, method: 'point-mean' as const, coverageKm2 };
        return { code: t.code, name: t.name, ...statistics(ctx, tally, t.areaKm2, dust) };
      });
      const district: PointTest = {
        bbox: data.district.bbox,
        contains: (lon, lat) =>
          data.townships.some(
            (t) =>
              lon >= t.bbox[0] &&
              lon <= t.bbox[2] &&
              lat >= t.bbox[1] &&
              lat <= t.bbox[3] &&
              t.prepared.contains(lon, lat),
          ),
      };
      const weighted = areaWeightedMean(
        data.townships.map((t, k) => ({ areaKm2: t.areaKm2, value: ctx.townshipDustfall[k]?.value ?? null })),
      );
      const tally = tallyArea(ctx, district, { key: '\u0000district', geometry: data.district.geometry });
      return {
        month: ctx.month,
        asOf: ctx.asOf,
        townships,
        district: statistics(ctx, tally, data.district.areaKm2, { ...weighted, method: 'area-weighted' }),
      };
    },

    areaStatistics(request) {
      const { circle } = request;
      const raw = circle ? circlePolygon(circle.center, circle.radiusM, circle.vertices ?? 128) : request.geometry;
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
        const areaKm2 = exact
          ? exact.areaKm2
          : (intersectPolygons(geometry, [{ id: t.code, geometry: t.geometry, bbox: t.bbox }])[0]?.areaKm2 ?? 0);
        return areaKm2 > 0 ? [{ k, code: t.code, name: t.name, areaKm2 }] : [];
      });
      const insideKm2 = parts.reduce((sum, p) => sum + p.areaKm2, 0);
      const clipped = isClipped(geometry, data.district.geometry, drawnAreaKm2, intersector);
      const areaKm2 = clipped ? insideKm2 : drawnAreaKm2;
      const outsideAreaKm2 = clipped ? Math.max(0, drawnAreaKm2 - insideKm2) : 0;

      const weighted = areaWeightedMean(
        parts.map((p) => ({ areaKm2: p.areaKm2, value: ctx.townshipDustfall[p.k]?.value ?? null })),
      );
      const tally = tallyArea(ctx, preparePolygon(geometry), { key: null, geometry });
      const warnings = checked.warnings.map((w) => `${w.message}${w.hint ? ` (${w.hint})` : ''}`);
      if (clipped && insideKm2 === 0) {
        warnings.push('the shape lies wholly outside the district: there is nothing to count, every count is 0');
      } else if (clipped) {
        warnings.push(
          `the shape extends ${outsideAreaKm2.toFixed(3)} km² beyond the district; ` +
            `the statistics cover the ${areaKm2.toFixed(3)} km² inside it`,
        );
      }

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
          code: p.code,
          name: p.name,
          areaKm2: p.areaKm2,
          share: insideKm2 > 0 ? p.areaKm2 / insideKm2 : 0,
          dustfall: ctx.townshipDustfall[p.k]?.value ?? null,
        })),
        warnings,
      };
      return { ok: true, value };
    },
  };
}

/** Whether part of `geometry` lies outside the district: exactly by the boundary walk, or by area at touching edges. */
function isClipped(
  geometry: Polygon | MultiPolygon,
  district: Polygon | MultiPolygon,
  drawnAreaKm2: number,
  intersector: ReturnType<typeof createAreaIntersector>,
): boolean {
  const exact = intersector.intersect(district);
  if (exact) return exact.aLeavesB || exact.bEntersA;
  const inside = intersectPolygons(geometry, [{ id: 'district', geometry: district }])[0]?.areaKm2 ?? 0;
  return drawnAreaKm2 - inside > CLIP_TOLERANCE_KM2;
}

/** The 4xx answer for an unusable geometry: 413 over the vertex limit, else 422; the message lists the first ones. */
function failure(problems: GeometryProblem[], subject: 'geometry' | 'circle'): AreaStatsOutcome {
  const errors = problems.filter((p) => p.severity === 'error');
  const tooBig = errors.some((p) => p.code === 'too-many-vertices');
  const listed = errors.slice(0, 3).map((p) => p.message);
  const more = errors.length > 3 ? `; and ${errors.length - 3} more problems` : '';
  const message = `${subject}: ${listed.join('; ')}${more}`;
  return {
    ok: false,
    status: tooBig ? 413 : 422,
    body: { error: { code: tooBig ? 'payload_too_large' : 'invalid_request', message, problems } },
  };
}

/** Hour-ending timestamps of `month` up to as-of: after `from`, up to and including `to`. */
function readingsWindow(month: string, asOf: string): { from: string; to: string } {
  const { from, to: monthEnd } = monthBounds(month);
  const to = asOf < monthEnd ? asOf : monthEnd;
  return { from, to: to < from ? from : to };
}
