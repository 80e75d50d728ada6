import { createHash } from 'node:crypto';
import type { ContentCoding } from './accept-encoding.ts';
import type { ChangeFeed } from '../services/change-feed.ts';
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

/** Responses kept per key until a change of a topic they depend on. */
export interface BodyCache {
  /**
   * The body for `key`: the kept one when no topic in `topics` has changed since it was built,
   * else `build()`'s text (kept for next time unless larger than the whole budget). `topics`
   * are change-feed topics (server/services/change-feed.ts); omitted, the entry depends on every
   * topic. `build` may throw; nothing is kept then.
   */
  get(key: string, build: () => string, topics?: readonly string[]): CachedBody;
  /** Drops the entries that depend on `topic` (`reset`: every entry). */
  invalidate(topic: string): void;
  /** Bytes held: every kept body plus its compressed forms. */
  readonly bytes: number;
  /** Entries held. */
  readonly size: number;
}

export interface BodyCacheOptions {
  /** Budget in bytes for the bodies and their compressed forms; least recently used entries go first. */
  maxBytes: number;
  /** The change feed whose changes invalidate entries (each change calls `invalidate(topic)`). */
  feed?: Pick<ChangeFeed, 'subscribe'>;
}

interface Entry extends CachedBody {
  size: number;
  /** The topics it depends on; null: every topic. */
  topics: ReadonlySet<string> | null;
}

/**
 * An LRU cache of response bodies bounded by bytes, each entry invalidated by changes of the
 * change-feed topics it depends on (a new reading drops the stations layer, not the enterprises).
 * Built for the map layers (GET /api/layers/:id): bodies of a few hundred kB, read far more often
 * than the data changes.
 *
 * @example
 * const cache = createBodyCache({ maxBytes: 64 * 1024 * 1024, feed });
 * const body = cache.get('enterprises?{}', () => JSON.stringify(readLayer()), ['layer:enterprises', 'meta']);
 * await body.encoded('br'); // compressed once, then kept with the entry
 */
export function createBodyCache({ maxBytes, feed }: BodyCacheOptions): BodyCache {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const invalidate = (topic: string) => {
    for (const [key, entry] of entries) {
      if (topic !== 'reset' && entry.topics !== null && !entry.topics.has(topic)) continue;
      entries.delete(key);
      bytes -= entry.size;
    }
  };
  feed?.subscribe('*', (change) => invalidate(change.topic));

  const evictUntilWithin = () => {
    for (const [key, entry] of entries) {
      if (bytes <= maxBytes) return;
      entries.delete(key);
      bytes -= entry.size;
    }
  };

  const makeEntry = (key: string, text: string, kept: boolean, topics: ReadonlySet<string> | null): Entry => {
    const body = new TextEncoder().encode(text);
    const compressed = new Map<ContentCoding, Promise<Uint8Array<ArrayBuffer>>>();
    const entry: Entry = {
      bytes: body,
      tag: createHash('sha256').update(body).digest('base64url').slice(0, 22),
      size: body.byteLength,
      topics,
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
    invalidate,
    get(key, build, topics) {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const text = build();
      const keep = Buffer.byteLength(text, 'utf8') <= maxBytes;
      const entry = makeEntry(key, text, keep, topics ? new Set(topics) : null);
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
