import { z } from 'zod';
import { calendarDateSchema, provenanceSchema, textSchema } from './common.ts';
import { listGrades, measureKinds, warningLevels } from './enums/emergency.ts';

export * from './enums/emergency.ts';

export const warningLevelSchema = z.enum(warningLevels);
export const listGradeSchema = z.enum(listGrades);
export const measureKindSchema = z.enum(measureKinds);

const name = (max: number) => textSchema().trim().min(1, 'required').max(max, `at most ${max} characters`);
const tonnesPerDay = z.number().finite().min(0, 'must be ≥ 0 t/day').max(100_000, 'at most 100,000 t/day');

/** Expected reduction of PM, SO2, NOx and VOCs, t/day. */
export const reductionsSchema = z.object({
  pm: tonnesPerDay,
  so2: tonnesPerDay,
  nox: tonnesPerDay,
  vocs: tonnesPerDay,
});
export type Reductions = z.infer<typeof reductionsSchema>;

/** One measure of a listed enterprise at one level, for one production line or process. */
export const listMeasureSchema = z
  .object({
    /** 生产线/工序, e.g. 2#回转窑; 全厂 for the whole plant. */
    line: name(80),
    kind: measureKindSchema,
    /** `limit` only: the share of output cut, % (0 < x < 100). */
    limitPct: z.number().finite().gt(0).lt(100).nullable().default(null),
    /** The stack outlet (排放口编号, e.g. DA001) the line emits through; its CEMS data verify the measure. */
    outletCode: textSchema().trim().min(1).max(24).nullable().default(null),
    /** The measure as the list words it. */
    text: name(300),
  })
  .strict()
  .refine((m) => (m.kind === 'limit') === (m.limitPct !== null), {
    message: 'limitPct: required for a limit (限产) measure and only for it',
    params: { zh: '限产措施须填写限产比例，其他措施不填' },
  });
export type ListMeasure = z.infer<typeof listMeasureSchema>;

/** One enterprise on the list, as a revision writes it and the list returns it. */
export const listEntryInputSchema = z
  .object({
    enterpriseId: textSchema().trim().min(1).max(64),
    /** The name as written on the list. */
    enterpriseName: name(120),
    grade: listGradeSchema,
    /** The list's industry (行业), free text. */
    industry: name(60),
    /** 建成区内 (as the list marks it). */
    builtUpArea: z.boolean(),
    /** 重污染企业 (as the list marks it); with builtUpArea, task 2's stricter measures apply. */
    heavyPolluter: z.boolean(),
    contact: textSchema().trim().max(80).nullable().default(null),
    /** Measures per level; every level needs at least one. */
    measures: z.object({
      yellow: z.array(listMeasureSchema).min(1, 'at least one measure').max(30),
      orange: z.array(listMeasureSchema).min(1, 'at least one measure').max(30),
      red: z.array(listMeasureSchema).min(1, 'at least one measure').max(30),
    }),
    reductions: z.object({ yellow: reductionsSchema, orange: reductionsSchema, red: reductionsSchema }),
  })
  .strict();
export type ListEntryInput = z.infer<typeof listEntryInputSchema>;

/** The head of a list version: who signed it, from when it applies. */
export const listVersionHeadSchema = z
  .object({
    /** The bureau's label, e.g. 2023年秋冬季（第2版）. */
    version: name(60),
    effectiveFrom: calendarDateSchema,
    title: name(120),
    /** 审核签发: name and post. */
    signedOffBy: name(80),
    signedOffOn: calendarDateSchema,
    /** What this revision changes and why. */
    note: textSchema({ multiline: true }).trim().max(2000).nullable().default(null),
  })
  .strict();

/** Body of POST /api/emergency/list/versions: a whole new version (a revision holds the whole list). */
export const listRevisionBodySchema = listVersionHeadSchema
  .extend({ entries: z.array(listEntryInputSchema).min(1, 'at least one enterprise').max(2000) })
  .strict();
export type ListRevisionBody = z.infer<typeof listRevisionBodySchema>;

/** A stored version as lists show it. */
export const listVersionSummarySchema = z.object({
  id: z.number().int(),
  version: z.string(),
  effectiveFrom: z.string(),
  title: z.string(),
  signedOffBy: z.string(),
  signedOffOn: z.string(),
  note: z.string().nullable(),
  /** 'manual', 'import:<file>' or the demo generator. */
  source: z.string(),
  provenance: provenanceSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  enterprises: z.number().int(),
});
export type ListVersionSummary = z.infer<typeof listVersionSummarySchema>;

/** A listed enterprise as GET /api/emergency/list returns it: the entry and where the enterprise is now. */
export const listEntrySchema = listEntryInputSchema.extend({
  /** Whether the enterprise is in the enterprises layer (false: the list names one no longer held). */
  found: z.boolean(),
  township: z.string().nullable(),
  townshipName: z.string().nullable(),
  /** The console's industry id of the enterprise, when found. */
  consoleIndustry: z.string().nullable(),
});
export type ListEntry = z.infer<typeof listEntrySchema>;

