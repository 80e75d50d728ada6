/**
 * Writes of the task-13 ledgers (issue 17), each inside the writer's transaction and audited: an activated-carbon
 * replacement, a spent-carbon transfer, a low-VOC material record. Checks what the schema cannot: the enterprise
 * exists (and lies in an inspector's townships), dates are not after the dataset's present, a transfer's manifest is
 * new and its replacement belongs to the enterprise and precedes it.
 *
 * @module
 */
import { recordAudit } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import {
  insertMaterial,
  insertReplacement,
  insertTransfer,
  manifestHeld,
  readReplacementOwner,
  readVocEnterprise,
  type VocEnterprise,
} from '../db/voc-repository.ts';
import { err, ok, type Result } from '../result.ts';
import type { SessionUser } from '../schema/auth.ts';
import type { Localized } from '../schema/localized.ts';
import {
  vocMaterialStandards,
  type CarbonReplacementBody,
  type CarbonTransferBody,
  type MaterialBody,
} from '../schema/voc-ledger.ts';
import { datasetPresent } from './dataset-present.ts';

/** Why a write was refused. */
export interface VocWriteProblem {
  code: 'not-found' | 'invalid' | 'conflict' | 'forbidden';
  message: string;
  text: Localized;
}

const problem = (code: VocWriteProblem['code'], text: Localized): VocWriteProblem => ({ code, message: text.en, text });

/** The `source` of records entered through the console. */
const enteredBy = (user: SessionUser, what: string) => `${user.displayName}（${user.username}）经系统录入的${what}`;

/** The enterprise, or why it cannot be written to by `user`. */
function enterpriseFor(db: Db, user: SessionUser, id: string): Result<VocEnterprise, VocWriteProblem> {
  const enterprise = readVocEnterprise(db, id);
  if (!enterprise) {
    return err(problem('not-found', { zh: `没有编号为「${id}」的企业`, en: `enterpriseId: no enterprise '${id}'` }));
  }
  if (user.role === 'inspector' && !user.townships.includes(enterprise.township)) {
    return err(
      problem('forbidden', {
        zh: `企业「${enterprise.name}」位于${enterprise.townshipName}，不在您负责的乡镇内`,
        en: `enterprise '${id}' lies in township ${enterprise.township}, outside your townships`,
      }),
    );
  }
  return ok(enterprise);
}

/** A problem when `date` lies after the dataset's present day. */
function notAfterPresent(db: Db, field: string, date: string): VocWriteProblem | null {
  const today = datasetPresent(db).slice(0, 10);
  if (date <= today) return null;
  return problem('invalid', {
    zh: `${field} ${date} 晚于数据截至日 ${today}`,
    en: `${field}: ${date} lies after the data's present day ${today}`,
  });
}

/**
 * Records an activated-carbon replacement (`supervise`: inspectors in their townships); audited as
 * `voc.carbon-replacement.create`.
 *
 * @param at when, ISO 8601 UTC (the caller's injected clock)
 */
export function recordCarbonReplacement(
  db: Db,
  user: SessionUser,
  body: CarbonReplacementBody,
  at: string,
): Result<{ id: number }, VocWriteProblem> {
  const enterprise = enterpriseFor(db, user, body.enterpriseId);
  if (!enterprise.ok) return enterprise;
  const late = notAfterPresent(db, 'replacedOn', body.replacedOn);
  if (late) return err(late);
  const row = { ...body, provenance: 'official' as const, source: enteredBy(user, '活性炭更换记录') };
  const id = insertReplacement(db, row);
  recordAudit(
    db,
    user,
    { action: 'voc.carbon-replacement.create', entity: 'carbon_replacement', entityId: id, after: { id, ...row } },
    at,
  );
  return ok({ id });
}

/**
 * Records a spent-carbon transfer (`supervise`); the manifest must be new, a named replacement the enterprise's and
 * on or before the transfer; audited as `voc.carbon-transfer.create`.
 *
 * @param at when, ISO 8601 UTC
 */
export function recordCarbonTransfer(
  db: Db,
  user: SessionUser,
  body: CarbonTransferBody,
  at: string,
): Result<{ id: number }, VocWriteProblem> {
  const enterprise = enterpriseFor(db, user, body.enterpriseId);
  if (!enterprise.ok) return enterprise;
  const late = notAfterPresent(db, 'transferredOn', body.transferredOn);
  if (late) return err(late);
  if (manifestHeld(db, body.manifestNo)) {
    return err(
      problem('conflict', {
        zh: `转移联单 ${body.manifestNo} 已登记`,
        en: `manifestNo: ${body.manifestNo} is already recorded`,
      }),
    );
  }
  if (body.replacementId !== null) {
    const owner = readReplacementOwner(db, body.replacementId);
    if (!owner || owner.enterpriseId !== body.enterpriseId) {
      return err(
        problem('invalid', {
          zh: `该企业没有编号为 ${body.replacementId} 的活性炭更换记录`,
          en: `replacementId: no replacement ${body.replacementId} of enterprise '${body.enterpriseId}'`,
        }),
      );
    }
    if (owner.replacedOn > body.transferredOn) {
      return err(
        problem('invalid', {
          zh: `转移日期 ${body.transferredOn} 早于更换日期 ${owner.replacedOn}`,
          en: `transferredOn: ${body.transferredOn} lies before the replacement of ${owner.replacedOn}`,
        }),
      );
    }
  }
  const row = { ...body, provenance: 'official' as const, source: enteredBy(user, '废活性炭转移联单') };
  const id = insertTransfer(db, row);
  recordAudit(
    db,
    user,
    { action: 'voc.carbon-transfer.create', entity: 'carbon_transfer', entityId: id, after: { id, ...row } },
    at,
  );
  return ok({ id });
}

/**
 * Records a material used in a year (`edit`: the annual declarations are a register); the year may not lie after
 * the dataset's present year; audited as `voc.material.create`.
 *
 * @param at when, ISO 8601 UTC
 */
export function recordVocMaterial(
  db: Db,
  user: SessionUser,
  body: MaterialBody,
  at: string,
): Result<{ id: number }, VocWriteProblem> {
  const enterprise = enterpriseFor(db, user, body.enterpriseId);
  if (!enterprise.ok) return enterprise;
  const present = Number(datasetPresent(db).slice(0, 4));
  if (body.year > present) {
    return err(
      problem('invalid', {
        zh: `年份 ${body.year} 晚于数据截至年份 ${present}`,
        en: `year: ${body.year} lies after the data's present year ${present}`,
      }),
    );
  }
  const row = {
    ...body,
    standard: body.standard ?? vocMaterialStandards[body.material],
    provenance: 'official' as const,
    source: enteredBy(user, '原辅材料使用台账'),
  };
  const id = insertMaterial(db, row);
  recordAudit(
    db,
    user,
    { action: 'voc.material.create', entity: 'voc_material', entityId: id, after: { id, ...row } },
    at,
  );
  return ok({ id });
}
