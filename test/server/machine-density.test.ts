import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readDatasetMeta } from '../../server/db/dataset-meta.ts';
import { machineDensityResponseSchema, type MachineDensity } from '../../server/schema/machine-density.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: ReturnType<typeof createApp>;
let viewer: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = createApp({ db: seeded.db });
  viewer = asUser(app, seeded.db, 'official', { username: 'official' });
});
afterAll(() => seeded.dispose());

const density = async (query = ''): Promise<MachineDensity> => {
  const res = await viewer.request(`/api/machines/density${query}`);
  expect(res.status).toBe(200);
  return machineDensityResponseSchema.parse(await res.json());
};
const positionsBetween = (after: string, to: string) =>
  seeded.db.prepare('SELECT lon, lat FROM machine_positions WHERE ts > ? AND ts <= ?').all(after, to) as {
    lon: number;
    lat: number;
  }[];
/** The cells' counts computed here, one position at a time, keyed `ix,iy`. */
const binHere = (rows: { lon: number; lat: number }[], grid: MachineDensity['grid']) => {
  const counts = new Map<string, number>();
  for (const { lon, lat } of rows) {
    const key = `${Math.floor((lon - grid.originLon) / grid.dLon)},${Math.floor((lat - grid.originLat) / grid.dLat)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};
const cellMap = (body: MachineDensity) => new Map(body.cells.map(([ix, iy, n]) => [`${ix},${iy}`, n]));

describe('GET /api/machines/density', () => {
  it('counts every position of the 30 days up to the default as-of, once, in its cell', async () => {
    const body = await density();
    const asOf = readDatasetMeta(seeded.db).defaultAsOf;
    expect(body).toMatchObject({ to: asOf, window: '30d', cellMeters: 500 });
    expect(body.after).toBe(`2023-12-01${asOf.slice(10)}`);
    const rows = positionsBetween(body.after, body.to);
    expect(rows.length).toBeGreaterThan(1000);
    expect(body.positions).toBe(rows.length);
    expect(body.cells.reduce((sum, [, , n]) => sum + n, 0)).toBe(rows.length);
    expect(cellMap(body)).toEqual(binHere(rows, body.grid));
    expect(body.max).toBe(Math.max(...body.cells.map(([, , n]) => n)));
    const machines = seeded.db
      .prepare('SELECT count(DISTINCT machine_id) FROM machine_positions WHERE ts > ? AND ts <= ?')
      .pluck()
      .get(body.after, body.to);
    expect(body.machines).toBe(machines);
  });

  it('sizes the cells in metres: 1000 m cells hold what the 500 m cells inside them hold', async () => {
    const fine = await density('?asOf=2023-07-15T11:00&cell=500');
    const coarse = await density('?asOf=2023-07-15T11:00&cell=1000');
    expect(coarse.grid.dLat).toBeCloseTo(1000 / 111_320, 12);
    expect(coarse.grid.dLon * Math.cos((38.45 * Math.PI) / 180)).toBeCloseTo(coarse.grid.dLat, 12);
    expect(coarse.positions).toBe(fine.positions);
    expect(coarse.cells.length).toBeLessThan(fine.cells.length);
  });

  it('includes a position at as-of and leaves out one at as-of − 30 days (after < ts ≤ as-of)', async () => {
    const machine = seeded.db.prepare('SELECT id FROM machines ORDER BY id LIMIT 1').pluck().get() as string;
    const insert = seeded.db.prepare(
      `INSERT INTO machine_positions (machine_id, ts, lon, lat, township_code)
       VALUES (?, ?, 112.123, 38.051, (SELECT code FROM townships ORDER BY code LIMIT 1))`,
    );
    const before = await density('?asOf=2023-08-10T12:30');
    insert.run(machine, '2023-08-10T12:30'); // at as-of: in
    insert.run(machine, '2023-07-11T12:30'); // at as-of − 30 days: out
    const after = await density('?asOf=2023-08-10T12:30');
    expect(after.after).toBe('2023-07-11T12:30');
    expect(after.positions).toBe(before.positions + 1);
    const cell = cellMap(after).get(
      `${Math.floor((112.123 - 112) / after.grid.dLon)},${Math.floor((38.051 - 38) / after.grid.dLat)}`,
    );
    expect(cell).toBe(1);
    // one minute earlier the as-of position is out; one minute later the old one is still out
    expect((await density('?asOf=2023-08-10T12:29')).positions).toBe(
      positionsBetween('2023-07-11T12:29', '2023-08-10T12:29').length,
    );
    expect((await density('?asOf=2023-08-10T12:31')).positions).toBe(
      positionsBetween('2023-07-11T12:31', '2023-08-10T12:31').length,
    );
  });

  it('the year to date starts at 1 January 00:00, included', async () => {
    const machine = seeded.db.prepare('SELECT id FROM machines ORDER BY id LIMIT 1').pluck().get() as string;
    const before = await density('?asOf=2023-01-05&window=ytd');
    expect(before).toMatchObject({ after: '2022-12-31T23:59', to: '2023-01-05T23:59', window: 'ytd' });
    seeded.db
      .prepare(
        `INSERT INTO machine_positions (machine_id, ts, lon, lat, township_code)
         VALUES (?, '2023-01-01T00:00', 112.5, 38.4, (SELECT code FROM townships ORDER BY code LIMIT 1))`,
      )
      .run(machine);
    const after = await density('?asOf=2023-01-05&window=ytd');
    expect(after.positions).toBe(before.positions + 1);
    expect(after.positions).toBe(positionsBetween('2022-12-31T23:59', '2023-01-05T23:59').length);
  });

  it('is built once per (as-of, window, cell): the same body again, 304 when the client has it', async () => {
    const path = '/api/machines/density?asOf=2023-09-01T12:00&window=ytd';
    const first = await viewer.request(path);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[\w-]+"$/);
    const again = await viewer.request(path, { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
  });

  it('answers an empty grid before the first position', async () => {
    const body = await density('?asOf=2022-06-01');
    expect(body).toMatchObject({ positions: 0, machines: 0, max: 0, cells: [] });
  });

  it.each([
    ['window=7d', 'window'],
    ['cell=300', 'cell'],
    ['asOf=2023-02-30', 'asOf'],
    ['limit=5', 'limit'],
  ])('refuses %s with a 400 naming %s, in English and Chinese', async (query, name) => {
    const res = await viewer.request(`/api/machines/density?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; text: { zh: string; en: string } } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.text.en).toContain(name);
    expect(body.error.text.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('is refused to anonymous callers', async () => {
    expect((await app.request('/api/machines/density')).status).toBe(401);
  });
});
