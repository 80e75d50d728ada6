import { createHash, randomBytes } from 'node:crypto';
import type { Device, DeviceError, OutletInput } from '../schema/devices.ts';
import type { DeviceEntityLayer, DeviceKind } from '../schema/enums/device-kind.ts';
import { machineTypeLabels, type MachineType } from '../schema/enums/machine.ts';
import type { Provenance } from '../schema/enums/provenance.ts';
import type { Db } from './open-database.ts';

/**
 * The HJ 212 device registry (migration 0009 `devices`, `device_errors`) and the outlets a stack device's
 * registration creates. Reads are plain; writes run inside the caller's transaction (the writer's job).
 *
 * @module
 */

/** SHA-256 (hex) of `salt` + `password`: how `devices.password_hash` keeps a device's PW. */
export function hashDevicePassword(password: string, salt: string): string {
  return createHash('sha256')
    .update(salt + password, 'utf8')
    .digest('hex');
}

/** A new salt for {@link hashDevicePassword}: 16 random bytes, hex. */
export function newDeviceSalt(): string {
  return randomBytes(16).toString('hex');
}

/** What the ingest needs to authenticate and route a device's packets. */
export interface DeviceAuth {
  mn: string;
  kind: DeviceKind;
  entityLayer: DeviceEntityLayer;
  entityId: string;
  salt: string;
  hash: string;
  enabled: boolean;
  intervalS: number;
}

interface AuthRow {
  mn: string;
  kind: DeviceKind;
  entity_layer: DeviceEntityLayer;
  entity_id: string;
  password_salt: string;
  password_hash: string;
  enabled: number;
  interval_s: number;
}

const AUTH_COLUMNS = 'mn, kind, entity_layer, entity_id, password_salt, password_hash, enabled, interval_s';

const toAuth = (r: AuthRow): DeviceAuth => ({
  mn: r.mn,
  kind: r.kind,
  entityLayer: r.entity_layer,
  entityId: r.entity_id,
  salt: r.password_salt,
  hash: r.password_hash,
  enabled: r.enabled === 1,
  intervalS: r.interval_s,
});

/** The device `mn`'s credentials and binding, or undefined when no such device is registered. */
export function readDeviceAuth(db: Db, mn: string): DeviceAuth | undefined {
  const row = db.prepare(`SELECT ${AUTH_COLUMNS} FROM devices WHERE mn = ?`).get(mn) as AuthRow | undefined;
  return row ? toAuth(row) : undefined;
}

/** Every device's credentials and binding (the ingest's cache), MN order. */
export function readAllDeviceAuth(db: Db): DeviceAuth[] {
  return (db.prepare(`SELECT ${AUTH_COLUMNS} FROM devices ORDER BY mn`).all() as AuthRow[]).map(toAuth);
}

interface DeviceRow {
  mn: string;
  kind: DeviceKind;
  entity_layer: DeviceEntityLayer;
  entity_id: string;
  interval_s: number;
  enabled: number;
  updated_at: string;
  last_seen_at: string | null;
  online_since: string | null;
  last_data_time: string | null;
  last_packet: string | null;
  accepted: number;
  refused: number;
  duplicates: number;
  last_error: string | null;
  last_error_at: string | null;
  entity_name: string | null;
  machine_type: string | null;
}

const DEVICE_SELECT = `
  SELECT d.mn, d.kind, d.entity_layer, d.entity_id, d.interval_s, d.enabled, d.updated_at, d.last_seen_at,
    d.online_since, d.last_data_time, d.last_packet, d.accepted, d.refused, d.duplicates, d.last_error,
    d.last_error_at,
    CASE d.entity_layer
      WHEN 'stations' THEN (SELECT s.name FROM stations s WHERE s.code = d.entity_id)
      WHEN 'outlets' THEN (SELECT e.name || ' · ' || o.name FROM outlets o JOIN enterprises e ON e.id = o.enterprise_id
                           WHERE o.id = d.entity_id)
    END AS entity_name,
    CASE d.entity_layer WHEN 'machines' THEN (SELECT m.type FROM machines m WHERE m.id = d.entity_id)
    END AS machine_type
  FROM devices d`;

