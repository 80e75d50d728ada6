import { Hono, type Context } from 'hono';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { importTarget, importTargets } from '../import/import-targets.ts';
import { importQuerySchema, type ImportTargetsResponse } from '../schema/imports.ts';
import type { ImportUpload } from '../workers/import-tasks.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/**
 * Validates the upload's target and query and reads its bytes (the file); the checks themselves run in the task pool.
 */
async function readUpload(c: Context<AuthEnv>, now: () => number): Promise<ImportUpload> {
  const target = importTarget(c.req.param('target') ?? '');
  if (!target)
    throw new ApiError(
      404,
      'not_found',
      `no import target '${c.req.param('target')}'; targets are ${importTargets.map((t) => t.id).join(', ')}`,
    );
  const query = parseWith(importQuerySchema, c.req.query(), 'query parameter');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0)
    throw new ApiError(400, 'invalid_request', 'body: empty; send the file’s bytes as the request body');
  return { target: target.id, query, bytes, user: currentUser(c), now: now() };
}

/**
 * Imports for admins. GET /imports/targets: what can be imported and the columns each reads;
 * POST /imports/:target/dry-run: the validation report and a map preview, nothing written;
 * POST /imports/:target/commit: the same checks, then one all-or-nothing transaction (422 with
 * the report, nothing written, when any row has an error). Every record written is audited.
 * Parsing, checking and the commit's transaction run in the task pool (a worker's own
 * read-write connection); what follows a commit runs here once the worker reports success.
 */
export function importRoutes(pool: TaskPool, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/targets', (c) => {
      const body: ImportTargetsResponse = {
        targets: importTargets.map((t) => ({
          id: t.id,
          label: t.label,
          geometry: t.geometry,
          key: t.key,
          fields: t.fields.map((f) => ({
            column: f.column,
            names: [...f.names],
            required: Boolean(f.required),
            ...(f.default !== undefined && { default: f.default }),
            kind: f.type.kind,
            label: f.label ?? { zh: f.column, en: f.column },
            ...(f.unit && { unit: f.unit }),
            ...((f.type.kind === 'enum' || f.type.kind === 'enum-list') && { values: [...f.type.values] }),
            // only the label itself: a label record may carry more (an industry's map group)
            ...((f.type.kind === 'enum' || f.type.kind === 'enum-list') &&
              f.type.labels && {
                labels: Object.fromEntries(
                  Object.entries(f.type.labels).map(([value, { zh, en }]) => [value, { zh, en }]),
                ),
              }),
          })),
        })),
      };
      return c.json(body);
    })
    .post('/:target/dry-run', async (c) => {
      const upload = await readUpload(c, now);
      return c.json(await pool.run('imports.check', upload, { transfer: [upload.bytes.buffer as ArrayBuffer] }));
    })
    .post('/:target/commit', async (c) => {
      const upload = await readUpload(c, now);
      const result = await pool.run('imports.commit', upload, { transfer: [upload.bytes.buffer as ArrayBuffer] });
      if (!result.committed) {
        const { report } = result;
        return c.json(
          {
            error: {
              code: 'invalid_request' as const,
              message: `${report.counts.errors} problems: nothing imported; fix the file and try again`,
            },
            report,
          },
          422,
        );
      }
      await advanceLedger(); // the records are rule facts: the ledger follows the commit
      return c.json(result.body);
    });
}
