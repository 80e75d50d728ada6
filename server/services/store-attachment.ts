import { createHash } from 'node:crypto';
import { insertAttachment, type AttachmentHead } from '../db/attachments-repository.ts';
import { recordAudit, type Actor } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import type { AttachmentMime } from '../schema/attachments.ts';

/** Stores a checked file (type sniffed, name sanitised) with its SHA-256 (inside the writer's transaction); audited. */
export function storeAttachment(
  db: Db,
  actor: Actor,
  file: { bytes: Uint8Array; mime: AttachmentMime; fileName: string },
  at: string,
): AttachmentHead {
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const head = insertAttachment(db, {
    mime: file.mime,
    sha256,
    fileName: file.fileName,
    bytes,
    createdAt: at,
    createdBy: actor.username,
  });
  recordAudit(
    db,
    actor,
    {
      action: 'attachment.create',
      entity: 'attachment',
      entityId: head.id,
      after: { mime: head.mime, size: head.size, sha256, fileName: head.fileName },
    },
    at,
  );
  return head;
}
