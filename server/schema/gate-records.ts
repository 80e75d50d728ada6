import { z } from 'zod';
import { asOfParamSchema, provenanceSchema, textSchema } from './common.ts';
import { truckFuels, truckStages } from './enums/emergency.ts';

/** Query of GET /api/emergency/gate: an enterprise's (or every) gate-system truck records in [from, to]. */
export const gateRecordsQuerySchema = z
  .object({
    enterprise: textSchema().trim().min(1).max(64).optional(),
    from: asOfParamSchema.optional(),
    to: asOfParamSchema.optional(),
    /** Only trucks a truck-ban measure forbids (国五及以下, unknown). */
    banned: z.enum(['true', 'false']).optional(),
    limit: z
      .string()
      .regex(/^[1-9]\d{0,4}$/, 'must be a whole number 1–10000')
      .transform(Number)
      .refine((n) => n <= 10_000, { message: 'must be at most 10000', params: { zh: '不能大于 10000' } })
      .optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'to: must not be before from',
    params: { zh: '结束时间不能早于开始时间' },
  });

/** One truck in or out of a key freight unit's gate (门禁系统), as recorded. */
export const gateRecordSchema = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string().nullable(),
  at: z.string(),
  plate: z.string(),
  direction: z.enum(['in', 'out']),
  stage: z.enum(truckStages),
  fuel: z.enum(truckFuels),
  cargo: z.string().nullable(),
  provenance: provenanceSchema,
});
export type GateRecord = z.infer<typeof gateRecordSchema>;

/** Body of GET /api/emergency/gate: the records (newest first, at most `limit`, default 1,000) and how many match. */
export const gateRecordsResponseSchema = z.object({ total: z.number().int(), records: z.array(gateRecordSchema) });
export type GateRecordsResponse = z.infer<typeof gateRecordsResponseSchema>;
