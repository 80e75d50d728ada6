import { Hono } from 'hono';
import { editRecord } from '../db/edit-record.ts';
import type { Db } from '../db/open-database.ts';
import type { LedgerAdvance } from '../db/alert-scheduler.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { importTarget, importTargets } from '../import/import-targets.ts';
import { recordPatchSchema, type RecordEdit } from '../schema/records.ts';

/** PATCH /records/:target/:key: an admin corrects one record (fields as the import reads them); audited. */
export function recordRoutes(db: Db, advanceLedger: LedgerAdvance) {
  return new Hono<AuthEnv>().patch('/:target/:key', async (c) => {
    const target = importTarget(c.req.param('target'));
    if (!target || target.id === 'townships') {
      throw new ApiError(404, 'not_found', `no editable layer '${c.req.param('target')}'; layers are ${importTargets.filter((t) => t.id !== 'townships').map((t) => t.id).join(', ')} (boundaries change by import)`);
    }
    const patch = parseWith(recordPatchSchema, await readJsonBody(c), 'body');
    const outcome = editRecord(db, target, c.req.param('key'), patch, currentUser(c));
    if (!outcome.ok) throw new ApiError(outcome.status, outcome.status === 404 ? 'not_found' : 'invalid_request', outcome.message);
    await advanceLedger(); // the record is a rule fact: the ledger follows the edit
    const body: RecordEdit = { target: target.id, key: c.req.param('key'), before: outcome.before, after: outcome.after };
    return c.json(body);
  });
}
