import { createHash } from 'node:crypto';
import type { SimulatorDeviceRow } from '../db/simulator-reads.ts';
import { type OutletLimits, outletLimitsSchema } from '../schema/devices.ts';
import { DEMO_DEVICE_PASSWORD } from './demo-devices.ts';
import type { SimOutlet } from './stack-values.ts';

/** A device the simulator sends as. */
export interface SimDevice {
  mn: string;
  kind: 'ambient' | 'micro' | 'stack';
  password: string;
  /** The data interval it keeps, seconds: its real-time cadence in simulated time. */
  intervalS: number;
  /** The bound station's code (ambient, micro) or outlet id (stack). */
  entityId: string;
  /** Station name or the outlet's enterprise name, for the log. */
  name: string;
  /** Stack devices: the outlet with its limits. */
  outlet: SimOutlet | null;
}

const limitsOf = (text: string | null): OutletLimits | null => {
  if (text === null) return null;
  try {
    const parsed = outletLimitsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/**
 * The registered devices the simulator can send as: those whose password is the demo password (the registry
 * keeps only a salted hash: a device registered with another password cannot be simulated), bound to an entity
 * that still exists, limited to the first `max` (ambient stations first, then micro-stations, then stacks).
 *
 * @example
 * planDevices(readSimulatorDevices(db)).length; // every demo device
 */
export function planDevices(
  rows: readonly SimulatorDeviceRow[],
  options: { max?: number; password?: string } = {},
): SimDevice[] {
  const password = options.password ?? DEMO_DEVICE_PASSWORD;
  const devices: SimDevice[] = [];
  for (const row of rows) {
    if (row.kind !== 'ambient' && row.kind !== 'micro' && row.kind !== 'stack') continue;
    if (row.entityName === null) continue;
    const hash = createHash('sha256')
      .update(row.passwordSalt + password, 'utf8')
      .digest('hex');
    if (hash !== row.passwordHash) continue;
    const limits = limitsOf(row.limits);
    if (row.kind === 'stack' && limits === null) continue;
    devices.push({
      mn: row.mn,
      kind: row.kind,
      password,
      intervalS: row.intervalS,
      entityId: row.entityId,
      name: row.entityName,
      outlet:
        row.kind === 'stack' && limits !== null
          ? { id: row.entityId, limits, uleLimits: limitsOf(row.uleLimits), referenceO2: row.referenceO2 }
          : null,
    });
  }
  return options.max === undefined ? devices : devices.slice(0, options.max);
}

/** The enterprises the scripted exceedance prefers, in order (named cement companies with ULE limits). */
const exceedanceEnterprises = ['五峰山', '铁牛'];

/**
 * The stack device whose particulate goes over its ULE limit early in the run: the first outlet of a preferred
 * named cement company with a ULE particulate limit, else any outlet with one, else null.
 *
 * @example
 * exceedanceDevice(devices)?.name; // '忻州市五峰山水泥有限公司'
 */
export function exceedanceDevice(devices: readonly SimDevice[]): SimDevice | null {
  const candidates = devices.filter((d) => d.outlet?.uleLimits?.pm !== undefined);
  for (const word of exceedanceEnterprises) {
    const named = candidates.find((d) => d.name.includes(word));
    if (named) return named;
  }
  return candidates[0] ?? null;
}
