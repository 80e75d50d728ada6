import { checkProblemsOf } from '../checks/check-problems.ts';
import type { VehicleCheckFacts } from '../checks/check-facts.ts';
import type { SummarizedCheck, SummarizedCheckpoint } from '../checks/check-summary.ts';
import type { CheckAgency, CheckpointKind } from '../schema/enums/roadside-check.ts';
import type { VehicleEmissionStage, VehicleFuel } from '../schema/enums/vehicle.ts';
import type { ChecksQuery, CheckSummaryQuery, RoadsideCheck } from '../schema/roadside-checks.ts';
import type { Db } from './open-database.ts';

/** Checks GET /api/checks returns without a `limit`. */
export const DEFAULT_CHECKS_LIMIT = 200;

interface CheckRow {
  id: number;
  checkpoint_id: string;
  checkpoint_name: string;
  checkpoint_kind: CheckpointKind;
  township_code: string;
  township_name: string;
  checked_at: string;
  plate: string;
  vehicle_id: string | null;
  fuel: VehicleFuel;
  emission_stage: VehicleEmissionStage | null;
  devices: RoadsideCheck['devices'];
  obd: RoadsideCheck['obd'];
  emission_test: RoadsideCheck['emissionTest'];
  test_method: RoadsideCheck['testMethod'];
  test_value: number | null;
  outcome: RoadsideCheck['outcome'];
  agencies: string;
  inspector: string;
  note: string | null;
  provenance: RoadsideCheck['provenance'];
  recorded_at: string;
}

const SELECT_CHECKS = `SELECT c.*, p.name AS checkpoint_name, p.kind AS checkpoint_kind, p.township_code,
  t.name AS township_name
  FROM roadside_checks c JOIN checkpoints p ON p.id = c.checkpoint_id JOIN townships t ON t.code = p.township_code`;

/** The agencies column: ids joined by commas (`ecology-environment,traffic-police`). */
export function agenciesColumn(agencies: readonly CheckAgency[]): string {
  return agencies.join(',');
}

function checkView(row: CheckRow): RoadsideCheck {
  const results = { devices: row.devices, obd: row.obd, emissionTest: row.emission_test };
  const problems = checkProblemsOf(results);
  return {
    id: row.id,
    checkpointId: row.checkpoint_id,
    checkpointName: row.checkpoint_name,
    checkpointKind: row.checkpoint_kind,
    township: row.township_code,
    townshipName: row.township_name,
    checkedAt: row.checked_at,
    plate: row.plate,
    vehicleId: row.vehicle_id,
    fuel: row.fuel,
    emissionStage: row.emission_stage,
    ...results,
    testMethod: row.test_method,
    testValue: row.test_value,
    outcome: row.outcome,
    agencies: row.agencies === '' ? [] : (row.agencies.split(',') as CheckAgency[]),
    problems,
    hit: problems.length > 0,
    inspector: row.inspector,
    note: row.note,
    provenance: row.provenance,
    recordedAt: row.recorded_at,
  };
}

/** The SQL that a check found a problem (the same test as `checkProblemsOf`). */
const HIT_SQL = "(c.devices IN ('missing', 'tampered') OR c.obd IN ('fault', 'tampered') OR c.emission_test = 'fail')";

