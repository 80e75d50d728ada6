import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { BootstrapResponse } from '../../server/schema/bootstrap.ts';
import { layerIds } from '../../server/schema/enums/layer-id.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let official: Caller;
/** The same database served without the layer cache: every part read afresh. */
let uncached: Caller;
let anonymousPublic: ReturnType<typeof createApp>;
let anonymousPrivate: ReturnType<typeof createApp>;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  official = asUser(createApp({ db: seeded.db }), seeded.db, 'official', { username: 'boot-official' });
  uncached = asUser(createApp({ db: seeded.db, layerCacheBytes: 0 }), seeded.db, 'official', {
    username: 'boot-official',
  });
  anonymousPublic = createApp({ db: seeded.db, publicRead: true });
  anonymousPrivate = createApp({ db: seeded.db });
});
afterAll(() => seeded.dispose());

const get = (path: string, headers: Record<string, string> = {}, as: Caller = official) =>
  as.request(path, { headers });
const json = async (path: string, as: Caller = official): Promise<unknown> => {
  const res = await get(path, {}, as);
  expect(res.status, path).toBe(200);
  return res.json();
};

describe('GET /api/bootstrap', () => {
  it('equals the separate routes for the same layers and moment: catalogue, plan, meta, each layer', async () => {
    for (const [query, separate] of [
      ['layers=townships,stations,machines', { layers: '', stations: '' }],
      ['asOf=2023-07-15T11:00&layers=stations,enterprises', { layers: '?asOf=2023-07-15T11:00', stations: '' }],
      [
        'asOf=2023-01-10T08:00&aqiPeriod=day&layers=stations,villages',
        { layers: '?asOf=2023-01-10T08:00', stations: '&aqiPeriod=day' },
      ],
    ] as const) {
      for (const as of [official, uncached]) {
        const body = (await json(`/api/bootstrap?${query}`, as)) as BootstrapResponse;
        expect(body.catalogue, query).toEqual(await json(`/api/layers${separate.layers}`, as));
        expect(body.plan).toEqual(await json('/api/plan', as));
        expect(body.meta).toEqual(await json('/api/meta', as));
        const asked = new URLSearchParams(query).get('layers')?.split(',') ?? [];
        expect(Object.keys(body.layers).sort()).toEqual([...asked].sort());
        for (const id of asked) {
          const extra = id === 'stations' ? separate.stations : '';
          const path = `/api/layers/${id}${separate.layers}${separate.layers ? extra : extra.replace('&', '?')}`;
          expect(body.layers[id as keyof BootstrapResponse['layers']], `${query}: ${path}`).toEqual(
            await json(path, as),
          );
        }
      }
    }
  });

  it('carries every layer when none is named, none for an empty list, and keeps catalogue order', async () => {
    const all = (await json('/api/bootstrap')) as BootstrapResponse;
    expect(Object.keys(all.layers)).toEqual(layerIds);
    const none = (await json('/api/bootstrap?layers=')) as BootstrapResponse;
    expect(none.layers).toEqual({});
    expect(none.catalogue.layers.map((l) => l.id)).toEqual(layerIds);
    const reordered = (await json('/api/bootstrap?layers=stations,townships,stations')) as BootstrapResponse;
    expect(Object.keys(reordered.layers)).toEqual(['townships', 'stations']);
  });

  it('refuses unknown layers, a bad asOf, a bad aqiPeriod and unknown parameters with a 400 naming them', async () => {
    for (const [query, named] of [
      ['layers=stations,nope', /layers.*unknown layer 'nope'/],
      ['asOf=2023-02-30T10:00', /asOf/],
      ['asOf=yesterday', /asOf/],
      ['aqiPeriod=week', /aqiPeriod/],
      ['layer=stations', /layer/],
    ] as const) {
      const res = await get(`/api/bootstrap?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_request');
      expect(body.error.message, query).toMatch(named);
    }
  });

  it('is compressed as asked (br, gzip), with an ETag answered by 304, and the same bytes decompressed', async () => {
    const path = '/api/bootstrap?layers=townships,enterprises,stations';
    const plain = await get(path, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    const br = await get(path, { 'accept-encoding': 'br, gzip' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.byteLength).toBeLessThan(Buffer.byteLength(text) / 4);
    expect(brotliDecompressSync(brBytes).toString('utf8')).toBe(text);
    const gz = await get(path, { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(text);
    const etag = br.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+-br"$/);
    expect((await get(path, { 'accept-encoding': 'br', 'if-none-match': etag as string })).status).toBe(304);
  });

  it('follows a change: an edited layer is served afresh, not from the kept body', async () => {
    const path = '/api/bootstrap?layers=townships';
    const before = (await json(path)) as BootstrapResponse;
    const code = String(before.layers.townships?.features[0]?.id);
    seeded.db.prepare('UPDATE townships SET name_en = ? WHERE code = ?').run('Bootstrap Test Town', code);
    try {
      const after = (await json(path)) as BootstrapResponse;
      const feature = after.layers.townships?.features.find((f) => String(f.id) === code);
      expect(feature?.properties.nameEn).toBe('Bootstrap Test Town');
      expect(after).toEqual({ ...before, layers: after.layers });
    } finally {
      seeded.db
        .prepare('UPDATE townships SET name_en = ? WHERE code = ?')
        .run(String(before.layers.townships?.features[0]?.properties.nameEn), code);
    }
  });

  it('is public where the layers are (publicRead), and asks for sign-in otherwise', async () => {
    expect((await anonymousPublic.request('/api/bootstrap?layers=stations')).status).toBe(200);
    expect((await anonymousPrivate.request('/api/bootstrap?layers=stations')).status).toBe(401);
  });
});