/**
 * `password=secret;` → `password=***;` wherever a raw packet shows a password (`PW=`): HJ 212 sends it in
 * clear, and raw packets are shown to admins.
 *
 * @example
 * redactPassword('QN=1;ST=22;CN=2011;PW=123456;MN=A1'); // 'QN=1;ST=22;CN=2011;PW=***;MN=A1'
 */
export function redactPassword(raw: string): string {
  return raw.replace(/PW=[^;&]*/g, 'PW=***');
}

const isMachineType = (type: string): type is MachineType => Object.hasOwn(machineTypeLabels, type);

function entityName(row: DeviceRow): string | null {
  if (row.entity_layer !== 'machines') return row.entity_name;
  if (row.machine_type === null) return null;
  const label = isMachineType(row.machine_type) ? machineTypeLabels[row.machine_type].zh : row.machine_type;
  return `${label} ${row.entity_id}`;
}

/**
 * A device as stored, without its status (computed at a moment: services/device-views.ts), with what the
 * status is computed from and its last packet as received (password not yet redacted).
 */
export type DeviceRecord = Omit<Device, 'status' | 'statusSince'> & {
  onlineSince: string | null;
  updatedAt: string;
  lastPacket: string | null;
};

const toRecord = (row: DeviceRow): DeviceRecord => ({
  mn: row.mn,
  kind: row.kind,
  entity: { layer: row.entity_layer, id: row.entity_id },
  entityName: entityName(row),
  intervalS: row.interval_s,
  enabled: row.enabled === 1,
  lastSeen: row.last_seen_at,
  lastDataTime: row.last_data_time,
  accepted: row.accepted,
  refused: row.refused,
  duplicates: row.duplicates,
  lastError: row.last_error,
  lastErrorAt: row.last_error_at,
  onlineSince: row.online_since,
  updatedAt: row.updated_at,
  lastPacket: row.last_packet,
});

/** Every device, MN order. */
export function listDeviceRecords(db: Db): DeviceRecord[] {
  return (db.prepare(`${DEVICE_SELECT} ORDER BY d.mn`).all() as DeviceRow[]).map(toRecord);
}

/** The device `mn`, or undefined. */
export function readDeviceRecord(db: Db, mn: string): DeviceRecord | undefined {
  const row = db.prepare(`${DEVICE_SELECT} WHERE d.mn = ?`).get(mn) as DeviceRow | undefined;
  return row ? toRecord(row) : undefined;
}

/** The newest `limit` refusals logged under `mn`, newest first, passwords redacted. */
export function readDeviceErrors(db: Db, mn: string, limit: number): DeviceError[] {
  const rows = db
    .prepare('SELECT at, code, message, raw FROM device_errors WHERE mn = ? ORDER BY id DESC LIMIT ?')
    .all(mn, limit) as DeviceError[];
  return rows.map((r) => ({ ...r, raw: redactPassword(r.raw) }));
}

/** What the status of every device is computed from (the device monitor's read). */
export interface DeviceStatusRow {
  mn: string;
  enabled: boolean;
  intervalS: number;
  lastSeenAt: string | null;
  onlineSince: string | null;
  updatedAt: string;
}

/** Every device's status inputs, MN order. */
export function readDeviceStatusRows(db: Db): DeviceStatusRow[] {
  const rows = db
    .prepare('SELECT mn, enabled, interval_s, last_seen_at, online_since, updated_at FROM devices ORDER BY mn')
    .all() as {
    mn: string;
    enabled: number;
    interval_s: number;
    last_seen_at: string | null;
    online_since: string | null;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    mn: r.mn,
    enabled: r.enabled === 1,
    intervalS: r.interval_s,
    lastSeenAt: r.last_seen_at,
    onlineSince: r.online_since,
    updatedAt: r.updated_at,
  }));
}

/** A device to register, its password already salted and hashed. */
export interface NewDevice {
  mn: string;
  kind: DeviceKind;
  entityLayer: DeviceEntityLayer;
  entityId: string;
  salt: string;
  hash: string;
  intervalS: number;
}

