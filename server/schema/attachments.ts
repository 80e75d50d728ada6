import { z } from 'zod';

/** The types an attachment may have (a visit's photo, a document), told by content. */
export const attachmentMimes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentMime = (typeof attachmentMimes)[number];

/** Largest attachment, bytes (5 MiB; the table's CHECK holds the same). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/**
 * Query of POST /api/attachments: the file's name (its path, control characters and quotes are dropped before it is
 * stored); the body is the file's bytes.
 */
export const attachmentQuerySchema = z
  .object({ file: z.string().max(255, 'at most 255 characters').optional() })
  .strict();

/** Body of POST /api/attachments (201): what was stored. */
export const attachmentSchema = z.object({
  id: z.number().int(),
  mime: z.enum(attachmentMimes),
  size: z.number().int(),
  fileName: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;
