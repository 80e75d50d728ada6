import type { Context } from 'hono';
import { preferredEncoding, type ContentCoding } from './accept-encoding.ts';
import type { CachedBody } from './body-cache.ts';

/** Bodies smaller than this (bytes) are sent as they are: compressing them gains nothing. */
export const COMPRESS_MIN_BYTES = 1024;

/** Cache-Control of cached bodies: browsers may keep them but must revalidate (ETag) before each use. */
export const REVALIDATE = 'private, no-cache';

/** The representation's strong ETag: the body's tag, suffixed with the coding it is sent in. */
function entityTag(body: CachedBody, coding: ContentCoding | null): string {
  return `"${body.tag}${coding ? `-${coding}` : ''}"`;
}

/**
 * Whether `If-None-Match` names this body: `*`, or its tag in any coding (the bytes before
 * compression are the same), compared weakly as RFC 9110 §13.1.2 says (a `W/` prefix, added
 * by proxies that re-encode, is ignored).
 */
function matches(header: string | undefined, body: CachedBody): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const tag = part.trim().replace(/^W\//, '');
    return (
      tag === '*' || tag === entityTag(body, null) || tag === entityTag(body, 'gzip') || tag === entityTag(body, 'br')
    );
  });
}

/**
 * Answers with a cached body: 304 when `If-None-Match` names it, else 200 with the body in the
 * coding the client prefers (brotli, gzip; compressed once per entry), a strong `ETag` per
 * coding, `Vary: Accept-Encoding` and `Cache-Control: private, no-cache`.
 *
 * @example
 * return sendCachedBody(c, cache.get(key, () => JSON.stringify(value)), 'application/json');
 */
export async function sendCachedBody(c: Context, body: CachedBody, contentType: string): Promise<Response> {
  const coding =
    body.bytes.byteLength >= COMPRESS_MIN_BYTES ? preferredEncoding(c.req.header('accept-encoding')) : null;
  const headers: Record<string, string> = {
    ETag: entityTag(body, coding),
    'Cache-Control': REVALIDATE,
    Vary: 'Accept-Encoding',
  };
  if (matches(c.req.header('if-none-match'), body)) return c.body(null, 304, headers);
  headers['Content-Type'] = contentType;
  if (!coding) return c.body(body.bytes, 200, headers);
  headers['Content-Encoding'] = coding;
  return c.body(await body.encoded(coding), 200, headers);
}
