import { commitImport } from '../db/import/commit-import.ts';
import { planImport, type ImportPlan } from '../db/import/plan-import.ts';
import type { Db } from '../db/open-database.ts';
import { ApiError } from '../http/api-error.ts';
import { problemError } from '../http/status-of.ts';
import { importTarget } from '../import/import-targets.ts';
import { parseImportFile } from '../import/parse-import-file.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { ImportOutcomeBody, ImportQuery, ImportReport } from '../schema/imports.ts';
import { toCstMinute } from '../time/cst.ts';

/** Most problems and preview features a report carries. */
const MAX_PROBLEMS = 1000;
const MAX_PREVIEW = 5000;

/**
 * An uploaded file to check (and commit): the target's id, the query naming the file and its CRS,
 * the file's bytes, who sent it.
 */
export interface ImportUpload {
  target: string;
  query: ImportQuery;
  bytes: Uint8Array;
  user: SessionUser;
  /** When it was sent: epoch ms, the app's clock (the records' source note, the commit's audit time). */
  now: number;
}

/** What a commit did: refused with the report (some row has an error, nothing written), or written. */
export type ImportCommitResult =
  | { committed: false; report: ImportReport }
  | { committed: true; body: ImportOutcomeBody };

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

/**
 * Parses the upload and plans it against `db`: 404 for an unknown target, 413 for an archive
 * inflating past the cap, 415 for a file that cannot be read.
 */
async function planUpload(db: Db, upload: ImportUpload): Promise<{ plan: ImportPlan; report: ImportReport }> {
  const target = importTarget(upload.target);
  if (!target) throw new ApiError(404, 'not_found', `no import target '${upload.target}'`);
  const { query, user } = upload;
  const parsed = await parseImportFile(query.file, upload.bytes, {
    crs: query.crs,
    lonField: query.lon,
    latField: query.lat,
  });
  if (!parsed.ok) {
    const { code, message } = parsed.error;
    throw problemError({ code, message: code === 'too-large' ? `body: ${message}` : message });
  }
  const source = `导入 ${query.file}（${user.username}，${toCstMinute(new Date(upload.now)).slice(0, 10)}）`;
  const featureCount =
    parsed.value.features.length +
    new Set(parsed.value.problems.filter((p) => p.severity === 'error' && p.row !== null).map((p) => p.row)).size;
  const plan = await planImport(db, target, parsed.value, query.file, source, query.provenance);
  return { plan, report: reportOf(plan, featureCount) };
}

/**
 * The dry run of an import (POST /api/imports/:target/dry-run): parses the file, checks every
 * row against the target and the database, and reports; writes nothing.
 *
 * @example
 * const query = { file: 'a.csv', crs: 'wgs84' };
 * const report = await checkImport(db, { target: 'enterprises', query, bytes, user, now: Date.now() });
 * report.committable; // true when no row has an error
 */
export async function checkImport(db: Db, upload: ImportUpload): Promise<ImportReport> {
  return (await planUpload(db, upload)).report;
}

/**
 * The commit of an import (POST /api/imports/:target/commit) through the read-write connection
 * `writer`: the same checks as the dry run, then, if no row has an error, one transaction that
 * writes and audits every record (see commitImport); otherwise nothing is written.
 *
 * @example
 * const result = await commitImportFile(writer, upload);
 * if (result.committed) result.body.inserted; // records inserted
 */
export async function commitImportFile(writer: Db, upload: ImportUpload): Promise<ImportCommitResult> {
  const { plan, report } = await planUpload(writer, upload);
  if (!report.committable) return { committed: false, report };
  return { committed: true, body: { report, ...commitImport(writer, plan, upload.user, new Date(upload.now)) } };
}
