import { Hono, type Context } from 'hono';
import type { Db } from '../db/open-database.ts';
import { readListVersion, listVersionInForce, readRequirements } from '../db/emergency-list-repository.ts';
import type { Writer } from '../db/writer.ts';
import { attachmentDisposition } from '../export/download-response.ts';
import { emergencyListCsv, emergencyListXlsx } from '../export/emergency-list-xlsx.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import {
  listDiffQuerySchema,
  listImportQuerySchema,
  listQuerySchema,
  listRevisionBodySchema,
  requirementBodySchema,
  type ListRevisionBody,
  type RequirementsListResponse,
} from '../schema/emergency-list.ts';
import { listExportQuerySchema, type ListImportOutcome } from '../schema/emergency-list-import.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { checkListImport } from '../services/check-list-import.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import { readListDiff, readListResponse } from '../services/read-emergency-list.ts';
import { createRequirement, reviseEmergencyList } from '../services/write-emergency-list.ts';

/** Largest list file an import accepts, bytes (the app's body limit answers 413 before this on the default). */
export const MAX_LIST_FILE_BYTES = 5 * 2 ** 20;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name from a version label: characters a file system refuses become `_`. */
const fileSafe = (text: string) =>
  [...text]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .slice(0, 80);

/**
 * The emergency reduction list's register (issue 15, mounted at /emergency):
 * - GET /list[?version=|&on=]: a version (default: the one in force on `on`, else on the dataset's present day) with
 *   its entries, totals per level, the requirement in force on its effective day and the check against it;
 * - GET /list/diff?from=&to=: what changed between two versions;
 * - GET /list/export?version=&format=xlsx|csv: the version in the bureau's layout (the import reads it back);
 * - POST /list/versions (emergency): a whole revision as JSON; audited `emergency.list.revise`;
 * - POST /list/import/dry-run|commit?file=&version=&effectiveFrom=&title=&signedOffBy=&signedOffOn= (emergency),
 *   body = the .csv/.xlsx file: the report; commit writes one new version, all or nothing (422 with the report
 *   when any row has an error); audited `emergency.list.import`;
 * - GET /requirements, POST /requirements (emergency): the required reduction shares; audited.
 * Writes go through the writer and advance the alert ledger (the list is a rule fact).
 */
export function emergencyListRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  const today = () => datasetPresent(db).slice(0, 10);
  const at = () => new Date(now()).toISOString();

  const readUpload = async (c: Context<AuthEnv>) => {
    const query = parseWith(listImportQuerySchema, c.req.query(), 'query parameter');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0)
      throw new ApiError(400, 'invalid_request', {
        zh: '请求内容为空：请将文件内容作为请求体上传',
        en: 'body: empty; send the file’s bytes as the request body',
      });
    if (bytes.length > MAX_LIST_FILE_BYTES)
      throw new ApiError(413, 'payload_too_large', {
        zh: `文件超过 ${MAX_LIST_FILE_BYTES / 2 ** 20} MiB`,
        en: `the file exceeds ${MAX_LIST_FILE_BYTES / 2 ** 20} MiB`,
      });
    const check = await checkListImport(db, bytes, query);
    if (check.unreadable) throw new ApiError(400, 'invalid_request', check.unreadable);
    return { query, check };
  };

  return new Hono<AuthEnv>()
    .get('/list', (c) => {
      const query = parseWith(listQuerySchema, c.req.query(), 'query parameter');
      const result = readListResponse(db, { version: query.version, day: query.on ?? today() });
      if (!result.ok) throw problemError(result.error);
      return c.json(result.value);
    })
    .get('/list/diff', (c) => {
      const query = parseWith(listDiffQuerySchema, c.req.query(), 'query parameter');
      const result = readListDiff(db, query.from, query.to);
      if (!result.ok) throw problemError(result.error);
      return c.json(result.value);
    })
    .get('/list/export', async (c) => {
      const query = parseWith(listExportQuerySchema, c.req.query(), 'query parameter');
      const id = query.version ?? listVersionInForce(db, today());
      const version = id === null ? null : readListVersion(db, id);
      if (!version)
        throw new ApiError(
          404,
          'not_found',
          id === null
            ? { zh: '当前没有生效的应急减排清单', en: 'no list version is in force; name one with ?version=' }
            : { zh: `没有编号为 ${id} 的清单版本`, en: `no list version ${id}` },
        );
      const name = `应急减排清单-${fileSafe(version.summary.version)}.${query.format}`;
      const headers = {
        'Content-Disposition': attachmentDisposition(name),
        'X-Content-Type-Options': 'nosniff',
      };
      if (query.format === 'csv')
        return c.body(emergencyListCsv(version.entries), 200, {
          ...headers,
          'Content-Type': 'text/csv; charset=utf-8',
        });
      const bytes = await emergencyListXlsx(version.summary, version.entries);
      return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 200, {
        ...headers,
        'Content-Type': XLSX_TYPE,
      });
    })
    .post('/list/versions', async (c) => {
      const body = parseWith(listRevisionBodySchema, await readJsonBody(c), 'body');
      const actor = currentUser(c);
      const written = await writer.write((tx) =>
        reviseEmergencyList(tx, body, actor, at(), {
          action: 'emergency.list.revise',
          source: 'manual',
          provenance: 'official',
        }),
      );
      if (!written.ok) throw problemError(written.error);
      await advanceLedger(); // the list is a rule fact
      return c.json(written.value, 201);
    })
    .post('/list/import/dry-run', async (c) => {
      const { check } = await readUpload(c);
      return c.json(check.report);
    })
    .post('/list/import/commit', async (c) => {
      const { query, check } = await readUpload(c);
      const { report } = check;
      if (!report.committable) {
        const en =
          report.counts.errors > 0
            ? `${report.counts.errors} problems: nothing imported; fix the file and try again`
            : 'the file lists no enterprise: nothing imported';
        const zh =
          report.counts.errors > 0
            ? `发现 ${report.counts.errors} 个错误，未导入任何内容；请修改文件后重试`
            : '文件中没有企业，未导入任何内容';
        return c.json({ error: { code: 'invalid_request' as const, message: en, text: { zh, en } }, report }, 422);
      }
      const body: ListRevisionBody = {
        version: query.version,
        effectiveFrom: query.effectiveFrom,
        title: query.title,
        signedOffBy: query.signedOffBy,
        signedOffOn: query.signedOffOn,
        note: query.note ?? null,
        entries: check.entries,
      };
      const actor = currentUser(c);
      const written = await writer.write((tx) =>
        reviseEmergencyList(tx, body, actor, at(), {
          action: 'emergency.list.import',
          source: `import:${query.file}`,
          provenance: query.provenance,
        }),
      );
      if (!written.ok) throw problemError(written.error);
      await advanceLedger(); // the list is a rule fact
      const outcome: ListImportOutcome = { report, version: written.value };
      return c.json(outcome, 201);
    })
    .get('/requirements', (c) => {
      const body: RequirementsListResponse = { requirements: readRequirements(db) };
      return c.json(body);
    })
    .post('/requirements', async (c) => {
      const body = parseWith(requirementBodySchema, await readJsonBody(c), 'body');
      const actor = currentUser(c);
      const written = await writer.write((tx) => createRequirement(tx, body, actor, at()));
      if (!written.ok) throw problemError(written.error);
      await advanceLedger(); // the requirement is a rule fact (the controls' required reduction)
      return c.json(written.value, 201);
    });
}
