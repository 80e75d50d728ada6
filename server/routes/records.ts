import { Hono } from 'hono';
import { editRecord } from '../services/edit-record.ts';
import type { Writer } from '../db/writer.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import { importTarget, importTargets } from '../import/import-targets.ts';
import { recordPatchSchema, type RecordEdit } from '../schema/records.ts';

/** PATCH /records/:target/:key: an admin corrects one record (fields as the import reads them); audited. */
export function recordRoutes(writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>().patch('/:target/:key', async (c) => {
    const target = importTarget(c.req.param('target'));
    if (!target || target.id === 'townships') {
      throw new ApiError(
        404,
        'not_found',
        `no editable layer '${c.req.param('target')}'; layers are ${importTargets
          .filter((t) => t.id !== 'townships')
          .map((t) => t.id)
          .join(', ')} (boundaries change by import)`,
      );
    }
    const patch = parseWith(recordPatchSchema, await readJsonBody(c), 'body');
    const actor = currentUser(c);
    const outcome = await writer.write((tx) =>
      editRecord(tx, target, c.req.param('key'), patch, actor, new Date(now())),
    );
    if (!outcome.ok) throw problemError(outcome.error);
    await advanceLedger(); // the record is a rule fact: the ledger follows the edit
    const body: RecordEdit = {
      target: target.id,
      key: c.req.param('key'),
      before: outcome.value.before,
      after: outcome.value.after,
    };
    return c.json(body);
  });
}
