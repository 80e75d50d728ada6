/**
 * Spatial statistics: `GET /api/stats/townships` and `POST /api/stats/area` (issue 4).
 *
 * Both answer with one shape per area ({@link areaStatisticsSchema}): its geodesic area, the
 * number of each point layer's features inside it (exactly the features `/api/layers/:id`
 * serves, at the same as-of), densities per km², breakdowns, and dustfall. Units: areas km²,
 * densities per km², dustfall t/(km²·month), concentrations µg/m³ (CO mg/m³).
 *
 * @module
 */
import { z } from 'zod';
import { asOfParamSchema, errorCodeSchema, monthParamSchema } from './common.ts';
import { sixChecks } from './construction-site.ts';
import { DUSTFALL_LIMIT } from './dustfall-point.ts';
import { industries, industryGroups } from './enterprise.ts';
import { heatingStatuses } from './village.ts';

/** The point layers counted in every statistics row (the polygon layers townships and nrmm-zones are not counted). */
export const statsLayerIds = [
  'enterprises',
  'construction-sites',
  'villages',
  'machines',
  'stations',
  'dustfall-points',
  'fuel-points',
  // issue 16: the point layers of vehicles, roads and dust
  'vehicles',
  'checkpoints',
  'repair-shops',
  'muck-trucks',
  'stockyards',
] as const;
export type StatsLayerId = (typeof statsLayerIds)[number];

/** Pollutants of the readings summary, as the stations layer names them. */
export const statsPollutants = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'] as const;
export type StatsPollutant = (typeof statsPollutants)[number];

const count = z.number().int().nonnegative();
/** Per km² of the row's area; null when the area is 0 km². */
const perKm2 = z.number().nonnegative().nullable();
const countDensity = z.object({ count, perKm2 });

/** How a row's dustfall value was obtained (see README "Dustfall of an area"). */
export const dustfallMethods = ['point-mean', 'area-weighted'] as const;

/** Dustfall of an area for one month, t/(km²·month). */
export const areaDustfallSchema = z.object({
  /** The month, YYYY-MM. */
  month: z.string(),
  /**
   * t/(km²·month). A township: the mean of the month's readings of the dustfall points inside it.
   * The district and drawn areas: the township values weighted by the area each township
   * contributes; townships without a reading are left out and the weights renormalised. Null
   * when nothing contributes.
   */
  value: z.number().nullable(),
  /** value > 7 t/(km²·month), the plan's district target; null when value is null. */
  exceeds: z.boolean().nullable(),
  /** The limit compared against, t/(km²·month). */
  limit: z.literal(DUSTFALL_LIMIT),
  method: z.enum(dustfallMethods),
  /** Dustfall points inside the area with a reading that month. */
  points: count,
  /** Plain mean of those points' readings (for reference; not the area value), t/(km²·month). */
  pointMean: z.number().nullable(),
  /** Area the value speaks for, km²: the area of the contributing townships (parts). */
  coverageKm2: z.number().nonnegative(),
});

/** Summary of the hourly readings of the stations inside an area over the month (up to as-of). */
export const readingsSummarySchema = z.object({
  /** Window of hour-ending timestamps: after `from`, up to and including `to` (YYYY-MM-DDTHH:mm CST). */
  from: z.string(),
  to: z.string(),
  /** Stations inside with at least one valid hourly value in the window. */
  stations: count,
  /** Valid hourly values per pollutant, over all those stations. */
  validHours: z.record(z.enum(statsPollutants), count),
  /**
   * Mean of all valid hourly values per pollutant, pooled over the stations (µg/m³; CO mg/m³);
   * null without data. A plain summary, not a GB 3095 / HJ 663 evaluation (no validity rules).
   */
  means: z.record(z.enum(statsPollutants), z.number().nullable()),
});

/**
 * The issue-16 layers in an area (tasks 9–12, 16). Vehicles, checkpoints, repair shops, muck trucks and
 * stockyards are counted in `counts` like the other point layers (as their layers serve them at as-of);
 * these are their breakdowns, the road km and the built-up area.
 */
