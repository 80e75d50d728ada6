/**
 * The task-13 ledgers (issue 17): activated-carbon replacements and spent-carbon transfers (T13.2, T13.4) and
 * low-VOC material use (T13.5), for GET/POST /api/voc/*. The console does not hold the product standards' limit
 * tables: each material record carries the limit and standard it declares.
 *
 * @module
 */
import { z } from 'zod';
import {
  asOfQuery,
  calendarDateSchema,
  listParamSchema,
  provenanceSchema,
  textSchema,
  townshipCodeSchema,
} from './common.ts';
import { carbonForms, vocMaterials, vocUnits } from './enums/voc-material.ts';

export * from './enums/voc-material.ts';

/** The three key VOC industries of task 13 (工业涂装, 包装印刷, 人造板材). */
export const keyVocIndustries = ['industrial-coating', 'packaging-printing', 'wood-panel'] as const;
export type KeyVocIndustry = (typeof keyVocIndustries)[number];

/** An enterprise code (as the enterprise import reads it). */
export const enterpriseCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be an enterprise code (letters, digits, . _ -, at most 40)');

/** The carbon statuses a list filters by: any problem, a short or substandard fill, spent carbon untransferred. */
export const carbonStatuses = ['ok', 'fill-short', 'untransferred'] as const;
export type CarbonStatus = (typeof carbonStatuses)[number];

const positiveKg = (max: number) =>
  z
    .number()
    .positive('must be more than 0 kg')
    .max(max, `must be at most ${max} kg`)
    .transform((kg) => Math.round(kg * 1000) / 1000);

/** A short text field (names, facilities, receivers). */
const shortText = (max: number) =>
  textSchema().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** Query of GET /api/voc/carbon. */
export const carbonQuerySchema = asOfQuery({
  township: townshipCodeSchema.optional(),
  enterprise: enterpriseCodeSchema.optional(),
  status: listParamSchema(carbonStatuses).optional(),
});
export type CarbonQuery = z.infer<typeof carbonQuerySchema>;

/**
 * Body of POST /api/voc/carbon/replacements: one replacement of an adsorption unit's carbon.
 *
 * @example
 * carbonReplacementBodySchema.parse({ enterpriseId: 'E0101', facility: '1#吸附箱', replacedOn: '2023-05-20',
 *   carbonForm: 'honeycomb', filledKg: 500, designFillKg: 500, iodineMgG: 700, spentKg: 480 });
 */
export const carbonReplacementBodySchema = z
  .object({
    enterpriseId: enterpriseCodeSchema,
    facility: shortText(60),
    replacedOn: calendarDateSchema,
    carbonForm: z.enum(carbonForms),
    filledKg: positiveKg(100_000),
    designFillKg: positiveKg(100_000),
    iodineMgG: z.number().positive('must be more than 0 mg/g').max(3000, 'must be at most 3000 mg/g').nullable(),
    spentKg: z.number().min(0, 'must not be negative').max(200_000, 'must be at most 200000 kg'),
  })
  .strict();
export type CarbonReplacementBody = z.infer<typeof carbonReplacementBodySchema>;

/** Body of POST /api/voc/carbon/transfers: one spent-carbon transfer under a manifest (危险废物转移联单). */
export const carbonTransferBodySchema = z
  .object({
    enterpriseId: enterpriseCodeSchema,
    replacementId: z.number().int().positive().nullable().default(null),
    manifestNo: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,40}$/, 'must be a manifest number (4–40 letters, digits, -)'),
    receiver: shortText(80),
    quantityKg: positiveKg(200_000),
    transferredOn: calendarDateSchema,
  })
  .strict();
export type CarbonTransferBody = z.infer<typeof carbonTransferBodySchema>;

/** A replacement with its judgement. */
export const carbonReplacementSchema = z.object({
  id: z.number().int(),
  enterpriseId: z.string(),
  facility: z.string(),
  replacedOn: z.string(),
  carbonForm: z.enum(carbonForms),
  filledKg: z.number(),
  designFillKg: z.number(),
  /** kg below the design fill (0: full). */
  fillShortKg: z.number(),
  iodineMgG: z.number().nullable(),
  /** The console's floor for the form, mg/g (a convention); null: none (carbon fibre). */
  iodineFloor: z.number().nullable(),
  iodineBelowFloor: z.boolean(),
  spentKg: z.number(),
  transferredKg: z.number(),
  untransferredKg: z.number(),
  /** Days from the replacement to as-of's day. */
  daysSince: z.number().int(),
  /** Spent carbon uncovered more than 90 days after the replacement (console convention). */
  transferOverdue: z.boolean(),
  provenance: provenanceSchema,
});
export type CarbonReplacement = z.infer<typeof carbonReplacementSchema>;

