import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { createStatsIndex } from '../../server/services/stats/stats-index.ts';
import { townshipStatsResponseSchema } from '../../server/schema/stats.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;

beforeAll(() => {
  seeded = createSeededDbFile();
});
afterAll(() => seeded.dispose());

const fuelPoint = (id: string) => ({
  id,
  name: `测试线索${id}`,
  kind: 'mobile-truck',
  township_code: '140902001',
  lon: 112.7345,
  lat: 38.4175,
  reported_on: '2023-12-01',
  status: 'reported',
  closed_on: null,
  provenance: 'synthetic',
  source: 'test',
});
const insertFuelPoint = (db: ReturnType<typeof openDatabase>, id: string) =>
  db
    .prepare(`INSERT INTO fuel_points (id, name, kind, township_code, lon, lat, reported_on, status, closed_on,
                                       provenance, source)
              VALUES (@id, @name, @kind, @township_code, @lon, @lat, @reported_on, @status, @closed_on,
                      @provenance, @source)`)
    .run(fuelPoint(id));

describe('statistics index', () => {
  it('is built once and reused while the database is unchanged', () => {
    const index = createStatsIndex(seeded.db);
    const first = index.data();
    expect(first.townships).toHaveLength(18);
    expect(index.data()).toBe(first);
    expect(index.atAsOf('2023-12-31T23:00')).toBe(index.atAsOf('2023-12-31T23:00'));
    index.invalidate();
    expect(index.data()).not.toBe(first);
  });

  it('rebuilds after a write through the same connection and after a commit by another connection', async () => {
    const app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
    const fuelCount = async () =>
      townshipStatsResponseSchema.parse(await (await app.request('/api/stats/townships')).json()).district.counts[
        'fuel-points'
      ];
    const before = await fuelCount();

    insertFuelPoint(seeded.db, 'T901');
    expect(await fuelCount()).toBe(before + 1);

    const other = openDatabase(seeded.file);
    try {
      insertFuelPoint(other, 'T902');
    } finally {
      other.close();
    }
    expect(await fuelCount()).toBe(before + 2);
    const layer = (await (await app.request('/api/layers/fuel-points')).json()) as { features: unknown[] };
    expect(layer.features).toHaveLength(before + 2);
  });
});
