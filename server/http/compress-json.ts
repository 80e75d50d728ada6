import type { MiddlewareHandler } from 'hono';
import { preferredEncoding } from './accept-encoding.ts';
import { compressBody } from './compress-body.ts';
import { COMPRESS_MIN_BYTES } from './send-cached-body.ts';

const JSON_TYPE = /^application\/json\b/i;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/**
 * Compresses JSON responses of at least 1 KB with brotli or gzip, as the request's
 * `Accept-Encoding` prefers (see preferredEncoding), on libuv's thread pool. Leaves alone what is
 * already encoded (the cached map layers, compressed once per entry), other content types,
 * HEAD, bodiless responses and `Cache-Control: no-transform`. Marks JSON responses
 * `Vary: Accept-Encoding`.
 *
 * Written for @hono/node-server on Node 20, where hono/compress offers no brotli, streams every
 * body through a CompressionStream and, lacking a Content-Length on `c.json` responses,
 * compresses even the smallest.
 */
export function compressJson(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    // headers and status first: under @hono/node-server, touching `body` builds a full Response (~30 µs)
    const type = res.headers.get('content-type');
    if (
      c.req.method === 'HEAD' ||
      res.status === 204 ||
      res.status === 304 ||
      !type ||
      !JSON_TYPE.test(type) ||
      res.headers.has('content-encoding')
    )
      return;
    if (NO_TRANSFORM.test(res.headers.get('cache-control') ?? '')) return;
    const vary = res.headers.get('vary');
    if (!vary || !/accept-encoding/i.test(vary))
      res.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const coding = preferredEncoding(c.req.header('accept-encoding'));
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (!coding || declared < COMPRESS_MIN_BYTES || !res.body) return;
    const bytes = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    headers.delete('content-length');
    if (bytes.byteLength < COMPRESS_MIN_BYTES) {
      c.res = new Response(bytes, { status: res.status, headers });
    } else {
      headers.set('Content-Encoding', coding);
      c.res = new Response(await compressBody(bytes, coding, 'each'), { status: res.status, headers });
    }
    c.res.headers.delete('content-length');
  };
}
