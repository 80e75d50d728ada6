import { Hono } from 'hono';
import { recordAudit } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import {
  insertRepairInspection,
  readRepairInspection,
  readRepairInspections,
  readRepairShop,
  updateRectifiedOn,
} from '../db/repair-shops-repository.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed, currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import {
  repairInspectionBodySchema,
  repairRectificationBodySchema,
  type RepairInspection,
} from '../schema/repair-inspections.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { toCstMinute } from '../time/cst.ts';

/** The shop of a path, or a 404 naming it (ids are register codes, at most 40 characters). */
function shopOf(db: Db, id: string) {
  const shop = id.length <= 40 ? readRepairShop(db, id) : undefined;
  if (!shop) {
    throw new ApiError(404, 'not_found', {
      zh: `没有编号为「${id.slice(0, 40)}」的维修机构`,
      en: `no repair shop '${id.slice(0, 40)}'`,
    });
  }
  return shop;
}

/**
 * Repair-shop inspections (机动车维修机构, task 16, T16.2), mounted at /api/repair-shops: GET /:id/inspections,
 * POST /:id/inspections and PATCH /:id/inspections/:inspection (the rectification date), both supervise
 * (inspectors for shops in their townships). Inspections are the `repair-shop-tampering` rule's facts.
 */
export function repairShopRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/:id/inspections', (c) => {
      const shop = shopOf(db, c.req.param('id'));
      const body: RepairInspection[] = readRepairInspections(db, shop.id);
      return c.json(body);
    })
    .post('/:id/inspections', async (c) => {
      const user = currentUser(c);
      const shop = shopOf(db, c.req.param('id'));
      assertTownshipAllowed(user, shop.township, `repair shop ${shop.id}`);
      const body = parseWith(repairInspectionBodySchema, await readJsonBody(c), 'body');
      const today = toCstMinute(new Date(now())).slice(0, 10);
      for (const [field, date] of [
        ['inspectedOn', body.inspectedOn],
        ['rectifiedOn', body.rectifiedOn],
      ] as const) {
        if (date && date > today) {
          throw new ApiError(400, 'invalid_request', {
            zh: `日期 ${date} 晚于今天`,
            en: `${field}: ${date} lies after today (${today})`,
          });
        }
      }
      const recordedAt = new Date(now()).toISOString();
      const inspection = await writer.write((tx) => {
        const id = insertRepairInspection(tx, {
          shopId: shop.id,
          inspectedOn: body.inspectedOn,
          aftertreatmentRemoval: body.aftertreatmentRemoval,
          obdTampering: body.obdTampering,
          ledgerComplete: body.ledgerComplete,
          outcome: body.outcome,
          rectifiedOn: body.rectifiedOn ?? null,
          inspector: user.displayName,
          note: body.note || null,
          provenance: 'official',
          recordedAt,
        });
        const stored = readRepairInspection(tx, id) as RepairInspection;
        recordAudit(
          tx,
          user,
          { action: 'repair-inspection.create', entity: 'repair_shop_inspection', entityId: id, after: stored },
          recordedAt,
        );
        return stored;
      });
      await advanceLedger(); // the repair-shop-tampering rule reads the latest inspection
      return c.json(inspection, 201);
    })
    .patch('/:id/inspections/:inspection', async (c) => {
      const user = currentUser(c);
      const shop = shopOf(db, c.req.param('id'));
      const inspectionId = parseIdParam(c.req.param('inspection'), 'inspection id');
      assertTownshipAllowed(user, shop.township, `repair shop ${shop.id}`);
      const body = parseWith(repairRectificationBodySchema, await readJsonBody(c), 'body');
      const before = readRepairInspection(db, inspectionId);
      if (!before || before.shopId !== shop.id) {
        throw new ApiError(404, 'not_found', {
          zh: `维修机构「${shop.name}」没有编号为 ${inspectionId} 的检查记录`,
          en: `repair shop '${shop.id}' has no inspection ${inspectionId}`,
        });
      }
      if (!before.aftertreatmentRemoval && !before.obdTampering && before.ledgerComplete) {
        throw new ApiError(409, 'conflict', {
          zh: '该次检查未发现问题，无需整改',
          en: `inspection ${inspectionId} found nothing to rectify`,
        });
      }
      if (before.rectifiedOn !== null) {
        throw new ApiError(409, 'conflict', {
          zh: `该次检查已于 ${before.rectifiedOn} 登记整改`,
          en: `inspection ${inspectionId} was already rectified on ${before.rectifiedOn}`,
        });
      }
      const today = toCstMinute(new Date(now())).slice(0, 10);
      if (body.rectifiedOn < before.inspectedOn || body.rectifiedOn > today) {
        throw new ApiError(400, 'invalid_request', {
          zh: `整改日期须在检查日期 ${before.inspectedOn} 与今天之间`,
          en: `rectifiedOn: must lie between the inspection (${before.inspectedOn}) and today (${today})`,
        });
      }
      const recordedAt = new Date(now()).toISOString();
      const after = await writer.write((tx) => {
        updateRectifiedOn(tx, inspectionId, body.rectifiedOn);
        const stored = readRepairInspection(tx, inspectionId) as RepairInspection;
        recordAudit(
          tx,
          user,
          {
            action: 'repair-inspection.rectify',
            entity: 'repair_shop_inspection',
            entityId: inspectionId,
            before,
            after: stored,
          },
          recordedAt,
        );
        return stored;
      });
      await advanceLedger();
      return c.json(after);
    });
}
