import { Hono } from 'hono';
import { actOnAlert, readAlert, type ActOutcome } from '../db/alerts-repository.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed, currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { AlertAction } from '../rules/alert-lifecycle.ts';
import { alertsQuerySchema, assignBodySchema, resolveBodySchema, verifyBodySchema } from '../schema/alerts.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { TaskPool } from '../workers/task-pool.ts';

function alertId(text: string): number {
  return parseIdParam(text, 'alert id');
}

function answer(outcome: ActOutcome) {
  if (outcome.ok) return outcome.alert;
  throw new ApiError(outcome.reason === 'not-found' ? 404 : 409, outcome.reason === 'not-found' ? 'not_found' : 'conflict', outcome.message);
}

/** Acts on an alert as `user`: 404 when there is none, 403 when an inspector's townships do not hold it. */
function act(db: Db, user: SessionUser, idText: string, action: AlertAction, input: { assignee?: string; note?: string; photo?: string }) {
  const id = alertId(idText);
  const alert = readAlert(db, id);
  if (!alert) throw new ApiError(404, 'not_found', `no alert ${idText}`);
  assertTownshipAllowed(user, alert.township, `alert ${id}`);
  return answer(actOnAlert(db, id, action, { ...input, actor: user }));
}

/**
 * GET /alerts: the alerts in force at `at` (default: the dataset's present), read-only: the
 * ledger's at its moment, elsewhere its history plus the rules evaluated read-only (hits the
 * ledger does not hold come as provisional rows without an id; see `readAlertsAt`). A GET never
 * writes: the server advances the ledger (`advanceAlertLedger`). POST /alerts/:id/assign |
 * resolve | verify: the loop, 409 when a step is not allowed from the alert's status; inspectors
 * act only in their townships. The signed-in user is the actor, in the alert's history and the
 * audit log.
 */
export function alertRoutes(db: Db, pool: TaskPool) {
  return new Hono<AuthEnv>()
    // the rules are evaluated in the task pool (readAlertsResponse), off the request loop
    .get('/', async (c) => c.json(await pool.run('alerts.at', parseWith(alertsQuerySchema, c.req.query(), 'query parameter'))))
    .get('/:id', (c) => {
      const alert = readAlert(db, alertId(c.req.param('id')));
      if (!alert) throw new ApiError(404, 'not_found', `no alert ${c.req.param('id')}`);
      return c.json(alert);
    })
    .post('/:id/assign', async (c) => {
      const body = parseWith(assignBodySchema, await readJsonBody(c), 'body');
      return c.json(act(db, currentUser(c), c.req.param('id'), 'assign', body));
    })
    .post('/:id/resolve', async (c) => {
      const body = parseWith(resolveBodySchema, await readJsonBody(c), 'body');
      return c.json(act(db, currentUser(c), c.req.param('id'), 'resolve', body));
    })
    .post('/:id/verify', async (c) => {
      const { outcome, ...body } = parseWith(verifyBodySchema, await readJsonBody(c), 'body');
      return c.json(act(db, currentUser(c), c.req.param('id'), outcome === 'verified' ? 'verify' : 'reopen', body));
    });
}
