import { z } from 'zod';
import { calendarDateSchema, provenanceSchema, textSchema } from './common.ts';
import { repairInspectionOutcomes } from './enums/repair-shop.ts';

/** Body of POST /api/repair-shops/:id/inspections: one inspection of a repair shop (task 16, T16.2). */
export const repairInspectionBodySchema = z
  .object({
    inspectedOn: calendarDateSchema,
    /** Removed or modified after-treatment (拆除改装尾气净化装置) found. */
    aftertreatmentRemoval: z.boolean(),
    /** OBD data modified or destroyed (修改破坏OBD数据) found. */
    obdTampering: z.boolean(),
    /** The repair ledger (维修台账) is complete. */
    ledgerComplete: z.boolean(),
    outcome: z.enum(repairInspectionOutcomes),
    /** When the findings were rectified; null while open. */
    rectifiedOn: calendarDateSchema.nullable().optional(),
    note: textSchema({ multiline: true }).trim().max(500).nullable().optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const finding = body.aftertreatmentRemoval || body.obdTampering;
    if (finding && body.outcome === 'compliant')
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'cannot be compliant: removal or tampering was found',
        params: { zh: '发现拆改或篡改行为，处理结果不能为「未发现问题」' },
      });
    if (body.rectifiedOn && body.rectifiedOn < body.inspectedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['rectifiedOn'],
        message: 'must not be before inspectedOn',
        params: { zh: '整改日期不能早于检查日期' },
      });
    if (body.rectifiedOn && body.outcome === 'compliant')
      ctx.addIssue({
        code: 'custom',
        path: ['rectifiedOn'],
        message: 'must be empty when nothing was found',
        params: { zh: '未发现问题时不能填写整改日期' },
      });
  });
export type RepairInspectionBody = z.infer<typeof repairInspectionBodySchema>;

/** Body of PATCH /api/repair-shops/:id/inspections/:inspection: the rectification (整改完成) of a finding. */
export const repairRectificationBodySchema = z.object({ rectifiedOn: calendarDateSchema }).strict();
export type RepairRectificationBody = z.infer<typeof repairRectificationBodySchema>;

/** One repair-shop inspection as the API serves it. */
export const repairInspectionSchema = z.object({
  id: z.number().int(),
  shopId: z.string(),
  inspectedOn: z.string(),
  aftertreatmentRemoval: z.boolean(),
  obdTampering: z.boolean(),
  ledgerComplete: z.boolean(),
  outcome: z.enum(repairInspectionOutcomes),
  rectifiedOn: z.string().nullable(),
  inspector: z.string(),
  note: z.string().nullable(),
  provenance: provenanceSchema,
  recordedAt: z.string(),
});
export type RepairInspection = z.infer<typeof repairInspectionSchema>;

/** Body of GET /api/repair-shops/:id/inspections: newest first. */
export const repairInspectionsResponseSchema = z.array(repairInspectionSchema);
