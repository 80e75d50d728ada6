import { Hono } from 'hono';
import { readPermits, readSpill, readSpills, type MuckPermitRecord } from '../db/muck-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import { MAX_TRACK_HOURS, muckTrackQuerySchema } from '../schema/muck-track.ts';
import {
  MAX_VIOLATION_DAYS,
  permitBodySchema,
  permitPatchSchema,
  permitsQuerySchema,
  positionsBodySchema,
  spillBodySchema,
  spillPatchSchema,
  spillsQuerySchema,
  violationsQuerySchema,
  type Permit,
  type Spill,
} from '../schema/muck.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import { readMuckTrack, readMuckViolations } from '../db/muck-reads.ts';
import {
  closeSpill,
  createPermit,
  locateTownship,
  recordSpill,
  storeMuckPositions,
  updatePermit,
} from '../db/muck-writes.ts';
import { addMinutes, cstMinute } from '../time/cst.ts';
import type { SessionUser } from '../schema/auth.ts';

/** Most permits and spill reports one list answers. */
const LIST_LIMIT = 1000;

/** The window `(from, to]`: `to` defaults to the dataset's present, `from` to 24 h before `to`; at most `maxHours`. */
function windowOf(db: Db, query: { from?: string; to?: string }, maxHours: number): { from: string; to: string } {
  const to = query.to ?? datasetPresent(db);
  const from = query.from ?? addMinutes(to, -24 * 60);
  const minutes = cstMinute(to) - cstMinute(from);
  if (minutes <= 0) {
    throw new ApiError(400, 'invalid_request', {
      zh: '起始时间须早于截止时间',
      en: `from (${from}) must be before to (${to})`,
    });
  }
  if (minutes > maxHours * 60) {
    throw new ApiError(400, 'invalid_request', {
      zh: `时间窗口不能超过 ${maxHours} 小时`,
      en: `the window from ${from} to ${to} is longer than ${maxHours} h`,
    });
  }
  return { from, to };
}

const permitView = (p: MuckPermitRecord): Permit => ({
  id: p.id,
  truckId: p.truckId,
  siteId: p.siteId,
  disposalSiteId: p.disposalSiteId,
  validFrom: p.validFrom,
  validTo: p.validTo,
  hoursFrom: p.hoursFrom,
  hoursTo: p.hoursTo,
  bufferM: p.bufferM,
  route: p.route.map(([lon, lat]) => [lon, lat]),
  provenance: p.provenance,
  source: p.source,
});

/** An inspector records and closes spill reports only in their townships. */
function assertTownship(user: SessionUser, township: string) {
  if (user.role === 'inspector' && !user.townships.includes(township)) {
    throw new ApiError(403, 'forbidden', {
      zh: `该位置属于乡镇 ${township}，不在您负责的乡镇内`,
      en: `the position lies in township ${township}, outside your townships (${user.townships.join(', ') || 'none'})`,
    });
  }
}

/**
 * Muck trucks (渣土车, task 11), mounted at /api/muck: a truck's track with its violations, every violation of a
 * window, GPS positions (import), permits (准运证, edit) and spill reports (沿途抛洒, supervise). Writes that change
 * the rules' facts advance the alert ledger.
 */
export function muckRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/trucks/:id/track', (c) => {
      const query = parseWith(muckTrackQuerySchema, c.req.query(), 'query parameter');
      const { from, to } = windowOf(db, query, MAX_TRACK_HOURS);
      const track = readMuckTrack(db, c.req.param('id'), from, to);
      if (!track) {
        throw new ApiError(404, 'not_found', {
          zh: `没有编号为「${c.req.param('id').slice(0, 40)}」的渣土车`,
          en: `no muck truck '${c.req.param('id').slice(0, 40)}'`,
        });
      }
      return c.json(track);
    })
    .get('/violations', (c) => {
      const query = parseWith(violationsQuerySchema, c.req.query(), 'query parameter');
      const { from, to } = windowOf(db, query, MAX_VIOLATION_DAYS * 24);
      return c.json(readMuckViolations(db, from, to, query.township));
    })
    .post('/positions', async (c) => {
      const user = currentUser(c);
      const body = parseWith(positionsBodySchema, await readJsonBody(c), 'body');
      const at = new Date(now()).toISOString();
      const outcome = await writer.write((tx) => storeMuckPositions(tx, user, body, now(), at));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger(); // fixes are the muck-truck rules' facts
      return c.json(outcome.value, 201);
    })
    .get('/permits', (c) => {
      const query = parseWith(permitsQuerySchema, c.req.query(), 'query parameter');
      return c.json(readPermits(db, query.truck, LIST_LIMIT).map(permitView));
    })
    .post('/permits', async (c) => {
      const user = currentUser(c);
      const body = parseWith(permitBodySchema, await readJsonBody(c), 'body');
      const at = new Date(now()).toISOString();
      const outcome = await writer.write((tx) => createPermit(tx, user, body, at));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger();
      return c.json(permitView(outcome.value), 201);
    })
    .patch('/permits/:id', async (c) => {
      const user = currentUser(c);
      const patch = parseWith(permitPatchSchema, await readJsonBody(c), 'body');
      const at = new Date(now()).toISOString();
      const outcome = await writer.write((tx) => updatePermit(tx, user, c.req.param('id'), patch, at));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger();
      return c.json(permitView(outcome.value));
    })
    .get('/spills', (c) => {
      const query = parseWith(spillsQuerySchema, c.req.query(), 'query parameter');
      const body: Spill[] = readSpills(db, { ...query, limit: LIST_LIMIT });
      return c.json(body);
    })
    .post('/spills', async (c) => {
      const user = currentUser(c);
      const body = parseWith(spillBodySchema, await readJsonBody(c), 'body');
      const township = locateTownship(db, body.lon, body.lat);
      if (!township) {
        throw new ApiError(400, 'invalid_request', {
          zh: '位置不在忻府区内',
          en: `position ${body.lon}, ${body.lat} lies outside the district`,
        });
      }
      assertTownship(user, township);
      const reportedAt = body.reportedAt ?? datasetPresent(db);
      const at = new Date(now()).toISOString();
      const outcome = await writer.write((tx) => recordSpill(tx, user, body, township, reportedAt, at));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger(); // an open report naming a truck is a rule fact
      return c.json(outcome.value satisfies Spill, 201);
    })
    .patch('/spills/:id', async (c) => {
      const user = currentUser(c);
      const id = parseIdParam(c.req.param('id'), 'spill report id');
      const patch = parseWith(spillPatchSchema, await readJsonBody(c), 'body');
      const existing = readSpill(db, id);
      if (existing) assertTownship(user, existing.township);
      const closedAt = patch.closedAt ?? datasetPresent(db);
      const at = new Date(now()).toISOString();
      const outcome = await writer.write((tx) => closeSpill(tx, user, id, patch, closedAt, at));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger();
      return c.json(outcome.value satisfies Spill);
    });
}
