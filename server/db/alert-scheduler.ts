/** What an advance of the alert ledger reports: the moment synced at and the rule hits there. */
export interface LedgerAdvanceResult {
  at: string;
  hits: number;
}

/** Advances the alert ledger to the dataset's present (in the server: a task-pool task, off the request loop). */
export type LedgerAdvance = () => Promise<LedgerAdvanceResult>;

/**
 * Runs `advance` one call at a time: a call made while another runs starts when that one ends, so
 * two syncs of the ledger never race (each is one transaction that reads, then writes).
 *
 * @example
 * const advanceLedger = serialLedgerAdvance(() => pool.run('alerts.advance', {}));
 */
export function serialLedgerAdvance(advance: () => Promise<LedgerAdvanceResult> | LedgerAdvanceResult): LedgerAdvance {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(advance, advance);
    last = next.catch(() => undefined);
    return next;
  };
}

/** How often the scheduler advances the alert ledger by default, milliseconds (one minute). */
export const ALERT_SYNC_INTERVAL_MS = 60_000;

/** Options of {@link startAlertScheduler}. */
export interface AlertSchedulerOptions {
  /** Milliseconds between syncs; default {@link ALERT_SYNC_INTERVAL_MS}. */
  intervalMs?: number;
  /** Where a failed sync is reported (the server keeps serving); default `console.error`. */
  onError?: (error: unknown) => void;
}

/** A running scheduler: `tick` syncs now (what the timer does), `stop` ends the timer. */
export interface AlertScheduler {
  /** Advances the ledger to the dataset's present now; the moment synced at and the hit count, or null when the sync failed (reported). */
  tick: () => Promise<LedgerAdvanceResult | null>;
  stop: () => void;
}

/**
 * Starts the server's own advance of the alert ledger: a sync at the dataset's present now, then
 * one every `intervalMs` (so the ledger follows the present once live data move it). The timer is
 * unref'd (it never keeps the process alive) and stops with `stop()`; tests await `tick()` (or
 * call `advanceAlertLedger`) instead of waiting on it. `advance` does the sync (the server's runs
 * in the task pool, so the request loop never waits for the rules); each sync writes nothing when
 * nothing changed, and a tick while the previous one still runs is skipped.
 *
 * @example
 * const scheduler = startAlertScheduler(serialLedgerAdvance(() => advanceAlertLedger(db)));
 * // … on shutdown
 * scheduler.stop();
 */
export function startAlertScheduler(advance: LedgerAdvance, { intervalMs = ALERT_SYNC_INTERVAL_MS, onError = (error) => console.error('alert ledger sync failed:', error) }: AlertSchedulerOptions = {}): AlertScheduler {
  let running: Promise<LedgerAdvanceResult | null> | null = null;
  const tick = (): Promise<LedgerAdvanceResult | null> => {
    running ??= advance()
      .catch((error: unknown) => {
        onError(error);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
