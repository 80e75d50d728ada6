import { judgeHour } from '../monitoring/judge-hour.ts';
import {
  type EmissionLevel,
  emissionTotals,
  type OutletMass,
  type OutletPlace,
} from '../monitoring/emission-totals.ts';
import { findEmissionStandard } from '../monitoring/emission-standards.ts';
import type { StackReading } from '../monitoring/stack-reading.ts';
import type { OutletFacts } from '../rules/rule-definition.ts';
import type { OutletLimits } from '../schema/devices.ts';
import type { EmissionTotal, Outlet } from '../schema/outlets.ts';
import type { Provenance } from '../schema/common.ts';
import { addMinutes, cstMinute } from '../time/cst.ts';
import type { Db } from './open-database.ts';

interface OutletRow {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  township: string;
  townshipName: string;
  code: string;
  name: string;
  standard: string;
  referenceO2: number | null;
  limits: string;
  uleLimits: string | null;
  provenance: string;
  source: string;
  planRequirement: string | null;
  devices: string | null;
}

interface ReadingRow {
  outletId: string;
  ts: string;
  pm: number | null;
  so2: number | null;
  nox: number | null;
  o2: number | null;
  flow: number | null;
  temp: number | null;
  moisture: number | null;
  pmCou: number | null;
  so2Cou: number | null;
  noxCou: number | null;
  flags: string;
}

const OUTLET_COLUMNS = `o.id, o.enterprise_id AS enterpriseId, e.name AS enterpriseName, e.township_code AS township,
  t.name AS townshipName, o.code, o.name, o.standard, o.reference_o2 AS referenceO2, o.limits,
  o.ule_limits AS uleLimits, o.provenance, o.source, e.plan_requirement AS planRequirement,
  (SELECT group_concat(d.mn, ',') FROM (SELECT mn FROM devices WHERE entity_layer = 'outlets' AND entity_id = o.id
    ORDER BY mn) d) AS devices`;
const OUTLET_FROM = `FROM outlets o JOIN enterprises e ON e.id = o.enterprise_id
  JOIN townships t ON t.code = e.township_code`;
const READING_COLUMNS = `outlet_id AS outletId, ts, pm, so2, nox, o2, flow, temp, moisture, pm_cou AS pmCou,
  so2_cou AS so2Cou, nox_cou AS noxCou, flags`;

function parseLimits(text: string | null): OutletLimits | null {
  if (text === null) return null;
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const limits: OutletLimits = {};
  for (const key of ['pm', 'so2', 'nox'] as const) {
    const value = parsed[key];
    if (typeof value === 'number') limits[key] = value;
  }
  return limits;
}

function parseFlags(text: string): Record<string, string> {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed === null || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

function toReading({ outletId: _outletId, flags, ...row }: ReadingRow): StackReading {
  return { ...row, flags: parseFlags(flags) };
}

function judging(row: OutletRow) {
  return { limits: parseLimits(row.limits) ?? {}, uleLimits: parseLimits(row.uleLimits), referenceO2: row.referenceO2 };
}

function toOutlet(row: OutletRow, latest: StackReading | undefined): Outlet {
  const standard = findEmissionStandard(row.standard);
  const limits = judging(row);
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    township: row.township,
    code: row.code,
    name: row.name,
    standard: row.standard,
    standardName: standard?.name ?? { zh: row.standard, en: row.standard },
    referenceO2: row.referenceO2,
    limits: limits.limits,
    uleLimits: limits.uleLimits,
    provenance: row.provenance as Provenance,
    source: row.source,
    devices: row.devices ? row.devices.split(',') : [],
    latest: latest ? judgeHour(latest, limits) : null,
  };
}

/**
 * The outlets (of one enterprise, or all), by id, each with its newest hour up to `upTo` ('YYYY-MM-DDTHH:mm'),
 * judged against its limits.
 *
 * @example
 * readOutlets(db, { enterprise: 'E0003', upTo: '2023-12-31T23:00' })[0]?.latest?.pm.over;
 */
export function readOutlets(db: Db, options: { enterprise?: string; upTo: string }): Outlet[] {
  const rows = db
    .prepare(`SELECT ${OUTLET_COLUMNS} ${OUTLET_FROM} WHERE (@enterprise IS NULL OR o.enterprise_id = @enterprise)
      ORDER BY o.id`)
    .all({ enterprise: options.enterprise ?? null }) as OutletRow[];
  const latest = db.prepare(
    `SELECT ${READING_COLUMNS} FROM outlet_readings WHERE outlet_id = ? AND ts <= ? ORDER BY ts DESC LIMIT 1`,
  );
  return rows.map((row) => {
    const reading = latest.get(row.id, options.upTo) as ReadingRow | undefined;
    return toOutlet(row, reading ? toReading(reading) : undefined);
  });
}

/** One outlet (newest hour up to `upTo`), or undefined. */
export function readOutlet(db: Db, id: string, upTo: string): Outlet | undefined {
  const row = db.prepare(`SELECT ${OUTLET_COLUMNS} ${OUTLET_FROM} WHERE o.id = ?`).get(id) as OutletRow | undefined;
  if (!row) return undefined;
  const latest = db
    .prepare(`SELECT ${READING_COLUMNS} FROM outlet_readings WHERE outlet_id = ? AND ts <= ? ORDER BY ts DESC LIMIT 1`)
    .get(id, upTo) as ReadingRow | undefined;
  return toOutlet(row, latest ? toReading(latest) : undefined);
}

