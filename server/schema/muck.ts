/**
 * Request and response shapes of /api/muck (渣土车, task 11): GPS positions, permits (准运证), spill reports
 * (沿途抛洒) and the violations list. The track's contract is muck-track.ts.
 *
 * @module
 */
import { z } from 'zod';
import { asOfParamSchema, calendarDateSchema, provenanceSchema, textSchema, townshipCodeSchema } from './common.ts';
import { localizedSchema } from './common.ts';
import { muckViolationKinds, spillReporters, spillStatuses } from './enums/muck-truck.ts';

/** Most fixes in one POST /api/muck/positions. */
export const MAX_POSITIONS_PER_BATCH = 10_000;
/** Longest window of GET /api/muck/violations, days. */
export const MAX_VIOLATION_DAYS = 31;
/** The coarse extent of China (lon 73.5–135.1°E, lat 18.1–53.6°N) a fix must lie in. */
export const CHINA_EXTENT = { minLon: 73.5, minLat: 18.1, maxLon: 135.1, maxLat: 53.6 } as const;

const truckRef = textSchema().trim().min(1).max(40);
const plateSchema = textSchema().trim().min(2, 'at least 2 characters').max(16, 'at most 16 characters');
const lonSchema = z.number().min(-180).max(180);
const latSchema = z.number().min(-90).max(90);

/** A fix's moment: CST `YYYY-MM-DDTHH:mm:ss` (or `…THH:mm`, read as second 00), checked to exist. */
export const fixMomentSchema = z.string().transform((text, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  const [, y, mo, d, h, mi, s = '00'] = match ?? [];
  const date = match ? new Date(Date.UTC(+(y ?? 0), +(mo ?? 0) - 1, +(d ?? 0), +(h ?? 0), +(mi ?? 0), +s)) : null;
  const exists =
    date !== null &&
    date.getUTCFullYear() === +(y ?? 0) &&
    date.getUTCMonth() === +(mo ?? 0) - 1 &&
    date.getUTCDate() === +(d ?? 0) &&
    date.getUTCHours() === +(h ?? 0) &&
    date.getUTCMinutes() === +(mi ?? 0) &&
    date.getUTCSeconds() === +s &&
    +(y ?? 0) >= 2000 &&
    +(y ?? 0) <= 2100;
  if (!exists) {
    ctx.addIssue({
      code: 'custom',
      message: `must be an existing CST time YYYY-MM-DDTHH:mm:ss between 2000 and 2100; got '${text.slice(0, 30)}'`,
      params: { zh: '须为 2000–2100 年间存在的北京时间 YYYY-MM-DDTHH:mm:ss' },
    });
    return z.NEVER;
  }
  return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
});

/** One fix of POST /api/muck/positions: the truck by id or plate. */
export const positionInputSchema = z
  .object({
    truckId: truckRef.optional(),
    plate: plateSchema.optional(),
    ts: fixMomentSchema,
    lon: lonSchema,
    lat: latSchema,
    speedKmh: z.number().min(0).max(200, 'at most 200 km/h').nullable().default(null),
  })
  .strict()
  .superRefine((fix, ctx) => {
    if (fix.truckId === undefined && fix.plate === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['truckId'],
        message: 'give truckId or plate',
        params: { zh: '须给出车辆编号或号牌' },
      });
    }
    const e = CHINA_EXTENT;
    if (fix.lon < e.minLon || fix.lon > e.maxLon || fix.lat < e.minLat || fix.lat > e.maxLat) {
      ctx.addIssue({
        code: 'custom',
        path: ['lon'],
        message:
          `position ${fix.lon}, ${fix.lat} lies outside China ` +
          `(lon ${e.minLon}–${e.maxLon}, lat ${e.minLat}–${e.maxLat})`,
        params: { zh: '定位不在中国境内' },
      });
    }
  });

/** Body of POST /api/muck/positions: a batch of fixes, all stored or none. */
export const positionsBodySchema = z
  .object({
    positions: z
      .array(positionInputSchema)
      .min(1, 'at least one fix')
      .max(MAX_POSITIONS_PER_BATCH, `at most ${MAX_POSITIONS_PER_BATCH.toLocaleString('en')} fixes per batch`),
  })
  .strict();
export type PositionsBody = z.infer<typeof positionsBodySchema>;

/** Response of POST /api/muck/positions. */
export const positionsResultSchema = z.object({
  stored: z.number().int(),
  trucks: z.number().int(),
  /** First and last fix of the batch, CST. */
  from: z.string(),
  to: z.string(),
});
export type PositionsResult = z.infer<typeof positionsResultSchema>;

const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a clock time HH:mm (00:00–23:59)');

