/**
 * Enforcement cases (执法案件, issue 17; S8, S10, T17.6): the bodies and queries of /api/cases and the shapes it
 * answers with. The client imports the types only (`import type { CaseDetail } from …/schema/cases.ts`).
 *
 * @module
 */
import { z } from 'zod';
import {
  asOfParamSchema,
  booleanParamSchema,
  calendarDateSchema,
  listParamSchema,
  provenanceSchema,
  textSchema,
  townshipCodeSchema,
} from './common.ts';
import {
  caseAttachmentKinds,
  caseMeasures,
  caseOrigins,
  caseStages,
  caseStepKinds,
  reinspectionResults,
} from './enums/enforcement-case.ts';
import { ruleHitLayers } from './enums/rule-id.ts';

/** Most cases GET /api/cases returns at once (default 100). */
export const MAX_CASES_LIMIT = 500;
/** Most documents a case may hold. */
export const MAX_CASE_DOCUMENTS = 20;
/** Largest fine a decision may record, 元 (the 《大气污染防治法》's fines stay far below). */
export const MAX_FINE_YUAN = 10_000_000;

const idSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const noteSchema = textSchema({ multiline: true }).trim().max(2000);
const departmentIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{2,40}$/, 'must be a department id (lower-case letters, digits and -)');
const taskSchema = z.number().int().min(1).max(17);
/** A step's or an opening's time: `YYYY-MM-DDTHH:mm` CST (or with an offset), normalised to CST. */
const momentSchema = asOfParamSchema;

/** The entity a case is about: a feature of a map layer whose entities rules hit. */
export const caseEntitySchema = z
  .object({
    layer: z.enum(ruleHitLayers),
    id: textSchema().trim().min(1).max(80),
  })
  .strict();

/**
 * Body of POST /api/cases: open a case from an alert, a public report or a fuel sample (entity, township and task
 * resolved from it), or on an explicit entity (an inspection or another lead: `task` required).
 */
export const caseOpenBodySchema = z
  .object({
    origin: z.enum(caseOrigins),
    alertId: idSchema.optional(),
    reportId: idSchema.optional(),
    sampleId: idSchema.optional(),
    /** The entity; for a public report, optionally the enterprise behind it (default: the report itself). */
    entity: caseEntitySchema.optional(),
    /** The plan task (1–17): required with an explicit entity, else resolved from the source. */
    task: taskSchema.optional(),
    /** The enforcing department; default `eco-env` (市生态环境局忻府分局). */
    departmentId: departmentIdSchema.optional(),
    /** 违法事实 as filed. */
    violation: textSchema({ multiline: true }).trim().min(1).max(2000),
    /** When it was filed; default the dataset's present. */
    openedAt: momentSchema.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const need = (key: 'alertId' | 'reportId' | 'sampleId', zh: string) => {
      if (body[key] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `required for origin '${body.origin}'`,
          params: { zh: `来源为「${zh}」时必填` },
        });
    };
    const forbid = (key: 'alertId' | 'reportId' | 'sampleId') => {
      if (body[key] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `must be absent for origin '${body.origin}'`,
          params: { zh: '与案件来源不符，不应填写' },
        });
    };
    if (body.origin === 'alert') need('alertId', '告警');
    else forbid('alertId');
    if (body.origin === 'public-report') need('reportId', '群众举报');
    else forbid('reportId');
    if (body.origin === 'fuel-sample') need('sampleId', '油品抽检');
    else forbid('sampleId');
    if ((body.origin === 'inspection' || body.origin === 'other') && body.entity === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['entity'],
        message: 'required for an inspection or another lead',
        params: { zh: '现场检查或其他线索立案须指明当事对象' },
      });
    if ((body.origin === 'inspection' || body.origin === 'other') && body.task === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['task'],
        message: 'required with an explicit entity',
        params: { zh: '指明当事对象时须填写规划任务' },
      });
    if ((body.origin === 'alert' || body.origin === 'fuel-sample') && body.entity !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['entity'],
        message: `must be absent: the ${body.origin} names it`,
        params: { zh: '由来源确定，不应填写' },
      });
  });
export type CaseOpenBody = z.infer<typeof caseOpenBodySchema>;

const legalBasisSchema = textSchema({ multiline: true }).trim().min(1).max(500);

