import { createHash } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../db/open-database.ts';
import {
  publicReportSalt,
  readOpenReportAlert,
  readPublicFollowUp,
  readPublicReport,
  readPublicReports,
  readPublicReportSteps,
} from '../db/public-reports-repository.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError, errorBody } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { sanitiseFileName, sniffAttachment } from '../http/sniff-attachment.ts';
import { problemError } from '../http/status-of.ts';
import { maySeeReporterContact } from '../reports/contact-visibility.ts';
import {
  LOOKUPS_PER_CLIENT,
  REPORTS_GLOBAL,
  REPORTS_PER_CLIENT,
  SlidingWindowLimiter,
  type LimitDecision,
} from '../reports/intake-limits.ts';
import { normaliseTicket } from '../reports/report-ticket.ts';
import { MAX_ATTACHMENT_BYTES } from '../schema/attachments.ts';
import {
  publicReportIntakeSchema,
  publicReportStepBodySchema,
  publicReportsQuerySchema,
  type PublicReportDetail,
  type PublicReportsResponse,
} from '../schema/public-reports.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { notFound, reportStepRefusal, stepPublicReport } from '../services/step-public-report.ts';
import { submitPublicReport, type ReportPhoto } from '../services/submit-public-report.ts';

const MIB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

/** The intake's body: the photo (≤ 5 MiB) and the text fields (a few KiB). */
const limitIntake = bodyLimit({
  maxSize: MAX_ATTACHMENT_BYTES + 64 * 1024,
  onError: (c) =>
    c.json(
      errorBody('payload_too_large', `report exceeds ${MIB} MiB`, {
        zh: `照片超过 ${MIB} MB，请压缩后再提交`,
        en: `report exceeds ${MIB} MiB (the photo at most ${MAX_ATTACHMENT_BYTES} bytes)`,
      }),
      413,
    ),
});

/** 429 naming the limit, with Retry-After. */
function refused(c: Context, decision: Extract<LimitDecision, { ok: false }>, what: 'report' | 'lookup') {
  const minutes = Math.ceil(decision.retryAfterSeconds / 60);
  const zh =
    what === 'report'
      ? `提交过于频繁（${decision.limit.max} 次/${decision.limit.windowMs / 60_000} 分钟），请约 ${minutes} 分钟后再试`
      : `查询过于频繁，请约 ${minutes} 分钟后再试`;
  const { name, max, windowMs } = decision.limit;
  const en =
    `rate limit ${name} (${max} per ${windowMs / 1000} s) reached; ` + `retry after ${decision.retryAfterSeconds} s`;
  return c.json(errorBody('rate_limited', en, { zh, en }), 429, { 'Retry-After': String(decision.retryAfterSeconds) });
}

/** The photo of a multipart intake, sniffed: JPEG or PNG only (415 otherwise), ≤ 5 MiB (413). */
async function readPhoto(value: unknown): Promise<ReportPhoto | null> {
  if (value === undefined || value === '') return null;
  if (!(value instanceof File)) {
    throw new ApiError(400, 'invalid_request', { zh: '照片须作为文件上传', en: 'photo: must be a file' });
  }
  if (value.size === 0) return null;
  if (value.size > MAX_ATTACHMENT_BYTES) {
    throw new ApiError(413, 'payload_too_large', {
      zh: `照片超过 ${MIB} MB，请压缩后再提交`,
      en: `photo: exceeds ${MIB} MiB (${value.size} bytes)`,
    });
  }
  const bytes = new Uint8Array(await value.arrayBuffer());
  const mime = sniffAttachment(bytes);
  if (mime !== 'image/jpeg' && mime !== 'image/png') {
    throw new ApiError(415, 'invalid_request', {
      zh: '照片须为 JPEG 或 PNG 图片（按文件内容判断）',
      en: 'photo: only JPEG or PNG images are accepted (told by the content, not the name)',
    });
  }
  return { bytes, mime, fileName: sanitiseFileName(value.name || 'photo', mime) };
}

/** The multipart form of the intake, or a 400 naming what is wrong with it. */
async function readIntakeForm(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new ApiError(400, 'invalid_request', {
      zh: '请求内容须为表单（multipart/form-data）',
      en: `body: must be multipart/form-data; got ${type === '' ? 'no Content-Type' : `'${type.slice(0, 60)}'`}`,
    });
  }
  try {
    return await c.req.parseBody({ all: false });
  } catch {
    throw new ApiError(400, 'invalid_request', { zh: '表单内容无法解析', en: 'body: malformed multipart form' });
  }
}

