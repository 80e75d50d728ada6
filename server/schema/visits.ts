import { z } from 'zod';
import { visitProblemCategories } from '../visits/problem-categories.ts';
import {
  asOfParamSchema,
  asOfQuery,
  booleanParamSchema,
  calendarDateSchema,
  localizedSchema,
  provenanceSchema,
  textSchema,
  townshipCodeSchema,
} from './common.ts';
import { requestCategories, requestStatuses, visitTopics } from './enums/assistance.ts';

export * from './enums/assistance.ts';
export * from '../visits/problem-categories.ts';

const departmentIdSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'must be a department id such as eco-env');
const limitSchema = z
  .string()
  .regex(/^[1-9]\d{0,2}$/, 'must be a whole number 1–500')
  .transform(Number)
  .refine((n) => n <= 500, { message: 'must be at most 500', params: { zh: '不能大于 500' } });

/** Query of GET /api/visits: filters, the as-of it is seen at (visits made by then), at most 500 rows. */
export const visitsListQuerySchema = asOfQuery({
  enterprise: textSchema().trim().min(1).max(64).optional(),
  department: departmentIdSchema.optional(),
  township: townshipCodeSchema.optional(),
  topic: z.enum(visitTopics).optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  /** Only visits with a request still open at as-of. */
  openRequests: booleanParamSchema.optional(),
  limit: limitSchema.optional(),
});
export type VisitsListQuery = z.infer<typeof visitsListQuerySchema>;

/** Query of GET /api/visits/summary. */
export const visitsSummaryQuerySchema = asOfQuery({});

const problemSchema = z.object({ text: z.string(), category: z.enum(visitProblemCategories) });

/** An enterprise's request (诉求) as seen at as-of: open until answered. */
export const assistanceRequestSchema = z.object({
  id: z.number().int(),
  text: z.string(),
  category: z.enum(requestCategories),
  departmentId: z.string(),
  departmentName: z.string(),
  status: z.enum(requestStatuses),
  response: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** Whole days open at as-of (open requests), from the visit. */
  openDays: z.number().int().nullable(),
});
export type AssistanceRequest = z.infer<typeof assistanceRequestSchema>;

/** One assistance visit (帮扶走访) as the API answers it, seen at as-of. */
export const assistanceVisitSchema = z.object({
  id: z.number().int(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  township: z.string(),
  townshipName: z.string(),
  /** The enterprise's position, `[lon, lat]` WGS84. */
  position: z.tuple([z.number(), z.number()]),
  departmentId: z.string(),
  departmentName: z.string(),
  visitedAt: z.string(),
  visitors: z.string(),
  topic: z.enum(visitTopics),
  problems: z.array(problemSchema),
  requests: z.array(assistanceRequestSchema),
  followUp: z.string(),
  followUpDueOn: z.string().nullable(),
  followUpDoneOn: z.string().nullable(),
  /** The follow-up is due before as-of's day and not done by then (the due day itself is not late). */
  followUpOverdue: z.boolean(),
  photoId: z.number().int().nullable(),
  provenance: provenanceSchema,
});
export type AssistanceVisit = z.infer<typeof assistanceVisitSchema>;

/** Body of GET /api/visits: newest first. */
export const visitsListResponseSchema = z.object({
  asOf: z.string(),
  total: z.number().int(),
  visits: z.array(assistanceVisitSchema),
});
export type VisitsListResponse = z.infer<typeof visitsListResponseSchema>;

const periodCountsSchema = z.object({ month: z.number().int(), year: z.number().int() });

/** Body of GET /api/visits/summary. */
export const visitsSummarySchema = z.object({
  asOf: z.string(),
  /** Visits in as-of's month and year. */
  visits: periodCountsSchema,
  byDepartment: z.array(periodCountsSchema.extend({ departmentId: z.string(), departmentName: z.string() })),
  byTownship: z.array(periodCountsSchema.extend({ township: z.string(), townshipName: z.string() })),
  /** Every request raised by as-of, by its status then. */
  requests: z.object({
    open: z.number().int(),
    answered: z.number().int(),
    resolved: z.number().int(),
    declined: z.number().int(),
    /** Open for more than {@link REQUEST_OPEN_DAYS} days. */
    openLong: z.number().int(),
  }),
  followUpsOverdue: z.number().int(),
  /** The long-open threshold in days and why it is what it is (a console convention). */
  openLongDays: z.number().int(),
  openLongBasis: localizedSchema,
});
export type VisitsSummary = z.infer<typeof visitsSummarySchema>;

/**
 * Body of POST /api/visits: a visit with the problems found, the enterprise's requests (each to a department to
 * answer) and the follow-up. `departmentId` defaults to the recording user's department, else `eco-env`;
 * `visitedAt` to the dataset's present (never after it). A photo is uploaded first to POST /api/attachments.
 */
export const visitBodySchema = z
  .object({
    enterpriseId: textSchema().trim().min(1).max(64),
    departmentId: departmentIdSchema.optional(),
    visitedAt: asOfParamSchema.optional(),
    visitors: textSchema().trim().min(1).max(200),
    topic: z.enum(visitTopics),
    problems: z
      .array(z.object({ text: textSchema().trim().min(1).max(500), category: z.enum(visitProblemCategories) }).strict())
      .max(20)
      .default([]),
    requests: z
      .array(
        z
          .object({
            text: textSchema().trim().min(1).max(500),
            category: z.enum(requestCategories),
            departmentId: departmentIdSchema,
          })
          .strict(),
      )
      .max(10)
      .default([]),
    followUp: textSchema({ multiline: true }).trim().max(1000).default(''),
    followUpDueOn: calendarDateSchema.optional(),
    photoId: z.number().int().positive().optional(),
  })
  .strict();
export type VisitBody = z.infer<typeof visitBodySchema>;

/** Body of PATCH /api/visits/requests/:id: the answer to a request. */
export const requestAnswerBodySchema = z
  .object({
    status: z.enum(['answered', 'resolved', 'declined']),
    response: textSchema({ multiline: true }).trim().min(1).max(1000),
    answeredAt: asOfParamSchema.optional(),
  })
  .strict();
export type RequestAnswerBody = z.infer<typeof requestAnswerBodySchema>;

/** Body of PATCH /api/visits/:id: the follow-up done on a day. */
export const followUpBodySchema = z.object({ followUpDoneOn: calendarDateSchema }).strict();
export type FollowUpBody = z.infer<typeof followUpBodySchema>;