/** Body of POST /api/cases/:id/steps: one step (its own fields; `at` default the dataset's present). */
export const caseStepBodySchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('investigate'), at: momentSchema.optional(), note: noteSchema.min(1) }).strict(),
  z
    .object({
      step: z.literal('decide'),
      at: momentSchema.optional(),
      note: noteSchema.default(''),
      legalBasis: legalBasisSchema,
      /** 处罚决定书文号. */
      decisionNo: textSchema().trim().min(1).max(60),
      /** 元, 0 when the decision orders measures only. */
      fineYuan: z.number().finite().min(0).max(MAX_FINE_YUAN),
      measures: z
        .array(z.enum(caseMeasures))
        .max(caseMeasures.length)
        .refine((list) => new Set(list).size === list.length, {
          message: 'must not repeat a measure',
          params: { zh: '措施不能重复' },
        })
        .default([]),
    })
    .strict()
    .refine((b) => b.fineYuan > 0 || b.measures.length > 0, {
      path: ['fineYuan'],
      message: 'a decision needs a fine above 0 or at least one measure',
      params: { zh: '处罚决定须有罚款（大于 0）或至少一项其他措施' },
    }),
  z
    .object({
      step: z.literal('no-penalty'),
      at: momentSchema.optional(),
      note: noteSchema.default(''),
      /** The legal basis or reason of not imposing a penalty. */
      legalBasis: legalBasisSchema,
    })
    .strict(),
  z
    .object({
      step: z.literal('order-rectification'),
      at: momentSchema.optional(),
      note: noteSchema.default(''),
      dueOn: calendarDateSchema,
      requirement: textSchema({ multiline: true }).trim().min(1).max(1000),
    })
    .strict(),
  z
    .object({
      step: z.literal('reinspect'),
      at: momentSchema.optional(),
      note: noteSchema.default(''),
      result: z.enum(reinspectionResults),
      /** Required when the re-inspection failed (the order goes on); absent when it passed. */
      newDueOn: calendarDateSchema.nullable().default(null),
    })
    .strict(),
  z.object({ step: z.literal('close'), at: momentSchema.optional(), note: noteSchema.default('') }).strict(),
  z.object({ step: z.literal('note'), at: momentSchema.optional(), note: noteSchema.min(1) }).strict(),
]);
export type CaseStepBody = z.infer<typeof caseStepBodySchema>;

/** JSON body of POST /api/cases/:id/attachments naming an already uploaded attachment. */
export const caseAttachBodySchema = z
  .object({
    attachmentId: idSchema,
    kind: z.enum(caseAttachmentKinds),
    title: textSchema().trim().min(1).max(120),
    /** The step the document belongs to, if any. */
    stepId: idSchema.nullable().default(null),
  })
  .strict();
export type CaseAttachBody = z.infer<typeof caseAttachBodySchema>;

/** The text fields of a multipart POST /api/cases/:id/attachments (beside `file`). */
export const caseAttachFormSchema = caseAttachBodySchema.omit({ attachmentId: true });

const limitSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}$/, `must be a whole number 1–${MAX_CASES_LIMIT}`)
  .transform(Number)
  .refine((n) => n <= MAX_CASES_LIMIT, {
    message: `must be at most ${MAX_CASES_LIMIT}`,
    params: { zh: `不能大于 ${MAX_CASES_LIMIT}` },
  });

/** The filters of GET /api/cases and of its export. */
const caseFilterShape = {
  /** Comma-separated stages, e.g. `stage=rectifying,decided`. */
  stage: listParamSchema(caseStages).optional(),
  township: townshipCodeSchema.optional(),
  department: departmentIdSchema.optional(),
  task: z
    .string()
    .regex(/^(?:[1-9]|1[0-7])$/, 'must be a plan task 1–17')
    .transform(Number)
    .optional(),
  origin: z.enum(caseOrigins).optional(),
  layer: z.enum(ruleHitLayers).optional(),
  entity: textSchema().trim().min(1).max(80).optional(),
  /** Only cases overdue (true) or not (false) at the dataset's present. */
  overdue: booleanParamSchema.optional(),
  /** Part of the case number or of the entity's name. */
  q: textSchema().trim().min(1).max(60).optional(),
  /** Opened at or after / before (CST). */
  from: asOfParamSchema.optional(),
  to: asOfParamSchema.optional(),
};

const periodOk = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const periodIssue = () => ({
  path: ['to'],
  message: 'must not be before from',
  params: { zh: '结束时间不能早于开始时间' },
});
const entityOk = (q: { entity?: string; layer?: string }) => q.entity === undefined || q.layer !== undefined;
const entityIssue = () => ({ path: ['entity'], message: 'needs layer', params: { zh: '按对象筛选时须同时给出图层' } });

/** Query of GET /api/cases: filters, newest opening first, at most `limit` (default 100, ≤ 500). */
export const casesQuerySchema = z
  .object({ ...caseFilterShape, limit: limitSchema.optional() })
  .strict()
  .refine(periodOk, periodIssue())
  .refine(entityOk, entityIssue());
