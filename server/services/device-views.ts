import {
  listDeviceRecords,
  readDeviceErrors,
  readDeviceRecord,
  redactPassword,
  type DeviceRecord,
} from '../db/devices-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Device, DeviceDetail } from '../schema/devices.ts';
import { deviceStatus } from './device-status.ts';

/** How many of a device's newest refusals its detail shows. */
export const DEVICE_DETAIL_ERRORS = 50;

/** A stored device as the API shows it at `nowMs` (epoch ms): with its status, without its last packet. */
export function deviceView(record: DeviceRecord, nowMs: number): Device {
  const { onlineSince, updatedAt, lastPacket: _packet, ...device } = record;
  const { status, since } = deviceStatus(
    { enabled: record.enabled, intervalS: record.intervalS, lastSeenAt: record.lastSeen, onlineSince, updatedAt },
    nowMs,
  );
  return { ...device, status, statusSince: since };
}

/** Every device with its status at `nowMs`, MN order (`GET /api/devices`). */
export function listDevices(db: Db, nowMs: number): Device[] {
  return listDeviceRecords(db).map((record) => deviceView(record, nowMs));
}

/**
 * The device `mn` at `nowMs` with its last packet and newest refusals, passwords redacted
 * (`GET /api/devices/:mn`), or undefined.
 */
export function readDeviceDetail(db: Db, mn: string, nowMs: number): DeviceDetail | undefined {
  const record = readDeviceRecord(db, mn);
  if (!record) return undefined;
  return {
    ...deviceView(record, nowMs),
    lastPacket: record.lastPacket === null ? null : redactPassword(record.lastPacket),
    errors: readDeviceErrors(db, mn, DEVICE_DETAIL_ERRORS),
  };
}
