import { z } from 'zod';
import { asOfParamSchema, localizedSchema, provenanceSchema, textSchema } from './common.ts';
import {
  lineStates,
  notificationChannels,
  stepKinds,
  visitKinds,
  visitVerdicts,
  warningBases,
  warningChanges,
  warningLevels,
} from './enums/emergency.ts';

const levelSchema = z.enum(warningLevels);
const note = textSchema({ multiline: true }).trim().max(2000, 'at most 2,000 characters');
/** A moment `YYYY-MM-DDTHH:mm` (China Standard Time; an offset is converted), as every as-of. */
const moment = asOfParamSchema;

/** Body of POST /api/emergency/warnings: issue a warning. */
export const warningIssueBodySchema = z
  .object({
    level: levelSchema,
    /** When the measures take effect. */
    start: moment,
    /** When it is planned to end; absent: until lifted. */
    plannedEnd: moment.optional(),
    basis: z.enum(warningBases),
    /** basis 'forecast': the forecast daily AQI of the coming days (from the start's day), 1–10 values. */
    forecast: z.array(z.number().int().min(0).max(500)).min(1).max(10).optional(),
    /**
     * When it was published; default: the dataset's present (the console's now). Earlier than `start` by the
     * hours of 提前预警. An admin recording a past warning sets it.
     */
    issuedAt: moment.optional(),
    document: textSchema().trim().max(120).optional(),
    note: note.optional(),
  })
  .strict()
  .refine((b) => b.basis !== 'forecast' || b.forecast !== undefined, {
    message: 'forecast: required when basis is forecast',
    params: { zh: '依预报发布时须填写预报日AQI' },
  });
export type WarningIssueBody = z.infer<typeof warningIssueBodySchema>;

/** Body of POST /api/emergency/warnings/:id/change: upgrade, downgrade or extend. */
export const warningChangeBodySchema = z
  .object({
    kind: z.enum(['upgrade', 'downgrade', 'extend']),
    /** The new level (upgrade, downgrade). */
    level: levelSchema.optional(),
    /** When the change takes effect (default: the dataset's present). */
    effectiveAt: moment.optional(),
    /** The new planned end (required to extend; optional otherwise). */
    plannedEnd: moment.optional(),
    note: note.optional(),
  })
  .strict();
export type WarningChangeBody = z.infer<typeof warningChangeBodySchema>;

/** Body of POST /api/emergency/warnings/:id/lift. */
export const warningLiftBodySchema = z.object({ effectiveAt: moment.optional(), note: note.optional() }).strict();
export type WarningLiftBody = z.infer<typeof warningLiftBodySchema>;

export const warningEventSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(warningChanges),
  effectiveAt: z.string(),
  level: levelSchema.nullable(),
  plannedEnd: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type WarningEvent = z.infer<typeof warningEventSchema>;

/** A stretch of one level: [from, to), `to` null while open. */
export const levelSegmentSchema = z.object({ level: levelSchema, from: z.string(), to: z.string().nullable() });
export type LevelSegment = z.infer<typeof levelSegmentSchema>;

/** scheduled: issued, not started; in-force; lifted; ended: its planned end passed without a lift. */
export const warningStatuses = ['scheduled', 'in-force', 'lifted', 'ended'] as const;

/** A warning as the API shows it, its status and level seen at `at`. */
export const warningSchema = z.object({
  id: z.number().int(),
  /** The level at `at` (or the last level once over). */
  level: levelSchema,
  status: z.enum(warningStatuses),
  issuedAt: z.string(),
  start: z.string(),
  plannedEnd: z.string().nullable(),
  liftedAt: z.string().nullable(),
  /** 提前预警: hours from publication to start. */
  advanceHours: z.number(),
  basis: z.enum(warningBases),
  forecast: z
    .object({
      dailyAqi: z.array(z.number()),
      /** The level Xinzhou's triggers derive from it (external to the plan; see `GET /api/controls` basis). */
      derivedLevel: z.enum(['none', 'yellow', 'orange', 'red']),
    })
    .nullable(),
  document: z.string().nullable(),
  note: z.string().nullable(),
  listVersion: z.object({ id: z.number().int(), version: z.string() }).nullable(),
  events: z.array(warningEventSchema),
  segments: z.array(levelSegmentSchema),
  provenance: provenanceSchema,
  createdBy: z.string(),
});
export type Warning = z.infer<typeof warningSchema>;

/** Query of GET /api/emergency/warnings: those overlapping [from, to]; `at` sets the statuses (default: present). */
export const warningsQuerySchema = z
  .object({ from: moment.optional(), to: moment.optional(), at: moment.optional() })
  .strict();

/** Body of GET /api/emergency/warnings. */
export const warningsResponseSchema = z.object({
  at: z.string(),
  /** The warning in force at `at`, if any. */
  inForce: warningSchema.nullable(),
  warnings: z.array(warningSchema),
});
export type WarningsResponse = z.infer<typeof warningsResponseSchema>;

