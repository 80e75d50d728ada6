import { Hono } from 'hono';
import { actOnAlert, listAlerts, readAlert, type ActOutcome } from '../db/alerts-repository.ts';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { refreshAlerts } from '../db/refresh-alerts.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed, currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import type { AlertAction } from '../rules/alert-lifecycle.ts';
import { alertsQuerySchema, assignBodySchema, resolveBodySchema, verifyBodySchema, type AlertsResponse } from '../schema/alerts.ts';
import type { SessionUser } from '../schema/auth.ts';

function alertId(text: string): number {
  if (!/^\d+$/.test(text)) throw new ApiError(400, 'invalid_request', `alert id must be a number, got '${text}'`);
  return Number(text);
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
 * GET /alerts: the rule hits at `at` brought into the alert ledger, then the alerts in force
 * there (with their history); POST /alerts/:id/assign | resolve | verify: the loop, 409 when a
 * step is not allowed from the alert's status; inspectors act only in their townships. The
 * signed-in user is the actor, in the alert's history and the audit log.
 */
export function alertRoutes(db: Db) {
  return new Hono<AuthEnv>()
    .get('/', (c) => {
      const q = parseWith(alertsQuerySchema, c.req.query(), 'query parameter');
      const at = q.at ?? readDatasetMeta(db).defaultAsOf;
      const alertLevel = q.alertLevel ?? 'none';
      refreshAlerts(db, at, alertLevel);
      const alerts = listAlerts(db, at, { township: q.township, rule: q.rule, status: q.status, severity: q.severity });
      const countsByRule: Record<string, number> = {};
      const countsByTownship: Record<string, number> = {};
      for (const a of alerts) {
        countsByRule[a.rule] = (countsByRule[a.rule] ?? 0) + 1;
        countsByTownship[a.township] = (countsByTownship[a.township] ?? 0) + 1;
      }
      const body: AlertsResponse = { at, alertLevel, countsByRule, countsByTownship, alerts };
      return c.json(body);
    })
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