export const carbonTransferSchema = z.object({
  id: z.number().int(),
  enterpriseId: z.string(),
  replacementId: z.number().int().nullable(),
  manifestNo: z.string(),
  receiver: z.string(),
  quantityKg: z.number(),
  transferredOn: z.string(),
  provenance: provenanceSchema,
});
export type CarbonTransfer = z.infer<typeof carbonTransferSchema>;

/** An enterprise using adsorption with its ledger up to as-of's day. */
export const carbonEnterpriseSchema = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  industry: z.string(),
  township: z.string(),
  townshipName: z.string(),
  /** `[lon, lat]`, WGS84. */
  position: z.tuple([z.number(), z.number()]),
  replacements: z.array(carbonReplacementSchema),
  transfers: z.array(carbonTransferSchema),
  spentKg: z.number(),
  transferredKg: z.number(),
  untransferredKg: z.number(),
  /** The latest replacement of some unit filled short or with carbon below the iodine floor. */
  fillShort: z.boolean(),
  /** Some spent carbon is uncovered more than 90 days after its replacement. */
  transferOverdue: z.boolean(),
  /** Some record of the ledger is demo data (provenance synthetic). */
  synthetic: z.boolean(),
});
export type CarbonEnterprise = z.infer<typeof carbonEnterpriseSchema>;

/** Body of GET /api/voc/carbon. */
export const carbonResponseSchema = z.object({
  asOf: z.string(),
  iodineFloors: z.object({ granular: z.number(), honeycomb: z.number() }),
  transferWithinDays: z.number().int(),
  enterprises: z.array(carbonEnterpriseSchema),
  /** Enterprises matched before the limit of 500. */
  total: z.number().int(),
});
export type CarbonResponse = z.infer<typeof carbonResponseSchema>;

/** Query of GET /api/voc/materials. */
export const materialsQuerySchema = asOfQuery({
  township: townshipCodeSchema.optional(),
  enterprise: enterpriseCodeSchema.optional(),
  industry: listParamSchema(keyVocIndustries).optional(),
  year: z
    .string()
    .regex(/^\d{4}$/, 'must be a year such as 2023')
    .transform(Number)
    .refine((y) => y >= 2000 && y <= 2100, {
      message: 'must be within 2000–2100',
      params: { zh: '须在 2000–2100 之间' },
    })
    .optional(),
});
export type MaterialsQuery = z.infer<typeof materialsQuerySchema>;

/** Most content a unit allows: a percentage is at most 100, grams per kilogram at most 1000. */
export const vocUnitMax = { 'g/L': 2000, 'g/kg': 1000, '%': 100 } as const;

/**
 * Body of POST /api/voc/materials: one material used in a year. `vocContent` and `limitValue` share `vocUnit`;
 * `limitValue` and `standard` are those the record declares; `lowVoc` as declared (a low-VOC product cannot exceed
 * its own limit). `standard` defaults to the kind's product standard.
 */
export const materialBodySchema = z
  .object({
    enterpriseId: enterpriseCodeSchema,
    year: z.number().int().min(2000, 'must be within 2000–2100').max(2100, 'must be within 2000–2100'),
    material: z.enum(vocMaterials),
    product: shortText(80),
    quantityT: z.number().positive('must be more than 0 t').max(100_000, 'must be at most 100000 t'),
    vocContent: z.number().min(0, 'must not be negative'),
    vocUnit: z.enum(vocUnits),
    limitValue: z.number().positive('must be more than 0'),
    standard: shortText(80).optional(),
    lowVoc: z.boolean(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const max = vocUnitMax[body.vocUnit];
    for (const key of ['vocContent', 'limitValue'] as const) {
      if (body[key] > max) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `must be at most ${max} ${body.vocUnit}`,
          params: { zh: `不能大于 ${max} ${body.vocUnit}` },
        });
      }
    }
    if (body.lowVoc && body.vocContent > body.limitValue) {
      ctx.addIssue({
        code: 'custom',
        path: ['lowVoc'],
        message: `a low-VOC product cannot exceed its declared limit (${body.vocContent} > ${body.limitValue})`,
        params: { zh: 'VOCs含量超过所申报限值的产品不能标为低VOCs' },
      });
    }
  });
