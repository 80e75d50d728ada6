import { staggerBoundAt, seasonOf } from '../emergency/stagger-bound-at.ts';
import { warningLevelAt } from '../emergency/warning-level-at.ts';
import type { CemsHour } from '../emergency/contract.ts';
import { median } from '../emergency/cems-checks.ts';
import type { HourBindings, OutletBaseline, OutletRestriction } from '../simulator/outlet-binding.ts';
import { addMinutes } from '../time/cst.ts';
import { BASELINE_DAYS, readOutletEvidence } from './emergency-evidence.ts';
import { warningListVersion, warningsAround } from './emergency-facts.ts';
import type { Db } from './open-database.ts';
import { readStaggerSchedules } from './stagger-repository.ts';

/** A registered device as the simulator needs it, with its station or outlet. */
export interface SimulatorDeviceRow {
  mn: string;
  kind: string;
  entityId: string;
  passwordSalt: string;
  passwordHash: string;
  intervalS: number;
  /** The station's or the outlet's enterprise name (null when the entity no longer exists). */
  entityName: string | null;
  /** For stack devices: the outlet's limits (JSON text), ULE limits (JSON text or null) and reference O2. */
  limits: string | null;
  uleLimits: string | null;
  referenceO2: number | null;
}

/**
 * The enabled ambient, micro-station and stack devices, ordered by kind (ambient, micro, stack) then MN.
 *
 * @example
 * readSimulatorDevices(db).length; // 44 + the outlets in the demo data
 */
export function readSimulatorDevices(db: Db): SimulatorDeviceRow[] {
  return db
    .prepare(
      `SELECT d.mn, d.kind, d.entity_id AS entityId, d.password_salt AS passwordSalt,
         d.password_hash AS passwordHash, d.interval_s AS intervalS,
         coalesce(s.name, e.name) AS entityName, o.limits, o.ule_limits AS uleLimits, o.reference_o2 AS referenceO2
       FROM devices d
       LEFT JOIN stations s ON d.entity_layer = 'stations' AND s.code = d.entity_id
       LEFT JOIN outlets o ON d.entity_layer = 'outlets' AND o.id = d.entity_id
       LEFT JOIN enterprises e ON e.id = o.enterprise_id
       WHERE d.enabled = 1 AND d.kind IN ('ambient', 'micro', 'stack')
       ORDER BY CASE d.kind WHEN 'ambient' THEN 0 WHEN 'micro' THEN 1 ELSE 2 END, d.mn`,
    )
    .all() as SimulatorDeviceRow[];
}

/** A station_readings row (µg/m³, CO mg/m³; null = missing). */
export interface StationHourRow {
  station_code: string;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm25: number | null;
  co: number | null;
  o3: number | null;
}

/**
 * Returns a reader of every station's reading of one hour (`ts`, hour end label), by station code.
 *
 * @example
 * stationHourReader(db)('2023-01-01T01:00').get('1180A')?.pm25;
 */
export function stationHourReader(db: Db): (ts: string) => Map<string, StationHourRow> {
  // CROSS JOIN keeps stations as the outer loop: one primary-key lookup per station, not a scan of the year
  const statement = db.prepare(
    `SELECT r.station_code, r.so2, r.no2, r.pm10, r.pm25, r.co, r.o3
     FROM stations s CROSS JOIN station_readings r ON r.station_code = s.code AND r.ts = ?`,
  );
  return (ts) => new Map((statement.all(ts) as StationHourRow[]).map((row) => [row.station_code, row]));
}

/**
 * The newest hour (end label 'YYYY-MM-DDTHH:mm' CST) the database holds: the latest of the dataset's present
 * (`dataset_meta.default_as_of`), the newest station reading and the newest outlet reading; null when none.
 */
export function readNewestHour(db: Db): string | null {
  const row = db
    .prepare(
      `SELECT max(coalesce((SELECT value FROM dataset_meta WHERE key = 'default_as_of'), ''),
         coalesce((SELECT max(ts) FROM station_readings), ''),
         coalesce((SELECT max(ts) FROM outlet_readings), '')) AS newest`,
    )
    .get() as { newest: string };
  return row.newest === '' ? null : row.newest.slice(0, 16);
}

