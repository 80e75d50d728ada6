import type { Device } from '../../../server/schema/devices.ts';
import type { DeviceStatus } from '../../../server/schema/enums/device-kind.ts';

/**
 * An ISO UTC instant as China Standard Time 'YYYY-MM-DD HH:mm' (the console's clock); '—' for null.
 *
 * @example
 * cstText('2026-12-04T02:05:00.000Z'); // '2026-12-04 10:05'
 */
export function cstText(iso: string | null): string {
  if (iso === null) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A CST 'YYYY-MM-DDTHH:mm:ss' as 'YYYY-MM-DD HH:mm'; '—' for null. */
export function localText(cst: string | null): string {
  return cst === null ? '—' : cst.slice(0, 16).replace('T', ' ');
}

/** The order the list shows statuses in: the ones needing attention first. */
const statusRank: Readonly<Record<DeviceStatus, number>> = { offline: 0, late: 1, online: 2, disabled: 3 };

/**
 * The devices sorted offline first (then late, online, disabled), by MN within a status.
 *
 * @example
 * sortDevices(devices)[0]?.status; // 'offline' when any is
 */
export function sortDevices(devices: readonly Device[]): Device[] {
  return [...devices].sort((a, b) => statusRank[a.status] - statusRank[b.status] || a.mn.localeCompare(b.mn));
}

/** The list in a `GET /api/devices` answer, whether the body is the array or `{ devices: [...] }`. */
export function devicesOf(body: unknown): Device[] {
  if (Array.isArray(body)) return body as Device[];
  if (typeof body === 'object' && body !== null && 'devices' in body && Array.isArray(body.devices))
    return body.devices as Device[];
  return [];
}
