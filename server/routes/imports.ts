import { Hono, type Context } from 'hono';
import { commitImport } from '../db/import/commit-import.ts';
import { planImport, type ImportPlan } from '../db/import/plan-import.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { importTarget, importTargets } from '../import/import-targets.ts';
import { parseImportFile } from '../import/parse-import-file.ts';
import { importQuerySchema, type ImportOutcomeBody, type ImportReport, type ImportTargetInfo } from '../schema/imports.ts';
import type { SessionUser } from '../schema/auth.ts';

const MAX_PROBLEMS = 1000;
const MAX_PREVIEW = 5000;

/** The validation report of a plan, with the records as a map preview. */
function reportOf(plan: ImportPlan, featureCount: number): ImportReport {
  const errors = plan.problems.filter((p) => p.severity === 'error').length;
  return {
    target: plan.target.id,
    fileName: plan.fileName,
    format: plan.format,
    crs: plan.crs,
    counts: {
      features: featureCount,
      valid: plan.records.length,
      inserts: plan.records.filter((r) => r.action === 'insert').length,
      updates: plan.records.filter((r) => r.action === 'update').length,
      errors,
      warnings: plan.problems.length - errors,
    },
    problems: plan.problems.slice(0, MAX_PROBLEMS),
    preview: {
      type: 'FeatureCollection',
      features: plan.records.slice(0, MAX_PREVIEW).map((r) => ({
        type: 'Feature',
        geometry: r.geometry,
        properties: { row: r.row, code: r.key, action: r.action, name: r.columns.name ?? null },
      })),
    },
    reassigned: plan.reassigned,
    committable: errors === 0,
  };
}

/** Reads the upload and plans it: the query names the file and its CRS, the body is the file. */
async function planUpload(c: Context<AuthEnv>, db: Db, user: SessionUser): Promise<{ plan: ImportPlan; featureCount: number }> {
  const target = importTarget(c.req.param('target') ?? '');
  if (!target) throw new ApiError(404, 'not_found', `no import target '${c.req.param('target')}'; targets are ${importTargets.map((t) => t.id).join(', ')}`);
  const query = parseWith(importQuerySchema, c.req.query(), 'query parameter');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw new ApiError(400, 'invalid_request', 'body: empty; send the file’s bytes as the request body');
  const parsed = parseImportFile(query.file, bytes, { crs: query.crs, lonField: query.lon, latField: query.lat });
  if (!parsed.ok) throw new ApiError(415, 'invalid_request', parsed.error.message);
  const source = `导入 ${query.file}（${user.username}，${new Date().toISOString().slice(0, 10)}）`;
  const featureCount = parsed.value.features.length + new Set(parsed.value.problems.filter((p) => p.severity === 'error' && p.row !== null).map((p) => p.row)).size;
  return { plan: await planImport(db, target, parsed.value, query.file, source), featureCount };
}

/**
 * Imports for admins. GET /imports/targets: what can be imported and the columns each reads;
 * POST /imports/:target/dry-run: the validation report and a map preview, nothing written;
 * POST /imports/:target/commit: the same checks, then one all-or-nothing transaction (422 with
 * the report, nothing written, when any row has an error). Every record written is audited.
 */
export function importRoutes(db: Db) {
  return new Hono<AuthEnv>()
    .get('/targets', (c) => {
      const targets: ImportTargetInfo[] = importTargets.map((t) => ({
        id: t.id,
        label: t.label,
        geometry: t.geometry,
        key: t.key,
        fields: t.fields.map((f) => ({
          column: f.column,
          names: [...f.names],
          required: Boolean(f.required),
          ...(f.default !== undefined && { default: f.default }),
          kind: f.type.kind,
          ...((f.type.kind === 'enum' || f.type.kind === 'enum-list') && { values: [...f.type.values] }),
          ...(f.type.kind === 'enum' && f.type.labels && { labels: { ...f.type.labels } }),
        })),
      }));
      return c.json({ targets });
    })
    .post('/:target/dry-run', async (c) => {
      const { plan, featureCount } = await planUpload(c, db, currentUser(c));
      return c.json(reportOf(plan, featureCount));
    })
    .post('/:target/commit', async (c) => {
      const user = currentUser(c);
      const { plan, featureCount } = await planUpload(c, db, user);
      const report = reportOf(plan, featureCount);
      if (!report.committable) return c.json({ error: { code: 'invalid_request' as const, message: `${report.counts.errors} problems: nothing imported; fix the file and try again` }, report }, 422);
      const outcome = commitImport(db, plan, user);
      const body: ImportOutcomeBody = { report, ...outcome };
      return c.json(body);
    });
}
