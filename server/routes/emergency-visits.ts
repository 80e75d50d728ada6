import { Hono } from 'hono';
import { readVisits } from '../db/emergency-mechanism-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import { visitBodySchema, visitsQuerySchema, type Visit } from '../schema/emergency-warnings.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import type { LiveHub } from '../services/live-hub.ts';
import { recordVisit, visitRefusal } from '../services/record-visit.ts';
import { visitView } from '../services/warning-detail.ts';

/**
 * Visits to enterprises (驻点监督, 定期帮扶, 协商减排), mounted at /api/emergency/visits: GET / (filtered by warning,
 * enterprise, kind) and POST / (inspectors for the enterprises they supervise in the warning or in their
 * townships; duty officers and admins for any). A visit is compliance evidence: the alert ledger follows it.
 */
export function emergencyVisitRoutes(
  db: Db,
  writer: Writer,
  advanceLedger: LedgerAdvance,
  hub: LiveHub,
  now: () => number,
) {
  return new Hono<AuthEnv>()
    .get('/', (c) => {
      const query = parseWith(visitsQuerySchema, c.req.query(), 'query parameter');
      const body: Visit[] = readVisits(db, {
        warningId: query.warning,
        enterpriseId: query.enterprise,
        kind: query.kind,
      }).map(visitView);
      return c.json(body);
    })
    .post('/', async (c) => {
      const user = currentUser(c);
      const body = parseWith(visitBodySchema, await readJsonBody(c), 'body');
      const refusal = visitRefusal(db, user, body);
      if (refusal) throw new ApiError(403, 'forbidden', refusal);
      const outcome = await writer.write((tx) => recordVisit(tx, user, body, new Date(now()).toISOString()));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger(); // a visit's verdict is compliance evidence
      hub.publish('emergency', { kind: 'mechanism', warningId: outcome.value.warningId });
      return c.json(visitView(outcome.value), 201);
    });
}
