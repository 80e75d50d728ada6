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

/** Change-feed topics whose changes move rule facts, so the ledger is advanced soon after them. */
export const RULE_FACT_TOPICS: readonly string[] = [
  'positions',
  'readings',
  'dustfall',
  'townships',
  'meta',
  'reset',
  'outlet-readings',
  'outlets',
  // issue 15: warnings, the list, schedules and the compliance evidence
  'emergency',
];

/** Whether a change of `topic` may change rule hits ({@link RULE_FACT_TOPICS} and every `layer:*`). */
export const movesRuleFacts = (topic: string): boolean =>
  RULE_FACT_TOPICS.includes(topic) || topic.startsWith('layer:');

/** Options of {@link startAlertScheduler}. */
export interface AlertSchedulerOptions {
  /** Milliseconds between syncs when nothing is heard from the feed; default {@link ALERT_SYNC_INTERVAL_MS}. */
  intervalMs?: number;
  /**
   * The change feed (services/change-feed.ts, structurally): a change that moves rule facts
   * ({@link movesRuleFacts}) brings a sync forward; alerts, accounts and the plan do not.
   */
  feed?: { subscribe(topic: string, fn: (change: { topic: string }) => void): () => void };
  /** Least milliseconds between two syncs started by changes (a burst of writes gives one sync); default 1,000. */
  minGapMs?: number;
  /** Where a failed sync is reported (the server keeps serving); default `console.error`. */
  onError?: (error: unknown) => void;
}

/** A running scheduler: `tick` syncs now (what the timer does), `stop` ends the timer. */
export interface AlertScheduler {
  /**
   * Advances the ledger to the dataset's present now; the moment synced at and the hit count, or
   * null when the sync failed (reported).
   */
  tick: () => Promise<LedgerAdvanceResult | null>;
  stop: () => void;
}

/**
 * Starts the server's own advance of the alert ledger: a sync at the dataset's present now, one
 * soon after each change of rule facts heard from the change feed (at most one per `minGapMs`), and
 * one every `intervalMs` as a fallback (so the ledger follows the present once live data move it). The timer is
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
export function startAlertScheduler(advance: LedgerAdvance, options: AlertSchedulerOptions = {}): AlertScheduler {
  const { intervalMs = ALERT_SYNC_INTERVAL_MS, feed, minGapMs = 1_000 } = options;
  const onError = options.onError ?? ((error: unknown) => console.error('alert ledger sync failed:', error));
  let running: Promise<LedgerAdvanceResult | null> | null = null;
  let lastStart = Number.NEGATIVE_INFINITY;
  /** A change arrived that the running (or no) sync has not covered. */
  let dirty = false;
  let soon: NodeJS.Timeout | null = null;

  const tick = (): Promise<LedgerAdvanceResult | null> => {
    if (running) return running;
    dirty = false;
    lastStart = performance.now();
    running = advance()
      .catch((error: unknown) => {
        onError(error);
        return null;
      })
      .finally(() => {
        running = null;
        if (dirty) schedule();
      });
    return running;
  };
  function schedule() {
    dirty = true;
    if (soon || running) return;
    soon = setTimeout(
      () => {
        soon = null;
        void tick();
      },
      Math.max(0, lastStart + minGapMs - performance.now()),
    );
    soon.unref();
  }

  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  const unsubscribe = feed?.subscribe('*', ({ topic }) => {
    if (movesRuleFacts(topic)) schedule();
  });
  return {
    tick,
    stop: () => {
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      unsubscribe?.();
    },
  };
}
