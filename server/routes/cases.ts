import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { casesCsv } from '../cases/cases-csv.ts';
import { stepPermission } from '../cases/case-life-cycle.ts';
import { summarizeCases } from '../cases/summarize-cases.ts';
import { can } from '../auth/permissions.ts';
import { readCaseDetail, readCaseFacts, readCases, readCaseState } from '../db/cases-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { downloadHeaders, exportFileName } from '../export/download-response.ts';
import { ApiError, errorBody } from '../http/api-error.ts';
import { assertTownshipAllowed, currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { sanitiseFileName, sniffAttachment } from '../http/sniff-attachment.ts';
import { problemError } from '../http/status-of.ts';
import { MAX_ATTACHMENT_BYTES } from '../schema/attachments.ts';
import {
  caseAttachBodySchema,
  caseAttachFormSchema,
  caseExportQuerySchema,
  caseOpenBodySchema,
  casesQuerySchema,
  caseStepBodySchema,
  caseSummaryQuerySchema,
  MAX_CASE_EXPORT_ROWS,
  type CaseAttachBody,
  type CaseDetail,
  type CasesResponse,
  type CaseSummary,
} from '../schema/cases.ts';
import { caseStepLabels } from '../schema/enums/enforcement-case.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { attachCaseDocument } from '../services/attach-case-document.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import { openCase } from '../services/open-case.ts';
import { recordCaseStep } from '../services/record-case-step.ts';
import { resolveCaseSource } from '../services/resolve-case-source.ts';
import { storeAttachment } from '../services/store-attachment.ts';
import { toCstMinute } from '../time/cst.ts';

/** Minutes a step or an opening may lie after the server's clock (clock drift of field devices). */
const FUTURE_TOLERANCE_MINUTES = 5;

/** Multipart uploads: the 5 MiB file plus its form fields. */
const limitUpload = bodyLimit({
  maxSize: MAX_ATTACHMENT_BYTES + 64 * 1024,
  onError: (c) =>
    c.json(
      errorBody('payload_too_large', 'attachment exceeds 5 MiB', {
        zh: '附件超过 5 MB，请压缩后再上传',
        en: `attachment exceeds 5 MiB (${MAX_ATTACHMENT_BYTES} bytes)`,
      }),
      413,
    ),
});

/**
 * Enforcement cases (执法案件, S8, S10, T17.6), mounted at /api/cases. Reads: `read`; opening and the field steps:
 * `cases` (inspectors in their townships); the decision, no penalty and closing: `decide` as well. Every write is
 * audited; the alert ledger follows the writes (the `case-rectification-overdue` rule).
 */
export function caseRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  /** A moment given (or the dataset's present) checked not to lie after the server's clock (+5 min). */
  const momentOrPresent = (given: string | undefined, field: string): string => {
    const moment = given ?? datasetPresent(db);
    const latest = toCstMinute(new Date(now() + FUTURE_TOLERANCE_MINUTES * 60_000));
    if (moment > latest)
      throw new ApiError(400, 'invalid_request', {
        zh: `时间 ${moment} 晚于当前时间`,
        en: `${field}: ${moment} lies in the future (now is ${toCstMinute(new Date(now()))})`,
      });
    return moment;
  };
  const presentDay = () => datasetPresent(db).slice(0, 10);
  const caseOrThrow = (id: number) => {
    const stored = readCaseState(db, id);
    if (!stored) throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的案件`, en: `no case ${id}` });
    return stored;
  };
  const attach = async (user: ReturnType<typeof currentUser>, id: number, doc: CaseAttachBody) => {
    const recordedAt = new Date(now()).toISOString();
    const outcome = await writer.write((tx) =>
      attachCaseDocument(tx, user, id, doc, { day: presentDay(), recordedAt }),
    );
    if (!outcome.ok) throw problemError(outcome.error);
    return outcome.value;
  };

  return (
    new Hono<AuthEnv>()
      // the list: filters, newest opening first, each with its overdue flag (at the dataset's present day)
      .get('/', (c) => {
        const query = parseWith(casesQuerySchema, c.req.query(), 'query parameter');
        const body: CasesResponse = readCases(db, query, presentDay());
        return c.json(body);
      })
      // the figures at as-of: open, opened this month / year, decided, fines, overdue; by township, industry, task
      .get('/summary', (c) => {
        const query = parseWith(caseSummaryQuerySchema, c.req.query(), 'query parameter');
        const asOf = query.asOf ?? datasetPresent(db);
        const body: CaseSummary = summarizeCases(readCaseFacts(db, asOf), asOf);
        return c.json(body);
      })
      // the list as CSV (UTF-8 with BOM), the list's filters, at most 5000 rows
      .get('/export', (c) => {
        const { lang, ...filters } = parseWith(caseExportQuerySchema, c.req.query(), 'query parameter');
        const day = presentDay();
        const { cases } = readCases(db, { ...filters, limit: MAX_CASE_EXPORT_ROWS }, day);
        return c.body(
          casesCsv(cases, lang ?? 'zh'),
          200,
          downloadHeaders('csv', exportFileName(['cases', day], 'csv')),
        );
      })
      // one case: its steps, documents (attachment ids) and links (alert, report ticket, sample number)
      .get('/:id', (c) => {
        const id = parseIdParam(c.req.param('id'), 'case id');
        const body: CaseDetail | null = readCaseDetail(db, id, presentDay());
        if (!body) throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的案件`, en: `no case ${id}` });
        return c.json(body);
      })
      // open a case on an alert, a public report, a fuel sample or an explicit entity → 201 the case
      .post('/', async (c) => {
        const user = currentUser(c);
        const body = parseWith(caseOpenBodySchema, await readJsonBody(c), 'body');
        const source = resolveCaseSource(db, body);
        if (!source.ok) throw problemError(source.error);
        assertTownshipAllowed(
          user,
          source.value.entity.township,
          `${source.value.entity.layer} ${source.value.entity.id}`,
        );
        const openedAt = momentOrPresent(body.openedAt, 'openedAt');
        const recordedAt = new Date(now()).toISOString();
        const outcome = await writer.write((tx) =>
          openCase(
            tx,
            user,
            { source: source.value, origin: body.origin, violation: body.violation, departmentId: body.departmentId },
            { openedAt, recordedAt },
          ),
        );
        if (!outcome.ok) throw problemError(outcome.error);
        await advanceLedger(); // a case's stage is the case rule's fact
        return c.json(outcome.value, 201);
      })
      // record one step (decide, no-penalty and close need `decide`) → 201 the case as it stands
      .post('/:id/steps', async (c) => {
        const user = currentUser(c);
        const id = parseIdParam(c.req.param('id'), 'case id');
        const body = parseWith(caseStepBodySchema, await readJsonBody(c), 'body');
        const stored = caseOrThrow(id);
        if (!can(user.role, stepPermission[body.step]))
          throw new ApiError(403, 'forbidden', {
            zh: `「${caseStepLabels[body.step].zh}」须由管理员（局领导、法制审核）作出`,
            en: `step '${body.step}' needs the 'decide' permission (admin)`,
          });
        assertTownshipAllowed(user, stored.township, `case ${stored.number}`);
        const stepAt = momentOrPresent(body.at, 'at');
        const recordedAt = new Date(now()).toISOString();
        const outcome = await writer.write((tx) => recordCaseStep(tx, user, id, body, { stepAt, recordedAt }));
        if (!outcome.ok) throw problemError(outcome.error);
        await advanceLedger();
        return c.json(outcome.value, 201);
      })
      // attach a document: multipart (file, kind, title[, stepId]) or JSON {attachmentId, kind, title[, stepId]}
      .post('/:id/attachments', limitUpload, async (c) => {
        const user = currentUser(c);
        const id = parseIdParam(c.req.param('id'), 'case id');
        const stored = caseOrThrow(id);
        assertTownshipAllowed(user, stored.township, `case ${stored.number}`);
        const type = c.req.header('content-type') ?? '';
        if (!type.toLowerCase().startsWith('multipart/form-data')) {
          const doc = parseWith(caseAttachBodySchema, await readJsonBody(c), 'body');
          return c.json(await attach(user, id, doc), 201);
        }
        const form = await c.req.parseBody();
        const file = form.file;
        if (!(file instanceof File))
          throw new ApiError(400, 'invalid_request', { zh: '请选择要上传的文件（字段 file）', en: 'file: required' });
        const fields = parseWith(
          caseAttachFormSchema,
          {
            kind: form.kind,
            title: form.title,
            ...(typeof form.stepId === 'string' && form.stepId !== '' ? { stepId: Number(form.stepId) } : {}),
          },
          'body',
        );
        if (file.size > MAX_ATTACHMENT_BYTES)
          throw new ApiError(413, 'payload_too_large', {
            zh: '附件超过 5 MB，请压缩后再上传',
            en: `file: exceeds 5 MiB (${MAX_ATTACHMENT_BYTES} bytes)`,
          });
        const bytes = new Uint8Array(await file.arrayBuffer());
        const mime = bytes.length === 0 ? null : sniffAttachment(bytes);
        if (mime === null)
          throw new ApiError(415, 'invalid_request', {
            zh: '文件类型不受支持：只接受 JPEG、PNG 图片或 PDF 文件（按文件内容判断，而非文件名）',
            en: 'file: unsupported type; only JPEG, PNG or PDF (told by the content, not the name)',
          });
        const fileName = sanitiseFileName(file.name, mime);
        const recordedAt = new Date(now()).toISOString();
        const outcome = await writer.write((tx) => {
          const head = storeAttachment(tx, user, { bytes, mime, fileName }, recordedAt);
          const result = attachCaseDocument(
            tx,
            user,
            id,
            { ...fields, attachmentId: head.id },
            { day: presentDay(), recordedAt },
          );
          // a refused attachment is not kept: the transaction rolls back
          if (!result.ok) throw problemError(result.error);
          return result.value;
        });
        return c.json(outcome, 201);
      })
  );
}
