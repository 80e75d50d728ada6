import { Hono } from 'hono';
import type { ActOutcome } from '../db/alerts-repository.ts';
import type { CoreStore } from '../db/store.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed, currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import type { AlertAction } from '../rules/alert-lifecycle.ts';
import {
  alertsQuerySchema,
  assignBodySchema,
  resolveBodySchema,
  verifyBodySchema,
  type Alert,
} from '../schema/alerts.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { TaskPool } from '../workers/task-pool.ts';

function alertId(text: string): number {
  return parseIdParam(text, 'alert id');
}

function answer(outcome: ActOutcome) {
  if (outcome.ok) return outcome.value;
  throw problemError(outcome.error);
}

/** Acts on an alert as `user`: 404 when there is none, 403 when an inspector's townships do not hold it. */
async function act(
  store: CoreStore,
  user: SessionUser,
  idText: string,
  action: AlertAction,
  input: { assignee?: string; note?: string; photo?: string },
  now: Date,
) {
  const id = alertId(idText);
  const alert = await store.alerts.read(id);
  if (!alert) throw new ApiError(404, 'not_found', `no alert ${idText}`);
  assertTownshipAllowed(user, alert.township, `alert ${id}`);
  return answer(await store.alerts.act(id, action, { ...input, actor: user }, now));
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
export function alertRoutes(store: CoreStore, pool: TaskPool, now: () => number) {
  return (
    new Hono<AuthEnv>()
      // the rules are evaluated in the task pool (readAlertsResponse), off the request loop
      .get('/', async (c) =>
        c.json(await pool.run('alerts.at', parseWith(alertsQuerySchema, c.req.query(), 'query parameter'))),
      )
      .get('/:id', async (c) => {
        const alert = await store.alerts.read(alertId(c.req.param('id')));
        if (!alert) throw new ApiError(404, 'not_found', `no alert ${c.req.param('id')}`);
        const body: Alert = alert;
        return c.json(body);
      })
      .post('/:id/assign', async (c) => {
        const body = parseWith(assignBodySchema, await readJsonBody(c), 'body');
        return c.json(await act(store, currentUser(c), c.req.param('id'), 'assign', body, new Date(now())));
      })
      .post('/:id/resolve', async (c) => {
        const body = parseWith(resolveBodySchema, await readJsonBody(c), 'body');
        return c.json(await act(store, currentUser(c), c.req.param('id'), 'resolve', body, new Date(now())));
      })
      .post('/:id/verify', async (c) => {
        const { outcome, ...body } = parseWith(verifyBodySchema, await readJsonBody(c), 'body');
        const action = outcome === 'verified' ? 'verify' : 'reopen';
        return c.json(await act(store, currentUser(c), c.req.param('id'), action, body, new Date(now())));
      })
  );
}
