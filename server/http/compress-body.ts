import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentCoding } from './accept-encoding.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * How hard to compress: `'once'` for a body that is stored and served many times (brotli
 * quality 6, gzip level 9: the 272 kB enterprises layer to 13 kB in about 7 ms), `'each'` for a
 * body compressed per response (brotli 4, gzip 6: a few ms per 100 kB).
 */
export type CompressionEffort = 'once' | 'each';

/**
 * `bytes` compressed with `coding`. Runs on libuv's thread pool, off the event loop.
 *
 * @example
 * const br = await compressBody(Buffer.from(json), 'br', 'once');
 */
export async function compressBody(
  bytes: Uint8Array,
  coding: ContentCoding,
  effort: CompressionEffort,
): Promise<Uint8Array<ArrayBuffer>> {
  const out =
    coding === 'gzip'
      ? await gzipAsync(bytes, { level: effort === 'once' ? 9 : 6 })
      : await brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: effort === 'once' ? 6 : 4,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        });
  return new Uint8Array(out); // a copy typed over a plain ArrayBuffer, as Response bodies want
}