const vehiclesRoadsDustShape = {
  vehicles: z.object({
    /** Vehicles registered by as-of and still in use then (not scrapped, deregistered or transferred out). */
    inUse: count,
    /** Of those, diesel trucks (货车, muck trucks included) of 国四 or below: the phase-out's subject. */
    dieselTrucksIVAndBelow: count,
    /** Of those in use, new-energy vehicles. */
    newEnergy: count,
  }),
  checkpoints: z.object({
    /**
     * The window of the checks: after `from`, up to and including `to` (as-of), YYYY-MM-DDTHH:mm CST: the
     * checkpoints layer's 30 days, so that the figures add up to what the map shows.
     */
    from: z.string(),
    to: z.string(),
    /** Roadside and OBD checks at the checkpoints inside in the window. */
    checks: count,
    /** Checks that found a problem (devices, OBD or the emission test). */
    hits: count,
    /** hits / checks; null without checks. */
    hitRate: z.number().min(0).max(1).nullable(),
  }),
  repairShops: z.object({
    /** Shops whose latest inspection up to as-of found removed after-treatment or OBD tampering, not rectified. */
    openFinding: count,
  }),
  muckTrucks: z.object({
    /**
     * Trucks inside (at their position at as-of) with an alert of a muck-truck rule (off route, out of hours,
     * illegal dumping, spill) raised in the month up to as-of, from the alert ledger.
     */
    violating: count,
  }),
  roads: z.object({
    /** Main municipal road segments with some length inside. */
    segments: count,
    /** Geodesic km of road inside the area (lines clipped to it). */
    km: z.number().nonnegative(),
    /** Segments behind their sweeping / washing schedule at as-of with some length inside. */
    behindSegments: count,
    /** Km of those inside the area. */
    behindKm: z.number().nonnegative(),
  }),
  stockyards: z.object({
    /** Failing a control at their latest inspection up to as-of. */
    failing: count,
    /** Never inspected by as-of. */
    uninspected: count,
    /** Total area of the stockyards inside, m². */
    areaM2: z.number().nonnegative(),
  }),
  builtUpArea: z.object({
    /** Geodesic area of the urban built-up area (polygons in force at as-of) inside the area, km². */
    km2: z.number().nonnegative(),
    /** Part of it comes from the console's provisional (示意) outline. */
    provisional: z.boolean(),
  }),
};

/** Statistics of one area (a township, the district, or a drawn area). */
export const areaStatisticsSchema = z.object({
  /** Geodesic area on the WGS84 ellipsoid, km²; for drawn areas the part inside the district. */
  areaKm2: z.number().nonnegative(),
  /** Features of each point layer inside the area (boundary included), as /api/layers/:id serves them at as-of. */
  counts: z.record(z.enum(statsLayerIds), count),
  /** counts / areaKm2, per km²; null when the area is 0. */
  densities: z.record(z.enum(statsLayerIds), perKm2),
  enterprises: z.object({
    byIndustry: z.record(z.enum(industries), countDensity),
    byGroup: z.record(z.enum(industryGroups), countDensity),
  }),
  constructionSites: z.object({
    /** Sites failing any of the six 100% at their latest inspection up to as-of (layer `compliant=false`). */
    failing: countDensity,
    /** Failing sites per check (a site failing two checks counts in both). */
    failedChecks: z.record(z.enum(sixChecks), count),
    /** Sites never inspected by as-of. */
    uninspected: count,
    /** Sites whose works span as-of. */
    active: count,
    /** Active sites that fail any check. */
    activeFailing: count,
  }),
  villages: z.object({ byHeating: z.record(z.enum(heatingStatuses), countDensity) }),
  machines: z.object({
    /**
     * Banned machines whose latest position is inside, as the machines layer marks them: below the
     * minimum stage of the NRMM zone in force they are in, unregistered or black smoke.
     */
    banned: count,
    /**
     * Banned machines without an exempt use (livelihood, emergency) whose latest position lies inside
     * the area and inside an NRMM zone in force at as-of: the machines the nrmm-zones layer lists
     * in `bannedMachinesInside`.
     */
    bannedInNrmmZones: countDensity,
    /**
     * Position reports in the month (up to as-of) inside the area: reports, distinct machines, distinct banned
     * machines (banned at their latest position at as-of).
     */
    activity: z.object({ positions: count, machines: count, bannedMachines: count }),
  }),
  stations: z.object({
    national: count,
    micro: count,
    /** Stations not stopped. */
    active: count,
    readings: readingsSummarySchema,
  }),
  fuelPoints: z.object({
    /** Reports not yet closed (reported or verified). */
    open: count,
  }),
  dustfall: areaDustfallSchema,
  ...vehiclesRoadsDustShape,
});
export type AreaStatistics = z.infer<typeof areaStatisticsSchema>;

/** Query of GET /api/stats/townships. */
export const townshipStatsQuerySchema = z
  .object({
    /** Dustfall and activity month, YYYY-MM; default: the latest month with dustfall readings up to as-of. */
    month: monthParamSchema.optional(),
    /** Moment for the time-dependent layers; default: the dataset's default as-of. */
    asOf: asOfParamSchema.optional(),
  })
  .strict();

/** One township row. */
export const townshipStatisticsSchema = areaStatisticsSchema.extend({ code: z.string(), name: z.string() });
export type TownshipStatistics = z.infer<typeof townshipStatisticsSchema>;

/** Body of GET /api/stats/townships. */
export const townshipStatsResponseSchema = z.object({
  month: z.string(),
  asOf: z.string(),
  /** The 18 townships by code. */
  townships: z.array(townshipStatisticsSchema),
  /** The whole district: the union of the townships. */
  district: areaStatisticsSchema,
});
export type TownshipStatsResponse = z.infer<typeof townshipStatsResponseSchema>;

const longitude = z
  .number()
  .min(-180, 'longitude must lie in [-180, 180] (centre is [lon, lat])')
  .max(180, 'longitude must lie in [-180, 180] (centre is [lon, lat])');
