import type { Position } from 'geojson';
import type { RoadRouter } from '../roads/road-router.ts';
import { solveVrptw } from './solve.ts';

/** A place to visit, `[lon, lat]`, with the minutes it takes. */
export interface InspectionStop {
  key: string;
  position: [number, number];
  serviceMinutes: number;
}

/** The day's team. Times are minutes after midnight. */
export interface InspectionTeam {
  count: number;
  shift: [number, number];
}

/** One inspector's planned day; times in minutes after midnight, travel in minutes, distance in km. */
export interface PlannedDay {
  inspector: number;
  stops: { key: string; arrival: number; start: number; departure: number }[];
  depart: number;
  end: number;
  travelMinutes: number;
  distanceKm: number;
  geometry: [number, number][];
}

/**
 * One inspector's day along a fixed order (reordered by hand): leave at the shift start, drive,
 * inspect each stop in turn, return. Minutes after midnight; `overShift` when it ends after the shift.
 */
export function evaluateFixedDay(
  order: readonly number[],
  seconds: readonly (readonly number[])[],
  serviceMinutes: readonly number[],
  shift: [number, number],
) {
  let clock = shift[0] * 60;
  let travel = 0;
  let at = 0;
  const stops = order.map((node) => {
    const leg = seconds[at]?.[node] ?? 0;
    travel += leg;
    const arrival = clock + leg;
    const departure = arrival + (serviceMinutes[node - 1] ?? 0) * 60;
    clock = departure;
    at = node;
    return { node, arrival: arrival / 60, start: arrival / 60, departure: departure / 60 };
  });
  const back = seconds[at]?.[0] ?? 0;
  travel += back;
  const end = (clock + back) / 60;
  return { stops, depart: shift[0], end, travelMinutes: travel / 60, overShift: end > shift[1] };
}

/** Travel times the solver can take: an unreachable pair becomes this many seconds (more than any shift). */
const UNREACHABLE_S = 10_000_000;

/**
 * Plans a day of inspections for a team leaving from and returning to `depot`: a travel-time
 * matrix on the roads (or the flagged straight-line fallback), the VRPTW solver within the
 * shift, then each route's road path leg by leg. Pure: the router is handed in.
 */
export function planInspectionDay(
  stops: readonly InspectionStop[],
  depot: [number, number],
  team: InspectionTeam,
  router: RoadRouter,
  /**
   * Routes fixed by hand: each an ordered list of stop keys, taking one inspector; the rest is re-planned around them.
   */
  fixed: readonly (readonly string[])[] = [],
  seed = 1,
) {
  const points: Position[] = [depot, ...stops.map((s) => s.position)];
  const matrix = router.matrix(points, points);
  const seconds = matrix.durationsS.map((row) => row.map((v) => (Number.isFinite(v) ? Math.round(v) : UNREACHABLE_S)));
  const nodeOf = new Map(stops.map((s, i) => [s.key, i + 1]));
  const fixedNodes = fixed.map((keys) => keys.map((k) => nodeOf.get(k)).filter((n): n is number => n !== undefined));
  const taken = new Set(fixedNodes.flat());
  const free = stops.map((_, i) => i + 1).filter((node) => !taken.has(node));
  const freeInspectors = Math.max(0, team.count - fixedNodes.length);
  const started = performance.now();
  const solution =
    freeInspectors > 0 && free.length > 0
      ? solveVrptw(
          {
            matrix: seconds,
            depot: 0,
            jobs: free.map((node) => ({
              node,
              service: Math.round((stops[node - 1] as InspectionStop).serviceMinutes * 60),
            })),
            vehicles: { count: freeInspectors, shift: [team.shift[0] * 60, team.shift[1] * 60] },
          },
          { seed },
        )
      : {
          routes: [],
          unassigned: free.map((_, job) => ({
            job,
            reason: 'no inspector left: every inspector has a route fixed by hand',
          })),
        };
  const solveMs = performance.now() - started;
  const fixedDays = fixedNodes.map((order) =>
    evaluateFixedDay(
      order,
      seconds,
      stops.map((s) => s.serviceMinutes),
      team.shift,
    ),
  );
  const solved = solution.routes
    .filter((r) => r.stops.length > 0)
    .map((r) => ({
      nodes: r.stops.map((s) => free[s.job] as number),
      stops: r.stops.map((s) => ({
        node: free[s.job] as number,
        arrival: s.arrival / 60,
        start: s.start / 60,
        departure: s.departure / 60,
      })),
      depart: r.depart / 60,
      end: r.end / 60,
      travelMinutes: r.travel / 60,
      overShift: false,
      fixed: false,
    }));
  const days = [...fixedDays.map((d, i) => ({ ...d, nodes: fixedNodes[i] as number[], fixed: true })), ...solved];
  const routes: (PlannedDay & { fixed: boolean; overShift: boolean })[] = days
    .filter((d) => d.nodes.length > 0)
    .map((r, index) => {
      const nodes = [0, ...r.nodes, 0];
      const geometry: [number, number][] = [];
      let distanceM = 0;
      for (let k = 0; k + 1 < nodes.length; k++) {
        const leg = router.route(points[nodes[k] as number] as Position, points[nodes[k + 1] as number] as Position);
        distanceM += Number.isFinite(leg.distanceM) ? leg.distanceM : 0;
        const coords = (leg.geometry?.coordinates ?? [points[nodes[k] as number], points[nodes[k + 1] as number]]) as [
          number,
          number,
        ][];
        geometry.push(...(geometry.length ? coords.slice(1) : coords));
      }
      return {
        inspector: index + 1,
        stops: r.stops.map((s) => ({
          key: (stops[s.node - 1] as InspectionStop).key,
          arrival: s.arrival,
          start: s.start,
          departure: s.departure,
        })),
        depart: r.depart,
        end: r.end,
        travelMinutes: r.travelMinutes,
        distanceKm: distanceM / 1000,
        geometry,
        fixed: r.fixed,
        overShift: r.overShift,
      };
    });
  return {
    method: matrix.method,
    routes,
    unassigned: solution.unassigned.map((u) => ({
      key: (stops[(free[u.job] as number) - 1] as InspectionStop).key,
      reason: u.reason,
    })),
    solveMs,
  };
}
