import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  planDocumentResponseSchema,
  requirementsRegisterSchema,
  requirementsResponseSchema,
  type RequirementsResponse,
} from '../../server/schema/plan-requirements.ts';
import { readFileSync } from 'node:fs';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const register = requirementsRegisterSchema.parse(
  JSON.parse(readFileSync(new URL('../../seeds/plan/requirements.json', import.meta.url), 'utf8')),
);

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;

beforeAll(() => {
  seeded = createSeededDbFile();
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'official');
});
afterAll(() => seeded.dispose());

async function requirements(query = ''): Promise<RequirementsResponse> {
  const res = await app.request(`/api/plan/requirements${query}`);
  expect(res.status, query).toBe(200);
  return requirementsResponseSchema.parse(await res.json());
}

function tally(body: RequirementsResponse): RequirementsResponse['counts'] {
  const counts = { covered: 0, partial: 0, missing: 0 };
  for (const { status } of body.requirements) counts[status] += 1;
  return counts;
}

async function badRequest(query: string): Promise<{ zh: string; en: string }> {
  const res = await app.request(`/api/plan/requirements${query}`);
  expect(res.status, query).toBe(400);
  const { error } = errorBodySchema.parse(await res.json());
  expect(error.code).toBe('invalid_request');
  return error.text;
}

describe('GET /api/plan/requirements', () => {
  it('serves the whole register in document order, with counts that tally its rows', async () => {
    const body = await requirements();
    expect(body.requirements).toEqual(register.requirements);
    expect(body.counts).toEqual(tally(body));
    expect(body.counts.covered + body.counts.partial + body.counts.missing).toBe(register.requirements.length);
    expect(body.requirements.slice(0, 3).map((r) => r.id)).toEqual(['G1', 'G2', 'G3']);
  });

  it('filters by task, and counts only what it returns', async () => {
    const body = await requirements('?task=3');
    expect(body.requirements.map((r) => r.id)).toEqual(['T3.1', 'T3.2', 'T3.3']);
    expect(body.counts).toEqual(tally(body));
    expect((await requirements('?task=12')).requirements.map((r) => r.id)).toEqual(['T12.1', 'G6']);
  });

  it('filters by status and by a unit in any role', async () => {
    const missing = await requirements('?status=missing');
    expect(missing.requirements.length).toBeGreaterThan(0);
    expect(missing.requirements.every((r) => r.status === 'missing')).toBe(true);
    expect(missing.counts).toEqual({ covered: 0, partial: 0, missing: missing.requirements.length });

    const unit = '区住建局';
    const byUnit = await requirements(`?unit=${encodeURIComponent(unit)}`);
    const expected = register.requirements.filter((r) =>
      [...r.units.lead, ...r.units.cooperating, ...r.units.responsible].includes(unit),
    );
    expect(byUnit.requirements.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    // lead of task 11, cooperating in task 12, lead of task 14
    expect(new Set(byUnit.requirements.map((r) => r.task))).toEqual(new Set([10, 11, 12, 14]));

    const townships = await requirements(`?unit=${encodeURIComponent('各乡镇（街道）')}`);
    expect(townships.requirements.map((r) => r.id)).toEqual(
      expect.arrayContaining(['T7.1', 'T13.1', 'T14.1', 'T15.1', 'S1', 'S7', 'S10']),
    );
  });

  it('combines filters', async () => {
    const body = await requirements(`?task=11&status=covered&unit=${encodeURIComponent('区住建局')}`);
    expect(body.requirements.map((r) => r.id)).toEqual(['T11.1', 'T11.3', 'T11.4']);
    expect(body.counts).toEqual({ covered: 3, partial: 0, missing: 0 });
  });

  it('refuses a bad filter with 400 and a Chinese message', async () => {
    expect((await badRequest('?task=18')).zh).toBe('任务：须为 1–17 的任务编号');
    expect((await badRequest('?task=03')).zh).toBe('任务：须为 1–17 的任务编号');
    expect((await badRequest('?status=done')).zh).toBe('状态：不是可选的取值');
    expect((await badRequest(`?unit=${encodeURIComponent('区不存在局')}`)).zh).toBe('单位：不是规划中的单位名称');
    expect((await badRequest('?part=1')).zh).toMatch(/^查询参数包含不接受的字段/);
  });
});

describe('GET /api/plan/document', () => {
  it('serves the plan from 一、指导思想 to 五、保障措施, cut into the register’s spans', async () => {
    const res = await app.request('/api/plan/document');
    expect(res.status).toBe(200);
    const body = planDocumentResponseSchema.parse(await res.json());
    expect(body.titleZh).toBe('忻府区空气质量再提升2023年行动计划');
    expect(body.issued).toBe('2023-05-05');
    expect(body.issuedBy).toBe('忻州市忻府区人民政府办公室');
    expect(body.paragraphs).toEqual(register.paragraphs);
    expect(body.paragraphs[0]?.spans).toEqual([{ text: '一、指导思想', requirement: null, role: 'structure' }]);
    const ids = new Set(register.requirements.map((r) => r.id));
    const spanIds = body.paragraphs.flatMap((p) => p.spans.flatMap((s) => (s.requirement ? [s.requirement] : [])));
    expect(new Set(spanIds)).toEqual(ids);
  });
});
