import { Hono } from 'hono';
import { readFuelSamples } from '../db/fuel-samples-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { sampleAt, type StoredFuelSample } from '../fuel/sample-at.ts';
import { summarizeFuelSamples } from '../fuel/summarize-fuel-samples.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import { idParamSchema } from '../schema/common.ts';
import {
  fuelResultBodySchema,
  fuelSampleBodySchema,
  fuelSamplesQuerySchema,
  fuelSamplesSummaryQuerySchema,
  fuelTraceBodySchema,
  type FuelSample,
  type FuelSamplesResponse,
} from '../schema/fuel-samples.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import {
  recordFuelResult,
  recordFuelSample,
  recordFuelTrace,
  type FuelSampleProblem,
} from '../services/record-fuel-sample.ts';
import type { Result } from '../result.ts';

/** The written sample as seen at the present, or the problem as an HTTP error (403 for a township refusal). */
function answer(db: Db, outcome: Result<StoredFuelSample, FuelSampleProblem>): FuelSample {
  if (outcome.ok) return sampleAt(outcome.value, datasetPresent(db));
  const { code, text } = outcome.error;
  if (code === 'forbidden') throw new ApiError(403, 'forbidden', text);
  throw problemError({ ...outcome.error, code });
}

/**
 * Fuel-quality sampling (油品抽检, task 17), mounted at /api/fuel-samples: GET / (filtered, newest first, each with
 * its trace, seen at as-of), GET /summary, POST / (a sample), PATCH /:id/result (the lab result; a fail opens the
 * trace) and PATCH /:id/trace. Samples are facts of the rule `fuel-sample-failed`: writes advance the alert ledger.
 */
export function fuelSampleRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  const write = async (run: (tx: Db, at: string) => Result<StoredFuelSample, FuelSampleProblem>) => {
    const outcome = await writer.write((tx) => run(tx, new Date(now()).toISOString()));
    const body = answer(db, outcome);
    await advanceLedger(); // a sample's result and trace are facts of fuel-sample-failed
    return body;
  };
  return new Hono<AuthEnv>()
    .get('/summary', (c) => {
      const query = parseWith(fuelSamplesSummaryQuerySchema, c.req.query(), 'query parameter');
      const asOf = query.asOf ?? datasetPresent(db);
      const samples = readFuelSamples(db, { until: asOf }).map((s) => sampleAt(s, asOf));
      return c.json(summarizeFuelSamples(samples, asOf));
    })
    .get('/', (c) => {
      const query = parseWith(fuelSamplesQuerySchema, c.req.query(), 'query parameter');
      const asOf = query.asOf ?? datasetPresent(db);
      const samples = readFuelSamples(db, {
        until: asOf,
        siteKinds: query.siteKind,
        products: query.product,
        township: query.township,
        from: query.from,
        to: query.to,
      })
        .map((s) => sampleAt(s, asOf))
        .filter((s) => !query.result || query.result.includes(s.result));
      const body: FuelSamplesResponse = { asOf, total: samples.length, samples: samples.slice(0, query.limit ?? 200) };
      return c.json(body);
    })
    .post('/', async (c) => {
      const user = currentUser(c);
      const body = parseWith(fuelSampleBodySchema, await readJsonBody(c), 'body');
      return c.json(await write((tx, at) => recordFuelSample(tx, user, body, at)), 201);
    })
    .patch('/:id/result', async (c) => {
      const user = currentUser(c);
      const id = parseWith(idParamSchema, c.req.param('id'), 'id');
      const body = parseWith(fuelResultBodySchema, await readJsonBody(c), 'body');
      return c.json(await write((tx, at) => recordFuelResult(tx, user, id, body, at)));
    })
    .patch('/:id/trace', async (c) => {
      const user = currentUser(c);
      const id = parseWith(idParamSchema, c.req.param('id'), 'id');
      const body = parseWith(fuelTraceBodySchema, await readJsonBody(c), 'body');
      return c.json(await write((tx, at) => recordFuelTrace(tx, user, id, body, at)));
    });
}
