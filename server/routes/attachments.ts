import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readAttachment } from '../db/attachments-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import { ApiError, errorBody } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { parseIdParam, parseWith } from '../http/parse-with.ts';
import { sanitiseFileName, sniffAttachment } from '../http/sniff-attachment.ts';
import { attachmentQuerySchema, MAX_ATTACHMENT_BYTES, type Attachment } from '../schema/attachments.ts';
import { storeAttachment } from '../services/store-attachment.ts';

const MIB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

/** 413 once the upload passes 5 MiB, counted as it streams in (or from its Content-Length). */
const limitAttachment = bodyLimit({
  maxSize: MAX_ATTACHMENT_BYTES,
  onError: (c) =>
    c.json(
      errorBody('payload_too_large', `attachment exceeds ${MIB} MiB`, {
        zh: `附件超过 ${MIB} MB，请压缩后再上传`,
        en: `attachment exceeds ${MIB} MiB (${MAX_ATTACHMENT_BYTES} bytes)`,
      }),
      413,
    ),
});

/** `filename*` of Content-Disposition (RFC 8187): UTF-8, percent-encoded. */
const encodedFileName = (name: string) =>
  `UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/**
 * Attachments (a visit's photo), mounted at /api/attachments: POST /?file=<name> with the file's bytes as the body
 * (≤ 5 MiB; JPEG, PNG or PDF told by the first bytes alone, 415 otherwise; the name sanitised; SHA-256 kept; audited)
 * → 201 {id, mime, size, fileName}; GET /:id → the bytes with their type, nosniff, a sandboxing CSP, images inline
 * and PDFs as downloads, cached privately for an hour.
 */
export function attachmentRoutes(db: Db, writer: Writer, now: () => number) {
  return new Hono<AuthEnv>()
    .post('/', limitAttachment, async (c) => {
      const user = currentUser(c);
      const query = parseWith(attachmentQuerySchema, c.req.query(), 'query parameter');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) {
        throw new ApiError(400, 'invalid_request', {
          zh: '上传内容为空：请把文件内容作为请求体发送',
          en: 'body: empty; send the file’s bytes as the request body',
        });
      }
      const mime = sniffAttachment(bytes);
      if (mime === null) {
        throw new ApiError(415, 'invalid_request', {
          zh: '文件类型不受支持：只接受 JPEG、PNG 图片或 PDF 文件（按文件内容判断，而非文件名）',
          en: 'unsupported file type: only JPEG, PNG or PDF are accepted (told by the content, not the name)',
        });
      }
      const fileName = sanitiseFileName(query.file ?? '', mime);
      const head = await writer.write((tx) =>
        storeAttachment(tx, user, { bytes, mime, fileName }, new Date(now()).toISOString()),
      );
      const body: Attachment = { id: head.id, mime: head.mime, size: head.size, fileName: head.fileName };
      return c.json(body, 201);
    })
    .get('/:id', (c) => {
      const id = parseIdParam(c.req.param('id'), 'attachment id');
      const file = readAttachment(db, id);
      if (!file) throw new ApiError(404, 'not_found', { zh: `没有编号为 ${id} 的附件`, en: `no attachment ${id}` });
      const disposition = file.mime === 'application/pdf' ? 'attachment' : 'inline';
      return c.body(new Uint8Array(file.bytes), 200, {
        'Content-Type': file.mime,
        'Content-Length': String(file.bytes.length),
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': `${disposition}; filename*=${encodedFileName(file.fileName)}`,
        'Cache-Control': 'private, max-age=3600',
        'Content-Security-Policy': 'sandbox',
      });
    });
}
