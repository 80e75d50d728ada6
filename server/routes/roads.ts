import { Hono } from 'hono';
import { z } from 'zod';
import { resolveAsOf } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import {
  readBuiltUp,
  readCleanings,
  readDustLoads,
  readScheduleInputs,
  readSegmentPlace,
  readStandards,
} from '../db/road-dust-repository.ts';
import { DUST_LOAD_LIMIT_G_M2, dustLoadHigh } from '../dust/dust-load.ts';
import { scheduleSummary } from '../dust/schedule-summary.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { roadClasses } from '../schema/enums/road-segment.ts';
import {
  cleaningBodySchema,
  cleaningsQuerySchema,
  dustLoadBodySchema,
  dustLoadsQuerySchema,
  MAX_CLEANINGS,
  MAX_DUST_LOADS,
  scheduleQuerySchema,
  segmentIdSchema,
  standardBodySchema,
  trackBodySchema,
} from '../schema/roads.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { recordCleaning, recordDustLoad, recordStandard, recordTrack } from '../services/road-records.ts';
import { addDays } from '../time/cst.ts';

const classParamSchema = z.object({ class: z.enum(roadClasses) });
const segmentParamSchema = z.object({ id: segmentIdSchema });

/**
 * Road dust (issue 16, tasks 11 and 12), mounted at /api/roads: the cleaning standard per class (GET, PUT), the
 * cleaning schedule at as-of, cleaning records (a log line, a sweeper's GPS track), a segment's cleanings and the
 * road-dust loads. Every write changes rule facts, so the alert ledger follows it.
 */
export function roadRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  const at = () => new Date(now()).toISOString();
  return new Hono<AuthEnv>()
    .get('/standards', (c) => c.json(readStandards(db)))
    .put('/standards/:class', async (c) => {
      const user = currentUser(c);
      const { class: roadClass } = parseWith(classParamSchema, c.req.param(), 'path parameter');
      const body = parseWith(standardBodySchema, await readJsonBody(c), 'body');
      const standard = await writer.write((tx) => recordStandard(tx, user, roadClass, body, at()));
      await advanceLedger();
      return c.json(standard);
    })
    .get('/schedule', (c) => {
      const query = parseWith(scheduleQuerySchema, c.req.query(), 'query parameter');
      const asOf = resolveAsOf(db, query);
      const builtUp = readBuiltUp(db, asOf);
      const inputs = readScheduleInputs(db, asOf, { township: query.township, roadClass: query.roadClass });
      return c.json({ ...scheduleSummary(inputs, asOf, builtUp), standards: readStandards(db) });
    })
    .post('/cleanings', async (c) => {
      const user = currentUser(c);
      const body = parseWith(cleaningBodySchema, await readJsonBody(c), 'body');
      const outcome = await writer.write((tx) => recordCleaning(tx, user, body, at()));
      if (outcome.created) await advanceLedger();
      return c.json(outcome.cleaning, outcome.created ? 201 : 200);
    })
    .post('/cleanings/track', async (c) => {
      const user = currentUser(c);
      const body = parseWith(trackBodySchema, await readJsonBody(c), 'body');
      const outcome = await writer.write((tx) => recordTrack(tx, user, body, at()));
      if (outcome.recorded > 0) await advanceLedger();
      return c.json(outcome);
    })
    .get('/segments/:id/cleanings', (c) => {
      const { id } = parseWith(segmentParamSchema, c.req.param(), 'path parameter');
      const query = parseWith(cleaningsQuerySchema, c.req.query(), 'query parameter');
      if (!readSegmentPlace(db, id))
        throw new ApiError(404, 'not_found', { zh: `没有编号为「${id}」的路段`, en: `no road segment '${id}'` });
      const to = query.to ?? resolveAsOf(db, {});
      const from = query.from ?? `${addDays(to.slice(0, 10), -30)}T00:00`;
      const rows = readCleanings(db, id, from, to, MAX_CLEANINGS + 1);
      return c.json({ segmentId: id, cleanings: rows.slice(0, MAX_CLEANINGS), truncated: rows.length > MAX_CLEANINGS });
    })
    .get('/dust-loads', (c) => {
      const query = parseWith(dustLoadsQuerySchema, c.req.query(), 'query parameter');
      const rows = readDustLoads(db, query, MAX_DUST_LOADS + 1);
      return c.json({
        limitGM2: DUST_LOAD_LIMIT_G_M2,
        loads: rows.slice(0, MAX_DUST_LOADS).map((r) => ({ ...r, high: dustLoadHigh(r.loadGM2) })),
        truncated: rows.length > MAX_DUST_LOADS,
      });
    })
    .post('/dust-loads', async (c) => {
      const user = currentUser(c);
      const body = parseWith(dustLoadBodySchema, await readJsonBody(c), 'body');
      const load = await writer.write((tx) => recordDustLoad(tx, user, body, at()));
      await advanceLedger();
      return c.json({ ...load, high: dustLoadHigh(load.loadGM2) }, 201);
    });
}
