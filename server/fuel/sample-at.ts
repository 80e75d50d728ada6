import type { FuelSample, FuelTrace } from '../schema/fuel-samples.ts';
import type { FailedItem } from './check-failed-items.ts';

/** A stored sample with its trace (as the repository reads them), before the as-of view. */
export interface StoredFuelSample extends Omit<FuelSample, 'trace' | 'failedItems'> {
  failedItems: FailedItem[];
  trace: FuelTrace | null;
}

/**
 * The sample as known at `asOf` (`YYYY-MM-DDTHH:mm` CST): the result is `pending` until its day (with no failed
 * items), the trace shows from its opening and, closed after as-of, is still open then.
 *
 * @example
 * sampleAt(stored, '2023-06-30T23:59').result; // 'pending' when the lab answered on 2023-07-02
 */
export function sampleAt(stored: StoredFuelSample, asOf: string): FuelSample {
  const day = asOf.slice(0, 10);
  const known = stored.resultOn !== null && stored.resultOn <= day;
  const trace = stored.trace;
  const traceAt =
    trace === null || trace.openedAt > asOf
      ? null
      : trace.closedAt !== null && trace.closedAt > asOf
        ? { ...trace, status: 'open' as const, closedAt: null }
        : trace;
  return {
    ...stored,
    result: known ? stored.result : 'pending',
    resultOn: known ? stored.resultOn : null,
    failedItems: known ? stored.failedItems : [],
    trace: traceAt,
  };
}
