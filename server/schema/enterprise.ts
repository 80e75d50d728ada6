import { z } from 'zod';
import { booleanParamSchema, listParamSchema, provenanceSchema } from './common.ts';
import { asOfQueryShape, commonLayerQuerySchema } from './layer-query.ts';
import {
  emissionTestResults,
  gateSystemStatuses,
  operatingStatuses,
  performanceGrades,
  railSpurStatuses,
  uleStatuses,
} from './enums/enterprise-status.ts';
import { industries, industryGroups } from './enums/industry.ts';
import { kilnFuels } from './enums/kiln-fuel.ts';
import { buildKinds } from './enums/energy.ts';
import { treatmentProcesses } from './enums/treatment-process.ts';
import { vocLinks } from './enums/voc-link.ts';

export { industries, industryGroupLabels, industryGroups, industryInfo } from './enums/industry.ts';
export type { Industry, IndustryGroup } from './enums/industry.ts';
export {
  emissionTestResultLabels,
  emissionTestResults,
  gateSystemStatuses,
  operatingStatuses,
  performanceGrades,
  railSpurStatuses,
  uleStatusLabels,
  uleStatuses,
} from './enums/enterprise-status.ts';
export type { EmissionTestResult, PerformanceGrade } from './enums/enterprise-status.ts';
export { lowEfficiencyProcesses, treatmentProcesses, treatmentProcessInfo } from './enums/treatment-process.ts';
export type { TreatmentProcess } from './enums/treatment-process.ts';
export { vocLinkLabels, vocLinks } from './enums/voc-link.ts';
export type { VocLink } from './enums/voc-link.ts';

export const industrySchema = z.enum(industries);
export const performanceGradeSchema = z.enum(performanceGrades);
export const vocLinkStatusSchema = z.enum(['ok', 'gap', 'n/a']);

export const kilnBoilerSchema = z.object({
  id: z.string(),
  kind: z.enum(['kiln', 'boiler']),
  purpose: z.string(),
  fuel: z.enum(kilnFuels),
  capacity: z.number(),
  capacityUnit: z.enum(['t/h', 'MW', 't/d']),
  treatmentProcess: z.string(),
  lowEfficiency: z.boolean(),
  surveyedOn: z.string().nullable(),
  compliant: z.boolean().nullable(),
  /** Existing before the plan, or new, rebuilt or expanded (T8.1, issue 17). */
  buildKind: z.enum(buildKinds),
  /** When a new, rebuilt or expanded kiln was put into service (date); null when unknown or existing. */
  builtOn: z.string().nullable(),
});
export type KilnBoiler = z.infer<typeof kilnBoilerSchema>;

/** Properties of an `enterprises` feature (geometry: Point). */
export const enterprisePropertiesSchema = z.object({
  id: z.string(),
  name: z.string(),
  industry: industrySchema,
  industryGroup: z.enum(industryGroups),
  township: z.string(),
  townshipName: z.string(),
  operatingStatus: z.enum(operatingStatuses),
  grade: performanceGradeSchema,
  uleStatus: z.enum(uleStatuses),
  uleDue: z.string().nullable(),
  treatmentProcesses: z.array(z.enum(treatmentProcesses)),
  vocEmitter: z.boolean(),
  /**
   * Whether the VOCs are water-soluble (task 4: single spray absorption is low-efficiency for
   * non-water-soluble VOCs only); null = not recorded (not flagged).
   */
  vocWaterSoluble: z.boolean().nullable(),
  /** Status of each of the 10 key links (task 13); null when the enterprise emits no VOCs. */
  vocChecklist: z.record(z.enum(vocLinks), vocLinkStatusSchema).nullable(),
  vocGaps: z.number(),
  activatedCarbon: z.boolean(),
  /** Date of the last activated-carbon replacement on or before as-of (a later one is not known yet). */
  carbonReplacedOn: z.string().nullable(),
  /** Annual freight, tonnes per year (task 9 threshold: 1,500,000). */
  annualFreightT: z.number(),
  railSpur: z.enum(railSpurStatuses),
  keyVehicleUnit: z.boolean(),
  gateSystem: z.enum(gateSystemStatuses).nullable(),
  /** Number of the plan task that names this enterprise, if any. */
  planTask: z.number().nullable(),
  /** The plan requirement (register id, e.g. `T3.3`) that names this enterprise with an obligation, if any. */
  planRequirement: z.string().nullable(),
  /** Date of the last emission test (监督性监测) on or before as-of; null when none is known by then. */
  emissionTestOn: z.string().nullable(),
  /** Its result (达标 / 超标); null when there is no known test or its result is not recorded. */
  emissionTestResult: z.enum(emissionTestResults).nullable(),
  kilnsBoilers: z.array(kilnBoilerSchema),
  provenance: provenanceSchema,
  source: z.string(),
});
export type EnterpriseProperties = z.infer<typeof enterprisePropertiesSchema>;

export const enterpriseQuerySchema = commonLayerQuerySchema
  .extend({
    /**
     * The moment of the features' `problems` and of their dated facts: a carbon replacement or an
     * emission test dated after it is not known yet.
     */
    ...asOfQueryShape,
    industry: listParamSchema(industries).optional(),
    group: listParamSchema(industryGroups).optional(),
    grade: listParamSchema(performanceGrades).optional(),
    voc: booleanParamSchema.optional(),
  })
  .strict();