function checkFilters(query: ChecksQuery | CheckSummaryQuery): { sql: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (query.from) add('c.checked_at >= ?', query.from);
  if (query.to) add('c.checked_at <= ?', query.to);
  if (query.township) add('p.township_code = ?', query.township);
  if ('checkpoint' in query && query.checkpoint) add('c.checkpoint_id = ?', query.checkpoint);
  if ('plate' in query && query.plate) add('instr(c.plate, ?) > 0', query.plate);
  if ('hit' in query && query.hit !== undefined) add(query.hit ? HIT_SQL : `NOT ${HIT_SQL}`);
  return { sql: clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The checks matching `query`, newest first (at most `query.limit`, default {@link DEFAULT_CHECKS_LIMIT}). */
export function readChecks(db: Db, query: ChecksQuery): { total: number; checks: RoadsideCheck[] } {
  const where = checkFilters(query);
  const total = db
    .prepare(`SELECT count(*) FROM roadside_checks c JOIN checkpoints p ON p.id = c.checkpoint_id${where.sql}`)
    .pluck()
    .get(...where.params) as number;
  const rows = db
    .prepare(`${SELECT_CHECKS}${where.sql} ORDER BY c.checked_at DESC, c.id DESC LIMIT ?`)
    .all(...where.params, query.limit ?? DEFAULT_CHECKS_LIMIT) as CheckRow[];
  return { total, checks: rows.map(checkView) };
}

/** One check by id. */
export function readCheck(db: Db, id: number): RoadsideCheck | undefined {
  const row = db.prepare(`${SELECT_CHECKS} WHERE c.id = ?`).get(id) as CheckRow | undefined;
  return row && checkView(row);
}

/** The checks and checkpoints the summary counts (checkpoints of the township, every one without). */
export function readSummaryInputs(
  db: Db,
  query: CheckSummaryQuery,
): { checks: SummarizedCheck[]; checkpoints: SummarizedCheckpoint[] } {
  const where = checkFilters(query);
  const checks = db
    .prepare(
      `SELECT c.checkpoint_id AS checkpointId, c.emission_stage AS emissionStage, c.devices, c.obd,
              c.emission_test AS emissionTest, c.outcome
       FROM roadside_checks c JOIN checkpoints p ON p.id = c.checkpoint_id${where.sql}`,
    )
    .all(...where.params) as SummarizedCheck[];
  const checkpoints = db
    .prepare(
      `SELECT id, name, kind, township_code AS township FROM checkpoints
       ${query.township ? 'WHERE township_code = ?' : ''} ORDER BY id`,
    )
    .all(...(query.township ? [query.township] : [])) as SummarizedCheckpoint[];
  return { checks, checkpoints };
}

/** A checkpoint's name, kind and township, or undefined when there is none with this id. */
export function readCheckpoint(
  db: Db,
  id: string,
): { id: string; name: string; kind: CheckpointKind; township: string; townshipName: string } | undefined {
  return db
    .prepare(
      `SELECT p.id, p.name, p.kind, p.township_code AS township, t.name AS townshipName
       FROM checkpoints p JOIN townships t ON t.code = p.township_code WHERE p.id = ?`,
    )
    .get(id) as ReturnType<typeof readCheckpoint>;
}

/** The register's vehicle with `plate` (its id, fuel and stage), or undefined. */
export function readVehicleByPlate(
  db: Db,
  plate: string,
): { id: string; fuel: VehicleFuel; emissionStage: VehicleEmissionStage } | undefined {
  return db
    .prepare('SELECT id, fuel, emission_stage AS emissionStage FROM vehicles WHERE plate = ?')
    .get(plate) as ReturnType<typeof readVehicleByPlate>;
}

/** A check to store (inside the writer's transaction). */
export interface CheckInsert {
  checkpointId: string;
  checkedAt: string;
  plate: string;
  vehicleId: string | null;
  fuel: VehicleFuel;
  emissionStage: VehicleEmissionStage | null;
  devices: RoadsideCheck['devices'];
  obd: RoadsideCheck['obd'];
  emissionTest: RoadsideCheck['emissionTest'];
  testMethod: RoadsideCheck['testMethod'];
  testValue: number | null;
  outcome: RoadsideCheck['outcome'];
  agencies: readonly CheckAgency[];
  inspector: string;
  note: string | null;
  provenance: RoadsideCheck['provenance'];
  recordedAt: string;
}

/** Stores one check; returns its id. */
export function insertCheck(db: Db, check: CheckInsert): number {
  const result = db
    .prepare(
      `INSERT INTO roadside_checks (checkpoint_id, checked_at, plate, vehicle_id, fuel, emission_stage, devices, obd,
         emission_test, test_method, test_value, outcome, agencies, inspector, note, provenance, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      check.checkpointId,
      check.checkedAt,
      check.plate,
      check.vehicleId,
      check.fuel,
      check.emissionStage,
      check.devices,
      check.obd,
      check.emissionTest,
      check.testMethod,
      check.testValue,
      check.outcome,
      agenciesColumn(check.agencies),
      check.inspector,
      check.note,
      check.provenance,
      check.recordedAt,
    );
  return Number(result.lastInsertRowid);
}

/**
 * Registered vehicles in use at as-of (registered by its day, not yet scrapped, deregistered or transferred out)
 * whose plate was checked up to as-of, each with its latest check. One indexed query.
 */
export function readVehicleCheckFacts(db: Db, asOf: string): VehicleCheckFacts[] {
  const day = asOf.slice(0, 10);
  const rows = db
    .prepare(
      `SELECT v.id AS vehicleId, v.plate, v.township_code AS township, c.checked_at AS at, ${HIT_SQL} AS hit,
              p.name AS checkpointName, c.outcome
       FROM vehicles v
       JOIN roadside_checks c ON c.id = (
         SELECT id FROM roadside_checks WHERE plate = v.plate AND checked_at <= ?
         ORDER BY checked_at DESC, id DESC LIMIT 1)
       JOIN checkpoints p ON p.id = c.checkpoint_id
       WHERE v.registered_on <= ? AND (v.status = 'in-use' OR v.status_on > ?)
       ORDER BY v.id`,
    )
    .all(asOf, day, day) as (Omit<VehicleCheckFacts, 'hit'> & { hit: number })[];
  return rows.map((r) => ({ ...r, hit: r.hit === 1 }));
}
