/**
 * Reads and writes of the vehicle register (issue 16; tasks 9 and 10): the rules' facts (vehicles in use, gate
 * trips of the last 7 days), the rows the progress figures are computed from, and the register import's upsert.
 *
 * @module
 */
import { addMinutes } from '../time/cst.ts';
import { GATE_WINDOW_DAYS, type GateTripFact } from '../vehicles/gate-trip.ts';
import type { VehicleFact } from '../vehicles/vehicle-fact.ts';
import type { VehicleHistory } from '../vehicles/vehicle-progress.ts';
import type { VehiclePlaces, VehicleRow } from '../vehicles/vehicle-row.ts';
import type { Db } from './open-database.ts';

/**
 * The register vehicles in use on as-of's day: registered by then and not scrapped, deregistered or transferred
 * out by then.
 */
export function readVehicleFacts(db: Db, asOf: string): VehicleFact[] {
  const day = asOf.slice(0, 10);
  return db
    .prepare(
      `SELECT id, plate, category, fuel, emission_stage AS emissionStage, lean_burn = 1 AS leanBurn,
              registered_on AS registeredOn, scrap_due_on AS scrapDueOn,
              key_user_enterprise_id AS keyUserEnterpriseId, township_code AS township
       FROM vehicles WHERE registered_on <= ? AND (status_on IS NULL OR status_on > ?) ORDER BY id`,
    )
    .all(day, day)
    .map((r) => ({ ...(r as VehicleFact), leanBurn: (r as { leanBurn: number }).leanBurn === 1 }));
}

/** Trucks entering enterprises (`direction = 'in'`) in the 7 days up to as-of, oldest first. */
export function readGateTripFacts(db: Db, asOf: string): GateTripFact[] {
  return db
    .prepare(
      `SELECT enterprise_id AS enterpriseId, at, plate, emission_stage AS stage, fuel FROM gate_truck_records
       WHERE direction = 'in' AND at > ? AND at <= ? ORDER BY at, enterprise_id, plate`,
    )
    .all(addMinutes(asOf, -GATE_WINDOW_DAYS * 24 * 60), asOf) as GateTripFact[];
}

/** Every register vehicle with its dates, for the phase-out and fleet figures. */
export function readVehicleHistory(db: Db): VehicleHistory[] {
  return db
    .prepare(
      `SELECT category, fuel, emission_stage AS emissionStage, lean_burn AS leanBurn, registered_on AS registeredOn,
              status, status_on AS statusOn, scrap_due_on AS scrapDueOn FROM vehicles ORDER BY id`,
    )
    .all()
    .map((r) => ({ ...(r as VehicleHistory), leanBurn: (r as { leanBurn: number }).leanBurn === 1 }));
}

/** An enterprise the bulk-freight requirement (T9.5) concerns. */
export interface BulkFreightEnterpriseRow {
  id: string;
  name: string;
  township: string;
  annualFreightT: number;
  railSpur: string;
}

/** The enterprises moving at least `minFreightT` tonnes a year, by freight (largest first). */
export function readBulkFreightEnterprises(db: Db, minFreightT: number): BulkFreightEnterpriseRow[] {
  return db
    .prepare(
      `SELECT id, name, township_code AS township, annual_freight_t AS annualFreightT, rail_spur AS railSpur
       FROM enterprises WHERE annual_freight_t >= ? ORDER BY annual_freight_t DESC, id`,
    )
    .all(minFreightT) as BulkFreightEnterpriseRow[];
}

/** The enterprises and township seats an import places vehicles at. */
export function readVehiclePlaces(db: Db): VehiclePlaces {
  return {
    enterprises: db
      .prepare('SELECT id, name, township_code AS township, lon, lat FROM enterprises ORDER BY id')
      .all() as VehiclePlaces['enterprises'],
    townships: db
      .prepare('SELECT code, name, lon, lat FROM townships ORDER BY code')
      .all() as VehiclePlaces['townships'],
  };
}

/** The ids of the register's plates among `plates`. */
export function readVehicleIdsByPlate(db: Db, plates: readonly string[]): Map<string, string> {
  const select = db.prepare('SELECT id FROM vehicles WHERE plate = ?');
  const ids = new Map<string, string>();
  for (const plate of plates) {
    const row = select.get(plate) as { id: string } | undefined;
    if (row) ids.set(plate, row.id);
  }
  return ids;
}

/**
 * Upserts `rows` by plate (call inside the writer's transaction): a known plate keeps its id and is updated, a new
 * one gets the next `V` + 6-digit id. Returns the counts.
 */
export function upsertVehicles(db: Db, rows: readonly VehicleRow[]): { inserted: number; updated: number } {
  const known = readVehicleIdsByPlate(
    db,
    rows.map((r) => r.plate),
  );
  const max = db
    .prepare("SELECT max(CAST(substr(id, 2) AS INTEGER)) AS n FROM vehicles WHERE id GLOB 'V[0-9]*'")
    .get() as { n: number | null };
  let next = (max.n ?? 0) + 1;
  const columns = [
    'plate',
    'category',
    'fuel',
    'emission_stage',
    'lean_burn',
    'owner_unit',
    'key_user_enterprise_id',
    'registered_on',
    'status',
    'status_on',
    'scrap_due_on',
    'register',
    'township_code',
    'lon',
    'lat',
    'provenance',
    'source',
  ] as const;
  const insert = db.prepare(
    `INSERT INTO vehicles (id, ${columns.join(', ')}) VALUES (@id, ${columns.map((c) => `@${c}`).join(', ')})`,
  );
  const update = db.prepare(`UPDATE vehicles SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
  let inserted = 0;
  let updated = 0;
  for (const row of rows) {
    const id = known.get(row.plate);
    if (id) {
      update.run({ ...row, id });
      updated += 1;
    } else {
      insert.run({ ...row, id: `V${String(next).padStart(6, '0')}` });
      next += 1;
      inserted += 1;
    }
  }
  return { inserted, updated };
}