/** Adds a device (enabled, never seen); the caller has checked the MN is free. `at`: ISO 8601 UTC. */
export function insertDevice(db: Db, device: NewDevice, at: string): void {
  db.prepare(
    `INSERT INTO devices (mn, kind, entity_layer, entity_id, password_salt, password_hash, interval_s, enabled,
       created_at, updated_at)
     VALUES (@mn, @kind, @entityLayer, @entityId, @salt, @hash, @intervalS, 1, @at, @at)`,
  ).run({ ...device, at });
}

/** The registry fields a PATCH may change (undefined: unchanged). */
export interface DeviceChanges {
  entityLayer?: DeviceEntityLayer;
  entityId?: string;
  salt?: string;
  hash?: string;
  intervalS?: number;
  enabled?: boolean;
}

/** Changes the device `mn`'s registry fields; false when there is no such device. `at`: ISO 8601 UTC. */
export function updateDevice(db: Db, mn: string, changes: DeviceChanges, at: string): boolean {
  const result = db
    .prepare(
      `UPDATE devices SET
         entity_layer = COALESCE(@entityLayer, entity_layer), entity_id = COALESCE(@entityId, entity_id),
         password_salt = COALESCE(@salt, password_salt), password_hash = COALESCE(@hash, password_hash),
         interval_s = COALESCE(@intervalS, interval_s), enabled = COALESCE(@enabled, enabled),
         online_since = CASE WHEN @enabled = 0 THEN NULL ELSE online_since END,
         updated_at = @at
       WHERE mn = @mn`,
    )
    .run({
      mn,
      entityLayer: changes.entityLayer ?? null,
      entityId: changes.entityId ?? null,
      salt: changes.salt ?? null,
      hash: changes.hash ?? null,
      intervalS: changes.intervalS ?? null,
      enabled: changes.enabled === undefined ? null : changes.enabled ? 1 : 0,
      at,
    });
  return result.changes > 0;
}

/** Removes the device `mn` and its error log; false when there is no such device. */
export function deleteDevice(db: Db, mn: string): boolean {
  const removed = db.prepare('DELETE FROM devices WHERE mn = ?').run(mn).changes > 0;
  if (removed) db.prepare('DELETE FROM device_errors WHERE mn = ?').run(mn);
  return removed;
}

/** Whether the entity a device would be bound to exists: a station code, an outlet id or a machine id. */
export function deviceEntityExists(db: Db, layer: DeviceEntityLayer, id: string): boolean {
  const sql = {
    stations: 'SELECT 1 FROM stations WHERE code = ?',
    outlets: 'SELECT 1 FROM outlets WHERE id = ?',
    machines: 'SELECT 1 FROM machines WHERE id = ?',
  }[layer];
  return db.prepare(sql).get(id) !== undefined;
}

/** An enterprise's name and position, or undefined when there is no such enterprise. */
export function readEnterpriseForOutlet(
  db: Db,
  enterpriseId: string,
): { name: string; lon: number; lat: number } | undefined {
  return db.prepare('SELECT name, lon, lat FROM enterprises WHERE id = ?').get(enterpriseId) as
    | { name: string; lon: number; lat: number }
    | undefined;
}

/** The id an outlet of `enterpriseId` with `code` is stored under. */
export const outletId = (enterpriseId: string, code: string) => `${enterpriseId}-${code}`;

/**
 * Adds an enterprise's outlet (id `${enterpriseId}-${code}`, at the enterprise's position) with its limits;
 * the caller has checked the enterprise exists and the id is free. Returns the id.
 */
export function insertOutlet(
  db: Db,
  input: OutletInput,
  origin: { provenance: Provenance; source: string; lon: number | null; lat: number | null },
): string {
  const id = outletId(input.enterpriseId, input.code);
  db.prepare(
    `INSERT INTO outlets (id, enterprise_id, code, name, standard, reference_o2, limits, ule_limits, lon, lat,
       provenance, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.enterpriseId,
    input.code,
    input.name,
    input.standard,
    input.referenceO2,
    JSON.stringify(input.limits),
    input.uleLimits === null ? null : JSON.stringify(input.uleLimits),
    origin.lon,
    origin.lat,
    origin.provenance,
    origin.source,
  );
  return id;
}

/** Whether an outlet `id` exists. */
export function outletExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM outlets WHERE id = ?').get(id) !== undefined;
}
