import { Hono } from 'hono';
import { readAlert } from '../db/alerts-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed, currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { basisOfRule } from '../rules/rule-catalogue.ts';
import { alertDepartmentBodySchema } from '../schema/departments.ts';
import type { Alert } from '../schema/alerts.ts';
import { routeAlertTo } from '../services/department-registers.ts';

/**
 * PUT /api/alerts/:id/department (`alerts`; issue 17, S2): route an alert to a department (`{ departmentId }`), or
 * back to its task's lead department (`{ departmentId: null }`). Inspectors act only in their townships. Audited
 * `alert.route`; answers the alert with its `department` and `routed`.
 */
export function alertDepartmentRoutes(db: Db, writer: Writer, now: () => number) {
  return new Hono<AuthEnv>().put('/:id/department', async (c) => {
    const id = parseIdParam(c.req.param('id'), 'alert id');
    const body = parseWith(alertDepartmentBodySchema, await readJsonBody(c), 'body');
    const user = currentUser(c);
    const alert = readAlert(db, id);
    if (!alert) throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的告警`, en: `no alert ${id}` });
    assertTownshipAllowed(user, alert.township, `alert ${id}`);
    const at = new Date(now()).toISOString();
    await writer.write((tx) => routeAlertTo(tx, user, id, body.departmentId, at));
    const after = readAlert(db, id) as Alert;
    return c.json({ ...after, basis: [...basisOfRule(after.rule)] });
  });
}
