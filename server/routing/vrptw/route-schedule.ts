import type { VrptwModel } from './model.ts';

/** The timed schedule of one route. */
export interface RouteSchedule {
  feasible: boolean;
  /** Travel time depot → stops → depot. */
  travel: number;
  /** Time of leaving the depot, delayed as far as it shortens the working time. */
  depart: number;
  arrival: number[];
  start: number[];
  departure: number[];
  /** Back at the depot. */
  end: number;
  load: number;
}

/**
 * Times the route `jobs` (job indices in visiting order): earliest service starts, then the
 * departure from the depot pushed as late as it goes without moving the return (Savelsbergh's
 * forward time slack), which minimises the working time. Checks windows, shift end, capacity
 * and maxWorkTime. O(route length).
 */
export function scheduleRoute(model: VrptwModel, jobs: readonly number[]): RouteSchedule {
  const { time, size, depot, node, service, early, late, demand } = model;
  const arrival: number[] = [];
  const start: number[] = [];
  const departure: number[] = [];
  let feasible = true;
  let travel = 0;
  let load = 0;
  let clock = model.shiftStart;
  let at = depot;
  // Largest delay of the depot departure that keeps every start inside its window.
  let waited = 0;
  let slack = Infinity;
  for (const job of jobs) {
    const to = node[job] as number;
    const leg = time[at * size + to] as number;
    travel += leg;
    const arrive = clock + leg;
    const begin = Math.max(arrive, early[job] as number);
    if (begin > (late[job] as number)) feasible = false;
    waited += begin - arrive;
    slack = Math.min(slack, waited + (late[job] as number) - begin);
    arrival.push(arrive);
    start.push(begin);
    clock = begin + (service[job] as number);
    departure.push(clock);
    load += demand[job] as number;
    at = to;
  }
  const back = time[at * size + depot] as number;
  travel += back;
  const end = clock + back;
  if (end > model.shiftEnd || load > model.capacity) feasible = false;
  const delay = Math.max(0, Math.min(waited, slack));
  if (delay > 0) {
    // Shift the schedule: each stop's delay shrinks by the waiting it absorbs.
    let carried = delay;
    for (let k = 0; k < jobs.length; k++) {
      const job = jobs[k] as number;
      const arrive = (arrival[k] as number) + carried;
      const begin = Math.max(arrive, early[job] as number);
      carried = begin - (start[k] as number);
      arrival[k] = arrive;
      start[k] = begin;
      departure[k] = begin + (service[job] as number);
    }
  }
  const depart = model.shiftStart + delay;
  if (end - depart > model.maxWork) feasible = false;
  return { feasible, travel, depart, arrival, start, departure, end, load };
}
