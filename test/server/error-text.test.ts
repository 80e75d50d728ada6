import type { FeatureCollection, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { ApiError, describeZodError, errorBody } from '../../server/http/api-error.ts';
import { userCreateSchema } from '../../server/schema/auth.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { readFixture } from '../import/fixtures.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/** 2026-12-03 18:32 UTC: already 2026-12-04 02:32 in Beijing. */
const LATE_EVENING_UTC = Date.UTC(2026, 11, 3, 18, 32);

let seeded: ReturnType<typeof createSeededDbFile>;
let app: ReturnType<typeof createApp>;
let admin: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  app = createApp({ db: seeded.db, now: () => LATE_EVENING_UTC });
  admin = asUser(app, seeded.db, 'admin', { username: 'user-admin' });
});
afterAll(() => seeded.dispose());

const send = (method: string, path: string, body: unknown, as: Caller = admin) =>
  as.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const hasLatin = (text: string) => /[A-Za-z]{2,}/.test(text);

const newUser = { displayName: '王五', role: 'official', townships: [], password: 'blue-sky-over-xinfu-9' };

describe('error bodies carry their message in Chinese and English', () => {
  it('an ApiError keeps both; message is the English; a plain string gets the code’s meaning in Chinese', () => {
    const both = new ApiError(404, 'not_found', { zh: '没有编号为 7 的用户', en: 'no user 7' });
    expect(both.message).toBe('no user 7');
    expect(both.text).toEqual({ zh: '没有编号为 7 的用户', en: 'no user 7' });
    expect(new ApiError(409, 'conflict', 'taken').text).toEqual({ zh: '与当前状态冲突，请刷新后重试', en: 'taken' });
    expect(errorBodySchema.parse(errorBody('not_found', 'no route'))).toEqual({
      error: { code: 'not_found', message: 'no route', text: { zh: '未找到', en: 'no route' } },
    });
  });

  it('the response schema requires text', () => {
    expect(errorBodySchema.safeParse({ error: { code: 'conflict', message: 'x' } }).success).toBe(false);
  });

  it('a wrong body to POST /api/users names the field in Chinese', async () => {
    const res = await send('POST', '/api/users', { ...newUser, username: 'a' });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.message).toMatch(/^username: must be 2–32 characters/);
    expect(error.text.en).toBe(error.message);
    expect(error.text.zh).toMatch(/^用户名：须为 2–32 个字符/);
    expect(hasLatin(error.text.zh.replace(/a–z|YYYY-MM(-DD)?/g, ''))).toBe(false);
  });

  it('a missing field, a wrong type, a bound, an enum and an unknown key are worded in Chinese', async () => {
    const error = await errorOf(
      await send('POST', '/api/users', { username: 'wang5', role: 'boss', townships: 'x', password: 5, extra: 1 }),
    );
    expect(error.text.zh).toContain('姓名：必填');
    expect(error.text.zh).toContain('角色：不是可选的取值');
    expect(error.text.zh).toContain('乡镇：应为列表');
    expect(error.text.zh).toContain('密码：应为文本');
    expect(error.text.zh).toContain('请求内容包含不接受的字段');
    expect(error.text.en).toContain("unknown body 'extra'");
    expect(hasLatin(error.text.zh)).toBe(false);
    const short = await errorOf(await send('POST', '/api/users', { ...newUser, username: 'wang5', password: 'short' }));
    expect(short.text.zh).toBe('密码：至少 10 个字符');
  });

  it('an inspector without a township, a guessable password and a taken username are refused in Chinese', async () => {
    const inspector = await errorOf(
      await send('POST', '/api/users', { ...newUser, username: 'xun1', role: 'inspector', townships: [] }),
    );
    expect(inspector.text).toEqual({
      zh: '乡镇：巡查员至少需要负责一个乡镇',
      en: 'townships: an inspector needs at least one township',
    });
    const weak = await errorOf(
      await send('POST', '/api/users', { ...newUser, username: 'weak1', password: 'password12' }),
    );
    expect(weak.text.zh).toMatch(/^密码：太容易被猜到/);
    expect(weak.message).toMatch(/^password: too easy to guess/);
    expect((await send('POST', '/api/users', { ...newUser, username: 'dup1' })).status).toBe(201);
    const taken = await errorOf(await send('POST', '/api/users', { ...newUser, username: 'dup1' }));
    expect(taken).toEqual({
      code: 'conflict',
      message: "username 'dup1' is taken",
      text: { zh: '用户名「dup1」已被占用', en: "username 'dup1' is taken" },
    });
  });

  it('sign-in, query and id errors have Chinese', async () => {
    const signedOut = await errorOf(await app.request('/api/users'));
    expect(signedOut.text).toEqual({ zh: '请先登录', en: 'sign in first' });
    const wrong = await errorOf(
      await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost' },
        body: JSON.stringify({ username: 'nobody', password: 'wrong-password' }),
      }),
    );
    expect(wrong.text.zh).toBe('账号或密码错误');
    const query = await errorOf(await admin.request('/api/layers/enterprises?township=12&bbox=1'));
    expect(query.text.zh).toContain('乡镇：须为 9 位乡镇代码');
    expect(query.text.zh).toContain('范围：须为四个数');
    const id = await errorOf(await send('PATCH', '/api/users/0x1', { disabled: true }));
    expect(id.text.zh).toBe('用户编号须为正整数（1、2、3…），收到「0x1」');
    const json = await errorOf(
      await admin.request('/api/users', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }),
    );
    expect(json.text.zh).toBe('请求内容须为 JSON（Content-Type: application/json）');
  });

  it('describeZodError words a custom refinement with its params.zh', () => {
    const parsed = userCreateSchema.safeParse({
      username: 'ok-name',
      displayName: 'a\u0000',
      role: 'admin',
      password: 'x',
    });
    if (parsed.success) throw new Error('expected a failure');
    const text = describeZodError(parsed.error, 'body', {});
    expect(text.zh).toContain('姓名：含有控制字符');
  });
});

