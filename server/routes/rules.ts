import { Hono } from 'hono';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { readRuleFacts } from '../db/rule-facts.ts';
import { parseWith } from '../http/parse-with.ts';
import { alertLevelFrom } from '../rules/alert-level.ts';
import { evaluateRules } from '../rules/evaluate-rules.ts';
import { autumnWinterCampaign, ozoneControlInForce } from '../rules/seasonal-controls.ts';
import { ruleHitsQuerySchema, type RuleHitsResponse } from '../schema/rules.ts';

/** GET /rules: every plan rule hit at as-of (tasks 3, 4, 7, 9–17), with the controls in force. */
export function ruleRoutes(db: Db) {
  return new Hono().get('/', (c) => {
    const query = parseWith(ruleHitsQuerySchema, c.req.query(), 'query parameter');
    const asOf = query.asOf ?? readDatasetMeta(db).defaultAsOf;
    const alertLevel = alertLevelFrom(query.alertLevel, query.forecast);
    const hits = evaluateRules(readRuleFacts(db, asOf), { asOf, alertLevel });
    const counts: Record<string, number> = {};
    for (const h of hits) counts[h.rule] = (counts[h.rule] ?? 0) + 1;
    const body: RuleHitsResponse = {
      asOf, alertLevel, controls: { ozone: ozoneControlInForce(asOf), autumnWinter: autumnWinterCampaign(asOf) }, counts, hits,
    };
    return c.json(body);
  });
}
