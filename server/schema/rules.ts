import { z } from 'zod';
import { basesSchema } from './basis-schema.ts';
import { asOfParamSchema, asOfQuery, localizedSchema } from './common.ts';
import { ruleHitLayers, ruleIds } from './enums/rule-id.ts';
import { severities } from './enums/severity.ts';

/** A heavy-pollution alert level. */
export const alertLevelSchema = z.enum(['none', 'yellow', 'orange', 'red']);

/** The alert level in a query: set (`alertLevel`), or derived from `forecast` (daily AQI of the coming days). */
export const alertLevelQueryShape = {
  alertLevel: alertLevelSchema.optional(),
  /** Forecast daily AQI of the coming days, comma-separated; derives the alert level when `alertLevel` is absent. */
  forecast: z
    .string()
    .regex(/^\d{1,3}(,\d{1,3})*$/, 'must be comma-separated daily AQI values, e.g. 210,230,180')
    .transform((text) => text.split(',').map(Number))
    .optional(),
};

/** Query of GET /api/rules: the moment and the heavy-pollution alert level. */
export const ruleHitsQuerySchema = z.object({ asOf: asOfParamSchema.optional(), ...alertLevelQueryShape }).strict();

/**
 * Query of GET /api/controls: the moment (`asOf`, or its deprecated alias `at`) and the heavy-pollution alert level.
 */
export const controlsQuerySchema = asOfQuery(alertLevelQueryShape);

/** One rule hit as served. */
export const ruleHitSchema = z.object({
  rule: z.enum(ruleIds),
  task: z.number().int().min(1).max(17),
  severity: z.enum(severities),
  layer: z.enum(ruleHitLayers),
  entityId: z.string(),
  township: z.string(),
  since: z.string().nullable(),
  title: localizedSchema,
  detail: localizedSchema,
  /** What the rule rests on (「依据」): the plan's requirement(s), and any external document or convention. */
  basis: basesSchema,
});

/** Body of GET /api/rules. */
export const ruleHitsResponseSchema = z.object({
  asOf: z.string(),
  alertLevel: alertLevelSchema,
  /** Controls in force at as-of. */
  controls: z.object({ ozone: z.boolean(), autumnWinter: z.boolean() }),
  /** Hits per rule id. */
  counts: z.record(z.string(), z.number().int()),
  hits: z.array(ruleHitSchema),
});
export type RuleHitsResponse = z.infer<typeof ruleHitsResponseSchema>;

/** One rule of GET /api/rules/catalogue: what it is and what it rests on. */
export const ruleCatalogueEntrySchema = z.object({
  id: z.enum(ruleIds),
  task: z.number().int().min(1).max(17),
  severity: z.enum(severities),
  layer: z.enum(ruleHitLayers),
  title: localizedSchema,
  basis: basesSchema,
});

/**
 * Body of GET /api/rules/catalogue: every rule with its 「依据」.
 *
 * @example
 * const { rules }: RuleCatalogueResponse = await (await fetch('/api/rules/catalogue')).json();
 * rules.find((r) => r.id === 'coal-reburning')?.basis[0]; // { kind: 'plan', requirement: 'T7.5' }
 */
export const ruleCatalogueResponseSchema = z.object({ rules: z.array(ruleCatalogueEntrySchema) });
export type RuleCatalogueResponse = z.infer<typeof ruleCatalogueResponseSchema>;