describe('township= takes a comma-separated list', () => {
  type Props = { township: string };
  const townshipsOf = async (query: string) => {
    const res = await admin.request(`/api/layers/enterprises${query}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as FeatureCollection<Point, Props>;
    return body.features.map((f) => f.properties.township);
  };

  it('keeps the features of any listed township', async () => {
    const all = await townshipsOf('');
    const [a, b] = [...new Set(all)].sort();
    if (!a || !b) throw new Error('seed has fewer than two townships with enterprises');
    const both = await townshipsOf(`?township=${a},${b}`);
    expect(new Set(both)).toEqual(new Set([a, b]));
    expect(both.length).toBe(all.filter((t) => t === a || t === b).length);
    expect(new Set(await townshipsOf(`?township=${a}`))).toEqual(new Set([a]));
  });

  it('names unknown codes, in both languages, in the layer and the export', async () => {
    const layer = await errorOf(await admin.request('/api/layers/enterprises?township=140902001,999999999'));
    expect(layer.text).toEqual({
      zh: '乡镇：没有代码为 999999999 的乡镇',
      en: 'township: no township has code 999999999',
    });
    const res = await admin.request('/api/exports/layers/enterprises?format=csv&township=140902001,999999998');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe('township: no township has code 999999998');
  });
});

describe('dates written for users are China Standard Time dates', () => {
  it('a record edit notes the Beijing date', async () => {
    const id = seeded.db.prepare('SELECT id FROM enterprises ORDER BY id LIMIT 1').pluck().get() as string;
    const res = await send('PATCH', `/api/records/enterprises/${id}`, { operatingStatus: '停产' });
    expect(res.status).toBe(200);
    const source = seeded.db.prepare('SELECT source FROM enterprises WHERE id = ?').pluck().get(id) as string;
    expect(source).toMatch(/user-admin 于 2026-12-04 编辑$/);
  });

  it('an import’s source line carries the Beijing date', async () => {
    const res = await admin.request('/api/imports/enterprises/commit?file=x.csv&crs=gcj02', {
      method: 'POST',
      body: readFixture('enterprises-gcj02.utf8-bom.csv').slice(),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(res.status).toBe(200);
    const sources = seeded.db
      .prepare("SELECT source FROM enterprises WHERE source LIKE '导入 x.csv%'")
      .pluck()
      .all() as string[];
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toBe('导入 x.csv（user-admin，2026-12-04）');
  });
});
