/**
 * The checks of a vehicle-register import (issue 16; dry run and commit): the file read, its rows parsed against
 * the enterprises and townships that place the vehicles, and the report.
 *
 * @module
 */
import type { Db } from '../db/open-database.ts';
import { readVehicleIdsByPlate, readVehiclePlaces } from '../db/vehicles-repository.ts';
import type { Localized } from '../schema/localized.ts';
import type { VehicleImportQuery, VehicleImportReport } from '../schema/vehicle-import.ts';
import { parseVehicleRegister } from '../vehicles/parse-vehicle-register.ts';
import { readRegisterTable } from '../vehicles/read-register-table.ts';
import type { VehicleRow } from '../vehicles/vehicle-row.ts';

/** Most problems a report lists (the counts count them all). */
const MAX_REPORTED_PROBLEMS = 1000;
/** Most vehicles a report previews. */
const MAX_PREVIEW = 100;

/** The report, the rows a commit writes, or why the file is unreadable (400). */
export type VehicleImportCheck =
  | { ok: true; report: VehicleImportReport; rows: VehicleRow[] }
  | { ok: false; unreadable: Localized };

/**
 * Checks an uploaded register file; nothing is written.
 *
 * @example
 * const check = await checkVehicleImport(db, bytes, { file: '营运车辆.csv', register: 'transport', provenance });
 * check.ok && check.report.committable; // false when any row has an error
 */
export async function checkVehicleImport(
  db: Db,
  bytes: Uint8Array,
  query: VehicleImportQuery,
): Promise<VehicleImportCheck> {
  const format = /\.xlsx$/i.test(query.file) ? 'xlsx' : 'csv';
  const read = await readRegisterTable(bytes, format);
  if (!read.ok) return read;
  const parsed = parseVehicleRegister(read.table, {
    register: query.register,
    provenance: query.provenance,
    fileName: query.file,
    places: readVehiclePlaces(db),
  });
  const problems = [...read.problems, ...parsed.problems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const known = readVehicleIdsByPlate(
    db,
    parsed.vehicles.map((v) => v.plate),
  );
  const report: VehicleImportReport = {
    fileName: query.file,
    format,
    register: query.register,
    counts: {
      rows: parsed.counts.rows,
      vehicles: parsed.vehicles.length,
      new: parsed.vehicles.length - known.size,
      updated: known.size,
      atEnterprise: parsed.counts.atEnterprise,
      atTownshipSeat: parsed.counts.atTownshipSeat,
      errors,
      warnings: problems.length - errors,
    },
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    preview: parsed.vehicles.slice(0, MAX_PREVIEW).map((v) => ({
      plate: v.plate,
      category: v.category,
      fuel: v.fuel,
      emissionStage: v.emission_stage,
      status: v.status,
      ownerUnit: v.owner_unit,
      township: v.township_code,
    })),
    committable: errors === 0 && parsed.vehicles.length > 0,
  };
  return { ok: true, report, rows: parsed.vehicles };
}
