import {
  DEVICE_LATE_AFTER_INTERVALS,
  DEVICE_OFFLINE_AFTER_INTERVALS,
  type DeviceStatus,
} from '../schema/enums/device-kind.ts';

/** What a device's status is computed from (the `devices` row's columns). Instants: ISO 8601 UTC. */
export interface DeviceStatusInput {
  enabled: boolean;
  /** Expected data interval, seconds. */
  intervalS: number;
  /** The last accepted packet's receipt, or null when never seen. */
  lastSeenAt: string | null;
  /** The receipt of the first packet of the present unbroken run of packets, or null. */
  onlineSince: string | null;
  /** The registry's last edit: when a disabled device was turned off (null: unknown). */
  updatedAt?: string | null;
}

/** A status and the instant it began (ISO 8601 UTC; null when not known, e.g. a device never seen). */
export interface DeviceStatusNow {
  status: DeviceStatus;
  since: string | null;
}

const parseInstant = (text: string | null | undefined): number | null => {
  if (text === null || text === undefined) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : null;
};

/**
 * A device's status at `nowMs` (epoch ms): `disabled` when the admin turned it off (since its last
 * registry edit); `online` while less than {@link DEVICE_LATE_AFTER_INTERVALS} expected intervals have
 * passed since its last packet (since `onlineSince`, or the last packet when that is unknown); `late`
 * from then on (since last packet + 2 intervals); `offline` from {@link DEVICE_OFFLINE_AFTER_INTERVALS}
 * intervals on (since last packet + 6 intervals), or when it was never seen (since null). Each status
 * starts at its threshold: at exactly 2 intervals the device is late.
 *
 * @example
 * const seen = '2026-01-01T00:00:00.000Z';
 * deviceStatus({ enabled: true, intervalS: 60, lastSeenAt: seen, onlineSince: seen }, Date.parse(seen) + 150_000);
 * // { status: 'late', since: '2026-01-01T00:02:00.000Z' }
 */
export function deviceStatus(input: DeviceStatusInput, nowMs: number): DeviceStatusNow {
  if (!input.enabled) return { status: 'disabled', since: input.updatedAt ?? null };
  const seen = parseInstant(input.lastSeenAt);
  if (seen === null) return { status: 'offline', since: null };
  const intervalMs = input.intervalS * 1000;
  const lateAt = seen + DEVICE_LATE_AFTER_INTERVALS * intervalMs;
  const offlineAt = seen + DEVICE_OFFLINE_AFTER_INTERVALS * intervalMs;
  if (nowMs < lateAt) {
    const since = parseInstant(input.onlineSince);
    return { status: 'online', since: new Date(since !== null && since <= seen ? since : seen).toISOString() };
  }
  if (nowMs < offlineAt) return { status: 'late', since: new Date(lateAt).toISOString() };
  return { status: 'offline', since: new Date(offlineAt).toISOString() };
}

/**
 * The `online_since` to store when a packet is accepted at `nowMs`: unchanged while the device was online or
 * late (its previous packet less than {@link DEVICE_OFFLINE_AFTER_INTERVALS} intervals ago), else `nowMs` (the
 * device came back from offline, or is new). The ingest's counter update follows the same rule in SQL.
 *
 * @example
 * onlineSinceAfterPacket({ intervalS: 60, lastSeenAt: null, onlineSince: null }, nowMs);
 * // new Date(nowMs).toISOString(): a device never seen starts its run now
 */
export function onlineSinceAfterPacket(
  previous: Pick<DeviceStatusInput, 'intervalS' | 'lastSeenAt' | 'onlineSince'>,
  nowMs: number,
): string {
  const seen = parseInstant(previous.lastSeenAt);
  const since = parseInstant(previous.onlineSince);
  const kept =
    seen !== null && since !== null && nowMs - seen < DEVICE_OFFLINE_AFTER_INTERVALS * previous.intervalS * 1000;
  return new Date(kept && since !== null ? since : nowMs).toISOString();
}
