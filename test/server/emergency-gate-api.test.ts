import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { bannedTruckStages } from '../../server/schema/enums/emergency.ts';
import { gateRecordsResponseSchema } from '../../server/schema/gate-records.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let official: Caller;

const get = async (query: string) => {
  const res = await official.request(`/api/emergency/gate${query}`);
  expect(res.status, query).toBe(200);
  return gateRecordsResponseSchema.parse(await res.json());
};

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  official = asUser(createApp({ db: seeded.db }), seeded.db, 'official');
  // two records of our own, so the filters have something exact to find
  const enterprise = seeded.db.prepare('SELECT id FROM enterprises ORDER BY id LIMIT 1').get() as { id: string };
  const insert = seeded.db.prepare(
    `INSERT INTO gate_truck_records (enterprise_id, at, plate, direction, emission_stage, fuel, cargo, provenance)
     VALUES (?, ?, ?, ?, ?, ?, NULL, 'synthetic')`,
  );
  insert.run(enterprise.id, '2022-01-05T08:00', '晋H·TEST1', 'in', 'V', 'diesel');
  insert.run(enterprise.id, '2022-01-05T09:30', '晋H·TEST2', 'in', 'VI', 'diesel');
});
afterAll(() => seeded.dispose());

describe('GET /api/emergency/gate', () => {
  it('returns the records newest first with the count of all that match, filtered by enterprise and time', async () => {
    const all = await get('');
    const count = (seeded.db.prepare('SELECT count(*) AS n FROM gate_truck_records').get() as { n: number }).n;
    expect(all.total).toBe(count);
    expect(all.records.length).toBe(Math.min(count, 1000));
    const times = all.records.map((r) => r.at);
    expect(times).toEqual([...times].sort().reverse());

    const window = await get('?from=2022-01-05T00:00&to=2022-01-05T23:59');
    expect(window.records.map((r) => r.plate)).toEqual(['晋H·TEST2', '晋H·TEST1']);
    const banned = await get('?from=2022-01-05T00:00&to=2022-01-06T00:00&banned=true');
    expect(banned.records.map((r) => r.plate)).toEqual(['晋H·TEST1']);
    expect(banned.records.every((r) => bannedTruckStages.includes(r.stage))).toBe(true);
    expect((await get('?from=2022-01-05T00:00&to=2022-01-06T00:00&limit=1')).records).toHaveLength(1);
    expect((await get('?enterprise=NO-SUCH')).total).toBe(0);
  });

  it('refuses bad queries with a 400 naming the parameter', async () => {
    for (const query of ['?limit=0', '?limit=20000', '?from=2023-02-30', '?from=2023-12-02&to=2023-12-01', '?x=1']) {
      const res = await official.request(`/api/emergency/gate${query}`);
      expect(res.status, query).toBe(400);
      expect(errorBodySchema.parse(await res.json()).error.message.length, query).toBeGreaterThan(5);
    }
  });
});
