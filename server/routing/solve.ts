/**
 * Public entry of the route solver (issue #8): a TSP solver for one inspector's day and a
 * VRPTW solver for a team. Pure functions over plain values; no I/O.
 */
export { solveTsp } from './tsp/solve-tsp.ts';
export { solveVrptw } from './vrptw/solve-vrptw.ts';
export type {
  SolveOptions,
  TspOptions,
  TspResult,
  VrptwJob,
  VrptwProblem,
  VrptwResult,
  VrptwRoute,
  VrptwStop,
  VrptwVehicles,
} from './types.ts';
