import { z } from 'zod';
import { monthParamSchema, townshipCodeSchema } from './common.ts';
import { industryGroups } from './enums/industry.ts';

/** Query of GET /api/dust/sources-near: the month (default: the latest with readings) and a township filter. */
export const dustSourcesQuerySchema = z
  .object({
    month: monthParamSchema.optional(),
    /** Only dustfall points of this township (their sources are counted across township borders). */
    township: townshipCodeSchema.optional(),
  })
  .strict();
export type DustSourcesQuery = z.infer<typeof dustSourcesQuerySchema>;

/** How a stockyard or construction site stands at its latest inspection up to the analysis' as-of. */
export const inspectedStatuses = ['failing', 'compliant', 'never-inspected'] as const;

const inspectedCountsSchema = z.object({
  failing: z.number().int(),
  compliant: z.number().int(),
  neverInspected: z.number().int(),
});

/** What lies within one ring (cumulative: the 3 km ring includes the 1 km ring's sources). */
export const dustSourceRingSchema = z.object({
  /** The ring's radius, km (geodesic, WGS84; a source at exactly the radius is inside). */
  radiusKm: z.number(),
  /** Stockyards by their latest inspection (failing: any of the five controls missing). */
  stockyards: inspectedCountsSchema,
  /** Active construction sites by their latest six-100% inspection. */
  constructionSites: inspectedCountsSchema,
  /** Operating enterprises by industry group, and their total. */
  enterprises: z.object({ total: z.number().int(), byGroup: z.record(z.enum(industryGroups), z.number().int()) }),
  /** Main road segments: how many reach into the ring, km of them inside it, km of those behind their schedule. */
  roads: z.object({ segments: z.number().int(), km: z.number(), behindKm: z.number() }),
});
export type DustSourceRing = z.infer<typeof dustSourceRingSchema>;

/** The kinds of source, named by their map layer. */
export const dustSourceLayers = ['stockyards', 'construction-sites', 'enterprises', 'road-segments'] as const;

/** One source near a point, for the list of the nearest. */
export const nearbyDustSourceSchema = z.object({
  layer: z.enum(dustSourceLayers),
  id: z.string(),
  name: z.string(),
  /** Geodesic distance from the dustfall point, metres (to the nearest point of a road). */
  distanceM: z.number(),
  /** `[lon, lat]` WGS84 of the source (a road's nearest point to the dustfall point). */
  position: z.tuple([z.number(), z.number()]),
  /** Stockyards and sites: their inspection status; roads: 'behind' or 'on-schedule'; enterprises: null. */
  status: z.enum([...inspectedStatuses, 'behind', 'on-schedule']).nullable(),
  /** Enterprises: the industry group; others null. */
  group: z.enum(industryGroups).nullable(),
});
export type NearbyDustSource = z.infer<typeof nearbyDustSourceSchema>;

/** A dustfall point over the limit in the month, with its sources ring by ring and the nearest few. */
export const dustfallPointSourcesSchema = z.object({
  id: z.string(),
  name: z.string(),
  township: z.string(),
  townshipName: z.string(),
  position: z.tuple([z.number(), z.number()]),
  /** The month's dustfall, t/(km²·month), above the limit. */
  value: z.number(),
  rings: z.array(dustSourceRingSchema),
  /** Within the largest ring: the 3 nearest sources of each kind and every failing stockyard, nearest first. */
  nearest: z.array(nearbyDustSourceSchema),
});
export type DustfallPointSources = z.infer<typeof dustfallPointSourcesSchema>;

/** Body of GET /api/dust/sources-near. */
export const dustSourcesResponseSchema = z.object({
  /** The month analysed; null when no month has readings. */
  month: z.string().nullable(),
  /** The moment the sources' statuses are read at: the month's end or the dataset's present, whichever is earlier. */
  asOf: z.string().nullable(),
  /** The limit, t/(km²·month); a point is over it when its value is strictly greater. */
  limit: z.number(),
  ringsKm: z.array(z.number()),
  /** Always true: each ring counts everything within its radius, the inner rings' sources included. */
  ringsCumulative: z.literal(true),
  /** Points with a reading in the month (in the township when filtered). */
  pointsWithReading: z.number().int(),
  /** The points over the limit, highest value first. */
  points: z.array(dustfallPointSourcesSchema),
});
export type DustSourcesResponse = z.infer<typeof dustSourcesResponseSchema>;
