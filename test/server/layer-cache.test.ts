import type { FeatureCollection } from 'geojson';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { createBodyCache } from '../../server/http/body-cache.ts';
import { preferredEncoding } from '../../server/http/accept-encoding.ts';
import { precompressAssets } from '../../server/http/precompress-assets.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
/** The same database served without the layer cache: what every request read before it. */
let uncached: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin', { username: 'cache-admin' });
  uncached = asUser(createApp({ db: seeded.db, layerCacheBytes: 0 }), seeded.db, 'admin', { username: 'cache-admin' });
});
afterAll(() => seeded.dispose());

const get = (path: string, headers: Record<string, string> = {}, as: Caller = admin) => as.request(path, { headers });
const enterpriseName = (layer: FeatureCollection, id: string) =>
  layer.features.find((f) => f.id === id)?.properties?.name as unknown;

describe('GET /api/layers/:id through the layer cache', () => {
  it('sends a strong ETag with Cache-Control private, no-cache, and answers If-None-Match with 304', async () => {
    const first = await get('/api/layers/enterprises');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect(first.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    const again = await get('/api/layers/enterprises', { 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('private, no-cache');
    // weak comparison, as RFC 9110 prescribes for If-None-Match; a list naming it matches too
    expect((await get('/api/layers/enterprises', { 'if-none-match': `"other", W/${etag as string}` })).status).toBe(
      304,
    );
    expect((await get('/api/layers/enterprises', { 'if-none-match': '"not-this-one"' })).status).toBe(200);
  });

  it('serves the very bytes the uncached route builds, for layers, filters, as-of and the catalogue', async () => {
    for (const path of [
      '/api/layers/enterprises',
      '/api/layers/enterprises?grade=A,B&voc=true',
      '/api/layers/machines?asOf=2023-06-01T12:00',
      '/api/layers/townships',
      '/api/layers/stations?kind=national',
      '/api/layers',
      '/api/layers?asOf=2023-03-01',
    ]) {
      const plain = await get(path, {}, uncached);
      expect(plain.status, path).toBe(200);
      const expected = await plain.text();
      expect(await (await get(path)).text(), path).toBe(expected);
      expect(await (await get(path)).text(), `${path} (from the cache)`).toBe(expected);
    }
  });

  it('keeps different filters and as-of apart', async () => {
    const tags = new Map<string, string | null>();
    for (const path of [
      '/api/layers/enterprises',
      '/api/layers/enterprises?grade=A',
      '/api/layers/machines',
      '/api/layers/machines?asOf=2023-03-01T08:00',
    ]) {
      tags.set(path, (await get(path)).headers.get('etag'));
    }
    expect(new Set(tags.values()).size).toBe(4);
    const graded = (await (await get('/api/layers/enterprises?grade=A')).json()) as FeatureCollection;
    expect(graded.features.length).toBeGreaterThan(0);
    expect(graded.features.every((f) => f.properties?.grade === 'A')).toBe(true);
    // the same filters named in another order are the same entry
    const a = await get('/api/layers/enterprises?grade=A&voc=true');
    const b = await get('/api/layers/enterprises?voc=true&grade=A');
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });

  it(
    'is invalidated by an admin record edit: new ETag, the old one no longer 304, ' + 'the body shows the edit',
    async () => {
      const id = seeded.db.prepare('SELECT id FROM enterprises ORDER BY id LIMIT 1').pluck().get() as string;
      const before = await get('/api/layers/enterprises');
      const oldTag = before.headers.get('etag') as string;
      const res = await admin.request(`/api/records/enterprises/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: '缓存测试企业' }),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      const after = await get('/api/layers/enterprises', { 'if-none-match': oldTag });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(oldTag);
      expect(enterpriseName((await after.json()) as FeatureCollection, id)).toBe('缓存测试企业');
    },
  );

  it('is invalidated by a commit on another connection to the same file (a worker, a reseed)', async () => {
    const id = seeded.db.prepare('SELECT id FROM enterprises ORDER BY id LIMIT 1 OFFSET 1').pluck().get() as string;
    const before = await get('/api/layers/enterprises');
    const oldTag = before.headers.get('etag') as string;
    const other = openDatabase(seeded.file);
    try {
      other.prepare('UPDATE enterprises SET name = ? WHERE id = ?').run('另一连接改名', id);
    } finally {
      other.close();
    }
    const after = await get('/api/layers/enterprises', { 'if-none-match': oldTag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(oldTag);
    expect(enterpriseName((await after.json()) as FeatureCollection, id)).toBe('另一连接改名');
  });

  it('keeps the ETag across a write that leaves the layer as it was (the tag is of the bytes)', async () => {
    const etag = (await get('/api/layers/enterprises')).headers.get('etag') as string;
    const res = await admin.request('/api/tasks/3', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ progressNote: '缓存测试' }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await get('/api/layers/enterprises', { 'if-none-match': etag })).status).toBe(304);
  });

  it('compresses with brotli or gzip as Accept-Encoding asks; each decompresses to the same JSON', async () => {
    const identity = await get('/api/layers/enterprises');
    const text = await identity.text();
    const tag = (identity.headers.get('etag') as string).slice(1, -1);
    for (const [accept, coding, inflate] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0.5, gzip', 'gzip', gunzipSync],
    ] as const) {
      for (let round = 0; round < 2; round++) {
        const res = await get('/api/layers/enterprises', { 'accept-encoding': accept });
        expect(res.headers.get('content-encoding'), accept).toBe(coding);
        expect(res.headers.get('etag')).toBe(`"${tag}-${coding}"`);
        const bytes = Buffer.from(await res.arrayBuffer());
        expect(bytes.length).toBeLessThan(text.length / 5);
        expect(inflate(bytes).toString('utf8')).toBe(text);
      }
    }
    // a tag of any coding revalidates: the bytes before compression are the same
    expect((await get('/api/layers/enterprises', { 'if-none-match': `"${tag}-br"` })).status).toBe(304);
    expect(
      (await get('/api/layers/enterprises', { 'accept-encoding': 'identity' })).headers.get('content-encoding'),
    ).toBeNull();
  });
});

describe('compression of the other JSON responses', () => {
  it('compresses a JSON response over 1 KB, and leaves a small one alone', async () => {
    const plain = await get('/api/plan');
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    const res = await get('/api/plan', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(text);
    const health = await get('/api/health', { 'accept-encoding': 'gzip, br' });
    expect(health.headers.get('content-encoding')).toBeNull();
    expect(await health.json()).toEqual({ ok: true });
  });
});

describe('the built client', () => {
  it('is sent precompressed (brotli, gzip) to browsers that accept it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantian-client-'));
    try {
      const script = `console.log(${JSON.stringify('蓝天 '.repeat(2000))});\n`;
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>蓝天</title>');
      writeFileSync(join(dir, 'assets', 'app.js'), script);
      expect(await precompressAssets(dir)).toMatchObject({ files: 1, bytes: Buffer.byteLength(script) });
      const app = createApp({ db: seeded.db, clientDir: dir });
      const br = await app.request('/assets/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.status).toBe(200);
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(script);
      const gzip = await app.request('/assets/app.js', { headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(script);
      const plain = await app.request('/assets/app.js');
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe(script);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createBodyCache', () => {
  const body = (char: string) => char.repeat(1000);

  it('evicts the least recently used bodies to stay within its byte budget', () => {
    const builds: string[] = [];
    const cache = createBodyCache({ maxBytes: 2500 });
    const read = (key: string) => cache.get(key, () => (builds.push(key), body(key)));
    read('a');
    read('b');
    read('a'); // a is now the most recently used
    read('c'); // over budget: b goes
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(2000);
    read('a');
    read('c');
    expect(builds).toEqual(['a', 'b', 'c']);
    read('b');
    expect(builds).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.bytes).toBeLessThanOrEqual(2500);
  });

  it('counts compressed forms in the budget, and keeps no body larger than the whole budget', async () => {
    const roomy = createBodyCache({ maxBytes: 1 << 20 });
    const entry = roomy.get('a', () => body('a'));
    const br = await entry.encoded('br');
    const gzip = await entry.encoded('gzip');
    expect(await entry.encoded('br')).toBe(br);
    expect(roomy.bytes).toBe(1000 + br.byteLength + gzip.byteLength);

    const tight = createBodyCache({ maxBytes: 1000 });
    const kept = tight.get('a', () => body('a'));
    expect(tight.size).toBe(1);
    await kept.encoded('gzip'); // 1000 + its gzip form > 1000: the entry goes
    expect(tight.size).toBe(0);
    expect(tight.bytes).toBe(0);
    const big = tight.get('big', () => body('x').repeat(2));
    expect(big.bytes.byteLength).toBe(2000);
    expect(tight.size).toBe(0);
    expect(tight.bytes).toBe(0);
  });

  it('drops the entries that depend on a changed topic, and every entry on reset', () => {
    const builds: string[] = [];
    const cache = createBodyCache({ maxBytes: 1 << 20 });
    const read = (key: string, topics?: string[]) => cache.get(key, () => (builds.push(key), body(key)), topics);
    const readAll = () => {
      read('e', ['layer:enterprises', 'meta']);
      read('s', ['layer:stations', 'readings']);
      read('x');
    };
    readAll();
    readAll();
    expect(builds).toEqual(['e', 's', 'x']);
    cache.invalidate('readings'); // the stations entry and the one depending on everything
    readAll();
    expect(builds).toEqual(['e', 's', 'x', 's', 'x']);
    cache.invalidate('alerts');
    readAll();
    expect(builds).toHaveLength(6);
    cache.invalidate('reset');
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });
});

describe('preferredEncoding', () => {
  it('prefers brotli, honours q-values and refusals, and * for the unnamed', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredEncoding('br;q=0, *')).toBe('gzip');
    expect(preferredEncoding('*;q=0')).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });
});
