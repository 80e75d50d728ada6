import type { VrptwProblem } from '../types.ts';

/**
 * The solver's flat view of a VRPTW problem: per-job arrays and a dense travel-time matrix.
 * Times in the matrix's unit; a missing window is [−∞, +∞], a missing capacity +∞.
 */
export interface VrptwModel {
  jobCount: number;
  /** Size of the travel-time matrix. */
  size: number;
  /** time[i * size + j] = travel time i → j. */
  time: Float64Array;
  depot: number;
  node: Int32Array;
  service: Float64Array;
  early: Float64Array;
  late: Float64Array;
  demand: Float64Array;
  /** Cost of leaving the job unserved, in units of `dropPenalty`: 1 + priority. */
  weight: Float64Array;
  /** Cost of one unit of weight left unserved; larger than any total travel. */
  dropPenalty: number;
  vehicleCount: number;
  capacity: number;
  shiftStart: number;
  shiftEnd: number;
  maxWork: number;
  /** Mean travel time between distinct nodes (scale for the annealing temperature). */
  meanTravel: number;
}

/** Builds the model of an already validated problem. */
export function buildModel(problem: VrptwProblem): VrptwModel {
  const { matrix, jobs, vehicles } = problem;
  const size = matrix.length;
  const time = new Float64Array(size * size);
  let maxEntry = 0;
  let total = 0;
  for (let i = 0; i < size; i++) {
    const row = matrix[i] as number[];
    for (let j = 0; j < size; j++) {
      const v = row[j] as number;
      time[i * size + j] = v;
      if (v > maxEntry) maxEntry = v;
      total += v;
    }
  }
  const jobCount = jobs.length;
  const model: VrptwModel = {
    jobCount,
    size,
    time,
    depot: problem.depot,
    node: Int32Array.from(jobs, (job) => job.node),
    service: Float64Array.from(jobs, (job) => job.service),
    early: Float64Array.from(jobs, (job) => job.window?.[0] ?? -Infinity),
    late: Float64Array.from(jobs, (job) => job.window?.[1] ?? Infinity),
    demand: Float64Array.from(jobs, (job) => job.demand ?? 0),
    weight: Float64Array.from(jobs, (job) => 1 + Math.max(0, job.priority ?? 0)),
    dropPenalty: (maxEntry + 1) * (jobCount + 2) * 2,
    vehicleCount: vehicles.count,
    capacity: vehicles.capacity ?? Infinity,
    shiftStart: vehicles.shift[0],
    shiftEnd: vehicles.shift[1],
    maxWork: vehicles.maxWorkTime ?? Infinity,
    meanTravel: size > 1 ? total / (size * (size - 1)) : 1,
  };
  return model;
}
