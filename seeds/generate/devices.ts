import { hashDevicePassword } from '../../server/db/devices-repository.ts';
import {
  DEMO_DEVICE_PASSWORD,
  demoDeviceIntervalS,
  demoOutletMn,
  demoStationMn,
} from '../../server/simulator/demo-devices.ts';
import type { Rng } from '../random.ts';

/** A row of `devices` as the demo seed writes it (counters and last packet at their defaults). */
export interface DeviceRow {
  mn: string;
  kind: 'ambient' | 'micro' | 'stack';
  entity_layer: 'stations' | 'outlets';
  entity_id: string;
  password_salt: string;
  password_hash: string;
  interval_s: number;
  enabled: number;
  created_at: string;
  updated_at: string;
}

/**
 * The demo HJ 212 devices: one per active station (ambient for national stations, micro for micro-stations)
 * and one per outlet (stack), with the MNs and the password of server/simulator/demo-devices.ts. The password
 * is kept as SHA-256 of salt + password (hex), the registry's scheme; the salts come from `rng`.
 *
 * @param at the instant the devices are registered (ISO UTC): the dataset's present
 * @example
 * generateDevices(ctx.rngFor('devices'), stations.rows, outlets, '2023-12-31T15:00:00.000Z');
 */
export function generateDevices(
  rng: Rng,
  stations: readonly { code: string; kind: string; status: string }[],
  outlets: readonly { id: string }[],
  at: string,
): DeviceRow[] {
  const row = (mn: string, kind: DeviceRow['kind'], layer: DeviceRow['entity_layer'], id: string): DeviceRow => {
    const salt = Array.from({ length: 4 }, () => rng.int(0, 0xffff_ffff).toString(16).padStart(8, '0')).join('');
    return {
      mn,
      kind,
      entity_layer: layer,
      entity_id: id,
      password_salt: salt,
      password_hash: hashDevicePassword(DEMO_DEVICE_PASSWORD, salt),
      interval_s: demoDeviceIntervalS[kind],
      enabled: 1,
      created_at: at,
      updated_at: at,
    };
  };
  const rows = stations
    .filter((s) => s.status === 'active')
    .map((s) => row(demoStationMn(s.code), s.kind === 'national' ? 'ambient' : 'micro', 'stations', s.code));
  for (const o of outlets) rows.push(row(demoOutletMn(o.id), 'stack', 'outlets', o.id));
  return rows;
}
