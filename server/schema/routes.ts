import { z } from 'zod';
import { asOfParamSchema, localizedSchema, townshipCodeSchema } from './common.ts';
import { unassignedReasonCodes } from '../routing/unassigned-reason-code.ts';
import { stopLayers, type StopLayer } from './enums/stop-layer.ts';

export { stopLayers, type StopLayer } from './enums/stop-layer.ts';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm');

/** Most positions of a selection area (as POST /api/stats/area), closing positions included. */
export const MAX_AREA_POSITIONS = 10_000;
/** Most rings of a selection area. */
export const MAX_AREA_RINGS = 100;

/** Body of POST /api/routes/plan. */
export const routePlanRequestSchema = z
  .object({
    /** Explicit stops… */
    sites: z
      .array(z.object({ layer: z.enum(stopLayers), id: z.string().min(1) }).strict())
      .min(1)
      .max(200)
      .optional(),
    /** …or a selection: layers, optionally townships, optionally only features with an open problem (a rule hit). */
    select: z
      .object({
        layers: z.array(z.enum(stopLayers)).min(1),
        townships: z.array(townshipCodeSchema).optional(),
        onlyWithAlerts: z.boolean().optional(),
        /** Only places inside this area (a GeoJSON Polygon, e.g. the analyst's drawn shape), `[lon, lat]`. */
        area: z
          .object({
            type: z.literal('Polygon'),
            coordinates: z
              .array(z.array(lonLat).min(4, 'a ring needs at least 4 positions'))
              .min(1)
              .max(MAX_AREA_RINGS, `at most ${MAX_AREA_RINGS} rings`),
          })
          .strict()
          .refine((area) => area.coordinates.reduce((n, ring) => n + ring.length, 0) <= MAX_AREA_POSITIONS, {
            message: `at most ${MAX_AREA_POSITIONS.toLocaleString('en')} positions`,
          })
          .optional(),
      })
      .strict()
      .optional(),
    /** Where every inspector starts and ends; default: the district bureau (approximate position). */
    depot: lonLat.optional(),
    inspectors: z.object({ count: z.number().int().min(1).max(10), shift: z.tuple([clock, clock]) }).strict(),
    /**
     * Routes reordered or pinned by hand: each an ordered list of stops for one inspector, kept as
     * given (timed, not optimised); the other sites are re-planned among the other inspectors.
     */
    fixed: z
      .array(z.array(z.object({ layer: z.enum(stopLayers), id: z.string().min(1) }).strict()).min(1))
      .max(10)
      .optional(),
    /** Minutes on site per layer; defaults in DEFAULT_SERVICE_MINUTES. */
    serviceMinutes: z.record(z.enum(stopLayers), z.number().min(0).max(480)).optional(),
    asOf: asOfParamSchema.optional(),
  })
  .strict()
  .refine((b) => (b.sites === undefined) !== (b.select === undefined), {
    message: 'send exactly one of sites and select',
  })
  .refine((b) => b.inspectors.shift[0] < b.inspectors.shift[1], {
    message: 'inspectors.shift: the end must come after the start',
  })
  .refine((b) => (b.fixed?.length ?? 0) <= b.inspectors.count, {
    message: 'fixed: more routes fixed by hand than inspectors',
  });
export type RoutePlanRequest = z.infer<typeof routePlanRequestSchema>;

/** Minutes an inspection takes, by what is inspected. */
export const DEFAULT_SERVICE_MINUTES: Record<StopLayer, number> = {
  'construction-sites': 30,
  villages: 20,
  machines: 15,
  enterprises: 40,
  'fuel-points': 20,
  'dustfall-points': 10,
  stations: 15,
  // issue 16: a roadside check session; a repair-shop inspection (ledger, after-treatment, OBD); a stockyard
  checkpoints: 45,
  'repair-shops': 30,
  stockyards: 25,
};

/**
 * The depot when none is given: 忻州市生态环境局忻府分局, position approximate (the bureau's
 * address is not in our data; placed in the city centre).
 */
export const DEFAULT_DEPOT: [number, number] = [112.7335, 38.4172];

export const plannedStopSchema = z.object({
  layer: z.enum(stopLayers),
  id: z.string(),
  name: z.string(),
  township: z.string(),
  position: lonLat,
  /** Clock times HH:mm (China Standard Time). */
  arrival: z.string(),
  start: z.string(),
  departure: z.string(),
  /** What the site is, where the name alone does not say (a machine's type and registration); null otherwise. */
  detail: localizedSchema.nullable(),
  /** Why the site is visited: its open problems at as-of (rule hits), empty when it was chosen by layer or hand. */
  problems: z.array(z.object({ rule: z.string(), title: localizedSchema, detail: localizedSchema })),
});

/** Body of the answer. */
export const routePlanResponseSchema = z.object({
  /** 'road' on the road network; 'straight-line' when none is loaded (distance × detour factor). */
  method: z.enum(['road', 'straight-line']),
  depot: lonLat,
  routes: z.array(
    z.object({
      inspector: z.number().int(),
      /** Kept as fixed by hand (not optimised). */
      fixed: z.boolean(),
      /** A fixed route that runs past the shift end. */
      overShift: z.boolean(),
      stops: z.array(plannedStopSchema),
      depart: z.string(),
      end: z.string(),
      /** Driving time, minutes; distance, km. */
      travelMinutes: z.number(),
      distanceKm: z.number(),
      /** The road path from the depot through the stops and back, `[lon, lat]`. */
      geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat) }),
    }),
  ),
  unassigned: z.array(
    z.object({
      layer: z.enum(stopLayers),
      id: z.string(),
      name: z.string(),
      /** The solver's reason in English (for API users); the console words `reasonCode`. */
      reason: z.string(),
      reasonCode: z.enum(unassignedReasonCodes),
    }),
  ),
  /** The day planned: the as-of moment the sites and their problems were read at (`YYYY-MM-DDTHH:mm`, CST). */
  asOf: z.string(),
  /** Solver time, ms. */
  solveMs: z.number(),
});
export type RoutePlanResponse = z.infer<typeof routePlanResponseSchema>;