/** The medians of an outlet's valid baseline hours; null without a flow. */
function baselineOf(hours: readonly CemsHour[]): OutletBaseline | null {
  const of = (key: 'flow' | 'pm' | 'so2' | 'nox') => median(hours.flatMap((h) => (h[key] === null ? [] : [h[key]])));
  const flow = of('flow');
  if (flow === null || flow <= 0) return null;
  const conc = { pm: of('pm'), so2: of('so2'), nox: of('nox') };
  const keys = (['pm', 'so2', 'nox'] as const).filter((k) => conc[k] !== null);
  const rates = hours.flatMap((h) => {
    if (h.flow === null || keys.some((k) => h[k] === null)) return [];
    return [keys.reduce((sum, k) => sum + (h[k] ?? 0) * (h.flow ?? 0), 0)];
  });
  return { flow, ...conc, rate: keys.length === 0 ? null : median(rates) };
}

/**
 * The baselines of the outlets of `enterpriseIds` before `start` (the compliance check's: the stored hours of the
 * {@link BASELINE_DAYS} days before it), by outlet id.
 */
function baselinesBefore(db: Db, enterpriseIds: readonly string[], start: string): Map<string, OutletBaseline> {
  const evidence = readOutletEvidence(db, [...new Set(enterpriseIds)], {
    baselineFrom: addMinutes(start, -BASELINE_DAYS * 24 * 60),
    splitAt: start,
    to: start,
  });
  const result = new Map<string, OutletBaseline>();
  for (const outlets of evidence.values()) {
    for (const o of outlets) {
      const baseline = baselineOf(o.baseline);
      if (baseline !== null) result.set(o.outletId, baseline);
    }
  }
  return result;
}

/**
 * What binds the outlets in the hour starting at `hourStart` ('YYYY-MM-DDTHH:mm' CST; issue 15): the measures at
 * the level of the issued warning in force then (from the list version it applies; a measure's `outletCode` matched
 * to the enterprise's outlet code; stop and limit only) and the staggered-production schedules in force that day,
 * each with the outlet's baseline before the warning's or the schedule's start. One read per simulated hour.
 *
 * @example
 * readHourBindings(db, '2023-12-11T08:00').byOutlet.get('E0001-DA001')?.[0]?.kind; // 'limit' (orange warning)
 */
export function readHourBindings(db: Db, hourStart: string): HourBindings {
  const day = hourStart.slice(0, 10);
  const outletId = db.prepare('SELECT id FROM outlets WHERE enterprise_id = ? AND code = ?');
  const idOf = (enterpriseId: string, code: string | null): string | null =>
    code === null ? null : ((outletId.get(enterpriseId, code) as { id: string } | undefined)?.id ?? null);
  const byOutlet = new Map<string, OutletRestriction[]>();
  const bind = (enterpriseId: string, code: string | null, r: Omit<OutletRestriction, 'baseline'>, start: string) => {
    const id = idOf(enterpriseId, code);
    if (id === null) return;
    const baseline = baselinesBefore(db, [enterpriseId], start).get(id) ?? null;
    byOutlet.set(id, [...(byOutlet.get(id) ?? []), { ...r, baseline }]);
  };
  const warnings = warningsAround(db, hourStart);
  const inForce = warningLevelAt(warnings, hourStart);
  let violatorOutletId: string | null = null;
  if (inForce) {
    const stored = warnings.find((w) => w.id === inForce.warning.id);
    const list = warningListVersion(db, stored?.listVersion?.id ?? null, day);
    const stopped: string[] = [];
    for (const entry of list?.entries ?? []) {
      for (const m of entry.measures[inForce.level]) {
        if (m.kind !== 'stop' && m.kind !== 'limit') continue;
        const restriction = { kind: m.kind, limitPct: m.limitPct, source: 'warning' as const };
        bind(entry.enterpriseId, m.outletCode, restriction, inForce.warning.startAt);
      }
      for (const m of [...entry.measures.yellow, ...entry.measures.orange, ...entry.measures.red]) {
        const id = m.kind === 'stop' ? idOf(entry.enterpriseId, m.outletCode) : null;
        if (id !== null) stopped.push(id);
      }
    }
    violatorOutletId = stopped.sort()[0] ?? null;
  }
  for (const s of staggerBoundAt(readStaggerSchedules(db, seasonOf(day)), day)) {
    const restriction = { kind: s.production, limitPct: s.limitPct, source: 'stagger' as const };
    bind(s.enterpriseId, s.outletCode, restriction, `${s.from}T00:00`);
  }
  return { byOutlet, warningInForce: inForce !== null, violatorOutletId };
}