/**
 * An outlet's hours with labels in `(from, to]` (hour ends, 'YYYY-MM-DDTHH:mm'), oldest first.
 *
 * @example
 * readOutletReadings(db, 'E0001-DA001', '2023-05-01T00:00', '2023-05-02T00:00'); // up to 24 hours
 */
export function readOutletReadings(db: Db, id: string, from: string, to: string): StackReading[] {
  const rows = db
    .prepare(`SELECT ${READING_COLUMNS} FROM outlet_readings WHERE outlet_id = ? AND ts > ? AND ts <= ? ORDER BY ts`)
    .all(id, from, to) as ReadingRow[];
  return rows.map(toReading);
}

/** Every outlet with where it belongs (for emission totals), by id. */
export function readOutletPlaces(db: Db): OutletPlace[] {
  return db
    .prepare(
      `SELECT o.id, o.name, o.enterprise_id AS enterpriseId, e.name AS enterpriseName, e.township_code AS township,
        t.name AS townshipName ${OUTLET_FROM} ORDER BY e.township_code, o.enterprise_id, o.id`,
    )
    .all() as OutletPlace[];
}

/** Every outlet's hours with labels in `(from, to]`. */
export function readAllOutletReadings(db: Db, from: string, to: string): { outletId: string; reading: StackReading }[] {
  const rows = db
    .prepare(`SELECT ${READING_COLUMNS} FROM outlet_readings WHERE ts > ? AND ts <= ? ORDER BY outlet_id, ts`)
    .all(from, to) as ReadingRow[];
  return rows.map((row) => ({ outletId: row.outletId, reading: toReading(row) }));
}

/** The mass (kg) of `key` in an hour, as SQL: valid (flag N) only; the Cou when sent, else C × flow / 1e6. */
function massSql(key: 'pm' | 'so2' | 'nox'): string {
  return `CASE WHEN ${key} IS NOT NULL AND json_extract(flags, '$.${key}') = 'N'
    THEN coalesce(${key}_cou, ${key} * flow / 1e6) END`;
}

/**
 * Each outlet's emitted masses (kg) over the hours with labels in `(from, to]`, summed in SQL exactly as
 * server/monitoring/emission-totals.ts `sumOutletMasses` sums readings (a year of hours in one scan).
 */
export function readOutletMasses(db: Db, from: string, to: string): OutletMass[] {
  return db
    .prepare(
      `SELECT outlet_id AS outletId, coalesce(sum(${massSql('pm')}), 0) AS pm,
        coalesce(sum(${massSql('so2')}), 0) AS so2,
        coalesce(sum(${massSql('nox')}), 0) AS nox,
        count(coalesce(${massSql('pm')}, ${massSql('so2')}, ${massSql('nox')})) AS hours
       FROM outlet_readings WHERE ts > ? AND ts <= ? GROUP BY outlet_id ORDER BY outlet_id`,
    )
    .all(from, to) as OutletMass[];
}

/**
 * The stack rules' facts at `asOf`: every outlet with its limits, its enterprise's register requirement, the
 * label of its first hour up to as-of, and its hours in the 24 h up to as-of (two queries).
 */
export function readOutletFacts(db: Db, asOf: string): OutletFacts[] {
  const rows = db
    .prepare(
      `SELECT ${OUTLET_COLUMNS}, (SELECT min(ts) FROM outlet_readings r WHERE r.outlet_id = o.id AND r.ts <= @asOf)
        AS reportingSince ${OUTLET_FROM} ORDER BY o.id`,
    )
    .all({ asOf }) as (OutletRow & { reportingSince: string | null })[];
  if (rows.length === 0) return [];
  const hours = new Map<string, StackReading[]>();
  for (const { outletId, reading } of readAllOutletReadings(db, addMinutes(asOf, -24 * 60), asOf)) {
    const list = hours.get(outletId) ?? [];
    list.push(reading);
    hours.set(outletId, list);
  }
  return rows.map((row) => ({
    outlet: {
      ...judging(row),
      id: row.id,
      enterpriseId: row.enterpriseId,
      township: row.township,
      name: row.name,
      planRequirement: row.planRequirement,
      reportingSince: row.reportingSince,
    },
    hours: hours.get(row.id) ?? [],
  }));
}

/**
 * Monitored emission totals (t) of the stack outlets over a period `(from, to]` (hour-end labels), counted up to
 * `upTo` ('YYYY-MM-DDTHH:mm'; the hours the outlets should have reported stop there too), at `level`.
 *
 * @example
 * monitoredEmissions(db, { from: '2023-01-01T00:00', to: '2024-01-01T00:00' }, '2023-06-30T23:00', 'district');
 */
export function monitoredEmissions(
  db: Db,
  period: { from: string; to: string },
  upTo: string,
  level: EmissionLevel,
): { rows: EmissionTotal[]; from: string; end: string } {
  const { from, to } = period;
  const hourFloor = `${upTo.slice(0, 13)}:00`;
  const end = to < hourFloor ? to : hourFloor < from ? from : hourFloor;
  const periodHours = Math.max(0, Math.round((cstMinute(end) - cstMinute(from)) / 60));
  const rows = emissionTotals(readOutletMasses(db, from, end), readOutletPlaces(db), level, periodHours);
  return { rows, from, end };
}
