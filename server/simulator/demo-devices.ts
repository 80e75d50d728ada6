/**
 * The demo devices' conventions (issue 14): the demo seed (seeds/generate/devices.ts) registers one HJ 212
 * device per active station and per outlet with these MNs and this password, and the simulator
 * (`npm run simulate`, `npm start -- --simulate`) sends as them. Real deployments register their own devices.
 *
 * @module
 */
import type { DeviceKind } from '../schema/enums/device-kind.ts';

/** The HJ 212 password (PW) of every demo device (README lists it beside the demo accounts' password). */
export const DEMO_DEVICE_PASSWORD = 'lantian';

/**
 * The MN of a station's demo device: `LT22` (ST 22, ambient air) + the station code.
 *
 * @example
 * demoStationMn('1180A'); // 'LT221180A'
 */
export function demoStationMn(stationCode: string): string {
  return `LT22${sanitise(stationCode, 20)}`;
}

/**
 * The MN of an outlet's demo device: `LT31` (ST 31, waste-gas source) + the outlet id, characters outside
 * `[0-9A-Za-z-]` replaced by `-`, cut to 24 characters in all.
 *
 * @example
 * demoOutletMn('E0001/DA001'); // 'LT31E0001-DA001'
 */
export function demoOutletMn(outletId: string): string {
  return `LT31${sanitise(outletId, 20)}`;
}

function sanitise(id: string, max: number): string {
  return id.replace(/[^0-9A-Za-z-]/g, '-').slice(0, max);
}

/**
 * The data interval a demo device keeps, seconds (its expected interval in the registry): micro-stations send
 * each minute, ambient stations and stacks every 5 minutes (real-time data, CN 2011), all of them hourly data
 * (CN 2061). The simulator sends real-time data at this cadence in simulated time, so an accelerated run keeps
 * every device online and a silent micro-station turns offline after 6 real minutes.
 */
export const demoDeviceIntervalS: Readonly<Record<DeviceKind, number>> = {
  ambient: 300,
  micro: 60,
  stack: 300,
  nrmm: 30,
};
