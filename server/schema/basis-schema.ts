import { z } from 'zod';
import type { Basis } from './basis.ts';
import { localizedSchema } from './common.ts';

/**
 * A requirement id of the plan's register: `G1`… (二、主要目标), `T10.4` (task 10, fourth requirement), `S3`
 * (五、保障措施).
 */
export const requirementIdPattern = /^(G\d+|T\d{1,2}\.\d+|S\d+)$/;

/** What a rule, a measure or a control rests on, as served (「依据」; the type is {@link Basis}). */
export const basisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan'), requirement: z.string().regex(requirementIdPattern) }),
  z.object({ kind: z.literal('external'), document: localizedSchema, note: localizedSchema.optional() }),
  z.object({ kind: z.literal('convention'), note: localizedSchema }),
]) satisfies z.ZodType<Basis>;

/** A non-empty list of bases. */
export const basesSchema = z.array(basisSchema).min(1);
