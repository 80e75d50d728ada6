import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { roadRouter } from '../services/road-router.ts';
import { resolveRouteStops } from '../services/route-stops.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed } from '../http/auth-env.ts';
import { planInspectionDay } from '../routing/plan-inspection-day.ts';
import { unassignedReasonCode } from '../routing/unassigned-reason-code.ts';
import type { SessionUser } from '../schema/auth.ts';
import {
  DEFAULT_DEPOT,
  DEFAULT_SERVICE_MINUTES,
  type RoutePlanRequest,
  type RoutePlanResponse,
  type StopLayer,
} from '../schema/routes.ts';
import { clockMinutes, clockOf } from '../time/cst.ts';

/** Most sites planned at once. */
const MAX_STOPS = 200;

/**
 * Plans a day of inspections (POST /api/routes/plan): resolves the selected sites at as-of,
 * refuses unknown sites, empty or oversized selections and, for an inspector (`user`), sites
 * outside their townships (403), then solves on the road network (this thread's router, built
 * on first use). Times are `HH:mm`, distances km, travel minutes.
 *
 * @example
 * const request = { sites: [...], inspectors: { count: 2, shift: ['08:30', '17:30'] } };
 * planInspectionRoutes(db, request, user).routes.length; // ≤ 2
 */
export function planInspectionRoutes(db: Db, request: RoutePlanRequest, user: SessionUser): RoutePlanResponse {
  const asOf = resolveAsOf(db, request);
  const { stops, unknown } = resolveRouteStops(db, request, asOf);
  if (unknown.length) {
    const list = `${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`;
    throw new ApiError(400, 'invalid_request', {
      zh: `有 ${unknown.length} 个点位不存在：${unknown.slice(0, 5).join('、')}`,
      en: `sites: unknown ${list}`,
    });
  }
  if (stops.length === 0)
    throw new ApiError(400, 'invalid_request', {
      zh: '没有符合条件的点位：请勾选更多巡查对象、取消“只选有问题的点位”或扩大范围',
      en: 'select: no site matches the selection',
    });
  for (const stop of stops) assertTownshipAllowed(user, stop.township, `site ${stop.name} (${stop.layer} ${stop.id})`);
  if (stops.length > MAX_STOPS)
    throw new ApiError(400, 'invalid_request', {
      zh: `符合条件的点位有 ${stops.length} 个，一次最多规划 ${MAX_STOPS} 个，请缩小范围`,
      en: `select: ${stops.length} sites match; plan at most ${MAX_STOPS} at once (narrow the selection)`,
    });
  const fixed = (request.fixed ?? []).map((route) => route.map((s) => `${s.layer}:${s.id}`));
  const missing = fixed.flat().filter((key) => !stops.some((s) => `${s.layer}:${s.id}` === key));
  if (missing.length)
    throw new ApiError(400, 'invalid_request', {
      zh: `手动排序的点位不在本次规划的点位中：${missing.slice(0, 5).join('、')}`,
      en: `fixed: ${missing.slice(0, 5).join(', ')} not among the sites to plan`,
    });
  const service = (layer: StopLayer) => request.serviceMinutes?.[layer] ?? DEFAULT_SERVICE_MINUTES[layer];
  const depot = request.depot ?? DEFAULT_DEPOT;
  const byKey = new Map(stops.map((s) => [`${s.layer}:${s.id}`, s]));
  const plan = planInspectionDay(
    stops.map((s) => ({ key: `${s.layer}:${s.id}`, position: s.position, serviceMinutes: service(s.layer) })),
    depot,
    {
      count: request.inspectors.count,
      shift: [clockMinutes(request.inspectors.shift[0]), clockMinutes(request.inspectors.shift[1])],
    },
    roadRouter(),
    fixed,
  );
  const stopOf = (key: string) => byKey.get(key) as (typeof stops)[number];
  return {
    method: plan.method,
    depot,
    routes: plan.routes.map((r) => ({
      inspector: r.inspector,
      fixed: r.fixed,
      overShift: r.overShift,
      stops: r.stops.map((s) => {
        const stop = stopOf(s.key);
        return {
          layer: stop.layer,
          id: stop.id,
          name: stop.name,
          township: stop.township,
          position: stop.position,
          arrival: clockOf(s.arrival),
          start: clockOf(s.start),
          departure: clockOf(s.departure),
          detail: stop.detail,
          problems: stop.problems,
        };
      }),
      depart: clockOf(r.depart),
      end: clockOf(r.end),
      travelMinutes: Math.round(r.travelMinutes * 10) / 10,
      distanceKm: Math.round(r.distanceKm * 100) / 100,
      geometry: { type: 'LineString', coordinates: r.geometry },
    })),
    unassigned: plan.unassigned.map((u) => {
      const stop = stopOf(u.key);
      return {
        layer: stop.layer,
        id: stop.id,
        name: stop.name,
        reason: u.reason,
        reasonCode: unassignedReasonCode(u.reason),
      };
    }),
    asOf,
    solveMs: Math.round(plan.solveMs),
  };
}
