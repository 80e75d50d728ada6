import type { AttachmentMime } from '../schema/attachments.ts';

/** Magic bytes of each accepted type: an attachment's type is told by them alone, never by its name. */
const signatures: readonly { mime: AttachmentMime; bytes: readonly number[] }[] = [
  { mime: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
];

/**
 * The type of a file by its magic bytes: JPEG (FF D8 FF), PNG (89 50 4E 47 0D 0A 1A 0A) or PDF (%PDF-); null for
 * anything else.
 *
 * @example
 * sniffAttachment(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])); // 'application/pdf'
 */
export function sniffAttachment(bytes: Uint8Array): AttachmentMime | null {
  const match = signatures.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b));
  return match?.mime ?? null;
}

/** The extension a stored file name gets when it has none of its type. */
const extensions: Readonly<Record<AttachmentMime, readonly string[]>> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'application/pdf': ['.pdf'],
};

/**
 * A file name safe to store and to send back in Content-Disposition: the last path segment only, without control
 * characters, quotes or a leading dot, at most 120 characters, ending in an extension of its sniffed type (a PNG
 * named `x.pdf` is stored as `x.pdf.png`).
 *
 * @example
 * sanitiseFileName('../../etc/现场照片\u0000.jpg', 'image/jpeg'); // '现场照片.jpg'
 */
export function sanitiseFileName(name: string, mime: AttachmentMime): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const cleaned = [...last]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code >= 0x20 && !(code >= 0x7f && code <= 0x9f) && !'"<>|:*?'.includes(ch);
    })
    .join('')
    .replace(/^[.\s]+/, '')
    .trim();
  const allowed = extensions[mime];
  const base = cleaned.slice(0, 110) || 'attachment';
  const hasExtension = allowed.some((ext) => base.toLowerCase().endsWith(ext));
  return hasExtension ? base : `${base}${allowed[0]}`;
}
