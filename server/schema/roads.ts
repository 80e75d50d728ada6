/**
 * Requests and responses of /api/roads (issue 16, tasks 11 and 12): the cleaning standard per road class, cleaning
 * records (sanitation log lines and sweeper GPS tracks), road-dust loads and the cleaning schedule.
 *
 * @module
 */
import { z } from 'zod';
import { asOfParamSchema, calendarDateSchema, provenanceSchema, textSchema, townshipCodeSchema } from './common.ts';
import { cleaningKinds, cleaningOrigins, roadClasses } from './enums/road-segment.ts';
import { listParamSchema } from './common.ts';

/** A road segment's id as the register writes it. */
export const segmentIdSchema = textSchema()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, 'must be a segment code (letters, digits, . _ -)');

/** A vehicle plate (号牌号码), e.g. 晋H12345. */
const plateSchema = textSchema().trim().min(2).max(16);

/** PUT /api/roads/standards/:class: a class's wet-sweeping and washing intervals (hours). */
export const standardBodySchema = z
  .object({
    sweepIntervalH: z.number().min(1).max(720),
    /** null: washing not required. */
    washIntervalH: z.number().min(1).max(720).nullable(),
    source: textSchema().trim().min(2).max(200),
  })
  .strict();
export type StandardBody = z.infer<typeof standardBodySchema>;

/** A class's cleaning standard as served. */
export const cleaningStandardSchema = z.object({
  roadClass: z.enum(roadClasses),
  sweepIntervalH: z.number(),
  washIntervalH: z.number().nullable(),
  source: z.string(),
  provenance: provenanceSchema,
});
export type CleaningStandardView = z.infer<typeof cleaningStandardSchema>;
export const standardsResponseSchema = z.array(cleaningStandardSchema);

/** POST /api/roads/cleanings: one line of the sanitation department's work log. */
export const cleaningBodySchema = z
  .object({
    segmentId: segmentIdSchema,
    doneAt: asOfParamSchema,
    kind: z.enum(cleaningKinds),
    plate: plateSchema.nullable().optional(),
  })
  .strict();
export type CleaningBody = z.infer<typeof cleaningBodySchema>;

/** Most fixes in one uploaded track (a day of a sweeper at one fix every 10 s is about 8,640). */
export const MAX_TRACK_POINTS = 20_000;

/** POST /api/roads/cleanings/track: a sweeper's GPS track, fixes in time order. */
export const trackBodySchema = z
  .object({
    plate: plateSchema,
    kind: z.enum(['wet-sweep', 'wash', 'dry-sweep']),
    points: z
      .array(
        z
          .object({
            ts: asOfParamSchema,
            lon: z.number().min(73).max(136),
            lat: z.number().min(3).max(54),
          })
          .strict(),
      )
      .min(2)
      .max(MAX_TRACK_POINTS)
      .superRefine((points, ctx) => {
        for (let i = 1; i < points.length; i++) {
          if ((points[i]?.ts ?? '') < (points[i - 1]?.ts ?? '')) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'ts'],
              message: `fixes must be in time order (${points[i]?.ts} comes before ${points[i - 1]?.ts})`,
              params: { zh: '定位点须按时间先后排列' },
            });
            return;
          }
        }
      }),
  })
  .strict();
export type TrackBody = z.infer<typeof trackBodySchema>;

/** A stored cleaning. */
export const cleaningSchema = z.object({
  id: z.number().int(),
  segmentId: z.string(),
  doneAt: z.string(),
  kind: z.enum(cleaningKinds),
  plate: z.string().nullable(),
  origin: z.enum(cleaningOrigins),
  provenance: provenanceSchema,
});
export type Cleaning = z.infer<typeof cleaningSchema>;

/** What POST /cleanings/track did: the segments the track covered and the cleanings recorded (new ones only). */
export const trackOutcomeSchema = z.object({
  covered: z.array(z.object({ segmentId: z.string(), share: z.number(), doneAt: z.string() })),
  recorded: z.number().int(),
});

/** GET /api/roads/segments/:id/cleanings?from&to (dates or date-times, CST). */
export const cleaningsQuerySchema = z
  .object({ from: asOfParamSchema.optional(), to: asOfParamSchema.optional() })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'from must not be after to',
    params: { zh: '起始时间不能晚于结束时间' },
    path: ['from'],
  });

/** Most cleanings one GET answers (newest first). */
export const MAX_CLEANINGS = 2_000;
export const cleaningsResponseSchema = z.object({
  segmentId: z.string(),
  cleanings: z.array(cleaningSchema),
  truncated: z.boolean(),
});

/** POST /api/roads/dust-loads: one road-dust load measurement (道路积尘负荷). */
export const dustLoadBodySchema = z
  .object({
    segmentId: segmentIdSchema,
    measuredOn: calendarDateSchema,
    loadGM2: z.number().min(0).max(100),
    method: textSchema().trim().min(2).max(80),
  })
  .strict();
export type DustLoadBody = z.infer<typeof dustLoadBodySchema>;
export const dustLoadSchema = z.object({
  id: z.number().int(),
  segmentId: z.string(),
  measuredOn: z.string(),
  loadGM2: z.number(),
  method: z.string(),
  provenance: provenanceSchema,
});

/** GET /api/roads/dust-loads?from&to&segment: the measurements, newest first. */
export const dustLoadsQuerySchema = z
  .object({
    segment: segmentIdSchema.optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
  })
  .strict();
export const MAX_DUST_LOADS = 2_000;
export const dustLoadsResponseSchema = z.object({
  limitGM2: z.number(),
  loads: z.array(dustLoadSchema.extend({ segmentName: z.string(), high: z.boolean() })),
  truncated: z.boolean(),
});

/** GET /api/roads/schedule?asOf&township&roadClass. */
export const scheduleQuerySchema = z
  .object({
    asOf: asOfParamSchema.optional(),
    township: townshipCodeSchema.optional(),
    roadClass: listParamSchema(roadClasses).optional(),
  })
  .strict();

/** One segment's standing against its class's standard at as-of. */
export const scheduleRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  roadClass: z.enum(roadClasses),
  township: z.string(),
  townshipName: z.string(),
  maintainer: z.string(),
  lengthKm: z.number(),
  sweepIntervalH: z.number().nullable(),
  washIntervalH: z.number().nullable(),
  lastSweepAt: z.string().nullable(),
  lastWashAt: z.string().nullable(),
  behind: z.boolean(),
  /** Hours past due (the larger of sweeping and washing); null when a required cleaning was never recorded. */
  overdueH: z.number().nullable(),
  insideBuiltUp: z.boolean(),
  /** The segment's midpoint `[lon, lat]` (where the map flies to). */
  midpoint: z.tuple([z.number(), z.number()]),
});
export type ScheduleRow = z.infer<typeof scheduleRowSchema>;

const totalSchema = z.object({
  segments: z.number().int(),
  behind: z.number().int(),
  km: z.number(),
  kmBehind: z.number(),
});
export const scheduleResponseSchema = z.object({
  asOf: z.string(),
  /** Behind first, the most overdue first. */
  segments: z.array(scheduleRowSchema),
  byClass: z.array(totalSchema.extend({ roadClass: z.enum(roadClasses) })),
  byMaintainer: z.array(totalSchema.extend({ maintainer: z.string() })),
  standards: standardsResponseSchema,
});
export type ScheduleResponse = z.infer<typeof scheduleResponseSchema>;
