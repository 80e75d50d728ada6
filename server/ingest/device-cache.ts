import { timingSafeEqual } from 'node:crypto';
import { type DeviceAuth, hashDevicePassword, readDeviceAuth } from '../db/devices-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { DeviceEntityLayer, DeviceKind } from '../schema/enums/device-kind.ts';

/** What the ingest needs to know of a registered device. */
export interface IngestDevice {
  mn: string;
  kind: DeviceKind;
  entityLayer: DeviceEntityLayer;
  entityId: string;
  enabled: boolean;
  intervalS: number;
  /** Whether `pw` is the device's password (memoised: the hash is computed once per new password). */
  passwordIs(pw: string): boolean;
}

/** The devices the ingest authenticates against, read through a short-lived cache. */
export interface DeviceCache {
  /** The device registered as `mn`, or null. */
  get(mn: string, nowMs: number): IngestDevice | null;
  /** Forgets `mn` (or every device): the next `get` reads the database. */
  invalidate(mn?: string): void;
}

function toDevice(row: DeviceAuth): IngestDevice {
  let verified: string | null = null;
  const expected = Buffer.from(row.hash.toLowerCase(), 'utf8');
  return {
    mn: row.mn,
    kind: row.kind,
    entityLayer: row.entityLayer,
    entityId: row.entityId,
    enabled: row.enabled,
    intervalS: row.intervalS,
    passwordIs(pw) {
      if (verified !== null && pw === verified) return true;
      const actual = Buffer.from(hashDevicePassword(pw, row.salt), 'utf8');
      const same = actual.length === expected.length && timingSafeEqual(actual, expected);
      if (same) verified = pw;
      return same;
    },
  };
}

/**
 * A cache of the devices table for the ingest: each MN is read at most once per `ttlMs` (default
 * 2 s; unknown MNs are remembered too, so a flood of them does not reach the database), and
 * `invalidate` (called when the registry changes) makes an edit count at once. At most `maxEntries`
 * MNs are held (default 100,000; past it the cache starts over).
 *
 * @example
 * const devices = createDeviceCache(db);
 * devices.get('MN001', Date.now())?.passwordIs('123456'); // true when registered with that password
 */
export function createDeviceCache(db: Db, options: { ttlMs?: number; maxEntries?: number } = {}): DeviceCache {
  const ttlMs = options.ttlMs ?? 2_000;
  const maxEntries = options.maxEntries ?? 100_000;
  const held = new Map<string, { device: IngestDevice | null; at: number; hash: string | null }>();
  return {
    get(mn, nowMs) {
      const entry = held.get(mn);
      if (entry && nowMs - entry.at < ttlMs) return entry.device;
      const row = readDeviceAuth(db, mn);
      // keep the memoised password check while the hash is unchanged
      const device = row ? (entry?.hash === row.hash && entry.device ? entry.device : toDevice(row)) : null;
      if (device && row) {
        device.enabled = row.enabled;
        device.intervalS = row.intervalS;
        device.entityId = row.entityId;
        device.entityLayer = row.entityLayer;
        device.kind = row.kind;
      }
      if (!entry && held.size >= maxEntries) held.clear();
      held.set(mn, { device, at: nowMs, hash: row?.hash ?? null });
      return device;
    },
    invalidate(mn) {
      if (mn === undefined) held.clear();
      else held.delete(mn);
    },
  };
}
