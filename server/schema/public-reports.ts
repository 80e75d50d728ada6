import { z } from 'zod';
import { calendarDateSchema, provenanceSchema, textSchema, townshipCodeSchema, listParamSchema } from './common.ts';
import { reportCategories, reportStatuses } from './enums/public-report.ts';

export * from './enums/public-report.ts';

/** Characters of a report's description (举报内容). */
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 1000;

/** A Chinese mobile number (11 digits, 13x–19x) or a landline with its area code (0xx(x)-xxxxxxx(x)). */
export const REPORTER_PHONE_PATTERN = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** An optional form field: an empty string counts as absent. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** A WGS84 degree sent as a form field (text) or a JSON number. */
const degree = (name: 'lon' | 'lat', bound: number) =>
  z.coerce
    .number({ message: `${name}: must be a number (WGS84 degrees)` })
    .refine((n) => Number.isFinite(n) && Math.abs(n) <= bound, {
      message: `must be WGS84 degrees within ±${bound}`,
      params: { zh: name === 'lon' ? '经度须为 -180 至 180 之间的数' : '纬度须为 -90 至 90 之间的数' },
    });

/**
 * The text fields of POST /api/reports/public (multipart/form-data; the optional photo is the file field `photo`):
 * category, description (10–1,000 characters), the pin (`lon`, `lat`, WGS84 degrees; it must lie in Xinfu
 * District), an optional address (≤ 200), the reporter's optional name (≤ 50) and phone (a Chinese mobile or
 * landline number), and `website`, a honeypot that people never see and must stay empty.
 *
 * @example
 * publicReportIntakeSchema.parse({ category: 'burning', description: '村东头有人焚烧秸秆，烟很大', lon: '112.71',
 *   lat: '38.41' });
 */
export const publicReportIntakeSchema = z
  .object({
    category: z.enum(reportCategories),
    description: textSchema({ multiline: true })
      .trim()
      .min(DESCRIPTION_MIN, `at least ${DESCRIPTION_MIN} characters`)
      .max(DESCRIPTION_MAX, `at most ${DESCRIPTION_MAX} characters`),
    lon: degree('lon', 180),
    lat: degree('lat', 90),
    address: optional(textSchema().trim().max(200, { message: 'at most 200 characters' })),
    reporterName: optional(textSchema().trim().max(50, { message: 'at most 50 characters' })),
    reporterPhone: optional(
      z
        .string()
        .trim()
        .refine((text) => REPORTER_PHONE_PATTERN.test(text), {
          message: 'must be a Chinese mobile (13912345678) or landline number (0350-3031234)',
          params: { zh: '须为手机号（11 位）或带区号的座机号（如 0350-3031234）' },
        }),
    ),
    website: optional(
      z
        .string()
        .refine((text) => text === '', { message: 'must stay empty', params: { zh: '此项须留空（防机器提交）' } }),
    ),
  })
  .strict();
export type PublicReportIntake = z.infer<typeof publicReportIntakeSchema>;

/** Reply of POST /api/reports/public: the ticket to follow the report with. */
export const publicReportReceiptSchema = z.object({
  ticket: z.string(),
  status: z.enum(reportStatuses),
  /** `YYYY-MM-DDTHH:mm` CST. */
  receivedAt: z.string(),
});
export type PublicReportReceipt = z.infer<typeof publicReportReceiptSchema>;

/** Reply of GET /api/reports/public/:ticket: what the public may see; never contact data or internal notes. */
export const publicReportFollowUpSchema = z.object({
  ticket: z.string(),
  category: z.enum(reportCategories),
  status: z.enum(reportStatuses),
  receivedAt: z.string(),
  /** The handlers' reply to the public (受理回复), or null while none. */
  reply: z.string().nullable(),
  /** The last change, `YYYY-MM-DDTHH:mm` CST. */
  updatedAt: z.string(),
});
export type PublicReportFollowUp = z.infer<typeof publicReportFollowUpSchema>;

/** Reports a handlers' list returns at most. */
export const MAX_REPORTS_LIMIT = 500;

