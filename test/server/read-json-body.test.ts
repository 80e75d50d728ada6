import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBody, isApiError } from '../../server/http/api-error.ts';
import { readJsonBody } from '../../server/http/read-json-body.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { MAX_JSON_DEPTH } from '../../server/schema/json-nesting.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/** A bare app echoing what readJsonBody reads, or the error it throws, as the real app's error handler would. */
function echoApp() {
  const app = new Hono().post('/echo', async (c) => c.json({ value: await readJsonBody(c) }));
  app.onError((error, c) =>
    isApiError(error) ? c.json(errorBody(error.code, error.message, error.text), error.status) : c.text('bug', 500),
  );
  return app;
}

const send = async (body: string, type: string | null = 'application/json') => {
  const headers: Record<string, string> = type === null ? {} : { 'content-type': type };
  const res = await echoApp().request('/echo', { method: 'POST', body, headers });
  return { status: res.status, body: (await res.json()) as unknown };
};

const errorOf = (answer: { body: unknown }) => errorBodySchema.parse(answer.body).error;

describe('readJsonBody', () => {
  it('reads a JSON body, with application/json (any charset) or an application/*+json type', async () => {
    expect(await send('{"a":[1,2]}')).toEqual({ status: 200, body: { value: { a: [1, 2] } } });
    expect((await send('{"a":1}', 'application/json; charset=utf-8')).status).toBe(200);
    expect((await send('{"type":"Point","coordinates":[112,38]}', 'application/geo+json')).status).toBe(200);
  });

  it('refuses an empty or blank body as empty, not as malformed', async () => {
    for (const body of ['', '  \n']) {
      const answer = await send(body);
      expect(answer.status).toBe(400);
      expect(errorOf(answer)).toEqual({
        code: 'invalid_request',
        message: 'body: expected a JSON object, got an empty body',
        text: { zh: '请求内容为空，应为 JSON 对象', en: 'body: expected a JSON object, got an empty body' },
      });
    }
  });

  it('refuses malformed JSON quoting the parser', async () => {
    const answer = await send('{"geometry": {"type": "Polygon", ');
    expect(answer.status).toBe(400);
    let parserMessage = '';
    try {
      JSON.parse('{"geometry": {"type": "Polygon", ');
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    expect(errorOf(answer).message).toBe(
      `body: malformed JSON (${parserMessage}); send JSON with Content-Type: application/json`,
    );
  });

  it('refuses a body that is not declared JSON, whatever it holds', async () => {
    const form = await send('a=1&b=2', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(400);
    expect(errorOf(form).message).toBe(
      "body: must be JSON (Content-Type: application/json); got Content-Type 'application/x-www-form-urlencoded'",
    );
    expect(errorOf(await send('{"a":1}', 'text/plain')).message).toMatch(/got Content-Type 'text\/plain'$/);
    expect(errorOf(await send('{"a":1}', 'application/jsonp')).message).toMatch(/must be JSON/);
    expect((await send('{"a":1}', null)).status).toBe(400);
  });

  it(`refuses JSON nested over ${MAX_JSON_DEPTH} levels (422, before parsing), accepts ${MAX_JSON_DEPTH}`, async () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect((await send(nested(MAX_JSON_DEPTH))).status).toBe(200);
    const deep = await send(`{"a":${nested(MAX_JSON_DEPTH)}}`);
    expect(deep.status).toBe(422);
    expect(errorOf(deep)).toEqual({
      code: 'invalid_request',
      message:
        `body: nested more than ${MAX_JSON_DEPTH} levels deep (arrays and objects) ` +
        `at character ${6 + MAX_JSON_DEPTH - 1}; no valid request nests that deep`,
      text: expect.objectContaining({ zh: expect.any(String) }),
    });
    // depth is checked before the parser: a deep body that is also malformed is answered as too deep
    expect((await send(`${'['.repeat(100_000)}`)).status).toBe(422);
  });
});

describe('every JSON route reads its body the same way', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let app: Caller;
  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    app = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  });
  afterAll(() => seeded.dispose());

  const routes = ['/api/stats/area', '/api/exports/stats/area?format=csv', '/api/aq/aqi', '/api/routes/plan'];
  const bodies: [string, string, string][] = [
    ['malformed', '{"geometry": {"type": "Polygon", ', 'application/json'],
    ['empty', '', 'application/json'],
    ['not JSON', '{"geometry": null}', 'text/plain'],
    ['too deep', `{"geometry":${'['.repeat(40)}${']'.repeat(40)}}`, 'application/json'],
  ];

  it.each(bodies)('a %s body gets one status and message from every route', async (_name, body, type) => {
    const answers = await Promise.all(
      routes.map(async (path) => {
        const res = await app.request(path, { method: 'POST', body, headers: { 'content-type': type } });
        return { status: res.status, error: errorOf({ body: await res.json() }) };
      }),
    );
    expect(answers[0]?.status).toBeGreaterThanOrEqual(400);
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
  });
});
