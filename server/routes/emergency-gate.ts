import { Hono } from 'hono';
import { readGateRecords } from '../db/gate-records-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { gateRecordsQuerySchema, type GateRecordsResponse } from '../schema/gate-records.ts';

/**
 * GET /api/emergency/gate: the gate-system truck records of key freight units (the evidence of truck-ban and
 * staggered-transport measures), filtered by enterprise, moments and banned stages.
 */
export function emergencyGateRoutes(db: Db) {
  return new Hono<AuthEnv>().get('/', (c) => {
    const q = parseWith(gateRecordsQuerySchema, c.req.query(), 'query parameter');
    const body: GateRecordsResponse = readGateRecords(db, {
      enterpriseId: q.enterprise,
      from: q.from,
      to: q.to,
      bannedOnly: q.banned === 'true',
      limit: q.limit,
    });
    return c.json(body);
  });
}
