import { z } from 'zod';

/**
 * The plan as a requirements register: every requirement sentence of 二、主要目标, 三、重点任务,
 * 四、攻坚行动 and 五、保障措施, verbatim, with how the console supervises it. Extracted into
 * `seeds/plan/requirements.json` (`npm run plan:extract`), served by `GET /api/plan/requirements`;
 * the plan's full text, cut into spans that point at requirements, by `GET /api/plan/document`.
 */

/** What a requirement asks: a figure, a duty, a dated duty, a time-bound control, an encouragement, a safeguard. */
export const requirementKinds = ['target', 'obligation', 'deadline', 'control', 'encouragement', 'safeguard'] as const;
export type RequirementKind = (typeof requirementKinds)[number];

/** How far the console supervises a requirement. */
export const coverageStatuses = ['covered', 'partial', 'missing'] as const;
export type CoverageStatus = (typeof coverageStatuses)[number];

/**
 * What supervises a requirement, and where the Plan view jumps: a map layer (`LayerId`), a rule
 * (`RuleId`), a console view (`View`: overview, layers, analysis, air, alerts, routes, tasks, data,
 * plan), a report section (`monthly` …), an API route (`GET /api/…`), a plan target (`Target.id`),
 * a control (`ozone`, `autumn-winter`, `heavy-pollution`), or the city-assigned indicators.
 */
export const supportKinds = ['layer', 'rule', 'view', 'report', 'api', 'target', 'control', 'indicator'] as const;
export type SupportKind = (typeof supportKinds)[number];

export const requirementSupportSchema = z.object({ kind: z.enum(supportKinds), id: z.string().min(1) });
export type RequirementSupport = z.infer<typeof requirementSupportSchema>;

const localizedSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const requirementSchema = z.object({
  /** `G1`… (二、主要目标), `T10.4` (task 10, fourth requirement), `S3` (五、保障措施). */
  id: z.string().regex(/^(G\d+|T\d{1,2}\.\d+|S\d+)$/),
  /** Part heading it sits under, e.g. '三、重点任务'. */
  part: z.string(),
  /** Task 1–17, null for targets and safeguards. */
  task: z.number().int().min(1).max(17).nullable(),
  /** The requirement's words, a verbatim substring of the plan document. */
  quote: z.string().min(1),
  kind: z.enum(requirementKinds),
  /** The plan's own word of strength (力争, 不得, 严格, 鼓励, 坚决, 全面 …), verbatim; null when it uses none. */
  strength: z.string().nullable(),
  /**
   * The units the plan charges with it (for a task: its 牵头/配合/责任单位; for targets and safeguards:
   * as the text names them).
   */
  units: z.object({
    lead: z.array(z.string()),
    cooperating: z.array(z.string()),
    responsible: z.array(z.string()),
  }),
  status: z.enum(coverageStatuses),
  supports: z.array(requirementSupportSchema),
  /** One sentence on what is missing (null when covered). */
  gap: localizedSchema.nullable(),
});
export type Requirement = z.infer<typeof requirementSchema>;

/**
 * One run of the plan's text: a requirement's quote, preamble (prose that asks nothing), or structure
 * (headings, unit lists).
 */
export const documentSpanSchema = z.object({
  text: z.string(),
  /** The requirement this run is the quote of (null for preamble and structure). */
  requirement: z.string().nullable(),
  role: z.enum(['requirement', 'preamble', 'structure']),
});

/** One paragraph or heading of the plan, from 一、指导思想 to the end of 五、保障措施, in order. */
export const documentParagraphSchema = z.object({
  kind: z.enum(['part', 'section', 'paragraph']),
  /** Task number when the paragraph is a task (1–17). */
  task: z.number().int().min(1).max(17).nullable(),
  spans: z.array(documentSpanSchema).min(1),
});
export type DocumentParagraph = z.infer<typeof documentParagraphSchema>;

/** `seeds/plan/requirements.json`: the register and the text it is cut from. */
export const requirementsRegisterSchema = z.object({
  requirements: z.array(requirementSchema).min(1),
  paragraphs: z.array(documentParagraphSchema).min(1),
});
export type RequirementsRegister = z.infer<typeof requirementsRegisterSchema>;

export const coverageCountsSchema = z.object({
  covered: z.number().int().min(0),
  partial: z.number().int().min(0),
  missing: z.number().int().min(0),
});

/** A task number of a query parameter: plain digits 1–17. */
const taskParamSchema = z
  .string()
  .refine((text) => /^(?:[1-9]|1[0-7])$/.test(text), {
    message: 'must be a task number 1–17 in plain digits',
    params: { zh: '须为 1–17 的任务编号' },
  })
  .transform(Number);

/**
 * Query of GET /api/plan/requirements: optional filters by task, unit (one of `units`, the unit names
 * of the register, in any role) and status. Unknown parameters are refused.
 *
 * @example
 * requirementsQuerySchema(['区住建局']).parse({ task: '11', status: 'missing' }); // { task: 11, status: 'missing' }
 */
export function requirementsQuerySchema(units: readonly string[]) {
  const known = new Set(units);
  return z
    .object({
      task: taskParamSchema.optional(),
      unit: z
        .string()
        .refine((unit) => known.has(unit), {
          message: 'must be a unit the plan names (see the units of GET /api/plan/requirements)',
          params: { zh: '不是规划中的单位名称' },
        })
        .optional(),
      status: z.enum(coverageStatuses).optional(),
    })
    .strict();
}
export type RequirementsQuery = z.infer<ReturnType<typeof requirementsQuerySchema>>;

/** Body of GET /api/plan/requirements. */
export const requirementsResponseSchema = z.object({
  requirements: z.array(requirementSchema),
  counts: coverageCountsSchema,
});
export type RequirementsResponse = z.infer<typeof requirementsResponseSchema>;

/** Body of GET /api/plan/document. */
export const planDocumentResponseSchema = z.object({
  titleZh: z.string(),
  issuedBy: z.string(),
  issued: z.string(),
  paragraphs: z.array(documentParagraphSchema),
});
export type PlanDocumentResponse = z.infer<typeof planDocumentResponseSchema>;