/**
 * The public intake (群众举报), mounted at /api/reports/public, open without sign-in: POST / (multipart form: the
 * fields of {@link publicReportIntakeSchema} and an optional `photo`) → 201 {ticket, status, receivedAt}; GET
 * /:ticket → the report's category, status, reply and last update (never contact data). Limits per client (the
 * salted SHA-256 of its address, never the address): reports 5/hour and 20/day, 30/minute for everyone; look-ups
 * 30/hour and 100/day; 429 with Retry-After naming the limit.
 */
export function publicReportIntakeRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  const perClient = new SlidingWindowLimiter(REPORTS_PER_CLIENT);
  const global = new SlidingWindowLimiter(REPORTS_GLOBAL);
  const lookups = new SlidingWindowLimiter(LOOKUPS_PER_CLIENT);
  let salt: string | null = null;
  const clientKey = async (c: Context<AuthEnv>) => {
    salt ??= await writer.write((tx) => publicReportSalt(tx));
    return createHash('sha256')
      .update(`${salt}:${c.get('clientAddress')}`)
      .digest('hex');
  };
  return new Hono<AuthEnv>()
    .post('/', limitIntake, async (c) => {
      const key = await clientKey(c);
      const at = now();
      const decision = perClient.check(key, at);
      if (!decision.ok) return refused(c, decision, 'report');
      const overall = global.check('all', at);
      if (!overall.ok) return refused(c, overall, 'report');
      const { photo, ...fields } = await readIntakeForm(c);
      const body = parseWith(publicReportIntakeSchema, fields, 'body');
      const file = await readPhoto(photo);
      const outcome = await writer.write((tx) => submitPublicReport(tx, body, file, key, new Date(at).toISOString()));
      if (!outcome.ok) throw problemError(outcome.error);
      perClient.record(key, at);
      global.record('all', at);
      await advanceLedger(); // a new report enters the alert loop
      return c.json(outcome.value, 201);
    })
    .get('/:ticket', async (c) => {
      const decision = lookups.take(await clientKey(c), now());
      if (!decision.ok) return refused(c, decision, 'lookup');
      const text = c.req.param('ticket').slice(0, 40);
      const ticket = normaliseTicket(text);
      if (!ticket) {
        throw new ApiError(400, 'invalid_request', {
          zh: '受理编号格式不对，应形如 JB20231230-7KQX4M',
          en: `ticket: must look like JB20231230-7KQX4M; got '${text}'`,
        });
      }
      const report = readPublicFollowUp(db, ticket);
      if (!report) {
        throw new ApiError(404, 'not_found', { zh: `没有受理编号为 ${ticket} 的举报`, en: `no report ${ticket}` });
      }
      return c.json(report);
    });
}

/**
 * Public reports for their handlers, mounted at /api/public-reports: GET / (filters, newest first, no contact
 * data), GET /:id (in full; the contact data only for admins, duty officers and inspectors of its township), POST
 * /:id/steps (accept, reject, handle, close; `supervise`, inspectors in their townships; audited `report.step`).
 */
export function publicReportRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/', (c) => {
      const query = parseWith(publicReportsQuerySchema, c.req.query(), 'query parameter');
      const body: PublicReportsResponse = { ...readPublicReports(db, query), limit: query.limit };
      return c.json(body);
    })
    .get('/:id', (c) => {
      const user = currentUser(c);
      const id = parseIdParam(c.req.param('id'), 'report id');
      const report = readPublicReport(db, id);
      if (!report) throw new ApiError(404, 'not_found', notFound(id));
      const { reporterName, reporterPhone, ...rest } = report;
      const contactVisible = maySeeReporterContact(user, report.township);
      const hasContact = reporterName !== null || reporterPhone !== null;
      const body: PublicReportDetail = {
        ...rest,
        alertId: readOpenReportAlert(db, report.ticket),
        contactVisible,
        contact: contactVisible && hasContact ? { name: reporterName, phone: reporterPhone } : null,
        steps: readPublicReportSteps(db, id),
      };
      return c.json(body);
    })
    .post('/:id/steps', async (c) => {
      const user = currentUser(c);
      const id = parseIdParam(c.req.param('id'), 'report id');
      const body = parseWith(publicReportStepBodySchema, await readJsonBody(c), 'body');
      const report = readPublicReport(db, id);
      if (!report) throw new ApiError(404, 'not_found', notFound(id));
      const refusal = reportStepRefusal(user, report.township, report.townshipName);
      if (refusal) throw new ApiError(403, 'forbidden', refusal);
      const outcome = await writer.write((tx) => stepPublicReport(tx, user, id, body, new Date(now()).toISOString()));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger(); // a handled, rejected or closed report clears its alert
      return c.json(outcome.value);
    });
}