export type MaterialBody = z.infer<typeof materialBodySchema>;

export const materialItemSchema = z.object({
  id: z.number().int(),
  material: z.enum(vocMaterials),
  product: z.string(),
  quantityT: z.number(),
  vocContent: z.number(),
  vocUnit: z.enum(vocUnits),
  limitValue: z.number(),
  standard: z.string(),
  lowVoc: z.boolean(),
  overLimit: z.boolean(),
  provenance: provenanceSchema,
});
export type MaterialItem = z.infer<typeof materialItemSchema>;

/** An enterprise's materials of one year. */
export const materialLedgerSchema = z.object({
  enterpriseId: z.string(),
  name: z.string(),
  industry: z.string(),
  township: z.string(),
  townshipName: z.string(),
  position: z.tuple([z.number(), z.number()]),
  year: z.number().int(),
  items: z.array(materialItemSchema),
  quantityT: z.number(),
  /** Share 0–1 of the quantity that is low-VOC; null without quantity. */
  compliantShare: z.number().nullable(),
  overLimit: z.number().int(),
});
export type MaterialLedger = z.infer<typeof materialLedgerSchema>;

/** Body of GET /api/voc/materials: per enterprise, the year asked or its latest up to as-of's year. */
export const materialsResponseSchema = z.object({
  asOf: z.string(),
  year: z.number().int().nullable(),
  ledgers: z.array(materialLedgerSchema),
  total: z.number().int(),
});
export type MaterialsResponse = z.infer<typeof materialsResponseSchema>;

/** Query of GET /api/voc/summary. */
export const vocSummaryQuerySchema = asOfQuery({ township: townshipCodeSchema.optional() });

const shareRowSchema = z.object({
  compliantShare: z.number().nullable(),
  enterprises: z.number().int(),
  quantityT: z.number(),
});

/** Body of GET /api/voc/summary. */
export const vocSummarySchema = z.object({
  asOf: z.string(),
  township: z.string().nullable(),
  /** Years up to as-of's year with material records, oldest first. */
  years: z.array(
    z.object({
      year: z.number().int(),
      district: shareRowSchema,
      industries: z.array(shareRowSchema.extend({ industry: z.string() })),
    }),
  ),
  carbon: z.object({
    enterprises: z.number().int(),
    fillShort: z.number().int(),
    transferOverdue: z.number().int(),
    spentKg: z.number(),
    untransferredKg: z.number(),
  }),
});
export type VocSummary = z.infer<typeof vocSummarySchema>;

/** The ledgers a CSV/XLSX import fills: 更换记录, 转移联单, 原辅材料. */
export const vocImportKinds = ['replacements', 'transfers', 'materials'] as const;
export type VocImportKind = (typeof vocImportKinds)[number];

/** Query of POST /api/voc/import/dry-run and /commit; the body is the file's bytes. */
export const vocImportQuerySchema = z
  .object({
    kind: z.enum(vocImportKinds),
    file: z
      .string()
      .max(200, 'at most 200 characters')
      .regex(/\.(csv|xlsx)$/i, 'must name a .csv or .xlsx file'),
  })
  .strict();
export type VocImportQuery = z.infer<typeof vocImportQuerySchema>;

/** The report of a ledger import: each row checked with the same schema and checks as one record posted. */
export const vocImportReportSchema = z.object({
  kind: z.enum(vocImportKinds),
  fileName: z.string(),
  rows: z.number().int(),
  valid: z.number().int(),
  /** The first 500 problems (row = the spreadsheet's row number). */
  problems: z.array(z.object({ row: z.number().int().nullable(), text: z.object({ zh: z.string(), en: z.string() }) })),
  committable: z.boolean(),
  /** Records written (0 for a dry run). */
  committed: z.number().int(),
});
export type VocImportReport = z.infer<typeof vocImportReportSchema>;
