import { Hono } from 'hono';
import type { Db } from '../db/open-database.ts';
import { readStoredVisits } from '../db/visits-repository.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import type { Result } from '../result.ts';
import { idParamSchema } from '../schema/common.ts';
import {
  followUpBodySchema,
  requestAnswerBodySchema,
  visitBodySchema,
  visitsListQuerySchema,
  visitsSummaryQuerySchema,
  type AssistanceVisit,
  type VisitsListResponse,
} from '../schema/visits.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import {
  answerAssistanceRequest,
  recordAssistanceVisit,
  recordFollowUp,
  type VisitProblem,
} from '../services/record-assistance-visit.ts';
import { summarizeVisits } from '../visits/summarize-visits.ts';
import { visitAt, type StoredVisit } from '../visits/visit-at.ts';

/**
 * Assistance visits (帮扶走访, S6, S11, T15.4), mounted at /api/visits: GET / (filtered, newest first, seen at
 * as-of), GET /summary, POST / (a visit with its problems, requests and follow-up), PATCH /requests/:id (the
 * answer to a request) and PATCH /:id (the follow-up done). Inspectors act in their townships only.
 */
export function visitRoutes(db: Db, writer: Writer, now: () => number) {
  const write = async (run: (tx: Db, at: string) => Result<StoredVisit, VisitProblem>): Promise<AssistanceVisit> => {
    const outcome = await writer.write((tx) => run(tx, new Date(now()).toISOString()));
    if (outcome.ok) return visitAt(outcome.value, datasetPresent(db));
    const { code, text } = outcome.error;
    if (code === 'forbidden') throw new ApiError(403, 'forbidden', text);
    throw problemError({ ...outcome.error, code });
  };
  return new Hono<AuthEnv>()
    .get('/summary', (c) => {
      const query = parseWith(visitsSummaryQuerySchema, c.req.query(), 'query parameter');
      const asOf = query.asOf ?? datasetPresent(db);
      return c.json(
        summarizeVisits(
          readStoredVisits(db, { until: asOf }).map((v) => visitAt(v, asOf)),
          asOf,
        ),
      );
    })
    .get('/', (c) => {
      const query = parseWith(visitsListQuerySchema, c.req.query(), 'query parameter');
      const asOf = query.asOf ?? datasetPresent(db);
      const visits = readStoredVisits(db, { ...query, until: asOf })
        .map((v) => visitAt(v, asOf))
        .filter((v) => !query.openRequests || v.requests.some((r) => r.status === 'open'));
      const body: VisitsListResponse = { asOf, total: visits.length, visits: visits.slice(0, query.limit ?? 200) };
      return c.json(body);
    })
    .post('/', async (c) => {
      const user = currentUser(c);
      const body = parseWith(visitBodySchema, await readJsonBody(c), 'body');
      return c.json(await write((tx, at) => recordAssistanceVisit(tx, user, body, at)), 201);
    })
    .patch('/requests/:id', async (c) => {
      const user = currentUser(c);
      const id = parseWith(idParamSchema, c.req.param('id'), 'id');
      const body = parseWith(requestAnswerBodySchema, await readJsonBody(c), 'body');
      return c.json(await write((tx, at) => answerAssistanceRequest(tx, user, id, body, at)));
    })
    .patch('/:id', async (c) => {
      const user = currentUser(c);
      const id = parseWith(idParamSchema, c.req.param('id'), 'id');
      const body = parseWith(followUpBodySchema, await readJsonBody(c), 'body');
      return c.json(await write((tx, at) => recordFollowUp(tx, user, id, body, at)));
    });
}
