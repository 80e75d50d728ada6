import type { AlertsEvent } from '../../server/schema/live-events.ts';

/** A shown toast of a newly raised alert. */
export interface AlertToast {
  /** Unique per toast (an alert raised twice gets two). */
  key: number;
  alertId: number;
  rule: string;
  entityId: string;
  title: string;
  /** The entity's name where the console knows it, else its id. */
  entity: string;
}

/** What the console shows of new alerts: the 告警 badge count and the toasts, newest first. */
export interface AlertNewsState {
  count: number;
  toasts: readonly AlertToast[];
}

/** The new-alert news of one console session. */
export interface AlertNews {
  get(): AlertNewsState;
  subscribe(fn: (state: AlertNewsState) => void): () => void;
  /** Alerts raised: the badge counts them (unless 告警 is open), each gets a toast (at most `maxToasts` kept). */
  raised(items: AlertsEvent['raised'], alertsOpen: boolean): void;
  /** The user opened 告警: the badge goes back to zero. */
  seen(): void;
  dismiss(key: number): void;
  /** Ends the dismissal timers. */
  stop(): void;
}

/** Options of {@link createAlertNews}. */
export interface AlertNewsOptions {
  /** Milliseconds a toast stays; default 8,000. */
  dismissAfterMs?: number;
  /** Toasts shown at once (the oldest goes); default 3. */
  maxToasts?: number;
  /** The name of an alert's entity (its id when unknown). */
  entityName?: (entityId: string) => string;
}

/**
 * The badge and toasts of newly raised alerts (issue 14): fed by the `alerts` live events, read by the
 * rail's 告警 item and the toast stack.
 *
 * @example
 * const news = createAlertNews({ entityName: (id) => names.get(id) ?? id });
 * onLive('alerts', ({ raised }) => news.raised(raised, store.get().view === 'alerts'));
 */
export function createAlertNews(options: AlertNewsOptions = {}): AlertNews {
  const { dismissAfterMs = 8_000, maxToasts = 3, entityName = (id: string) => id } = options;
  let state: AlertNewsState = { count: 0, toasts: [] };
  let nextKey = 1;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const listeners = new Set<(state: AlertNewsState) => void>();
  const set = (next: AlertNewsState) => {
    state = next;
    for (const fn of listeners) fn(state);
  };
  const dismiss = (key: number) => {
    clearTimeout(timers.get(key));
    timers.delete(key);
    if (state.toasts.some((t) => t.key === key)) set({ ...state, toasts: state.toasts.filter((t) => t.key !== key) });
  };
  return {
    get: () => state,
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    raised(items, alertsOpen) {
      if (items.length === 0) return;
      const fresh = items.map((item) => ({
        key: nextKey++,
        alertId: item.id,
        rule: item.rule,
        entityId: item.entityId,
        title: item.title,
        entity: entityName(item.entityId),
      }));
      const toasts = [...fresh.reverse(), ...state.toasts];
      for (const gone of toasts.slice(maxToasts)) {
        clearTimeout(timers.get(gone.key));
        timers.delete(gone.key);
      }
      const kept = toasts.slice(0, maxToasts);
      for (const toast of kept)
        if (!timers.has(toast.key))
          timers.set(
            toast.key,
            setTimeout(() => dismiss(toast.key), dismissAfterMs),
          );
      set({ count: alertsOpen ? 0 : state.count + items.length, toasts: kept });
    },
    seen() {
      if (state.count !== 0) set({ ...state, count: 0 });
    },
    dismiss,
    stop() {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
