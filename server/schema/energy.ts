/**
 * Request and response shapes of /api/energy (能源煤炭, issue 17; tasks 1, 6, 8): the energy ledger per enterprise
 * and year with its standard-coal equivalents, the district summary by year, coal-consuming projects (T6.1) and
 * the 两高 register (T1.1).
 *
 * @module
 */
import { z } from 'zod';
import {
  calendarDateSchema,
  listParamSchema,
  provenanceSchema,
  textSchema,
  townshipCodeSchema,
  yearParamSchema,
} from './common.ts';
import {
  checkOutcomes,
  coalProcedures,
  coalProjectStatuses,
  highEnergyStatuses,
  policyChecks,
} from './enums/energy.ts';
import { industries } from './enums/industry.ts';

/** An enterprise id in a path or query (the registers' codes: letters, digits, . _ -). */
export const enterpriseRefSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1–40 letters, digits, . _ -')
  .describe('enterprise id');

/** A register id of a project (letters, digits, . _ -). */
const projectIdSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be 1–40 letters, digits, . _ -');

/** The largest physical quantity a ledger cell accepts (10⁸ of its unit: far above any enterprise in the district). */
export const MAX_LEDGER_QUANTITY = 1e8;

const quantity = (unitZh: string) =>
  z
    .number()
    .finite()
    .refine((v) => v >= 0, { message: 'must be 0 or more', params: { zh: `须为不小于 0 的${unitZh}数` } })
    .refine((v) => v <= MAX_LEDGER_QUANTITY, {
      message: `must be at most ${MAX_LEDGER_QUANTITY}`,
      params: { zh: `不能超过 ${MAX_LEDGER_QUANTITY}` },
    });

/** Most rows one list answers. */
export const ENERGY_LIST_LIMIT = 5000;

/** Query of GET /api/energy/ledger. */
export const ledgerQuerySchema = z
  .object({
    year: yearParamSchema.optional(),
    township: townshipCodeSchema.optional(),
    industry: listParamSchema(industries).optional(),
    enterprise: enterpriseRefSchema.optional(),
  })
  .strict();
export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

/** Standard-coal equivalents of a row or a total, tce. */
export const standardCoalSchema = z.object({
  coal: z.number(),
  gas: z.number(),
  electricity: z.number(),
  biomass: z.number(),
  total: z.number(),
  nonFossil: z.number(),
});

/** Physical quantities (coal t, gas 10⁴ m³, electricity MWh, biomass t, green power MWh). */
export const energyQuantitiesSchema = z.object({
  coalT: z.number(),
  gas10kM3: z.number(),
  electricityMwh: z.number(),
  biomassT: z.number(),
  nonFossilMwh: z.number(),
});

/** One ledger row as the API serves it. */
export const ledgerRowSchema = energyQuantitiesSchema.extend({
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  industry: z.enum(industries),
  township: z.string(),
  townshipName: z.string(),
  year: z.number(),
  tce: standardCoalSchema,
  coalShare: z.number().nullable(),
  nonFossilShare: z.number().nullable(),
  /** Coal of the previous year's row of the same enterprise, t; null without one. */
  previousCoalT: z.number().nullable(),
  /** The enterprise's position `[lon, lat]`, WGS84 degrees. */
  position: z.tuple([z.number(), z.number()]),
  provenance: provenanceSchema,
  source: z.string(),
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;

const factorSchema = z.object({
  carrier: z.enum(['coal', 'gas', 'electricity', 'biomass']),
  tcePerUnit: z.number(),
  unit: z.object({ zh: z.string(), en: z.string() }),
  source: z.object({ zh: z.string(), en: z.string() }),
  convention: z.boolean(),
});

/** Response of GET /api/energy/ledger. */
export const ledgerResponseSchema = z.object({
  rows: z.array(ledgerRowSchema),
  truncated: z.boolean(),
  factors: z.array(factorSchema),
});
export type LedgerResponse = z.infer<typeof ledgerResponseSchema>;

/** Body of PUT /api/energy/ledger/:enterprise/:year. */
export const ledgerBodySchema = z
  .object({
    coalT: quantity('吨'),
    gas10kM3: quantity('万立方米'),
    electricityMwh: quantity('兆瓦时'),
    biomassT: quantity('吨'),
    nonFossilMwh: quantity('兆瓦时').default(0),
    source: textSchema().trim().min(1).max(200),
    provenance: provenanceSchema.default('official'),
  })
  .strict()
  .refine((b) => b.nonFossilMwh <= b.electricityMwh, {
    message: 'nonFossilMwh: the green power cannot exceed the electricity',
    params: { zh: '非化石电力不能超过用电量' },
    path: ['nonFossilMwh'],
  });
export type LedgerBody = z.infer<typeof ledgerBodySchema>;

/** Query of GET /api/energy/summary: the year of the breakdowns by industry and township (default the latest). */
export const summaryQuerySchema = z.object({ year: yearParamSchema.optional() }).strict();

const totalsSchema = z.object({
  quantities: energyQuantitiesSchema,
  tce: standardCoalSchema,
  coalShare: z.number().nullable(),
  nonFossilShare: z.number().nullable(),
});
const changeSchema = z.object({ delta: z.number(), ratio: z.number().nullable() }).nullable();

/** Response of GET /api/energy/summary. */
export const summaryResponseSchema = z.object({
  years: z.array(
    totalsSchema.extend({
      year: z.number(),
      enterprises: z.number(),
      coalChange: changeSchema,
      totalChange: changeSchema,
    }),
  ),
  /** The year of the breakdowns; null when the ledger is empty. */
  year: z.number().nullable(),
  byIndustry: z.array(totalsSchema.extend({ industry: z.enum(industries), enterprises: z.number() })),
  byTownship: z.array(totalsSchema.extend({ township: z.string(), townshipName: z.string(), enterprises: z.number() })),
  factors: z.array(factorSchema),
});
export type EnergySummary = z.infer<typeof summaryResponseSchema>;

const coalProjectFields = {
  name: textSchema().trim().min(1).max(120),
  procedure: z.enum(coalProcedures),
  status: z.enum(coalProjectStatuses),
  decidedOn: calendarDateSchema.nullable(),
  newCoalT: quantity('吨/年'),
  substitutionT: quantity('吨/年'),
  substitutionSource: textSchema().trim().max(200).nullable(),
  source: textSchema().trim().min(1).max(200),
};

/** Body of POST /api/energy/coal-projects. */
export const coalProjectBodySchema = z
  .object({
    id: projectIdSchema,
    enterpriseId: enterpriseRefSchema,
    ...coalProjectFields,
    decidedOn: coalProjectFields.decidedOn.default(null),
    substitutionSource: coalProjectFields.substitutionSource.default(null),
    provenance: provenanceSchema.default('official'),
  })
  .strict();
export type CoalProjectBody = z.infer<typeof coalProjectBodySchema>;

/** Body of PATCH /api/energy/coal-projects/:id: any field but the id and the enterprise. */
export const coalProjectPatchSchema = z
  .object(coalProjectFields)
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change', params: { zh: '没有要修改的字段' } });
export type CoalProjectPatch = z.infer<typeof coalProjectPatchSchema>;

/** Query of GET /api/energy/coal-projects. */
export const coalProjectsQuerySchema = z
  .object({
    enterprise: enterpriseRefSchema.optional(),
    township: townshipCodeSchema.optional(),
    status: listParamSchema(coalProjectStatuses).optional(),
  })
  .strict();

/** A coal-consuming project as the API serves it. */
export const coalProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  township: z.string(),
  townshipName: z.string(),
  procedure: z.enum(coalProcedures),
  status: z.enum(coalProjectStatuses),
  decidedOn: z.string().nullable(),
  newCoalT: z.number(),
  substitutionT: z.number(),
  substitutionSource: z.string().nullable(),
  /** substitutionT / newCoalT (null when no coal is added). */
  substitutionRatio: z.number().nullable(),
  /** Below 1:1 (console convention, 等量或减量替代). */
  substitutionShort: z.boolean(),
  /** The enterprise's position `[lon, lat]`, WGS84 degrees. */
  position: z.tuple([z.number(), z.number()]),
  provenance: provenanceSchema,
  source: z.string(),
});
export type CoalProject = z.infer<typeof coalProjectSchema>;