/** The approved route: a GeoJSON LineString of 2–2,000 `[lon, lat]` positions. */
export const routeGeometrySchema = z
  .object({
    type: z.literal('LineString'),
    coordinates: z
      .array(z.tuple([lonSchema, latSchema]))
      .min(2, 'a route needs at least 2 positions')
      .max(2000, 'at most 2,000 positions'),
  })
  .strict();

const permitFields = {
  siteId: textSchema().trim().min(1).max(40),
  disposalSiteId: textSchema().trim().min(1).max(40),
  route: routeGeometrySchema,
  bufferM: z.number().min(10, 'at least 10 m').max(2000, 'at most 2,000 m'),
  validFrom: calendarDateSchema,
  validTo: calendarDateSchema,
  hoursFrom: clockSchema,
  hoursTo: clockSchema,
  source: textSchema().trim().min(1).max(200),
};

/** Body of POST /api/muck/permits. */
export const permitBodySchema = z
  .object({
    id: textSchema()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1–40 letters, digits, . _ -'),
    truckId: truckRef,
    ...permitFields,
    provenance: provenanceSchema.default('official'),
  })
  .strict();
export type PermitBody = z.infer<typeof permitBodySchema>;

/** Body of PATCH /api/muck/permits/:id: any of the fields but the id and the truck. */
export const permitPatchSchema = z
  .object(permitFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change', params: { zh: '没有要修改的字段' } });
export type PermitPatch = z.infer<typeof permitPatchSchema>;

/** Query of GET /api/muck/permits. */
export const permitsQuerySchema = z.object({ truck: truckRef.optional() }).strict();

/** A permit as the API serves it. */
export const permitSchema = z.object({
  id: z.string(),
  truckId: z.string(),
  siteId: z.string(),
  disposalSiteId: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  hoursFrom: z.string(),
  hoursTo: z.string(),
  bufferM: z.number(),
  route: z.array(z.tuple([z.number(), z.number()])),
  provenance: provenanceSchema,
  source: z.string(),
});
export type Permit = z.infer<typeof permitSchema>;

/** Query of GET /api/muck/violations: the window `(from, to]` (≤ 31 days; default the 24 h up to the present). */
export const violationsQuerySchema = z
  .object({
    from: asOfParamSchema.optional(),
    to: asOfParamSchema.optional(),
    township: townshipCodeSchema.optional(),
  })
  .strict();

/** One episode in GET /api/muck/violations. */
export const violationEntrySchema = z.object({
  truckId: z.string(),
  plate: z.string(),
  company: z.string(),
  /** The township where it happened (null outside the district). */
  township: z.string().nullable(),
  kind: z.enum(muckViolationKinds),
  from: z.string(),
  to: z.string(),
  lon: z.number(),
  lat: z.number(),
  detail: localizedSchema,
});
export type ViolationEntry = z.infer<typeof violationEntrySchema>;

/** Body of GET /api/muck/violations, newest first. */
export const violationsResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  violations: z.array(violationEntrySchema),
});
export type ViolationsResponse = z.infer<typeof violationsResponseSchema>;

/** Body of POST /api/muck/spills. */
export const spillBodySchema = z
  .object({
    reportedAt: asOfParamSchema.optional(),
    lon: lonSchema,
    lat: latSchema,
    truckId: truckRef.optional(),
    plate: plateSchema.optional(),
    reporter: z.enum(spillReporters),
    description: textSchema({ multiline: true }).trim().min(1, 'required').max(500, 'at most 500 characters'),
  })
  .strict();
export type SpillBody = z.infer<typeof spillBodySchema>;

/** Body of PATCH /api/muck/spills/:id: close it. */
export const spillPatchSchema = z
  .object({ status: z.enum(['cleaned', 'penalized']), closedAt: asOfParamSchema.optional() })
  .strict();
export type SpillPatch = z.infer<typeof spillPatchSchema>;

/** Query of GET /api/muck/spills. */
export const spillsQuerySchema = z
  .object({
    from: asOfParamSchema.optional(),
    to: asOfParamSchema.optional(),
    township: townshipCodeSchema.optional(),
    status: z.enum(spillStatuses).optional(),
  })
  .strict();

/** A spill report as the API serves it. */
export const spillSchema = z.object({
  id: z.number().int(),
  reportedAt: z.string(),
  lon: z.number(),
  lat: z.number(),
  township: z.string(),
  truckId: z.string().nullable(),
  plate: z.string().nullable(),
  reporter: z.enum(spillReporters),
  description: z.string(),
  status: z.enum(spillStatuses),
  closedAt: z.string().nullable(),
  provenance: provenanceSchema,
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type Spill = z.infer<typeof spillSchema>;
