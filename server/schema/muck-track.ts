import { z } from 'zod';
import { asOfParamSchema, localizedSchema } from './common.ts';
import { muckViolationKinds } from './enums/muck-truck.ts';
import { muckPermitSummarySchema } from './muck-truck.ts';

/** At most this many hours in one track request. */
export const MAX_TRACK_HOURS = 72;

/** Query of GET /api/muck/trucks/:id/track: the window `(from, to]`, CST; default the 24 h up to as-of. */
export const muckTrackQuerySchema = z
  .object({ from: asOfParamSchema.optional(), to: asOfParamSchema.optional() })
  .strict();

/** One GPS fix of a muck truck. */
export const muckTrackPointSchema = z.object({
  /** CST `YYYY-MM-DDTHH:mm:ss`. */
  ts: z.string(),
  lon: z.number(),
  lat: z.number(),
  speedKmh: z.number().nullable(),
});

/** A muck-truck violation found on the track (each kind is its own task-11 rule). */
export const muckViolationSchema = z.object({
  kind: z.enum(muckViolationKinds),
  /** First and last moment of the episode, CST. */
  from: z.string(),
  to: z.string(),
  /** Where it happened (the farthest point off the route, the stop, the spill). */
  lon: z.number(),
  lat: z.number(),
  detail: localizedSchema,
});
export type MuckViolation = z.infer<typeof muckViolationSchema>;

/** Body of GET /api/muck/trucks/:id/track: positions, the permit's approved route, disposal sites, violations. */
export const muckTrackResponseSchema = z.object({
  truckId: z.string(),
  plate: z.string(),
  from: z.string(),
  to: z.string(),
  positions: z.array(muckTrackPointSchema),
  /** The permit in force over the window with its approved route (`[lon, lat]` positions); null when none. */
  permit: muckPermitSummarySchema.extend({ route: z.array(z.tuple([z.number(), z.number()])) }).nullable(),
  /** The disposal sites the permit allows (its own; every valid one when no permit), with their radius. */
  disposalSites: z.array(
    z.object({ id: z.string(), name: z.string(), lon: z.number(), lat: z.number(), radiusM: z.number() }),
  ),
  violations: z.array(muckViolationSchema),
});
export type MuckTrackResponse = z.infer<typeof muckTrackResponseSchema>;
