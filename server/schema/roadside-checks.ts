import { z } from 'zod';
import { isValidPlate, normalizePlate } from '../checks/vehicle-plate.ts';
import { asOfParamSchema, booleanParamSchema, provenanceSchema, textSchema, townshipCodeSchema } from './common.ts';
import {
  checkAgencies,
  checkOutcomes,
  checkProblems,
  checkpointKinds,
  deviceChecks,
  emissionTestMethods,
  emissionTestResults,
  obdChecks,
} from './enums/roadside-check.ts';
import { vehicleEmissionStages, vehicleFuels } from './enums/vehicle.ts';

/** Most checks GET /api/checks returns at once (default 200). */
export const MAX_CHECKS_LIMIT = 1000;

/** A checkpoint's code as the layer and the register write it. */
const checkpointIdSchema = textSchema()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'must be a checkpoint code (letters, digits, . _ -)' });

/** A plate (号牌号码), normalised (`晋h·12345` → `晋H12345`) and checked: province + letter + 5 or 6 characters. */
export const plateSchema = z
  .string()
  .max(20, 'must be at most 20 characters')
  .transform(normalizePlate)
  .refine(isValidPlate, {
    message:
      'must be a Chinese plate: a province character, a letter and 5 characters (6 for a new-energy plate), ' +
      'e.g. 晋H12345 or 晋HD12345',
    params: { zh: '号牌号码格式不正确：省份简称 + 字母 + 5 位（新能源 6 位），如 晋H12345、晋HD12345' },
  });

const limitSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}$/, 'must be a whole number 1–1000')
  .transform(Number)
  .refine((n) => n <= MAX_CHECKS_LIMIT, {
    message: `must be at most ${MAX_CHECKS_LIMIT}`,
    params: { zh: `不能大于 ${MAX_CHECKS_LIMIT}` },
  });

const periodRefinement = [
  (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to,
  { message: 'to: must not be before from', params: { zh: '结束时间不能早于开始时间' } },
] as const;

/** Query of GET /api/checks: checks in [from, to] (CST), newest first. */
export const checksQuerySchema = z
  .object({
    from: asOfParamSchema.optional(),
    to: asOfParamSchema.optional(),
    checkpoint: checkpointIdSchema.optional(),
    township: townshipCodeSchema.optional(),
    /** Only checks that found (true) or did not find (false) a problem. */
    hit: booleanParamSchema.optional(),
    /** A plate or part of one (case and the separator dot ignored). */
    plate: textSchema().max(20).transform(normalizePlate).optional(),
    limit: limitSchema.optional(),
  })
  .strict()
  .refine(...periodRefinement);
export type ChecksQuery = z.infer<typeof checksQuerySchema>;

/** Query of GET /api/checks/summary. */
export const checkSummaryQuerySchema = z
  .object({
    from: asOfParamSchema.optional(),
    to: asOfParamSchema.optional(),
    township: townshipCodeSchema.optional(),
  })
  .strict()
  .refine(...periodRefinement);
export type CheckSummaryQuery = z.infer<typeof checkSummaryQuerySchema>;

/** Body of POST /api/checks: one roadside or OBD check (路检路查). */
export const checkBodySchema = z
  .object({
    checkpointId: checkpointIdSchema,
    /** `YYYY-MM-DDTHH:mm` China Standard Time (or with an offset). */
    checkedAt: asOfParamSchema,
    plate: plateSchema,
    /** The fuel seen; the register's when omitted and the plate is registered. */
    fuel: z.enum(vehicleFuels).optional(),
    /** The emission stage; the register's when omitted and the plate is registered. */
    emissionStage: z.enum(vehicleEmissionStages).nullable().optional(),
    devices: z.enum(deviceChecks),
    obd: z.enum(obdChecks),
    emissionTest: z.enum(emissionTestResults),
    testMethod: z.enum(emissionTestMethods).nullable().optional(),
    /** Opacity (m⁻¹) or the light-absorption coefficient, as the method gives it. */
    testValue: z.number().finite().min(0).max(100).nullable().optional(),
    outcome: z.enum(checkOutcomes),
    agencies: z
      .array(z.enum(checkAgencies))
      .min(1, 'must name at least one agency')
      .max(checkAgencies.length)
      .refine((list) => new Set(list).size === list.length, {
        message: 'must not repeat an agency',
        params: { zh: '执法部门不能重复' },
      }),
    note: textSchema({ multiline: true }).trim().max(500).nullable().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const tested = body.emissionTest !== 'not-tested';
    if (tested && !body.testMethod)
      ctx.addIssue({
        code: 'custom',
        path: ['testMethod'],
        message: 'required when the emission test was done',
        params: { zh: '做了尾气检测时须填写检测方法' },
      });
    if (!tested && (body.testMethod || (body.testValue !== undefined && body.testValue !== null)))
      ctx.addIssue({
        code: 'custom',
        path: ['testMethod'],
        message: 'must be empty (with testValue) when the emission test was not done',
        params: { zh: '未做尾气检测时不能填写检测方法和数值' },
      });
    const hit =
      body.devices === 'missing' ||
      body.devices === 'tampered' ||
      body.obd === 'fault' ||
      body.obd === 'tampered' ||
      body.emissionTest === 'fail';
    if (hit && body.outcome === 'pass')
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'cannot be pass: the check found a problem',
        params: { zh: '检查发现问题，处理结果不能为「放行」' },
      });
    if (!hit && (body.outcome === 'repair-order' || body.outcome === 'fined'))
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: `cannot be ${body.outcome}: the check found no problem`,
        params: { zh: '检查未发现问题，不能责令维修或处罚' },
      });
  });
