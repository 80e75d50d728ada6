import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { asOfQuery, errorBodySchema, townshipCodeSchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

describe('asOfQuery', () => {
  const query = asOfQuery({ township: townshipCodeSchema.optional() });

  it('reads asOf, or at as its alias, into asOf and drops at', () => {
    expect(query.parse({ asOf: '2023-06-30T12:00' })).toEqual({ asOf: '2023-06-30T12:00' });
    expect(query.parse({ at: '2023-06-30T12:00' })).toEqual({ asOf: '2023-06-30T12:00' });
    expect(query.parse({ at: '2023-06-30', township: '140902001' })).toEqual({
      asOf: '2023-06-30T23:59',
      township: '140902001',
    });
    expect(query.parse({})).toEqual({ asOf: undefined });
  });

  it('accepts both when they name the same moment, however written', () => {
    expect(query.parse({ asOf: '2023-06-30', at: '2023-06-30T23:59' })).toEqual({ asOf: '2023-06-30T23:59' });
    expect(query.parse({ asOf: '2023-06-30T04:00Z', at: '2023-06-30T12:00' })).toEqual({ asOf: '2023-06-30T12:00' });
  });

  it('refuses both with different moments, naming both, and checks at as strictly as asOf', () => {
    const conflict = query.safeParse({ asOf: '2023-06-30', at: '2023-07-01' });
    expect(conflict.success).toBe(false);
    expect(conflict.error?.issues).toEqual([
      expect.objectContaining({
        path: ['at'],
        message: expect.stringMatching(/asOf is 2023-06-30T23:59, at is 2023-07-01T23:59/),
      }),
    ]);
    expect(query.safeParse({ at: '2023-02-30' }).success).toBe(false);
    expect(query.safeParse({ when: '2023-02-01' }).success).toBe(false);
  });
});

describe('GET /api/alerts, /api/tasks and /api/controls take asOf and its alias at', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let app: Caller;
  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  });
  afterAll(() => seeded.dispose());

  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it.each(['/api/alerts', '/api/tasks', '/api/controls'])(
    '%s answers the same for asOf and at, and reads at that moment',
    async (path) => {
      const byAsOf = await get(`${path}?asOf=2023-07-15T11:00`);
      const byAt = await get(`${path}?at=2023-07-15T11:00`);
      expect(byAsOf.status).toBe(200);
      expect(byAt).toEqual(byAsOf);
      expect(byAsOf.body).toMatchObject({ at: '2023-07-15T11:00' }); // the response keeps its field name
      const byDefault = await get(path);
      expect(byDefault.body).toMatchObject({ at: '2023-12-31T23:00' });
    },
  );

  it.each(['/api/alerts', '/api/tasks', '/api/controls'])(
    '%s refuses asOf and at naming different moments with 400 naming both',
    async (path) => {
      const answer = await get(`${path}?asOf=2023-07-15T11:00&at=2023-07-16T11:00`);
      expect(answer.status).toBe(400);
      const { error } = errorBodySchema.parse(answer.body);
      expect(error.code).toBe('invalid_request');
      expect(error.message).toBe(
        'at: is the deprecated name of asOf; give asOf alone (asOf is 2023-07-15T11:00, at is 2023-07-16T11:00)',
      );
    },
  );
});
