import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import {
  aqDailyResponseSchema,
  aqEvaluationResponseSchema,
  type AqDailyResponse,
  type AqEvaluationResponse,
} from '../../server/schema/aq.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

// The AQ notes are codes with parameters (the client words them in the UI language), never English sentences.

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
});
afterAll(() => seeded.dispose());

async function evaluation(query: string): Promise<AqEvaluationResponse> {
  const response = await app.request(`/api/aq/evaluation?${query}`);
  expect(response.status).toBe(200);
  return aqEvaluationResponseSchema.parse(await response.json());
}

describe('AQ notes as codes', () => {
  it('the district evaluation to a date: how the district is made, the stopped station, the year to date', async () => {
    const body = await evaluation('year=2023&scope=district&asOf=2023-07-21');
    expect(body.notes).toContainEqual({ code: 'district-mean' });
    expect(body.notes).toContainEqual({
      code: 'station-no-readings',
      station: '2180A',
      name: expect.any(String),
      stopped: true,
      stoppedOn: '2019-03-13',
      from: '2023-01-01',
      to: '2023-07-21',
    });
    expect(body.notes).toContainEqual({ code: 'year-to-date', days: 202 });
    for (const note of body.notes) expect(typeof note).toBe('object');
  });

  it('a whole year has no year-to-date note; a micro-station is marked as such', async () => {
    const district = await evaluation('year=2023&scope=district');
    expect(district.notes.map((n) => n.code)).not.toContain('year-to-date');
    const micro = await evaluation('year=2023&station=XFW001');
    expect(micro.notes).toEqual([{ code: 'micro-station' }]);
  });

  it('the daily report carries the same codes', async () => {
    const response = await app.request('/api/aq/daily?scope=district&from=2023-03-01&to=2023-03-31');
    expect(response.status).toBe(200);
    const body: AqDailyResponse = aqDailyResponseSchema.parse(await response.json());
    expect(body.notes.map((n) => n.code)).toEqual(['district-mean', 'station-no-readings']);
    expect(JSON.stringify(body.notes)).not.toMatch(/District values|no readings|stopped on/);
  });
});
