import { z } from 'zod';
import { provenanceSchema } from './common.ts';
import { muckTruckFuels } from './enums/muck-truck.ts';
import { asOfQueryShape } from './layer-query.ts';

/** GET /api/built-up-area/summary: `asOf` (default: the dataset's present); nothing else. */
export const builtUpSummaryQuerySchema = z.object({ ...asOfQueryShape }).strict();

/** How many list disagreements the summary names (the count covers them all). */
export const MAX_NAMED_DISAGREEMENTS = 50;

const count = z.number().int().nonnegative();
/** A share in [0, 1]; null when there is nothing to share out. */
const share = z.number().min(0).max(1).nullable();

/**
 * The urban built-up area (城市建成区) at as-of: the polygons in force and what lies inside them (positions `[lon,
 * lat]` WGS84; a point on the edge counts as inside). Areas in km² (geodesic), lengths in km (geodesic).
 */
export const builtUpSummarySchema = z.object({
  asOf: z.string(),
  /** Every polygon in force is the console's provisional 示意 outline (no imported boundary yet). */
  provisional: z.boolean(),
  areaKm2: z.number().nonnegative(),
  areas: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      areaKm2: z.number().positive(),
      effectiveFrom: z.string(),
      provisional: z.boolean(),
      provenance: provenanceSchema,
      source: z.string(),
    }),
  ),
  enterprises: z.object({
    /** In the register, whatever their status. */
    total: count,
    operating: count,
    /** Operating, marked 重污染 by the list in force (T2.1: to retrofit, relocate or close). */
    heavyPolluters: count,
    /** The emergency reduction list in force on as-of's day; null when none is held. */
    listVersion: z.string().nullable(),
    /** Entries of that list whose 建成区 flag disagrees with the polygon (none counted without a polygon). */
    disagreementsTotal: count,
    disagreements: z
      .array(
        z.object({
          enterpriseId: z.string(),
          name: z.string(),
          heavyPolluter: z.boolean(),
          listMarksBuiltUp: z.boolean(),
          insidePolygon: z.boolean(),
        }),
      )
      .max(MAX_NAMED_DISAGREEMENTS),
  }),
  constructionSites: z.object({ total: count, active: count }),
  /** NRMM at their positions at as-of (T10.2 encourages electric machines in the built-up area). */
  machines: z.object({ seen: count, electric: count, electricShare: share }),
  /**
   * Muck trucks (渣土车) at their latest position up to as-of, else at their company's base; new energy = electric,
   * hydrogen or methanol (T10.2).
   */
  muckTrucks: z.object({
    total: count,
    byFuel: z.array(z.object({ fuel: z.enum(muckTruckFuels), count })),
    newEnergy: count,
    newEnergyShare: share,
  }),
  /** Road segments with any length inside, and the length inside (the parts outside left out). */
  roadSegments: z.object({ count, lengthKm: z.number().nonnegative() }),
  stockyards: z.object({ total: count }),
});
export type BuiltUpSummary = z.infer<typeof builtUpSummarySchema>;
