import { type Context, Hono } from 'hono';
import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import type { Result } from '../result.ts';
import {
  carbonQuerySchema,
  carbonReplacementBodySchema,
  carbonTransferBodySchema,
  materialBodySchema,
  materialsQuerySchema,
  vocImportQuerySchema,
  type VocImportReport,
  vocSummaryQuerySchema,
} from '../schema/voc-ledger.ts';
import { checkVocImport, commitVocImport, VocImportRowError } from '../services/import-voc-ledger.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { readCarbonResponse, readMaterialsResponse, readVocSummary } from '../services/read-voc-ledgers.ts';
import {
  recordCarbonReplacement,
  recordCarbonTransfer,
  recordVocMaterial,
  type VocWriteProblem,
} from '../services/record-voc.ts';

/** The created record's id, or the problem as HTTP (403 for an inspector outside their townships). */
function created(outcome: Result<{ id: number }, VocWriteProblem>): { id: number } {
  if (outcome.ok) return outcome.value;
  const { code, message, text } = outcome.error;
  if (code === 'forbidden') throw new ApiError(403, 'forbidden', text);
  throw problemError({ code, message, text });
}

/** Most bytes an imported ledger file may hold. */
const MAX_IMPORT_BYTES = 5 * 2 ** 20;

/** The uploaded ledger checked (400 unreadable, 413 too large). */
async function readImport(c: Context<AuthEnv>) {
  const query = parseWith(vocImportQuerySchema, c.req.query(), 'query parameter');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) {
    throw new ApiError(400, 'invalid_request', {
      zh: '请求内容为空：请将文件内容作为请求体上传',
      en: 'body: empty; send the file’s bytes as the request body',
    });
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ApiError(413, 'payload_too_large', {
      zh: '文件超过 5 MiB，请分批导入',
      en: 'the file exceeds 5 MiB; import it in parts',
    });
  }
  const check = await checkVocImport(bytes, query.kind, query.file);
  if (!check.ok) throw new ApiError(400, 'invalid_request', check.unreadable);
  const report: VocImportReport = {
    kind: query.kind,
    fileName: query.file,
    rows: check.rows,
    valid: check.bodies.length,
    problems: check.problems,
    committable: check.problems.length === 0 && check.bodies.length > 0,
    committed: 0,
  };
  return { query, check, report };
}

/**
 * The task-13 ledgers (issue 17), mounted at /api/voc: GET /carbon (activated carbon per enterprise using
 * adsorption), POST /carbon/replacements and /carbon/transfers (`supervise`: field records, inspectors in their
 * townships), GET /materials (low-VOC material use per enterprise and year), POST /materials (`edit`: the annual
 * declarations are a register), GET /summary, POST /import/dry-run and /import/commit?kind=&file= (`import`: a
 * CSV/XLSX of replacements, transfers or materials, each row checked as one record posted; all or nothing). Every
 * record is a fact of the task-13 rules: the alert ledger follows a write.
 */
export function vocRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/carbon', (c) => {
      const query = parseWith(carbonQuerySchema, c.req.query(), 'query parameter');
      return c.json(readCarbonResponse(db, { ...query, asOf: resolveAsOf(db, query) }));
    })
    .post('/carbon/replacements', async (c) => {
      const user = currentUser(c);
      const body = parseWith(carbonReplacementBodySchema, await readJsonBody(c), 'body');
      const at = new Date(now()).toISOString();
      const outcome = created(await writer.write((tx) => recordCarbonReplacement(tx, user, body, at)));
      await advanceLedger();
      return c.json(outcome, 201);
    })
    .post('/carbon/transfers', async (c) => {
      const user = currentUser(c);
      const body = parseWith(carbonTransferBodySchema, await readJsonBody(c), 'body');
      const at = new Date(now()).toISOString();
      const outcome = created(await writer.write((tx) => recordCarbonTransfer(tx, user, body, at)));
      await advanceLedger();
      return c.json(outcome, 201);
    })
    .get('/materials', (c) => {
      const query = parseWith(materialsQuerySchema, c.req.query(), 'query parameter');
      return c.json(readMaterialsResponse(db, { ...query, asOf: resolveAsOf(db, query) }));
    })
    .post('/materials', async (c) => {
      const user = currentUser(c);
      const body = parseWith(materialBodySchema, await readJsonBody(c), 'body');
      const at = new Date(now()).toISOString();
      const outcome = created(await writer.write((tx) => recordVocMaterial(tx, user, body, at)));
      await advanceLedger();
      return c.json(outcome, 201);
    })
    .post('/import/dry-run', async (c) => c.json((await readImport(c)).report))
    .post('/import/commit', async (c) => {
      const { query, check, report } = await readImport(c);
      if (!report.committable) {
        const text = {
          zh: '文件有错误或没有数据，未导入任何记录',
          en: 'the file has problems or no rows: nothing imported',
        };
        return c.json({ error: { code: 'invalid_request' as const, message: text.en, text }, report }, 422);
      }
      const user = currentUser(c);
      const at = new Date(now()).toISOString();
      try {
        const committed = await writer.write((tx) => commitVocImport(tx, user, query.kind, check.bodies, at));
        await advanceLedger();
        return c.json({ ...report, committed }, 201);
      } catch (error) {
        if (!(error instanceof VocImportRowError)) throw error;
        const problems = [{ row: error.row, text: error.text }];
        const text = {
          zh: `第 ${error.row} 行：${error.text.zh}；未导入任何记录`,
          en: `${error.message}; nothing imported`,
        };
        return c.json(
          {
            error: { code: 'invalid_request' as const, message: text.en, text },
            report: { ...report, problems, committable: false },
          },
          422,
        );
      }
    })
    .get('/summary', (c) => {
      const query = parseWith(vocSummaryQuerySchema, c.req.query(), 'query parameter');
      return c.json(readVocSummary(db, resolveAsOf(db, query), query.township ?? null));
    });
}
