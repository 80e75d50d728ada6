import { z } from 'zod';
import { asOfParamSchema } from './common.ts';
import { railSpurStatuses } from './enums/enterprise-status.ts';
import { vehicleCategories, vehicleEmissionStages, vehicleFuels } from './enums/vehicle.ts';

/** Query of GET /api/vehicles/progress: the moment (default: the dataset's present). */
export const vehicleProgressQuerySchema = z.object({ asOf: asOfParamSchema.optional() }).strict();

/** One group of trucks task 10 asks to phase out, from the plan's start to as-of. */
export const phaseOutCohortSchema = z.object({
  /** In use on the plan's start day. */
  atStart: z.number().int(),
  /** In use on as-of's day (any registration date). */
  inUse: z.number().int(),
  /** Of those in use at the start, how many left use between the start and as-of (exclusive, inclusive], by why. */
  left: z.object({
    scrapped: z.number().int(),
    deregistered: z.number().int(),
    transferredOut: z.number().int(),
  }),
  /** In use at as-of and past their compulsory scrapping date (the rule's hits). */
  pastScrapDue: z.number().int(),
  /** Share of the start's trucks that left use by as-of, 0–1 (null: none at the start). */
  phasedOutShare: z.number().nullable(),
  /** In use at the end of each month from the plan's start month to as-of's (the last one: as-of's day). */
  monthly: z.array(z.object({ month: z.string(), day: z.string(), inUse: z.number().int() })),
});
export type PhaseOutCohort = z.infer<typeof phaseOutCohortSchema>;

/** Body of GET /api/vehicles/progress. */
export const vehicleProgressResponseSchema = z.object({
  asOf: z.string(),
  /** The plan's start (`YYYY-MM-DD`): the day it was issued. */
  planStart: z.string(),
  dieselTrucks: phaseOutCohortSchema,
  leanBurnGasTrucks: phaseOutCohortSchema,
  /** Sanitation, postal and express vehicles registered from the plan's start to as-of. */
  municipal: z.object({
    added: z.number().int(),
    clean: z.number().int(),
    /** 0–1; null when none was added. */
    cleanShare: z.number().nullable(),
    byCategory: z.array(
      z.object({ category: z.enum(vehicleCategories), added: z.number().int(), clean: z.number().int() }),
    ),
  }),
  /** Enterprises moving ≥ 1.5 Mt/yr and their gate trips of the 7 days up to as-of. */
  bulkFreight: z.object({
    from: z.string(),
    to: z.string(),
    enterprises: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        township: z.string(),
        annualFreightT: z.number(),
        railSpur: z.enum(railSpurStatuses),
        trips: z.number().int(),
        meets: z.number().int(),
        below: z.number().int(),
        unknown: z.number().int(),
        /** Share of 国六 / new-energy trips among those of known stage, 0–1; null when none is known. */
        meetsShare: z.number().nullable(),
      }),
    ),
  }),
  /** The register's vehicles in use at as-of, by emission stage and by fuel. */
  fleet: z.object({
    inUse: z.number().int(),
    byStage: z.array(z.object({ stage: z.enum(vehicleEmissionStages), count: z.number().int() })),
    byFuel: z.array(z.object({ fuel: z.enum(vehicleFuels), count: z.number().int() })),
  }),
});
export type VehicleProgressResponse = z.infer<typeof vehicleProgressResponseSchema>;