export type CheckBody = z.infer<typeof checkBodySchema>;

/** One roadside check as the API serves it. */
export const roadsideCheckSchema = z.object({
  id: z.number().int(),
  checkpointId: z.string(),
  checkpointName: z.string(),
  checkpointKind: z.enum(checkpointKinds),
  township: z.string(),
  townshipName: z.string(),
  checkedAt: z.string(),
  plate: z.string(),
  /** The register's vehicle with this plate; null for vehicles outside the register. */
  vehicleId: z.string().nullable(),
  fuel: z.enum(vehicleFuels),
  emissionStage: z.enum(vehicleEmissionStages).nullable(),
  devices: z.enum(deviceChecks),
  obd: z.enum(obdChecks),
  emissionTest: z.enum(emissionTestResults),
  testMethod: z.enum(emissionTestMethods).nullable(),
  testValue: z.number().nullable(),
  outcome: z.enum(checkOutcomes),
  agencies: z.array(z.enum(checkAgencies)),
  /** What it found; empty when nothing (then it is not a hit). */
  problems: z.array(z.enum(checkProblems)),
  hit: z.boolean(),
  inspector: z.string(),
  note: z.string().nullable(),
  provenance: provenanceSchema,
  recordedAt: z.string(),
});
export type RoadsideCheck = z.infer<typeof roadsideCheckSchema>;

/** Body of GET /api/checks: the matching checks (newest first, at most `limit`) and how many match. */
export const checksResponseSchema = z.object({ total: z.number().int(), checks: z.array(roadsideCheckSchema) });
export type ChecksResponse = z.infer<typeof checksResponseSchema>;

const hitCountShape = {
  checks: z.number().int().nonnegative(),
  hits: z.number().int().nonnegative(),
  rate: z.number().min(0).max(1).nullable(),
};

/** Body of GET /api/checks/summary: totals, hit rate and the breakdowns for the period and township. */
export const checkSummarySchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  township: z.string().nullable(),
  ...hitCountShape,
  byCheckpoint: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(checkpointKinds),
      township: z.string(),
      ...hitCountShape,
    }),
  ),
  byProblem: z.array(z.object({ problem: z.enum(checkProblems), count: z.number().int().nonnegative() })),
  byOutcome: z.array(z.object({ outcome: z.enum(checkOutcomes), count: z.number().int().nonnegative() })),
  byStage: z.array(z.object({ stage: z.enum([...vehicleEmissionStages, 'unknown']), ...hitCountShape })),
});
export type CheckSummary = z.infer<typeof checkSummarySchema>;
