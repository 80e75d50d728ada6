/**
 * Types of the routing solver's public contract (issue #8). Costs and times are in the
 * matrix's own unit (seconds for a travel-time matrix, metres for a distance matrix).
 */

/** Options shared by both solvers. */
export interface SolveOptions {
  /** Seed of the pseudo-random generator; the same seed gives the same answer. Default 1. */
  seed?: number;
  /**
   * Safety cap on wall-clock time, ms. The search normally stops on its iteration budget
   * (deterministic); this cap only cuts it short on a slow machine, at the cost of determinism.
   */
  timeLimitMs?: number;
  /** Iteration budget of the improvement phase (extension of the contract; default scales with size). */
  iterations?: number;
}

/** Options of {@link solveTsp}. */
export interface TspOptions extends SolveOptions {
  /** Node the route starts at. Default 0. */
  start?: number;
  /** Omitted: closed tour back to `start`; null: open path ending anywhere; k: path ending at node k. */
  end?: number | null;
}

/** Result of {@link solveTsp}. */
export interface TspResult {
  /** Every node exactly once, starting with `start` (and ending with `end` when one is given). */
  order: number[];
  /** Matrix cost of the route, including the return leg of a closed tour. */
  length: number;
}

/** One job (a site visit) of a VRPTW problem. */
export interface VrptwJob {
  /** Matrix index of the job's location. */
  node: number;
  /** Service duration, time units. */
  service: number;
  /** [earliest, latest] allowed start of service, time units; waiting for the earliest is allowed. */
  window?: [number, number];
  /** Load taken up by the job, in the vehicles' capacity unit. Default 0. */
  demand?: number;
  /** Higher is more important; unfit jobs with the lowest priority are dropped first. Default 0. */
  priority?: number;
}

/** The (identical) vehicles of a VRPTW problem. */
export interface VrptwVehicles {
  /** Number of vehicles available (≥ 0). */
  count: number;
  /** Capacity per vehicle; unlimited when omitted. */
  capacity?: number;
  /** [start, end] of the shift: leave the depot at or after start, be back by end. */
  shift: [number, number];
  /** Longest time from leaving the depot to returning to it; unlimited when omitted. */
  maxWorkTime?: number;
}

/** A VRPTW problem: jobs served from one depot by a fleet of identical vehicles. */
export interface VrptwProblem {
  /** n×n travel times (non-negative, asymmetric allowed). */
  matrix: number[][];
  /** Matrix index of the depot. */
  depot: number;
  jobs: VrptwJob[];
  vehicles: VrptwVehicles;
}

/** One stop of a route; times are absolute, in the matrix's unit. */
export interface VrptwStop {
  /** Index into `problem.jobs`. */
  job: number;
  arrival: number;
  /** Start of service (≥ arrival, inside the window). */
  start: number;
  departure: number;
}

/** The route of one vehicle. */
export interface VrptwRoute {
  /** Vehicle index, 0 … count−1. */
  vehicle: number;
  /** Time the vehicle leaves the depot (as late as the schedule allows). */
  depart: number;
  stops: VrptwStop[];
  /** Travel time of the route, depot to depot. */
  travel: number;
  /** Time the vehicle is back at the depot. */
  end: number;
}

/** Result of {@link solveVrptw}. */
export interface VrptwResult {
  routes: VrptwRoute[];
  /** Total travel of all routes. */
  travel: number;
  /** Jobs not served, each with a human-readable reason. */
  unassigned: { job: number; reason: string }[];
}