export type CasesQuery = z.infer<typeof casesQuerySchema>;

/** Most rows the CSV export writes. */
export const MAX_CASE_EXPORT_ROWS = 5000;

/** Query of GET /api/cases/export: the list's filters and the header language (default zh). */
export const caseExportQuerySchema = z
  .object({ ...caseFilterShape, lang: z.enum(['zh', 'en']).optional() })
  .strict()
  .refine(periodOk, periodIssue())
  .refine(entityOk, entityIssue());

/** Query of GET /api/cases/summary: the moment it counts at (default the dataset's present). */
export const caseSummaryQuerySchema = z.object({ asOf: asOfParamSchema.optional() }).strict();

/** One case in a list. */
export const caseListItemSchema = z.object({
  id: z.number().int(),
  /** 案件编号, 忻府环罚〔2023〕0012号. */
  number: z.string(),
  origin: z.enum(caseOrigins),
  stage: z.enum(caseStages),
  entity: z.object({ layer: z.string(), id: z.string(), name: z.string() }),
  township: z.string(),
  townshipName: z.string(),
  industry: z.string().nullable(),
  task: z.number().int(),
  departmentId: z.string(),
  departmentName: z.string().nullable(),
  violation: z.string(),
  openedAt: z.string(),
  openedBy: z.string(),
  fineYuan: z.number().nullable(),
  decidedAt: z.string().nullable(),
  rectificationDueOn: z.string().nullable(),
  reinspectionResult: z.enum(reinspectionResults).nullable(),
  closedAt: z.string().nullable(),
  /** Rectifying with its deadline before the dataset's present day. */
  overdue: z.boolean(),
  /** Where it came from: the alert, the public report's ticket, the fuel sample's number. */
  links: z.object({
    alertId: z.number().nullable(),
    reportTicket: z.string().nullable(),
    sampleNo: z.string().nullable(),
  }),
  updatedAt: z.string(),
  provenance: provenanceSchema,
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;

/** Body of GET /api/cases. */
export const casesResponseSchema = z.object({ total: z.number().int(), cases: z.array(caseListItemSchema) });
export type CasesResponse = z.infer<typeof casesResponseSchema>;

/** One recorded step; `data` holds the step's own fields (decide: legalBasis, decisionNo, fineYuan, measures …). */
export const caseStepSchema = z.object({
  id: z.number().int(),
  step: z.enum(caseStepKinds),
  at: z.string(),
  actor: z.string(),
  note: z.string(),
  data: z.record(z.string(), z.unknown()),
  recordedAt: z.string(),
});
export type CaseStep = z.infer<typeof caseStepSchema>;

/** One document of a case: fetch its bytes from GET /api/attachments/:attachmentId. */
export const caseDocumentSchema = z.object({
  attachmentId: z.number().int(),
  kind: z.enum(caseAttachmentKinds),
  title: z.string(),
  stepId: z.number().int().nullable(),
  mime: z.string(),
  size: z.number().int(),
  fileName: z.string(),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

/** Body of GET /api/cases/:id (and of the writes: the case as it stands after them). */
export const caseDetailSchema = caseListItemSchema.extend({
  legalBasis: z.string().nullable(),
  decisionNo: z.string().nullable(),
  otherMeasures: z.array(z.enum(caseMeasures)),
  reinspectedAt: z.string().nullable(),
  steps: z.array(caseStepSchema),
  documents: z.array(caseDocumentSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

const summaryFigures = {
  /** Opened by as-of and not closed by then. */
  open: z.number().int(),
  openedThisMonth: z.number().int(),
  openedThisYear: z.number().int(),
  /** Penalty decisions made in as-of's year up to as-of. */
  decided: z.number().int(),
  /** Their fines, 元. */
  finesYuan: z.number(),
  /** Rectifying with the deadline before as-of's day. */
  overdue: z.number().int(),
};
const summaryGroupSchema = z.object({ key: z.string(), name: z.string(), ...summaryFigures });
export type CaseSummaryGroup = z.infer<typeof summaryGroupSchema>;

/** Body of GET /api/cases/summary: the figures at as-of, district-wide and by township, industry, task, department. */
export const caseSummarySchema = z.object({
  asOf: z.string(),
  ...summaryFigures,
  byTownship: z.array(summaryGroupSchema),
  byIndustry: z.array(summaryGroupSchema),
  byTask: z.array(summaryGroupSchema),
  byDepartment: z.array(summaryGroupSchema),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
