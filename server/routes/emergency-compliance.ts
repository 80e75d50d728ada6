import { Hono } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { complianceQuerySchema } from '../schema/emergency-compliance.ts';
import type { TaskPool } from '../workers/task-pool.ts';

/**
 * GET /:id/compliance?at= under /api/emergency/warnings: per listed enterprise, its measures, the evidence and the
 * verdict up to `at` (default: the present, or the warning's end once over), checked in the task pool. 404 for an
 * unknown warning.
 */
export function emergencyComplianceRoutes(pool: TaskPool) {
  return new Hono().get('/:id/compliance', async (c) => {
    const warningId = parseIdParam(c.req.param('id'), 'warning id');
    const query = parseWith(complianceQuerySchema, c.req.query(), 'query parameter');
    const body = await pool.run('emergency.compliance', { warningId, at: query.at });
    if (!body)
      throw new ApiError(404, 'not_found', { zh: `没有编号为 ${warningId} 的预警`, en: `no warning ${warningId}` });
    return c.json(body);
  });
}
