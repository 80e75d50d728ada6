import { createHash } from 'node:crypto';
import type { ContentCoding } from './accept-encoding.ts';
import { compressBody } from './compress-body.ts';

/** A response body built once and served many times: its bytes, validator and compressed forms. */
export interface CachedBody {
  /** The body as built (UTF-8). */
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Opaque validator of `bytes` (base64url of a SHA-256 prefix, no quotes); equal bytes, equal tag. */
  readonly tag: string;
  /** `bytes` compressed with `coding`: compressed on the first call for that coding, then kept. */
  encoded(coding: ContentCoding): Promise<Uint8Array<ArrayBuffer>>;
}

/** Responses kept per key while the database stays at one data version. */
export interface BodyCache {
  /**
   * The body for `key`: the kept one when the data version has not moved since it was built,
   * else `build()`'s text (kept for next time unless larger than the whole budget). A version
   * change drops every entry. `build` may throw; nothing is kept then.
   */
  get(key: string, build: () => string): CachedBody;
  /** Bytes held: every kept body plus its compressed forms. */
  readonly bytes: number;
  /** Entries held. */
  readonly size: number;
}

export interface BodyCacheOptions {
  /** The database's data version (see createDataVersion); entries live while it stays equal. */
  version: () => string;
  /** Budget in bytes for the bodies and their compressed forms; least recently used entries go first. */
  maxBytes: number;
}

interface Entry extends CachedBody {
  size: number;
}

/**
 * An LRU cache of response bodies bounded by bytes and invalidated by any database write. Built
 * for the map layers (GET /api/layers/:id): bodies of a few hundred kB, read far more often than
 * the data changes.
 *
 * @example
 * const cache = createBodyCache({ version: createDataVersion(db), maxBytes: 64 * 1024 * 1024 });
 * const body = cache.get('enterprises?{}', () => JSON.stringify(readLayer()));
 * await body.encoded('br'); // compressed once, then kept with the entry
 */
export function createBodyCache({ version, maxBytes }: BodyCacheOptions): BodyCache {
  const entries = new Map<string, Entry>();
  let builtAt: string | null = null;
  let bytes = 0;

  const evictUntilWithin = () => {
    for (const [key, entry] of entries) {
      if (bytes <= maxBytes) return;
      entries.delete(key);
      bytes -= entry.size;
    }
  };

  const makeEntry = (key: string, text: string, kept: boolean): Entry => {
    const body = new TextEncoder().encode(text);
    const compressed = new Map<ContentCoding, Promise<Uint8Array<ArrayBuffer>>>();
    const entry: Entry = {
      bytes: body,
      tag: createHash('sha256').update(body).digest('base64url').slice(0, 22),
      size: body.byteLength,
      encoded(coding) {
        const known = compressed.get(coding);
        if (known) return known;
        const pending = compressBody(body, coding, 'once').then((out) => {
          // account for it only while this very entry is still kept
          if (kept && entries.get(key) === entry) {
            entry.size += out.byteLength;
            bytes += out.byteLength;
            evictUntilWithin();
          }
          return out;
        });
        compressed.set(coding, pending);
        return pending;
      },
    };
    return entry;
  };

  return {
    get(key, build) {
      const now = version();
      if (now !== builtAt) {
        entries.clear();
        bytes = 0;
        builtAt = now;
      }
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const text = build();
      const keep = Buffer.byteLength(text, 'utf8') <= maxBytes;
      const entry = makeEntry(key, text, keep);
      if (keep) {
        entries.set(key, entry);
        bytes += entry.size;
        evictUntilWithin();
      }
      return entry;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return entries.size;
    },
  };
}
