import { Hono } from 'hono';
import { readPlan } from '../db/plan-repository.ts';
import type { Db } from '../db/open-database.ts';
import { parseWith } from '../http/parse-with.ts';
import {
  loadRequirementsRegister,
  registerUnits,
  selectRequirements,
} from '../reference/load-requirements-register.ts';
import type { PlanResponse } from '../schema/plan.ts';
import {
  requirementsQuerySchema,
  type PlanDocumentResponse,
  type RequirementsResponse,
} from '../schema/plan-requirements.ts';

/**
 * GET /plan: the plan's targets and 17 tasks with their tracking state.
 * GET /plan/requirements: the requirements register (`?task=`, `?unit=`, `?status=` filter it), with counts.
 * GET /plan/document: the plan's text from 一、指导思想 to 五、保障措施, cut into spans.
 */
export function planRoutes(db: Db) {
  const register = loadRequirementsRegister();
  const querySchema = requirementsQuerySchema(registerUnits(register));
  return new Hono()
    .get('/', (c) => {
      const body: PlanResponse = readPlan(db);
      return c.json(body);
    })
    .get('/requirements', (c) => {
      const query = parseWith(querySchema, c.req.query(), 'query parameter');
      const body: RequirementsResponse = selectRequirements(register, query);
      return c.json(body);
    })
    .get('/document', (c) => {
      const { titleZh, issuedBy, issued } = readPlan(db);
      const body: PlanDocumentResponse = { titleZh, issuedBy, issued, paragraphs: register.paragraphs };
      return c.json(body);
    });
}
