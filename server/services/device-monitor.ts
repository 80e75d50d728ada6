import { readDeviceStatusRows } from '../db/devices-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { DevicesEvent } from '../schema/live-events.ts';
import { deviceStatus } from './device-status.ts';
import type { LiveHub } from './live-hub.ts';

/** Options of {@link startDeviceMonitor}. */
export interface DeviceMonitorOptions {
  db: Db;
  hub: LiveHub;
  /** The clock, epoch ms. */
  now: () => number;
  /** How often to check, ms (default 5 s); 0: never by itself (call `check`). */
  intervalMs?: number;
}

/** A running device monitor. */
export interface DeviceMonitor {
  /** Stops the timer (a check in progress finishes). */
  stop(): void;
  /**
   * Computes every device's status now; publishes one `devices` event with those whose status or its
   * start changed since the previous check (or that are new), and returns them. The first check only
   * remembers.
   */
  check(): DevicesEvent['devices'];
}

type Change = DevicesEvent['devices'][number];

/**
 * Watches device statuses: a device turns late or offline by the clock alone (no packet arrives to say
 * so), so the monitor reads every device's status inputs each `intervalMs` and tells the live consoles
 * (topic `devices`) what changed. The timer is unref'd: it never keeps the process alive.
 *
 * @example
 * const monitor = startDeviceMonitor({ db, hub, now: Date.now });
 * // … on shutdown
 * monitor.stop();
 */
export function startDeviceMonitor({ db, hub, now, intervalMs = 5_000 }: DeviceMonitorOptions): DeviceMonitor {
  let known: Map<string, Change> | null = null;

  const check = (): Change[] => {
    const nowMs = now();
    const current = new Map<string, Change>();
    for (const row of readDeviceStatusRows(db)) {
      const { status, since } = deviceStatus(row, nowMs);
      current.set(row.mn, { mn: row.mn, status, since });
    }
    const previous = known;
    known = current;
    if (previous === null) return [];
    const changed: Change[] = [];
    for (const [mn, state] of current) {
      const before = previous.get(mn);
      if (!before || before.status !== state.status || before.since !== state.since) changed.push(state);
    }
    if (changed.length > 0) hub.publish('devices', { devices: changed });
    return changed;
  };

  const timer =
    intervalMs > 0
      ? setInterval(() => {
          try {
            check();
          } catch (error) {
            console.error('device monitor: check failed:', error);
          }
        }, intervalMs)
      : null;
  timer?.unref();
  return {
    stop: () => {
      if (timer) clearInterval(timer);
    },
    check,
  };
}