/** The required reductions (the emergency plan's shares of the district's emissions) with their documents. */
export const requirementBodySchema = z
  .object({
    effectiveFrom: calendarDateSchema,
    /** The emergency plan, e.g. 忻州市重污染天气应急预案. */
    document: name(200),
    /** Where the shares were read (文号, page, URL). */
    source: name(300),
    shares: z
      .object({
        yellow: z.number().gt(0).lt(1),
        orange: z.number().gt(0).lt(1),
        red: z.number().gt(0).lt(1),
      })
      .refine((s) => s.yellow <= s.orange && s.orange <= s.red, {
        message: 'shares: must not fall from yellow to orange to red',
        params: { zh: '减排比例应随预警级别递增' },
      }),
    /** The district's emissions the shares apply to, t/day. */
    base: z.object({
      pm: tonnesPerDay.gt(0),
      so2: tonnesPerDay.gt(0),
      nox: tonnesPerDay.gt(0),
      vocs: tonnesPerDay.gt(0),
    }),
    baseSource: name(300),
    provenance: provenanceSchema.default('official'),
  })
  .strict();
export type RequirementBody = z.infer<typeof requirementBodySchema>;

export const requirementSchema = requirementBodySchema.extend({
  id: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Requirement = z.infer<typeof requirementSchema>;

/** Body of GET /api/emergency/requirements: every requirement entered, newest effective first. */
export const requirementsListResponseSchema = z.object({ requirements: z.array(requirementSchema) });
export type RequirementsListResponse = z.infer<typeof requirementsListResponseSchema>;

/** One level's check: required t/day (share × base), the list's expected t/day, and the pollutants short. */
export const levelCheckSchema = z.object({
  share: z.number(),
  required: reductionsSchema,
  expected: reductionsSchema,
  shortfall: z.array(z.enum(['pm', 'so2', 'nox', 'vocs'])),
});
export type LevelCheck = z.infer<typeof levelCheckSchema>;

/** Query of GET /api/emergency/list: a version by id, else the one in force on `on` (default: the present's day). */
export const listQuerySchema = z
  .object({
    version: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, 'must be a version id (1, 2, 3…)')
      .transform(Number)
      .optional(),
    on: calendarDateSchema.optional(),
  })
  .strict();

/** Body of GET /api/emergency/list. `version` is null when no version is in force. */
export const listResponseSchema = z.object({
  version: listVersionSummarySchema.nullable(),
  entries: z.array(listEntrySchema),
  totals: z.object({ yellow: reductionsSchema, orange: reductionsSchema, red: reductionsSchema }),
  /** The requirement in force on the version's effective day; null when none is entered. */
  requirement: requirementSchema.nullable(),
  /** Per level, the check of the totals against the requirement; null without a requirement. */
  check: z.object({ yellow: levelCheckSchema, orange: levelCheckSchema, red: levelCheckSchema }).nullable(),
  versions: z.array(listVersionSummarySchema),
});
export type ListResponse = z.infer<typeof listResponseSchema>;

/** Query of GET /api/emergency/list/diff: two version ids. */
export const listDiffQuerySchema = z
  .object({
    from: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, 'must be a version id')
      .transform(Number),
    to: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, 'must be a version id')
      .transform(Number),
  })
  .strict();

/** One changed field of an entry between two versions (values as JSON-able data). */
export const listFieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

/** Body of GET /api/emergency/list/diff. */
export const listDiffSchema = z.object({
  from: listVersionSummarySchema,
  to: listVersionSummarySchema,
  added: z.array(z.object({ enterpriseId: z.string(), enterpriseName: z.string() })),
  removed: z.array(z.object({ enterpriseId: z.string(), enterpriseName: z.string() })),
  changed: z.array(
    z.object({ enterpriseId: z.string(), enterpriseName: z.string(), changes: z.array(listFieldChangeSchema) }),
  ),
  /** Totals per level before and after. */
  totals: z.object({
    from: z.object({ yellow: reductionsSchema, orange: reductionsSchema, red: reductionsSchema }),
    to: z.object({ yellow: reductionsSchema, orange: reductionsSchema, red: reductionsSchema }),
  }),
});
export type ListDiff = z.infer<typeof listDiffSchema>;

/** Query of POST /api/emergency/list/import/dry-run and /commit; the body is the file's bytes (.csv or .xlsx). */
export const listImportQuerySchema = z
  .object({
    file: z
      .string()
      .max(200, 'at most 200 characters')
      .regex(/^[^/\\\0]+\.(csv|xlsx|CSV|XLSX)$/, 'must be a .csv or .xlsx file name, no folders'),
    version: name(60),
    effectiveFrom: calendarDateSchema,
    title: name(120),
    signedOffBy: name(80),
    signedOffOn: calendarDateSchema,
    note: textSchema().trim().max(500).optional(),
    provenance: provenanceSchema.default('official'),
  })
  .strict();
export type ListImportQuery = z.infer<typeof listImportQuerySchema>;
