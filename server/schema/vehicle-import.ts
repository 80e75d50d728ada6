import { z } from 'zod';
import { importProblemSchema } from './imports.ts';
import { provenanceSchema } from './common.ts';
import {
  vehicleCategories,
  vehicleEmissionStages,
  vehicleFuels,
  vehicleRegisters,
  vehicleStatuses,
} from './enums/vehicle.ts';

/**
 * Query of POST /api/vehicles/import/dry-run and /commit; the body is the register file's bytes (.csv or .xlsx).
 * `register` says whose register it is (交通运输部门营运车辆台账 / 公安交管登记 …).
 */
export const vehicleImportQuerySchema = z
  .object({
    file: z
      .string()
      .max(200, 'at most 200 characters')
      .regex(/^[^/\\\0]+\.(csv|xlsx|CSV|XLSX)$/, 'must be a .csv or .xlsx file name, no folders'),
    register: z.enum(vehicleRegisters),
    /** `official` is stored as `approximate`: a register gives no coordinates, the position is derived. */
    provenance: provenanceSchema.default('official'),
  })
  .strict();
export type VehicleImportQuery = z.infer<typeof vehicleImportQuerySchema>;

/** The report of a vehicle-register dry run (and of a refused commit). */
export const vehicleImportReportSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  register: z.enum(vehicleRegisters),
  counts: z.object({
    /** Data rows read (blank rows not counted). */
    rows: z.number().int(),
    /** Rows without errors. */
    vehicles: z.number().int(),
    /** Of those, plates new to the register and plates already in it (updated). */
    new: z.number().int(),
    updated: z.number().int(),
    /** Placed at their key-user enterprise, or at their township's seat. */
    atEnterprise: z.number().int(),
    atTownshipSeat: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
  }),
  /** The first 1,000 problems, in file order (file-level ones first); `row` as the spreadsheet numbers it. */
  problems: z.array(importProblemSchema),
  /** The first 100 vehicles read without errors. */
  preview: z.array(
    z.object({
      plate: z.string(),
      category: z.enum(vehicleCategories),
      fuel: z.enum(vehicleFuels),
      emissionStage: z.enum(vehicleEmissionStages),
      status: z.enum(vehicleStatuses),
      ownerUnit: z.string(),
      township: z.string(),
    }),
  ),
  /** Whether a commit would write (no errors, at least one vehicle). */
  committable: z.boolean(),
});
export type VehicleImportReport = z.infer<typeof vehicleImportReportSchema>;

/** Body of a successful commit (201): the report and what was written. */
export const vehicleImportOutcomeSchema = z.object({
  report: vehicleImportReportSchema,
  inserted: z.number().int(),
  updated: z.number().int(),
});
export type VehicleImportOutcome = z.infer<typeof vehicleImportOutcomeSchema>;
