import { Hono } from 'hono';
import { listAudit } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import { parseWith } from '../http/parse-with.ts';
import { auditQuerySchema, type AuditResponse } from '../schema/audit.ts';

/** GET /audit: the audit log, newest first (admins). There is no route that changes it. */
export function auditRoutes(db: Db) {
  return new Hono().get('/', (c) => {
    const body: AuditResponse = listAudit(db, parseWith(auditQuerySchema, c.req.query(), 'query parameter'));
    return c.json(body);
  });
}
