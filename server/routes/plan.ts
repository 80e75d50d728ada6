import { Hono } from 'hono';
import { readPlan } from '../db/plan-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { PlanResponse } from '../schema/plan.ts';

/** GET /plan: the plan's targets and 17 tasks with their tracking state. */
export function planRoutes(db: Db) {
  return new Hono().get('/', (c) => {
    const body: PlanResponse = readPlan(db);
    return c.json(body);
  });
}