const latitude = z
  .number()
  .min(-90, 'latitude must lie in [-90, 90] (centre is [lon, lat])')
  .max(90, 'latitude must lie in [-90, 90] (centre is [lon, lat])');

/** Largest circle radius accepted, metres. */
export const MAX_CIRCLE_RADIUS_M = 100_000;

/** A circle: centre `[lon, lat]` (WGS84 degrees) and radius in metres; it becomes a geodesic polygon. */
export const circleSchema = z
  .object({
    center: z.tuple([longitude, latitude]),
    radiusM: z
      .number()
      .positive('must be positive (metres)')
      .max(MAX_CIRCLE_RADIUS_M, `must be at most ${MAX_CIRCLE_RADIUS_M} m`),
    /** Polygon vertices, 64–1024; default 128. */
    vertices: z.number().int().min(64).max(1024).optional(),
  })
  .strict();

/** Body of POST /api/stats/area: exactly one of `geometry` and `circle`. */
export const areaStatsRequestSchema = z
  .object({
    /** GeoJSON Polygon or MultiPolygon, WGS84 `[lon, lat]`; checked by validateGeometry, which lists every problem. */
    geometry: z.unknown().optional(),
    circle: circleSchema.optional(),
    month: monthParamSchema.optional(),
    asOf: asOfParamSchema.optional(),
  })
  .strict()
  .refine((body) => (body.geometry === undefined) !== (body.circle === undefined), {
    message:
      'send exactly one of geometry (GeoJSON Polygon or MultiPolygon) and circle ({center: [lon, lat], radiusM})',
  });
export type AreaStatsRequest = z.infer<typeof areaStatsRequestSchema>;

/** The intersected part of a drawn area in one township. */
export const townshipPartSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Geodesic area of the part, km². */
  areaKm2: z.number().nonnegative(),
  /** Part of the row's areaKm2 (0–1). */
  share: z.number().nonnegative(),
  /** The township's dustfall that month, t/(km²·month) (its weight in the area value is areaKm2). */
  dustfall: z.number().nullable(),
});

/** Body of POST /api/stats/area. */
export const areaStatsResponseSchema = areaStatisticsSchema.extend({
  month: z.string(),
  asOf: z.string(),
  /** Geodesic perimeter of the shape as drawn (before clipping), km. */
  perimeterKm: z.number().nonnegative(),
  /** Geodesic area of the shape as drawn, km². */
  drawnAreaKm2: z.number().nonnegative(),
  /** Drawn area outside the district, km² (drawnAreaKm2 − areaKm2). */
  outsideAreaKm2: z.number().nonnegative(),
  /** Whether part of the shape (more than 1 m²) lay outside the district and was clipped off. */
  clipped: z.boolean(),
  /** Positions of the geometry, closing positions included. */
  vertices: count,
  /** The area split by township, by code. */
  townships: z.array(townshipPartSchema),
  /** Non-fatal remarks: clipping, an area wholly outside the district, likely swapped axes. */
  warnings: z.array(z.string()),
});
export type AreaStatsResponse = z.infer<typeof areaStatsResponseSchema>;

/** Kinds of problem a user geometry can have. */
export const geometryProblemCodes = [
  'wrong-type',
  'bad-coordinates',
  'too-deep',
  'empty',
  'bad-position',
  'out-of-range',
  'ring-not-closed',
  'ring-too-short',
  'too-many-vertices',
  'self-intersection',
  'rings-cross',
  'hole-outside-shell',
  'holes-nested',
  'polygons-overlap',
  'looks-swapped',
] as const;

/** One finding about a user geometry; errors make it unusable, warnings do not. */
export const geometryProblemSchema = z.object({
  code: z.enum(geometryProblemCodes),
  severity: z.enum(['error', 'warning']),
  /**
   * One sentence naming the place, e.g. `ring 0 (outer) intersects itself: segment 0 meets segment 2 at [0.5, 0.5]`.
   */
  message: z.string(),
  /** Where in the geometry object, e.g. `coordinates[0][3]`. */
  path: z.string(),
  /** How to fix it, when a likely cause is known. */
  hint: z.string().optional(),
  /** Intersections: the two segment indices (segment k joins positions k and k + 1 of its ring). */
  segments: z.tuple([z.number().int(), z.number().int()]).optional(),
  /** Intersections: the paths of the two segments' rings. */
  rings: z.tuple([z.string(), z.string()]).optional(),
  /** Intersections: a shared point, `[lon, lat]` degrees. */
  at: z.tuple([z.number(), z.number()]).optional(),
});
export type GeometryProblem = z.infer<typeof geometryProblemSchema>;
export type GeometryProblemCode = GeometryProblem['code'];

/** Error body of POST /api/stats/area for an unusable geometry (422) or one over the vertex limit (413). */
export const geometryErrorBodySchema = z.object({
  error: z.object({ code: errorCodeSchema, message: z.string(), problems: z.array(geometryProblemSchema) }),
});
export type GeometryErrorBody = z.infer<typeof geometryErrorBodySchema>;
