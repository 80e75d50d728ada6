import { Hono } from 'hono';
import { readCoalProjects, readHighEnergyProjects, readLedger } from '../db/energy-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { problemError } from '../http/status-of.ts';
import {
  coalProjectBodySchema,
  coalProjectPatchSchema,
  coalProjectsQuerySchema,
  ENERGY_LIST_LIMIT,
  highEnergyBodySchema,
  highEnergyPatchSchema,
  highEnergyQuerySchema,
  ledgerBodySchema,
  ledgerKeySchema,
  ledgerQuerySchema,
  type LedgerResponse,
  projectIdParamSchema,
  summaryQuerySchema,
} from '../schema/energy.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { coalProjectView, energySummary, factorList, highEnergyView, ledgerRowView } from '../services/energy-views.ts';
import {
  changeCoalProject,
  changeHighEnergyProject,
  createCoalProject,
  createHighEnergyProject,
  writeLedgerRow,
} from '../services/write-energy.ts';

/** Ledger rows the summary reads at most (enterprises × years, far above the district's). */
const SUMMARY_ROWS = 100_000;

/**
 * Energy and coal (能源煤炭, issue 17; tasks 1, 6, 8), mounted at /api/energy: the ledger (read; PUT a row: edit),
 * the district summary, coal-consuming projects and the 两高 register (read; POST, PATCH: edit). Every write is
 * audited and, being a fact of the energy rules, advances the alert ledger.
 */
export function energyRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  const at = () => new Date(now()).toISOString();
  return new Hono<AuthEnv>()
    .get('/ledger', (c) => {
      const query = parseWith(ledgerQuerySchema, c.req.query(), 'query parameter');
      const rows = readLedger(db, query, ENERGY_LIST_LIMIT + 1);
      const body: LedgerResponse = {
        rows: rows.slice(0, ENERGY_LIST_LIMIT).map(ledgerRowView),
        truncated: rows.length > ENERGY_LIST_LIMIT,
        factors: factorList(),
      };
      return c.json(body);
    })
    .put('/ledger/:enterprise/:year', async (c) => {
      const user = currentUser(c);
      const key = parseWith(ledgerKeySchema, c.req.param(), 'path parameter');
      const body = parseWith(ledgerBodySchema, await readJsonBody(c), 'body');
      const outcome = await writer.write((tx) => writeLedgerRow(tx, user, key, body, at()));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger();
      return c.json(ledgerRowView(outcome.value));
    })
    .get('/summary', (c) => {
      const query = parseWith(summaryQuerySchema, c.req.query(), 'query parameter');
      return c.json(energySummary(readLedger(db, {}, SUMMARY_ROWS), query.year));
    })
    .get('/coal-projects', (c) => {
      const query = parseWith(coalProjectsQuerySchema, c.req.query(), 'query parameter');
      return c.json(readCoalProjects(db, query, ENERGY_LIST_LIMIT).map(coalProjectView));
    })
    .post('/coal-projects', async (c) => {
      const user = currentUser(c);
      const body = parseWith(coalProjectBodySchema, await readJsonBody(c), 'body');
      const outcome = await writer.write((tx) => createCoalProject(tx, user, body, at()));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger();
      return c.json(coalProjectView(outcome.value), 201);
    })
    .patch('/coal-projects/:id', async (c) => {
      const user = currentUser(c);
      const id = parseWith(projectIdParamSchema, c.req.param('id'), 'id');
      const patch = parseWith(coalProjectPatchSchema, await readJsonBody(c), 'body');
      const outcome = await writer.write((tx) => changeCoalProject(tx, user, id, patch, at()));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger();
      return c.json(coalProjectView(outcome.value));
    })
    .get('/high-energy-projects', (c) => {
      const query = parseWith(highEnergyQuerySchema, c.req.query(), 'query parameter');
      return c.json(readHighEnergyProjects(db, query, ENERGY_LIST_LIMIT).map(highEnergyView));
    })
    .post('/high-energy-projects', async (c) => {
      const user = currentUser(c);
      const body = parseWith(highEnergyBodySchema, await readJsonBody(c), 'body');
      const outcome = await writer.write((tx) => createHighEnergyProject(tx, user, body, at()));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger();
      return c.json(highEnergyView(outcome.value), 201);
    })
    .patch('/high-energy-projects/:id', async (c) => {
      const user = currentUser(c);
      const id = parseWith(projectIdParamSchema, c.req.param('id'), 'id');
      const patch = parseWith(highEnergyPatchSchema, await readJsonBody(c), 'body');
      const outcome = await writer.write((tx) => changeHighEnergyProject(tx, user, id, patch, at()));
      if (!outcome.ok) throw problemError(outcome.error);
      await advanceLedger();
      return c.json(highEnergyView(outcome.value));
    });
}
