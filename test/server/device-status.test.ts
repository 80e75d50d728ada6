import { describe, expect, it } from 'vitest';
import { deviceStatus, onlineSinceAfterPacket } from '../../server/services/device-status.ts';

const seen = '2026-03-01T08:00:00.000Z';
const seenMs = Date.parse(seen);
const came = '2026-03-01T07:30:00.000Z';
const minute = 60_000;
/** A device with minute data, last heard at `seen`, online since `came`. */
const device = { enabled: true, intervalS: 60, lastSeenAt: seen, onlineSince: came, updatedAt: '2026-02-01T00:00:00Z' };
const iso = (ms: number) => new Date(ms).toISOString();

describe('deviceStatus (online < 2 intervals ≤ late < 6 intervals ≤ offline)', () => {
  it('online right after a packet and until just before 2 intervals, since it came online', () => {
    expect(deviceStatus(device, seenMs)).toEqual({ status: 'online', since: came });
    expect(deviceStatus(device, seenMs + 2 * minute - 1)).toEqual({ status: 'online', since: came });
  });

  it('late from exactly 2 intervals on, since last packet + 2 intervals', () => {
    expect(deviceStatus(device, seenMs + 2 * minute)).toEqual({ status: 'late', since: iso(seenMs + 2 * minute) });
    expect(deviceStatus(device, seenMs + 6 * minute - 1)).toEqual({ status: 'late', since: iso(seenMs + 2 * minute) });
  });

  it('offline from exactly 6 intervals on, since last packet + 6 intervals, and stays so', () => {
    const offline = { status: 'offline', since: iso(seenMs + 6 * minute) };
    expect(deviceStatus(device, seenMs + 6 * minute)).toEqual(offline);
    expect(deviceStatus(device, seenMs + 30 * 86_400_000)).toEqual(offline);
  });

  it('the thresholds scale with the expected interval (hourly device: late after 2 h)', () => {
    const hourly = { ...device, intervalS: 3600 };
    expect(deviceStatus(hourly, seenMs + 119 * minute).status).toBe('online');
    expect(deviceStatus(hourly, seenMs + 120 * minute).status).toBe('late');
    expect(deviceStatus(hourly, seenMs + 359 * minute).status).toBe('late');
    expect(deviceStatus(hourly, seenMs + 360 * minute).status).toBe('offline');
  });

  it('a device never seen is offline with no since', () => {
    expect(deviceStatus({ ...device, lastSeenAt: null, onlineSince: null }, seenMs)).toEqual({
      status: 'offline',
      since: null,
    });
  });

  it('a disabled device is disabled whatever its packets, since its last registry edit', () => {
    expect(deviceStatus({ ...device, enabled: false }, seenMs)).toEqual({
      status: 'disabled',
      since: '2026-02-01T00:00:00Z',
    });
    expect(deviceStatus({ ...device, enabled: false, updatedAt: null }, seenMs + 99 * minute)).toEqual({
      status: 'disabled',
      since: null,
    });
  });

  it('online with an unknown (or inconsistent) onlineSince counts from the last packet', () => {
    expect(deviceStatus({ ...device, onlineSince: null }, seenMs + minute).since).toBe(seen);
    expect(deviceStatus({ ...device, onlineSince: '2026-03-01T09:00:00Z' }, seenMs + minute).since).toBe(seen);
  });
});

describe('onlineSinceAfterPacket (what the ingest stores with an accepted packet)', () => {
  it('keeps the run going while the device was online or late (previous packet under 6 intervals old)', () => {
    expect(onlineSinceAfterPacket(device, seenMs + minute)).toBe(came);
    expect(onlineSinceAfterPacket(device, seenMs + 6 * minute - 1)).toBe(came);
  });

  it('starts a new run when the device was offline (6 intervals or more), or was never seen', () => {
    expect(onlineSinceAfterPacket(device, seenMs + 6 * minute)).toBe(iso(seenMs + 6 * minute));
    expect(onlineSinceAfterPacket({ intervalS: 60, lastSeenAt: null, onlineSince: null }, seenMs)).toBe(seen);
  });
});
