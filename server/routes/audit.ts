import { Hono } from 'hono';
import type { CoreStore } from '../db/store.ts';
import { parseWith } from '../http/parse-with.ts';
import { auditQuerySchema, type AuditResponse } from '../schema/audit.ts';

/** GET /audit: the audit log, newest first (admins). There is no route that changes it. */
export function auditRoutes(store: CoreStore) {
  return new Hono().get('/', async (c) => {
    const body: AuditResponse = await store.audit.list(parseWith(auditQuerySchema, c.req.query(), 'query parameter'));
    return c.json(body);
  });
}
