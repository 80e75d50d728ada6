import type { VrptwProblem } from '../types.ts';
import { validateIndex, validateMatrix } from '../validate-matrix.ts';

const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
const isFiniteNonNegative = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * Checks the shape and ranges of a VRPTW problem; throws a TypeError/RangeError naming the
 * offending field (e.g. `problem.jobs[3].window`) otherwise.
 */
export function validateProblem(problem: VrptwProblem): void {
  if (typeof problem !== 'object' || problem === null) throw new TypeError('problem must be an object');
  const n = validateMatrix(problem.matrix, 'problem.matrix');
  validateIndex(problem.depot, n, 'problem.depot');
  if (!Array.isArray(problem.jobs)) throw new TypeError('problem.jobs must be an array');
  problem.jobs.forEach((job, k) => {
    const name = `problem.jobs[${k}]`;
    if (typeof job !== 'object' || job === null) throw new TypeError(`${name} must be an object`);
    validateIndex(job.node, n, `${name}.node`);
    if (!isFiniteNonNegative(job.service))
      throw new RangeError(`${name}.service must be a finite non-negative number, got ${String(job.service)}`);
    if (job.window !== undefined) {
      const w: unknown = job.window;
      if (
        !Array.isArray(w) ||
        w.length !== 2 ||
        !Number.isFinite(w[0]) ||
        !Number.isFinite(w[1]) ||
        (w[0] as number) > (w[1] as number)
      ) {
        throw new RangeError(
          `${name}.window must be [earliestStart, latestStart] finite numbers ` +
            `with earliestStart ≤ latestStart, got ${JSON.stringify(w)}`,
        );
      }
    }
    if (job.demand !== undefined && !isFiniteNonNegative(job.demand))
      throw new RangeError(`${name}.demand must be a finite non-negative number, got ${String(job.demand)}`);
    if (job.priority !== undefined && !(isNumber(job.priority) && Number.isFinite(job.priority)))
      throw new RangeError(`${name}.priority must be a finite number, got ${String(job.priority)}`);
  });
  const v = problem.vehicles;
  if (typeof v !== 'object' || v === null) throw new TypeError('problem.vehicles must be an object');
  if (!Number.isInteger(v.count) || v.count < 0)
    throw new RangeError(`problem.vehicles.count must be a non-negative integer, got ${String(v.count)}`);
  if (v.capacity !== undefined && !isFiniteNonNegative(v.capacity))
    throw new RangeError(`problem.vehicles.capacity must be a finite non-negative number, got ${String(v.capacity)}`);
  const shift: unknown = v.shift;
  if (
    !Array.isArray(shift) ||
    shift.length !== 2 ||
    !Number.isFinite(shift[0]) ||
    !Number.isFinite(shift[1]) ||
    (shift[0] as number) > (shift[1] as number)
  ) {
    throw new RangeError(
      `problem.vehicles.shift must be [start, end] with finite start ≤ end, got ${JSON.stringify(shift)}`,
    );
  }
  if (v.maxWorkTime !== undefined && !(isNumber(v.maxWorkTime) && v.maxWorkTime >= 0))
    throw new RangeError(`problem.vehicles.maxWorkTime must be a non-negative number, got ${String(v.maxWorkTime)}`);
}
