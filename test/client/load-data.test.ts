import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootstrapPath, firstViewLayers, loadConsoleData, loadLayers } from '../../client/api/load-data.ts';
import { loadSession } from '../../client/api/session.ts';
import { defaultState, layersOffByDefault } from '../../client/state/app-state.ts';
import { createApp } from '../../server/app.ts';
import { layerIds } from '../../server/schema/enums/layer-id.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

describe('firstViewLayers', () => {
  it('is the visible layers, the townships and the selection’s layer, in catalogue order', () => {
    expect(firstViewLayers({ layers: ['stations'], selected: null })).toEqual(['townships', 'stations']);
    expect(firstViewLayers({ layers: ['stations', 'enterprises'], selected: { layer: 'vehicles' } })).toEqual([
      'townships',
      'enterprises',
      'stations',
      'vehicles',
    ]);
    expect(firstViewLayers({ layers: [], selected: null })).toEqual(['townships']);
  });

  it('leaves out exactly the layers off by default in the default view', () => {
    const first = firstViewLayers(defaultState);
    expect(layerIds.filter((id) => !first.includes(id))).toEqual(layersOffByDefault);
  });
});

describe('bootstrapPath', () => {
  it('names the layers, and the moment and day AQI only when set', () => {
    expect(bootstrapPath(['townships', 'stations'], { asOf: null, aqiPeriod: 'hour' })).toBe(
      '/api/bootstrap?layers=townships%2Cstations',
    );
    expect(bootstrapPath(['stations'], { asOf: '2023-07-15T11:00', aqiPeriod: 'day' })).toBe(
      '/api/bootstrap?asOf=2023-07-15T11%3A00&aqiPeriod=day&layers=stations',
    );
  });
});

describe('loadConsoleData through GET /api/bootstrap', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let caller: Caller;
  const paths: string[] = [];
  beforeAll(async () => {
    seeded = createSeededDbFile({ scale: 0.25 });
    caller = asUser(createApp({ db: seeded.db }), seeded.db, 'official', { username: 'load-data-official' });
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      const path = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      paths.push(path);
      return caller.request(path.replace(/^https?:\/\/[^/]+/, ''), init);
    });
    await loadSession();
    paths.length = 0;
  });
  afterEach(() => {
    paths.length = 0;
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    seeded.dispose();
  });

  it('asks once, and holds the layers asked for (no other) equal to the layers route', async () => {
    const result = await loadConsoleData({ asOf: '2023-07-15T11:00', aqiPeriod: 'day' }, ['townships', 'stations']);
    expect(paths).toEqual(['/api/bootstrap?asOf=2023-07-15T11%3A00&aqiPeriod=day&layers=townships%2Cstations']);
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(result.value.layers)).toEqual(['townships', 'stations']);
    expect(result.value.catalogue.layers.map((l) => l.id)).toEqual(layerIds);
    expect(result.value.meta.defaultAsOf).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00$/);
    expect(result.value.plan.tasks).toHaveLength(17);
    const separate = await loadLayers(['stations'], { asOf: '2023-07-15T11:00', aqiPeriod: 'day' });
    if (!separate.ok) throw new Error(separate.error.message);
    expect(result.value.layers.stations).toEqual(separate.value.stations);
  });

  it('loads every layer when none are named', async () => {
    const result = await loadConsoleData({ asOf: null, aqiPeriod: 'hour' });
    if (!result.ok) throw new Error(result.error.message);
    expect(Object.keys(result.value.layers)).toEqual(layerIds);
  });

  it('fails as a whole with the server’s message naming the problem', async () => {
    const result = await loadConsoleData({ asOf: '2023-02-30T10:00', aqiPeriod: 'hour' }, ['stations']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.status).toBe(400);
    expect(result.error.message).toMatch(/^\/api\/bootstrap\?.*400.*asOf/);
  });
});
