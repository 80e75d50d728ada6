import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { roadRouter } from '../services/road-router.ts';
import { resolveRouteStops } from '../services/route-stops.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed } from '../http/auth-env.ts';
import { planInspectionDay } from '../routing/plan-inspection-day.ts';
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
  if (unknown.length)
    throw new ApiError(
      400,
      'invalid_request',
      `sites: unknown ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}`,
    );
  if (stops.length === 0) throw new ApiError(400, 'invalid_request', 'select: no site matches the selection');
  for (const stop of stops) assertTownshipAllowed(user, stop.township, `site ${stop.name} (${stop.layer} ${stop.id})`);
  if (stops.length > MAX_STOPS)
    throw new ApiError(
      400,
      'invalid_request',
      `select: ${stops.length} sites match; plan at most ${MAX_STOPS} at once (narrow the selection)`,
    );
  const fixed = (request.fixed ?? []).map((route) => route.map((s) => `${s.layer}:${s.id}`));
  const missing = fixed.flat().filter((key) => !stops.some((s) => `${s.layer}:${s.id}` === key));
  if (missing.length)
    throw new ApiError(400, 'invalid_request', `fixed: ${missing.slice(0, 5).join(', ')} not among the sites to plan`);
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
      return { layer: stop.layer, id: stop.id, name: stop.name, reason: u.reason };
    }),
    solveMs: Math.round(plan.solveMs),
  };
}
