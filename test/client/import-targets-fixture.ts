import { importRoutes } from '../../server/routes/imports.ts';
import type { ImportTargetsResponse } from '../../server/schema/imports.ts';
import type { LedgerAdvance } from '../../server/services/alert-scheduler.ts';
import type { TaskPool } from '../../server/workers/task-pool.ts';

const unusedLedger: LedgerAdvance = () => Promise.reject(new Error('not used by GET /targets'));

/** GET /api/imports/targets as the server answers it (the route needs no task pool for it). */
export async function importTargetsBody(): Promise<ImportTargetsResponse> {
  const routes = importRoutes({} as unknown as TaskPool, unusedLedger, () => 0);
  return (await (await routes.request('/targets')).json()) as ImportTargetsResponse;
}

/** A JSON response, as fetch gives it. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