/** Body of POST /api/emergency/warnings/:id/steps: one dated step of the mechanism. */
export const stepBodySchema = z
  .object({
    kind: z.enum(stepKinds),
    at: moment.optional(),
    enterpriseId: textSchema().trim().min(1).max(64).optional(),
    note: note.min(1, 'required'),
  })
  .strict();

export const stepSchema = z.object({
  id: z.number().int(),
  kind: z.enum(stepKinds),
  at: z.string(),
  enterpriseId: z.string().nullable(),
  note: z.string(),
  recordedBy: z.string(),
});

/** Body of POST /api/emergency/warnings/:id/notifications: notify listed enterprises (default: all listed). */
export const notifyBodySchema = z
  .object({
    enterpriseIds: z.array(textSchema().trim().min(1).max(64)).max(2000).optional(),
    channel: z.enum(notificationChannels),
    notifiedAt: moment.optional(),
  })
  .strict();

/** Body of POST /api/emergency/warnings/:id/notifications/:enterpriseId/ack: the enterprise's acknowledgement. */
export const ackBodySchema = z
  .object({ acknowledgedAt: moment.optional(), acknowledgedBy: textSchema().trim().min(1).max(60) })
  .strict();

export const notificationSchema = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  notifiedAt: z.string(),
  channel: z.enum(notificationChannels),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
});

/** Body of PUT /api/emergency/warnings/:id/supervisors: assign (or with userId null, unassign) resident supervisors. */
export const supervisorsBodySchema = z
  .object({
    assignments: z
      .array(
        z.object({ enterpriseId: textSchema().trim().min(1).max(64), userId: z.number().int().positive().nullable() }),
      )
      .min(1)
      .max(2000),
  })
  .strict();

export const supervisorSchema = z.object({
  enterpriseId: z.string(),
  /** The console account; null for a supervisor without one (named in the records). */
  userId: z.number().int().nullable(),
  username: z.string(),
  displayName: z.string(),
  assignedAt: z.string(),
});

/** Body of GET /api/emergency/supervisor-candidates: the enabled inspector and duty accounts, by user name. */
export const supervisorCandidatesResponseSchema = z.array(
  z.object({ id: z.number().int(), username: z.string(), displayName: z.string(), townships: z.array(z.string()) }),
);

/** Body of POST /api/emergency/visits: a visit record (a photo uploaded first to POST /api/attachments). */
export const visitBodySchema = z
  .object({
    warningId: z.number().int().positive().nullable().default(null),
    enterpriseId: textSchema().trim().min(1).max(64),
    kind: z.enum(visitKinds),
    visitedAt: moment.optional(),
    verdict: z.enum(visitVerdicts),
    lines: z
      .array(z.object({ line: textSchema().trim().min(1).max(80), state: z.enum(lineStates) }).strict())
      .max(30)
      .default([]),
    note: note.min(1, 'required'),
    photoId: z.number().int().positive().nullable().default(null),
  })
  .strict();
export type VisitBody = z.infer<typeof visitBodySchema>;

export const visitSchema = z.object({
  id: z.number().int(),
  warningId: z.number().int().nullable(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  kind: z.enum(visitKinds),
  visitedAt: z.string(),
  inspector: z.string(),
  verdict: z.enum(visitVerdicts),
  lines: z.array(z.object({ line: z.string(), state: z.enum(lineStates) })),
  note: z.string(),
  /** `/api/attachments/:id` when a photo is attached. */
  photoId: z.number().int().nullable(),
  provenance: provenanceSchema,
});
export type Visit = z.infer<typeof visitSchema>;

/** Query of GET /api/emergency/visits. */
export const visitsQuerySchema = z
  .object({
    warning: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, 'must be a warning id')
      .transform(Number)
      .optional(),
    enterprise: textSchema().trim().min(1).max(64).optional(),
    kind: z.enum(visitKinds).optional(),
  })
  .strict();

/** What a listed enterprise must do under the warning's current level. */
export const boundEnterpriseSchema = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  township: z.string().nullable(),
  townshipName: z.string().nullable(),
  grade: z.string(),
  builtUpArea: z.boolean(),
  heavyPolluter: z.boolean(),
  measures: z.array(
    z.object({ line: z.string(), kind: z.string(), limitPct: z.number().nullable(), text: z.string() }),
  ),
  /** From when: the start of the current level. */
  from: z.string(),
});

/** Body of GET /api/emergency/warnings/:id: the warning and its mechanism's records. */
export const warningDetailSchema = z.object({
  warning: warningSchema,
  bound: z.array(boundEnterpriseSchema),
  notifications: z.array(notificationSchema),
  supervisors: z.array(supervisorSchema),
  steps: z.array(stepSchema),
  visits: z.array(visitSchema),
  /** The mechanism's six parts and whether each has a record (提前预警 … 协商减排). */
  mechanism: z.array(
    z.object({ key: z.string(), label: localizedSchema, done: z.boolean(), at: z.string().nullable() }),
  ),
});
export type WarningDetail = z.infer<typeof warningDetailSchema>;
