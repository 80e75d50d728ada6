import { recordAudit } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import { insertStockyardInspection, readStockyardPlace } from '../db/stockyards-repository.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { Localized } from '../schema/localized.ts';
import type { StockyardInspection, StockyardInspectionBody } from '../schema/stockyard.ts';
import { datasetPresent } from './dataset-present.ts';

/** Why an inspection was refused: no such stockyard (404), a date after the dataset's present (422). */
export interface StockyardInspectionProblem {
  code: 'not-found' | 'unsupported';
  message: string;
  text: Localized;
}

const problem = (code: StockyardInspectionProblem['code'], text: Localized): StockyardInspectionProblem => ({
  code,
  message: text.en,
  text,
});

/**
 * Why `user` may not inspect the stockyard (null when they may): an inspector inspects only in their townships;
 * duty officers and admins anywhere.
 */
export function stockyardInspectionRefusal(
  user: SessionUser,
  place: { id: string; name: string; township: string; townshipName: string },
): Localized | null {
  if (user.role !== 'inspector' || user.townships.includes(place.township)) return null;
  return {
    zh: `堆场「${place.name}」位于${place.townshipName}，不在您负责的乡镇内`,
    en: `stockyard '${place.id}' lies in township ${place.township}, outside your townships (${
      user.townships.join(', ') || 'none'
    })`,
  };
}

/**
 * Records an inspection of stockyard `stockyardId` (inside the writer's transaction): the stockyard must exist (the
 * route checks {@link stockyardInspectionRefusal} first), the date defaults to the dataset's
 * present day and may not lie after it; audited as `stockyard.inspection.create`.
 *
 * @param at when, ISO 8601 UTC (the caller's injected clock)
 */
export function recordStockyardInspection(
  db: Db,
  user: SessionUser,
  stockyardId: string,
  body: StockyardInspectionBody,
  at: string,
): Result<StockyardInspection, StockyardInspectionProblem> {
  const place = readStockyardPlace(db, stockyardId);
  if (!place)
    return err(problem('not-found', { zh: `没有编号为「${stockyardId}」的堆场`, en: `no stockyard '${stockyardId}'` }));
  const today = datasetPresent(db).slice(0, 10);
  const inspectedOn = body.inspectedOn ?? today;
  if (inspectedOn > today) {
    return err(
      problem('unsupported', {
        zh: `检查日期 ${inspectedOn} 晚于数据截至日 ${today}`,
        en: `inspectedOn: ${inspectedOn} lies after the data's present day ${today}`,
      }),
    );
  }
  const inspection = insertStockyardInspection(db, {
    stockyardId,
    inspectedOn,
    checks: body.checks,
    inspector: user.displayName,
    note: body.note === '' ? null : body.note,
    provenance: 'official',
    recordedAt: at,
  });
  recordAudit(
    db,
    user,
    {
      action: 'stockyard.inspection.create',
      entity: 'stockyard_inspection',
      entityId: inspection.id,
      after: inspection,
    },
    at,
  );
  return ok(inspection);
}
