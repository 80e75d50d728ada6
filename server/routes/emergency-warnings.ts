import { Hono } from 'hono';
import { listAccounts } from '../db/emergency-mechanism-repository.ts';
import { readWarnings } from '../db/emergency-warnings-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { warningEndAt, warningLevelAt } from '../emergency/warning-level-at.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import { textSchema } from '../schema/common.ts';
import {
  ackBodySchema,
  notifyBodySchema,
  stepBodySchema,
  supervisorsBodySchema,
  type supervisorCandidatesResponseSchema,
  warningChangeBodySchema,
  warningIssueBodySchema,
  warningLiftBodySchema,
  warningsQuerySchema,
  type WarningDetail,
  type WarningsResponse,
} from '../schema/emergency-warnings.ts';
import type { Result } from '../result.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { changeWarning, liftWarning } from '../services/change-warning.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import { issueWarning } from '../services/issue-warning.ts';
import type { LiveHub } from '../services/live-hub.ts';
import { readWarningDetail } from '../services/warning-detail.ts';
import { acknowledge, addStep, assignSupervisors, notifyEnterprises } from '../services/warning-mechanism.ts';
import type { WarningProblem } from '../services/warning-problem.ts';
import { warningView } from '../services/warning-view.ts';
import { z } from 'zod';

/** Query of GET /api/emergency/warnings/:id: the moment the level and the bound measures are seen at. */
const detailQuerySchema = z.object({ at: warningsQuerySchema.shape.at }).strict();
const enterpriseParamSchema = textSchema().trim().min(1).max(64);

/** The value of a write's outcome, or its problem as an ApiError. */
function settled<T>(outcome: Result<T, WarningProblem>): T {
  if (!outcome.ok) throw problemError(outcome.error);
  return outcome.value;
}

/**
 * Heavy-pollution warnings (issue 15), mounted at /api/emergency: GET /warnings (those overlapping `from`–`to`, with
 * status and level at `at`, default the dataset's present, and the one in force then), POST /warnings (issue),
 * GET /warnings/:id (the warning, who is bound and what each must do, the mechanism's records), POST
 * /warnings/:id/change and /lift, and the mechanism's records: /steps, /notifications (and their acknowledgements),
 * PUT /supervisors, GET /supervisor-candidates. The policy table says who may call each. Writes go through the
 * writer, each audited; a change of the warning advances the alert ledger (the issued level drives the rules); each
 * write publishes a live `emergency` event.
 */
export function emergencyWarningRoutes(
  db: Db,
  writer: Writer,
  advanceLedger: LedgerAdvance,
  hub: LiveHub,
  now: () => number,
) {
  const stamp = () => new Date(now()).toISOString();
  const warningId = (text: string) => parseIdParam(text, 'warning id');
  return new Hono<AuthEnv>()
    .get('/warnings', (c) => {
      const query = parseWith(warningsQuerySchema, c.req.query(), 'query parameter');
      const at = query.at ?? datasetPresent(db);
      const all = readWarnings(db);
      const shown = all
        .filter((w) => {
          const end = warningEndAt(w);
          return (
            (query.to === undefined || w.startAt <= query.to) &&
            (query.from === undefined || end === null || end > query.from)
          );
        })
        .sort((a, b) => (a.startAt < b.startAt ? -1 : a.startAt > b.startAt ? 1 : a.id - b.id));
      const inForce = warningLevelAt(all, at);
      const byId = new Map(all.map((w) => [w.id, w]));
      const current = inForce ? byId.get(inForce.warning.id) : undefined;
      const body: WarningsResponse = {
        at,
        inForce: current ? warningView(current, at) : null,
        warnings: shown.map((w) => warningView(w, at)),
      };
      return c.json(body);
    })
    .post('/warnings', async (c) => {
      const user = currentUser(c);
      const body = parseWith(warningIssueBodySchema, await readJsonBody(c), 'body');
      const stored = settled(await writer.write((tx) => issueWarning(tx, user, body, stamp())));
      await advanceLedger(); // the issued warning is a rule fact: the ledger follows it
      hub.publish('emergency', { kind: 'warning', warningId: stored.id });
      return c.json(warningView(stored, datasetPresent(db)), 201);
    })
    .get('/warnings/:id', (c) => {
      const id = warningId(c.req.param('id'));
      const query = parseWith(detailQuerySchema, c.req.query(), 'query parameter');
      const body: WarningDetail | null = readWarningDetail(db, id, query.at ?? datasetPresent(db));
      if (!body) throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的预警`, en: `no warning ${id}` });
      return c.json(body);
    })
    .post('/warnings/:id/change', async (c) => {
      const user = currentUser(c);
      const id = warningId(c.req.param('id'));
      const body = parseWith(warningChangeBodySchema, await readJsonBody(c), 'body');
      const stored = settled(await writer.write((tx) => changeWarning(tx, user, id, body, stamp())));
      await advanceLedger();
      hub.publish('emergency', { kind: 'warning', warningId: id });
      return c.json(warningView(stored, datasetPresent(db)));
    })
    .post('/warnings/:id/lift', async (c) => {
      const user = currentUser(c);
      const id = warningId(c.req.param('id'));
      const body = parseWith(warningLiftBodySchema, await readJsonBody(c), 'body');
      const stored = settled(await writer.write((tx) => liftWarning(tx, user, id, body, stamp())));
      await advanceLedger();
      hub.publish('emergency', { kind: 'warning', warningId: id });
      return c.json(warningView(stored, datasetPresent(db)));
    })
    .post('/warnings/:id/steps', async (c) => {
      const user = currentUser(c);
      const id = warningId(c.req.param('id'));
      const body = parseWith(stepBodySchema, await readJsonBody(c), 'body');
      const step = settled(await writer.write((tx) => addStep(tx, user, id, body, stamp())));
      hub.publish('emergency', { kind: 'mechanism', warningId: id });
      return c.json(step, 201);
    })
    .post('/warnings/:id/notifications', async (c) => {
      const user = currentUser(c);
      const id = warningId(c.req.param('id'));
      const body = parseWith(notifyBodySchema, await readJsonBody(c), 'body');
      const notifications = settled(await writer.write((tx) => notifyEnterprises(tx, user, id, body, stamp())));
      hub.publish('emergency', { kind: 'mechanism', warningId: id });
      return c.json(notifications);
    })
    .post('/warnings/:id/notifications/:enterprise/ack', async (c) => {
      const user = currentUser(c);
      const id = warningId(c.req.param('id'));
      const enterprise = parseWith(enterpriseParamSchema, c.req.param('enterprise'), 'enterprise id');
      const body = parseWith(ackBodySchema, await readJsonBody(c), 'body');
      const notification = settled(await writer.write((tx) => acknowledge(tx, user, id, enterprise, body, stamp())));
      hub.publish('emergency', { kind: 'mechanism', warningId: id });
      return c.json(notification);
    })
    .put('/warnings/:id/supervisors', async (c) => {
      const user = currentUser(c);
      const id = warningId(c.req.param('id'));
      const body = parseWith(supervisorsBodySchema, await readJsonBody(c), 'body');
      const supervisors = settled(await writer.write((tx) => assignSupervisors(tx, user, id, body, stamp())));
      hub.publish('emergency', { kind: 'mechanism', warningId: id });
      return c.json(supervisors);
    })
    .get('/supervisor-candidates', (c) => {
      const body: z.infer<typeof supervisorCandidatesResponseSchema> = listAccounts(db, ['inspector', 'duty']).map(
        (a) => ({ id: a.id, username: a.username, displayName: a.displayName, townships: a.townships }),
      );
      return c.json(body);
    });
}
