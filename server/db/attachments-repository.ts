import type { AttachmentMime } from '../schema/attachments.ts';
import type { Db } from './open-database.ts';

/** A stored attachment's head (without its bytes). */
export interface AttachmentHead {
  id: number;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  fileName: string;
  createdAt: string;
  createdBy: string;
}

/** A stored attachment with its bytes. */
export interface AttachmentRecord extends AttachmentHead {
  bytes: Buffer;
}

interface AttachmentRow {
  id: number;
  mime: AttachmentMime;
  size: number;
  sha256: string;
  file_name: string;
  created_at: string;
  created_by: string;
}

const toHead = (r: AttachmentRow): AttachmentHead => ({
  id: r.id,
  mime: r.mime,
  size: r.size,
  sha256: r.sha256,
  fileName: r.file_name,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

/** Stores an attachment; returns its head. */
export function insertAttachment(db: Db, a: Omit<AttachmentRecord, 'id' | 'size'>): AttachmentHead {
  const result = db
    .prepare(
      `INSERT INTO attachments (mime, size, sha256, file_name, bytes, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(a.mime, a.bytes.length, a.sha256, a.fileName, a.bytes, a.createdAt, a.createdBy);
  const { bytes, ...head } = a;
  return { id: Number(result.lastInsertRowid), size: bytes.length, ...head };
}

/** An attachment with its bytes, or null. */
export function readAttachment(db: Db, id: number): AttachmentRecord | null {
  const row = db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as
    | (AttachmentRow & { bytes: Buffer })
    | undefined;
  return row ? { ...toHead(row), bytes: row.bytes } : null;
}

/** Whether attachment `id` exists. */
export function attachmentExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM attachments WHERE id = ?').get(id) !== undefined;
}
