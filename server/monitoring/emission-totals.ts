import { type StackPollutantKey, stackPollutantKeys } from '../schema/devices.ts';
import type { EmissionTotal } from '../schema/outlets.ts';
import { couField, isValidValue, type StackReading } from './stack-reading.ts';

/** The district's code: the id of the `district` level's one row. */
export const DISTRICT_CODE = '140902';

/**
 * The mass of `key` an hour emitted, kg: the packet's Cou when sent, else concentration as measured (mg/m³) ×
 * flow (m³/h) × 1 h / 1e6; null when the value is not valid (flag other than N) or neither is available.
 *
 * @example
 * hourMassKg({ ...hour, pm: 8, flow: 50_000, pmCou: null, flags: { pm: 'N' } }, 'pm'); // 0.4
 */
export function hourMassKg(reading: StackReading, key: StackPollutantKey): number | null {
  if (!isValidValue(reading, key)) return null;
  const cou = reading[couField[key]];
  if (cou !== null) return cou;
  const concentration = reading[key];
  if (concentration === null || reading.flow === null) return null;
  return (concentration * reading.flow) / 1e6;
}

/** An outlet and where it belongs, for grouping. */
export interface OutletPlace {
  id: string;
  name: string;
  enterpriseId: string;
  enterpriseName: string;
  township: string;
  townshipName: string;
}

export type EmissionLevel = 'outlet' | 'enterprise' | 'township' | 'district';

/** An outlet's emitted masses over a period, kg, and the hours with at least one valid mass. */
export interface OutletMass {
  outletId: string;
  pm: number;
  so2: number;
  nox: number;
  hours: number;
}

/**
 * The masses per outlet of hours of stack data ({@link hourMassKg}; valid hours only). The database sums the same
 * way in SQL (server/db/outlets-repository.ts `readOutletMasses`).
 *
 * @example
 * sumOutletMasses([{ outletId: 'E1-DA001', reading }]);
 * // [{ outletId: 'E1-DA001', pm: 0.4, so2: 1, nox: 2, hours: 1 }]
 */
export function sumOutletMasses(hours: readonly { outletId: string; reading: StackReading }[]): OutletMass[] {
  const byOutlet = new Map<string, OutletMass>();
  for (const { outletId, reading } of hours) {
    let mass = byOutlet.get(outletId);
    if (!mass) {
      mass = { outletId, pm: 0, so2: 0, nox: 0, hours: 0 };
      byOutlet.set(outletId, mass);
    }
    let counted = false;
    for (const key of stackPollutantKeys) {
      const kg = hourMassKg(reading, key);
      if (kg === null) continue;
      mass[key] += kg;
      counted = true;
    }
    if (counted) mass.hours += 1;
  }
  return [...byOutlet.values()];
}

/**
 * Emission totals in tonnes per outlet, enterprise, township or the district, from each outlet's masses of a period
 * (kg). Every outlet given yields a row at its level even without data (zeros); `expectedHours` = `periodHours` × the
 * outlets in the row; `hours` = outlet-hours with at least one valid mass. Rows in the order of `outlets` (first
 * appearance); masses of outlets not listed are left out.
 *
 * @example
 * emissionTotals(sumOutletMasses(hours), outlets, 'enterprise', 24)[0].pm; // tonnes
 */
export function emissionTotals(
  masses: readonly OutletMass[],
  outlets: readonly OutletPlace[],
  level: EmissionLevel,
  periodHours: number,
): EmissionTotal[] {
  const keyOf = (o: OutletPlace): { id: string; name: string } => {
    if (level === 'outlet') return { id: o.id, name: `${o.enterpriseName} · ${o.name}` };
    if (level === 'enterprise') return { id: o.enterpriseId, name: o.enterpriseName };
    if (level === 'township') return { id: o.township, name: o.townshipName };
    return { id: DISTRICT_CODE, name: '忻府区' };
  };
  const rows = new Map<string, EmissionTotal>();
  const rowOf = new Map<string, EmissionTotal>();
  for (const outlet of outlets) {
    const { id, name } = keyOf(outlet);
    let row = rows.get(id);
    if (!row) {
      row = { id, name, pm: 0, so2: 0, nox: 0, hours: 0, expectedHours: 0 };
      rows.set(id, row);
    }
    row.expectedHours += periodHours;
    rowOf.set(outlet.id, row);
  }
  for (const mass of masses) {
    const row = rowOf.get(mass.outletId);
    if (!row) continue;
    for (const key of stackPollutantKeys) row[key] += mass[key];
    row.hours += mass.hours;
  }
  return [...rows.values()].map((row) => ({
    ...row,
    pm: roundTonnes(row.pm),
    so2: roundTonnes(row.so2),
    nox: roundTonnes(row.nox),
  }));
}

/** kg → t, kept to the gram. */
function roundTonnes(kg: number): number {
  return Math.round(kg * 1000) / 1e6;
}
