import { Hono } from 'hono';
import { parseWith } from '../http/parse-with.ts';
import { ruleCatalogue } from '../rules/rule-catalogue.ts';
import { ruleHitsQuerySchema, type RuleCatalogueResponse } from '../schema/rules.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/**
 * GET /rules: every plan rule hit at as-of (tasks 3, 4, 7, 9–17), each with its basis (「依据」), with the controls in
 * force (evaluated in the task pool: `readRuleHits`). GET /rules/catalogue: every rule with its basis (no evaluation).
 */
export function ruleRoutes(pool: TaskPool) {
  return new Hono()
    .get('/', async (c) =>
      c.json(await pool.run('rules.hits', parseWith(ruleHitsQuerySchema, c.req.query(), 'query parameter'))),
    )
    .get('/catalogue', (c) => {
      const body: RuleCatalogueResponse = { rules: ruleCatalogue() };
      return c.json(body);
    });
}