const outcome = z.enum(checkOutcomes);
const checksShape = Object.fromEntries(policyChecks.map((c) => [c, outcome])) as Record<
  (typeof policyChecks)[number],
  typeof outcome
>;
/** The seven policy checks of T1.1, each passed, failed, pending or not applicable. */
export const policyChecksSchema = z.object(checksShape).strict();

const highEnergyFields = {
  name: textSchema().trim().min(1).max(120),
  industry: textSchema().trim().min(1).max(60),
  buildKind: z.enum(['new', 'rebuilt', 'expanded']),
  status: z.enum(highEnergyStatuses),
  statusOn: calendarDateSchema,
  checks: policyChecksSchema,
  source: textSchema().trim().min(1).max(200),
};

/** Body of POST /api/energy/high-energy-projects. */
export const highEnergyBodySchema = z
  .object({
    id: projectIdSchema,
    enterpriseId: enterpriseRefSchema,
    ...highEnergyFields,
    provenance: provenanceSchema.default('official'),
  })
  .strict();
export type HighEnergyBody = z.infer<typeof highEnergyBodySchema>;

/** Body of PATCH /api/energy/high-energy-projects/:id (`checks` may name only the checks that change). */
export const highEnergyPatchSchema = z
  .object({ ...highEnergyFields, checks: policyChecksSchema.partial() })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change', params: { zh: '没有要修改的字段' } });
export type HighEnergyPatch = z.infer<typeof highEnergyPatchSchema>;

/** Query of GET /api/energy/high-energy-projects. */
export const highEnergyQuerySchema = z
  .object({
    enterprise: enterpriseRefSchema.optional(),
    township: townshipCodeSchema.optional(),
    status: listParamSchema(highEnergyStatuses).optional(),
  })
  .strict();

/** A 两高 project as the API serves it. */
export const highEnergyProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string(),
  township: z.string(),
  townshipName: z.string(),
  industry: z.string(),
  buildKind: z.enum(['new', 'rebuilt', 'expanded']),
  status: z.enum(highEnergyStatuses),
  statusOn: z.string(),
  checks: z.object(checksShape),
  /** The checks failed or pending (T1.1's requirements not met yet). */
  unmet: z.array(z.enum(policyChecks)),
  /** The enterprise's position `[lon, lat]`, WGS84 degrees. */
  position: z.tuple([z.number(), z.number()]),
  provenance: provenanceSchema,
  source: z.string(),
});
export type HighEnergyProject = z.infer<typeof highEnergyProjectSchema>;

/** Path parameters of PUT /api/energy/ledger/:enterprise/:year. */
export const ledgerKeySchema = z.object({ enterprise: enterpriseRefSchema, year: yearParamSchema }).strict();
export const projectIdParamSchema = projectIdSchema;
