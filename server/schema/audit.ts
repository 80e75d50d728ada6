import { z } from 'zod';
import { idParamSchema } from './common.ts';

/** Query of GET /api/audit: newest first, filtered, paged by `before` (an entry id). */
export const auditQuerySchema = z
  .object({
    actor: z.string().trim().max(64).optional(),
    action: z
      .string()
      .regex(/^[a-z-]+(\.[a-z-]+){0,2}$/, 'must be an action such as alert.assign')
      .optional(),
    entity: z
      .string()
      .regex(/^[a-z-]+$/, 'must be an entity such as alert or enterprises')
      .optional(),
    entityId: z.string().max(64).optional(),
    before: idParamSchema.optional(),
    limit: idParamSchema.refine((n) => n <= 500, { message: 'must be at most 500' }).default(100),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** One audit entry. `before`/`after` are the record's state around the write (null when created/removed). */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actor: z.string(),
  role: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  detail: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditResponse = z.infer<typeof auditResponseSchema>;
