import { Hono } from 'hono';
import { readDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { readRuleFacts } from '../db/rule-facts.ts';
import { parseWith } from '../http/parse-with.ts';
import { alertLevelFrom, emergencyMeasure, REQUIRED_REDUCTION } from '../rules/alert-level.ts';
import { evaluateRules } from '../rules/evaluate-rules.ts';
import { autumnWinterCampaign, OZONE_CONTROL, ozoneControlInForce } from '../rules/seasonal-controls.ts';
import { controlsQuerySchema } from '../schema/rules.ts';

/** GET /controls: which seasonal and alert controls are in force at `at`, and on whom. */
export function controlRoutes(db: Db) {
  return new Hono().get('/', (c) => {
    const q = parseWith(controlsQuerySchema, c.req.query(), 'query parameter');
    const at = q.at ?? readDatasetMeta(db).defaultAsOf;
    const level = alertLevelFrom(q.alertLevel, q.forecast);
    const facts = readRuleFacts(db, at);
    const hits = evaluateRules(facts, { asOf: at, alertLevel: level });
    const ids = (rule: string) => hits.filter((h) => h.rule === rule).map((h) => h.entityId);
    return c.json({
      at,
      ozone: {
        inForce: ozoneControlInForce(at),
        months: OZONE_CONTROL.months,
        hours: [OZONE_CONTROL.fromHour, OZONE_CONTROL.toHour],
        task: 14,
        enterprises: ids('ozone-voc-stagger'),
        sites: ids('ozone-outdoor-works'),
      },
      autumnWinter: { inForce: autumnWinterCampaign(at), task: 15 },
      heavyPollution: {
        level,
        requiredReduction: REQUIRED_REDUCTION[level],
        task: 15,
        measures: facts.enterprises.filter((e) => e.operatingStatus === 'operating' && level !== 'none')
          .map((e) => ({ enterpriseId: e.id, grade: e.grade, measure: emergencyMeasure(e.grade, level) })),
      },
    });
  });
}