/** Query of GET /api/public-reports: filters and a limit (default 100, at most 500), newest first. */
export const publicReportsQuerySchema = z
  .object({
    status: listParamSchema(reportStatuses).optional(),
    category: listParamSchema(reportCategories).optional(),
    township: townshipCodeSchema.optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    limit: z
      .string()
      .regex(/^[1-9]\d{0,3}$/, 'must be a whole number 1–500')
      .transform(Number)
      .refine((n) => n <= MAX_REPORTS_LIMIT, {
        message: `must be at most ${MAX_REPORTS_LIMIT}`,
        params: { zh: `不能大于 ${MAX_REPORTS_LIMIT}` },
      })
      .default(100),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not lie after to',
    path: ['from'],
    params: { zh: '开始日期不能晚于结束日期' },
  });
export type PublicReportsQuery = z.infer<typeof publicReportsQuerySchema>;

/** A report as handlers list it: no contact data. */
export const publicReportSummarySchema = z.object({
  id: z.number().int(),
  ticket: z.string(),
  receivedAt: z.string(),
  category: z.enum(reportCategories),
  status: z.enum(reportStatuses),
  description: z.string(),
  township: z.string(),
  townshipName: z.string(),
  address: z.string().nullable(),
  lon: z.number(),
  lat: z.number(),
  hasPhoto: z.boolean(),
  handler: z.string().nullable(),
  updatedAt: z.string(),
  provenance: provenanceSchema,
});
export type PublicReportSummary = z.infer<typeof publicReportSummarySchema>;

export const publicReportsResponseSchema = z.object({
  reports: z.array(publicReportSummarySchema),
  /** Reports matching the filters (the list holds at most `limit` of them). */
  total: z.number().int(),
  limit: z.number().int(),
});
export type PublicReportsResponse = z.infer<typeof publicReportsResponseSchema>;

/** One handling step as the audit log recorded it. */
export const publicReportStepSchema = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.enum(['accept', 'reject', 'handle', 'close']),
  status: z.enum(reportStatuses),
  /** The reason of a rejection, what was done, or a note. */
  note: z.string().nullable(),
  reply: z.string().nullable(),
});
export type PublicReportStep = z.infer<typeof publicReportStepSchema>;

/**
 * GET /api/public-reports/:id: the report in full. `contact` is served only to admins, duty officers and inspectors
 * whose townships include the report's; `contactVisible` says whether the caller may see it (null contact with
 * `contactVisible: true` means the reporter left none).
 */
export const publicReportDetailSchema = publicReportSummarySchema.extend({
  photoId: z.number().int().nullable(),
  reply: z.string().nullable(),
  /** The open alert of rule `public-report-open` on this report, if any. */
  alertId: z.number().int().nullable(),
  contactVisible: z.boolean(),
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  steps: z.array(publicReportStepSchema),
});
export type PublicReportDetail = z.infer<typeof publicReportDetailSchema>;

/** A required text of 2 to `max` characters (a reply, a reason, what was done). */
const replyText = (max = 500) =>
  textSchema({ multiline: true }).trim().min(2, 'at least 2 characters').max(max, `at most ${max} characters`);

const noteText = textSchema({ multiline: true }).trim().max(1000, { message: 'at most 1,000 characters' });

/**
 * Body of POST /api/public-reports/:id/steps: accept (受理), reject (不予受理: a reason and a public reply), handle
 * (已处理: what was done and a public reply) or close (办结). Steps follow received → accepted → handled → closed;
 * received or accepted → rejected → closed.
 *
 * @example
 * publicReportStepBodySchema.parse({ action: 'handle', done: '已责令停止焚烧并清理现场', reply: '已处理，感谢监督' });
 */
export const publicReportStepBodySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), note: noteText.optional(), reply: replyText().optional() }).strict(),
  z
    .object({
      action: z.literal('reject'),
      reason: replyText(),
      reply: replyText(),
    })
    .strict(),
  z
    .object({
      action: z.literal('handle'),
      done: replyText(1000),
      reply: replyText(),
    })
    .strict(),
  z.object({ action: z.literal('close'), note: noteText.optional(), reply: replyText().optional() }).strict(),
]);
export type PublicReportStepBody = z.infer<typeof publicReportStepBodySchema>;
