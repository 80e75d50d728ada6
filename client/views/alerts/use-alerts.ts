import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Alert, AlertsResponse } from '../../../server/schema/alerts.ts';
import type { ControlsResponse } from '../../../server/schema/controls.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { createLatestRequest } from '../../api/latest-request.ts';
import type { AlertLevel } from '../../state/app-state.ts';
import { onLive } from '../../live/live-events.ts';

/** How often the shown list is refetched while the view is open (and on the tab becoming visible). */
export const ALERTS_REFRESH_MS = 15_000;

/** The controls in force the view shows: the seasonal ones, and the heavy-pollution level with its 「依据」. */
export interface AlertsControls {
  ozone: boolean;
  autumnWinter: boolean;
  /**
   * The seasonal windows as GET /api/controls gives them (task 14's months and hours, task 15's period) with their
   * 「依据」; null when unread.
   */
  seasonal: {
    ozone: Pick<ControlsResponse['ozone'], 'months' | 'hours' | 'basis'>;
    autumnWinter: Pick<ControlsResponse['autumnWinter'], 'period' | 'basis'>;
  } | null;
  /** The level's reduction share and what the triggers, shares and measures rest on; null when unread. */
  heavyPollution: Pick<ControlsResponse['heavyPollution'], 'level' | 'source' | 'requiredReduction' | 'basis'> | null;
}

/** What the view shows: the alerts at the moment asked and the seasonal controls in force. */
export interface LoadedAlerts {
  response: AlertsResponse;
  controls: AlertsControls;
  /** When this answer arrived (epoch ms). */
  loadedAt: number;
}

/** The alerts as last loaded (kept while the next load runs, so the list never blanks), or why loading failed. */
export interface AlertsState {
  loaded: LoadedAlerts | null;
  failure: ApiFailure | null;
  /** Refetches now, keeping what is shown until the answer arrives. */
  reload(): void;
  /** Shows `alert` as the server just answered it (after an action), until the next load. */
  patch(alert: Alert): void;
}

/**
 * Loads GET /api/alerts and /api/controls for `asOf` and `alertLevel`, again on each change of them, every
 * {@link ALERTS_REFRESH_MS}, when the tab becomes visible and on each `alerts` live event (alerts raised or
 * cleared): a live list the view patches in place (there is no "changed since" read, so this refetches). A newer
 * load cancels an older one; unmounting cancels both the load and the timer. `beforeChange` is called just before
 * new data is shown (to note the user's place; see useKeepPlace).
 */
export function useAlerts(asOf: string | null, alertLevel: AlertLevel, beforeChange: () => void): AlertsState {
  const [loaded, setLoaded] = useState<LoadedAlerts | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const request = useRef(createLatestRequest());

  const reload = useCallback(() => {
    const signal = request.current.next();
    // the issued warning's level is the server's default; any other is a preview
    const q = new URLSearchParams(alertLevel === 'issued' ? {} : { alertLevel });
    if (asOf) q.set('asOf', asOf);
    void Promise.all([
      fetchJson<AlertsResponse>(`/api/alerts?${q.toString()}`, signal),
      fetchJson<ControlsResponse>(`/api/controls?${q.toString()}`, signal),
    ]).then(([alerts, controls]) => {
      if (signal.aborted) return;
      if (!alerts.ok) {
        setFailure(alerts.error);
        return;
      }
      setFailure(null);
      beforeChange();
      setLoaded({
        response: alerts.value,
        controls: controls.ok
          ? {
              ozone: controls.value.ozone.inForce,
              autumnWinter: controls.value.autumnWinter.inForce,
              seasonal: { ozone: controls.value.ozone, autumnWinter: controls.value.autumnWinter },
              heavyPollution: controls.value.heavyPollution,
            }
          : { ozone: false, autumnWinter: false, seasonal: null, heavyPollution: null },
        loadedAt: Date.now(),
      });
    });
  }, [asOf, alertLevel, beforeChange]);

  useEffect(() => {
    reload();
    const timer = window.setInterval(reload, ALERTS_REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    // alerts raised or cleared (the live event stream, client/live/live-events.ts): at once, not at the next tick
    const offLive = onLive('alerts', () => reload());
    return () => {
      offLive();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      request.current.abort();
    };
  }, [reload]);

  const patch = useCallback(
    (alert: Alert) => {
      beforeChange();
      setLoaded((current) =>
        current
          ? {
              ...current,
              response: {
                ...current.response,
                alerts: current.response.alerts.map((a) => (a.id === alert.id ? { ...alert, provisional: false } : a)),
              },
            }
          : current,
      );
    },
    [beforeChange],
  );

  return { loaded, failure, reload, patch };
}
