// In process: the real app on a real, freshly seeded SQLite database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { controlsResponseSchema, type ControlsResponse } from '../../server/schema/controls.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let caller: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  caller = asUser(createApp({ db: seeded.db }), seeded.db, 'official');
});
afterAll(() => seeded.dispose());

async function controlsAt(at: string): Promise<ControlsResponse> {
  const res = await caller.request(`/api/controls?at=${at}`);
  expect(res.status).toBe(200);
  return controlsResponseSchema.parse(await res.json());
}

describe('GET /api/controls: the autumn–winter campaign is in force only in the plan’s 2023–2024 season', () => {
  it.each([
    ['2023-01-15T11:00', false], // the 2022–23 season predates the plan
    ['2023-11-15T11:00', true],
    ['2024-04-01T00:00', false],
  ])('at %s: inForce %s', async (at, inForce) => {
    const body = await controlsAt(at);
    expect(body.autumnWinter.inForce).toBe(inForce);
    expect(body.autumnWinter.period).toEqual({ from: '2023-10-01', to: '2024-03-31' });
  });

  it('says what it rests on: T15.1 and the convention of its dates; the ozone window T14.1 and T14.2', async () => {
    const body = await controlsAt('2023-11-15T11:00');
    expect(body.autumnWinter.basis).toEqual([
      { kind: 'plan', requirement: 'T15.1' },
      {
        kind: 'convention',
        note: expect.objectContaining({ zh: '规划未写起止日期，按秋冬季攻坚通行约定 10月1日—次年3月31日' }),
      },
    ]);
    expect(body.ozone.basis).toEqual([
      { kind: 'plan', requirement: 'T14.1' },
      { kind: 'plan', requirement: 'T14.2' },
    ]);
    expect(body.ozone).toMatchObject({ inForce: false, months: [5, 6, 7, 8, 9], hours: [10, 16] });
  });
});
