import { z } from 'zod';
import { asOfParamSchema, localizedSchema } from './common.ts';
import { complianceVerdicts, evidenceSources, measureKinds, warningLevels } from './enums/emergency.ts';
import { reductionsSchema } from './emergency-list.ts';

/** One piece of evidence about a measure: where it comes from, what it shows, and its verdict. */
export const evidenceSchema = z.object({
  source: z.enum(evidenceSources),
  /** The moment (CST) or the start of the stretch it covers. */
  at: z.string(),
  verdict: z.enum(complianceVerdicts),
  detail: localizedSchema,
  /** What it points at: an outlet (CEMS), a visit (and its photo), a truck plate (gate). */
  ref: z
    .object({
      outletId: z.string().optional(),
      visitId: z.number().int().optional(),
      photoId: z.number().int().optional(),
      plate: z.string().optional(),
    })
    .nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** A measure and its verdict from the evidence (non-compliant wins over compliant; none: unverified). */
export const measureComplianceSchema = z.object({
  level: z.enum(warningLevels),
  line: z.string(),
  kind: z.enum(measureKinds),
  limitPct: z.number().nullable(),
  text: z.string(),
  verdict: z.enum(complianceVerdicts),
  evidence: z.array(evidenceSchema),
});
export type MeasureCompliance = z.infer<typeof measureComplianceSchema>;

/** A listed enterprise's compliance during a warning. */
export const enterpriseComplianceSchema = z.object({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  township: z.string().nullable(),
  grade: z.string(),
  builtUpArea: z.boolean(),
  heavyPolluter: z.boolean(),
  /**
   * The enterprise's verdict: non-compliant if any measure is, compliant if every checked measure is, else
   * unverified.
   */
  verdict: z.enum(complianceVerdicts),
  /** How it was checked. */
  checkedBy: z.array(z.enum(evidenceSources)),
  supervisor: z.string().nullable(),
  measures: z.array(measureComplianceSchema),
  /** Expected reduction at the level(s) in force, t/day (the list's), and the estimate from the evidence. */
  expected: reductionsSchema,
  achieved: reductionsSchema,
});
export type EnterpriseCompliance = z.infer<typeof enterpriseComplianceSchema>;

/** Body of GET /api/emergency/warnings/:id/compliance. */
export const complianceResponseSchema = z.object({
  warningId: z.number().int(),
  /** Evidence up to this moment (default: the present, or the warning's end once over). */
  at: z.string(),
  enterprises: z.array(enterpriseComplianceSchema),
  summary: z.object({
    listed: z.number().int(),
    checked: z.number().int(),
    compliant: z.number().int(),
    nonCompliant: z.number().int(),
    unverified: z.number().int(),
    bySource: z.object({ cems: z.number().int(), visit: z.number().int(), gate: z.number().int() }),
  }),
});
export type ComplianceResponse = z.infer<typeof complianceResponseSchema>;

/** Query of GET /api/emergency/warnings/:id/compliance: the moment (default: the present, or the warning's end). */
export const complianceQuerySchema = z.object({ at: asOfParamSchema.optional() }).strict();
export type ComplianceQuery = z.infer<typeof complianceQuerySchema>;
