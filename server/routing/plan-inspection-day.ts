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

/** Travel times the solver can take: an unreachable pair becomes this many seconds (more than any shift). */
const UNREACHABLE_S = 10_000_000;

/**
 * Plans a day of inspections for a team leaving from and returning to `depot`: a travel-time
 * matrix on the roads (or the flagged straight-line fallback), the VRPTW solver within the
 * shift, then each route's road path leg by leg. Pure: the router is handed in.
 */
export function planInspectionDay(stops: readonly InspectionStop[], depot: [number, number], team: InspectionTeam, router: RoadRouter, seed = 1) {
  const points: Position[] = [depot, ...stops.map((s) => s.position)];
  const matrix = router.matrix(points, points);
  const seconds = matrix.durationsS.map((row) => row.map((v) => (Number.isFinite(v) ? Math.round(v) : UNREACHABLE_S)));
  const started = performance.now();
  const solution = solveVrptw(
    {
      matrix: seconds,
      depot: 0,
      jobs: stops.map((s, i) => ({ node: i + 1, service: Math.round(s.serviceMinutes * 60) })),
      vehicles: { count: team.count, shift: [team.shift[0] * 60, team.shift[1] * 60] },
    },
    { seed },
  );
  const solveMs = performance.now() - started;
  const routes: PlannedDay[] = solution.routes
    .filter((r) => r.stops.length > 0)
    .map((r, index) => {
      const nodes = [0, ...r.stops.map((s) => (s.job as number) + 1), 0];
      const geometry: [number, number][] = [];
      let distanceM = 0;
      for (let k = 0; k + 1 < nodes.length; k++) {
        const leg = router.route(points[nodes[k] as number] as Position, points[nodes[k + 1] as number] as Position);
        distanceM += Number.isFinite(leg.distanceM) ? leg.distanceM : 0;
        const coords = (leg.geometry?.coordinates ?? [points[nodes[k] as number], points[nodes[k + 1] as number]]) as [number, number][];
        geometry.push(...(geometry.length ? coords.slice(1) : coords));
      }
      return {
        inspector: index + 1,
        stops: r.stops.map((s) => ({ key: (stops[s.job] as InspectionStop).key, arrival: s.arrival / 60, start: s.start / 60, departure: s.departure / 60 })),
        depart: r.depart / 60,
        end: r.end / 60,
        travelMinutes: r.travel / 60,
        distanceKm: distanceM / 1000,
        geometry,
      };
    });
  return {
    method: matrix.method,
    routes,
    unassigned: solution.unassigned.map((u) => ({ key: (stops[u.job] as InspectionStop).key, reason: u.reason })),
    solveMs,
  };
}
