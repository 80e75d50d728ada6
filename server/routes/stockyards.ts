import { Hono } from 'hono';
import type { Db } from '../db/open-database.ts';
import { readStockyardInspections, readStockyardPlace } from '../db/stockyards-repository.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import {
  stockyardIdParamSchema,
  stockyardInspectionBodySchema,
  type StockyardInspectionsResponse,
} from '../schema/stockyard.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { recordStockyardInspection, stockyardInspectionRefusal } from '../services/record-stockyard-inspection.ts';

/** The stockyard with `id` or a 404 naming it. */
function stockyardOr404(db: Db, id: string) {
  const place = readStockyardPlace(db, id);
  if (!place) throw new ApiError(404, 'not_found', { zh: `没有编号为「${id}」的堆场`, en: `no stockyard '${id}'` });
  return place;
}

/**
 * Stockyard inspections (堆场检查, task 12), mounted at /api/stockyards: GET /:id/inspections (newest first) and
 * POST /:id/inspections (inspectors in their townships; duty officers and admins anywhere). An inspection is a
 * fact of the stockyard rules: the alert ledger follows it.
 */
export function stockyardRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/:id/inspections', (c) => {
      const id = parseWith(stockyardIdParamSchema, c.req.param('id'), 'id');
      const place = stockyardOr404(db, id);
      const body: StockyardInspectionsResponse = {
        stockyardId: place.id,
        stockyardName: place.name,
        inspections: readStockyardInspections(db, id),
      };
      return c.json(body);
    })
    .post('/:id/inspections', async (c) => {
      const user = currentUser(c);
      const id = parseWith(stockyardIdParamSchema, c.req.param('id'), 'id');
      const body = parseWith(stockyardInspectionBodySchema, await readJsonBody(c), 'body');
      const refusal = stockyardInspectionRefusal(user, stockyardOr404(db, id));
      if (refusal) throw new ApiError(403, 'forbidden', refusal);
      const outcome = await writer.write((tx) =>
        recordStockyardInspection(tx, user, id, body, new Date(now()).toISOString()),
      );
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger(); // an inspection is a fact of the stockyard rules
      return c.json(outcome.value, 201);
    });
}
