import { Hono, type Context } from 'hono';
import type { Db } from '../db/open-database.ts';
import { recordAudit } from '../db/audit-log.ts';
import { upsertVehicles } from '../db/vehicles-repository.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { vehicleImportQuerySchema, type VehicleImportOutcome } from '../schema/vehicle-import.ts';
import { vehicleProgressQuerySchema } from '../schema/vehicle-progress.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { checkVehicleImport } from '../services/check-vehicle-import.ts';
import { datasetPresent } from '../services/dataset-present.ts';
import { readVehicleProgress } from '../services/read-vehicle-progress.ts';

/** Largest register file an import accepts, bytes (the app's body limit answers 413 before this on the default). */
export const MAX_REGISTER_FILE_BYTES = 5 * 2 ** 20;

/**
 * The vehicle register (issue 16; tasks 9 and 10), mounted at /vehicles:
 * - GET /progress?asOf= (read): the phase-out of 国四-and-below diesel trucks and lean-burn gas trucks since the
 *   plan's start, the municipal vehicles added and their clean share, the ≥ 1.5 Mt enterprises' gate trips, the
 *   fleet by stage and fuel;
 * - POST /import/dry-run|commit?file=&register=&provenance= (import), body = the .csv/.xlsx register: the report;
 *   commit upserts by plate, all or nothing (422 with the report when any row has an error); audited
 *   `import.commit`; advances the alert ledger (vehicles are rule facts).
 */
export function vehicleRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  const readUpload = async (c: Context<AuthEnv>) => {
    const query = parseWith(vehicleImportQuerySchema, c.req.query(), 'query parameter');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0)
      throw new ApiError(400, 'invalid_request', {
        zh: '请求内容为空：请将文件内容作为请求体上传',
        en: 'body: empty; send the file’s bytes as the request body',
      });
    if (bytes.length > MAX_REGISTER_FILE_BYTES)
      throw new ApiError(413, 'payload_too_large', {
        zh: `文件超过 ${MAX_REGISTER_FILE_BYTES / 2 ** 20} MiB，请分批导入`,
        en: `the file exceeds ${MAX_REGISTER_FILE_BYTES / 2 ** 20} MiB; import it in parts`,
      });
    const check = await checkVehicleImport(db, bytes, query);
    if (!check.ok) throw new ApiError(400, 'invalid_request', check.unreadable);
    return { query, check };
  };

  return new Hono<AuthEnv>()
    .get('/progress', (c) => {
      const query = parseWith(vehicleProgressQuerySchema, c.req.query(), 'query parameter');
      return c.json(readVehicleProgress(db, query.asOf ?? datasetPresent(db)));
    })
    .post('/import/dry-run', async (c) => {
      const { check } = await readUpload(c);
      return c.json(check.report);
    })
    .post('/import/commit', async (c) => {
      const { query, check } = await readUpload(c);
      const { report, rows } = check;
      if (!report.committable) {
        const errors = report.counts.errors;
        const text =
          errors > 0
            ? {
                zh: `发现 ${errors} 个错误，未导入任何车辆；请修改文件后重试`,
                en: `${errors} problems: nothing imported`,
              }
            : { zh: '文件中没有车辆，未导入任何内容', en: 'the file lists no vehicle: nothing imported' };
        return c.json({ error: { code: 'invalid_request' as const, message: text.en, text }, report }, 422);
      }
      const user = currentUser(c);
      const at = new Date(now()).toISOString();
      const written = await writer.write((tx) => {
        const counts = upsertVehicles(tx, rows);
        recordAudit(
          tx,
          user,
          {
            action: 'import.commit',
            entity: 'vehicles',
            detail: { file: query.file, register: query.register, provenance: query.provenance, ...counts },
          },
          at,
        );
        return counts;
      });
      await advanceLedger(); // vehicles are rule facts
      const outcome: VehicleImportOutcome = { report, ...written };
      return c.json(outcome, 201);
    });
}
