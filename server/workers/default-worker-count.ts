import { availableParallelism } from 'node:os';

/**
 * The default number of worker threads for heavy requests: one per core the process may use,
 * at least 1 and at most 4.
 *
 * @example
 * defaultWorkerCount(); // 2 on a 2-core machine
 */
export function defaultWorkerCount(): number {
  return Math.min(4, Math.max(1, availableParallelism()));
}
