import { Hono } from 'hono';
import { summarizeChecks } from '../checks/check-summary.ts';
import { recordAudit } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import {
  insertCheck,
  readCheck,
  readCheckpoint,
  readChecks,
  readSummaryInputs,
  readVehicleByPlate,
} from '../db/roadside-checks-repository.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError } from '../http/api-error.ts';
import { assertTownshipAllowed, currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseWith } from '../http/parse-with.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import {
  checkBodySchema,
  checksQuerySchema,
  checkSummaryQuerySchema,
  type CheckSummary,
  type ChecksResponse,
  type RoadsideCheck,
} from '../schema/roadside-checks.ts';
import type { LedgerAdvance } from '../services/alert-scheduler.ts';
import { toCstMinute } from '../time/cst.ts';

/** Minutes a check may lie after the server's clock (clock drift of field devices). */
const FUTURE_TOLERANCE_MINUTES = 10;

/**
 * Roadside and OBD checks (路检路查, task 16), mounted at /api/checks: GET / (filtered list), GET /summary (totals,
 * hit rate, breakdowns) and POST / (supervise: inspectors at checkpoints in their townships). A check is evidence
 * for the `vehicle-check-failed` rule: the alert ledger follows it.
 */
export function roadsideCheckRoutes(db: Db, writer: Writer, advanceLedger: LedgerAdvance, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/', (c) => {
      const query = parseWith(checksQuerySchema, c.req.query(), 'query parameter');
      const body: ChecksResponse = readChecks(db, query);
      return c.json(body);
    })
    .get('/summary', (c) => {
      const query = parseWith(checkSummaryQuerySchema, c.req.query(), 'query parameter');
      const inputs = readSummaryInputs(db, query);
      const body: CheckSummary = {
        from: query.from ?? null,
        to: query.to ?? null,
        township: query.township ?? null,
        ...summarizeChecks(inputs.checks, inputs.checkpoints),
      };
      return c.json(body);
    })
    .post('/', async (c) => {
      const user = currentUser(c);
      const body = parseWith(checkBodySchema, await readJsonBody(c), 'body');
      const checkpoint = readCheckpoint(db, body.checkpointId);
      if (!checkpoint) {
        throw new ApiError(400, 'invalid_request', {
          zh: `没有编号为「${body.checkpointId}」的检查点`,
          en: `checkpointId: no checkpoint '${body.checkpointId}'`,
        });
      }
      assertTownshipAllowed(user, checkpoint.township, `checkpoint ${checkpoint.id}`);
      const latest = toCstMinute(new Date(now() + FUTURE_TOLERANCE_MINUTES * 60_000));
      if (body.checkedAt > latest) {
        throw new ApiError(400, 'invalid_request', {
          zh: `检查时间 ${body.checkedAt} 晚于当前时间`,
          en: `checkedAt: ${body.checkedAt} lies in the future (now is ${toCstMinute(new Date(now()))})`,
        });
      }
      const vehicle = readVehicleByPlate(db, body.plate);
      const fuel = body.fuel ?? vehicle?.fuel;
      if (!fuel) {
        throw new ApiError(400, 'invalid_request', {
          zh: `车辆 ${body.plate} 不在车辆登记库中，须填写燃料类型`,
          en: `fuel: required for ${body.plate}, which is not in the vehicle register`,
        });
      }
      const recordedAt = new Date(now()).toISOString();
      const check = await writer.write((tx) => {
        const id = insertCheck(tx, {
          checkpointId: checkpoint.id,
          checkedAt: body.checkedAt,
          plate: body.plate,
          vehicleId: vehicle?.id ?? null,
          fuel,
          emissionStage: body.emissionStage === undefined ? (vehicle?.emissionStage ?? null) : body.emissionStage,
          devices: body.devices,
          obd: body.obd,
          emissionTest: body.emissionTest,
          testMethod: body.testMethod ?? null,
          testValue: body.testValue ?? null,
          outcome: body.outcome,
          agencies: body.agencies,
          inspector: user.displayName,
          note: body.note || null,
          provenance: 'official',
          recordedAt,
        });
        const stored = readCheck(tx, id) as RoadsideCheck;
        recordAudit(
          tx,
          user,
          { action: 'roadside-check.create', entity: 'roadside_check', entityId: id, after: stored },
          recordedAt,
        );
        return stored;
      });
      await advanceLedger(); // a check (or a passing re-check) changes the vehicle-check-failed rule's facts
      return c.json(check, 201);
    });
}
