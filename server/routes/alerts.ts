import { Hono } from 'hono';
import type { ActOutcome } from '../db/alerts-repository.ts';
import type { CoreStore } from '../db/store.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed, currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import type { AlertAction } from '../rules/alert-lifecycle.ts';
import { basisOfRule } from '../rules/rule-catalogue.ts';
import type { Basis } from '../schema/basis.ts';
import {
  alertsQuerySchema,
  assignBodySchema,
  resolveBodySchema,
  verifyBodySchema,
  type Alert,
  type AlertsResponse,
  type AssigneesResponse,
} from '../schema/alerts.ts';
import type { SessionUser } from '../schema/auth.ts';
import { alertAssignees } from '../services/alert-assignees.ts';
import { displayNamesOf, withDisplayNames } from '../services/alert-names.ts';
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
  const users = await store.users.list();
  if (input.assignee !== undefined) assertAssignee(users, input.assignee, alert.township);
  return withBasis(
    withDisplayNames(answer(await store.alerts.act(id, action, { ...input, actor: user }, now)), displayNamesOf(users)),
  );
}

/** `alert` with its rule's basis (「依据」), joined by rule id at read time (never stored per alert). */
function withBasis<A extends { rule: string }>(alert: A): A & { basis: Basis[] } {
  return { ...alert, basis: [...basisOfRule(alert.rule)] };
}

/** 400 unless `assignee` is an account that may act in `township` (an enabled inspector of it). */
function assertAssignee(users: Parameters<typeof alertAssignees>[0], assignee: string, township: string): void {
  if (alertAssignees(users, township).some((a) => a.username === assignee)) return;
  throw new ApiError(400, 'invalid_request', {
    zh: `指派对象「${assignee}」不是该告警所在乡镇的巡查员账号，请从列表中选择`,
    en:
      `assignee: '${assignee}' is not an inspector account of township ${township}; ` +
      'choose one of GET /api/alerts/:id/assignees',
  });
}

/**
 * GET /alerts: the alerts in force at `at` (default: the dataset's present), read-only: the
 * ledger's at its moment, elsewhere its history plus the rules evaluated read-only (hits the
 * ledger does not hold come as provisional rows without an id; see `readAlertsAt`). A GET never
 * writes: the server advances the ledger (`advanceAlertLedger`). POST /alerts/:id/assign |
 * resolve | verify: the loop, 409 when a step is not allowed from the alert's status; inspectors
 * act only in their townships. The signed-in user is the actor, in the alert's history and the
 * audit log. An assignee is an account (GET /alerts/:id/assignees: the inspectors of the alert's
 * township); anyone else is refused with 400. Alerts come with the display names of their assignee
 * and of each event's actor.
 */
export function alertRoutes(store: CoreStore, pool: TaskPool, now: () => number) {
  return (
    new Hono<AuthEnv>()
      // the rules are evaluated in the task pool (readAlertsResponse), off the request loop
      .get('/', async (c) => {
        const query = parseWith(alertsQuerySchema, c.req.query(), 'query parameter');
        const [listed, users] = await Promise.all([pool.run('alerts.at', query), store.users.list()]);
        const names = displayNamesOf(users);
        const body: AlertsResponse = {
          ...listed,
          alerts: listed.alerts.map((a) => withBasis(withDisplayNames(a, names))),
        };
        return c.json(body);
      })
      .get('/:id', async (c) => {
        const alert = await store.alerts.read(alertId(c.req.param('id')));
        if (!alert) throw new ApiError(404, 'not_found', `no alert ${c.req.param('id')}`);
        const body: Alert = withBasis(withDisplayNames(alert, displayNamesOf(await store.users.list())));
        return c.json(body);
      })
      // who the alert may be assigned to: the policy lets roles that act on alerts ask
      .get('/:id/assignees', async (c) => {
        const id = alertId(c.req.param('id'));
        const alert = await store.alerts.read(id);
        if (!alert) throw new ApiError(404, 'not_found', `no alert ${c.req.param('id')}`);
        const body: AssigneesResponse = {
          alertId: id,
          township: alert.township,
          assignees: alertAssignees(await store.users.list(), alert.township),
        };
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
