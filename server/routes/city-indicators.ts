import { Hono } from 'hono';
import type { CoreStore } from '../db/store.ts';
import { ApiError } from '../http/api-error.ts';
import { currentUser, type AuthEnv } from '../http/auth-env.ts';
import { readJsonBody } from '../http/read-json-body.ts';
import { deleteCityIndicators, putCityIndicators } from '../services/write-city-indicators.ts';
import { describeZodIssue } from '../http/zod-issue-text.ts';
import { cityIndicatorFieldZh } from '../schema/city-indicator-keys.ts';
import {
  cityIndicatorsInputSchema,
  cityIndicatorYearParamSchema,
  type CityIndicatorsInput,
  type CityIndicatorsResponse,
} from '../schema/city-indicators.ts';

/** The `:year` of the path, or a 400 naming it. */
function parseYear(text: string): number {
  const result = cityIndicatorYearParamSchema.safeParse(text);
  if (result.success) return result.data;
  const problem = result.error.issues[0];
  const zh = problem?.code === 'custom' && typeof problem.params?.zh === 'string' ? problem.params.zh : '须为四位年份';
  throw new ApiError(400, 'invalid_request', {
    zh: `年份${zh}，收到「${text.slice(0, 20)}」`,
    en: `year: ${problem?.message ?? 'not a year'}; got '${text.slice(0, 20)}'`,
  });
}

/**
 * The body of a PUT, or a 400 whose Chinese names each offending field as the form labels it
 * (「PM2.5 年均浓度目标：须大于 0」, 「二氧化硫排放总量上限：应为数字」, 「文件名称：不能为空」).
 */
function parseInput(body: unknown): CityIndicatorsInput {
  const result = cityIndicatorsInputSchema.safeParse(body);
  if (result.success) return result.data;
  const parts = result.error.issues.map((issue) => {
    const text = describeZodIssue(issue, 'body', body);
    const field = cityIndicatorFieldZh(issue.path);
    const separator = text.zh.indexOf('：');
    const zh = field !== null && separator >= 0 ? `${field}${text.zh.slice(separator)}` : text.zh;
    return { zh, en: text.en };
  });
  throw new ApiError(400, 'invalid_request', {
    zh: parts.map((p) => p.zh).join('；'),
    en: parts.map((p) => p.en).join('; '),
  });
}

/**
 * GET / (every year's city-assigned indicators: anyone who may read the plan), PUT /:year (create or replace a
 * year's figures with their source document) and DELETE /:year (admins; the policy table says so). Mounted at
 * /api/plan/indicators. Every write is audited in the same unit of work; `now` is the app's clock (epoch ms).
 */
export function cityIndicatorRoutes(store: CoreStore, now: () => number) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const body: CityIndicatorsResponse = { indicators: await store.cityIndicators.list() };
      return c.json(body);
    })
    .put('/:year', async (c) => {
      const admin = currentUser(c);
      const year = parseYear(c.req.param('year'));
      const input = parseInput(await readJsonBody(c));
      const at = new Date(now()).toISOString();
      const stored = await putCityIndicators(store, admin, year, input, at);
      return c.json(stored.after, stored.created ? 201 : 200);
    })
    .delete('/:year', async (c) => {
      const admin = currentUser(c);
      const year = parseYear(c.req.param('year'));
      const at = new Date(now()).toISOString();
      const removed = await deleteCityIndicators(store, admin, year, at);
      if (!removed)
        throw new ApiError(404, 'not_found', {
          zh: `${year}年尚未录入市下达指标`,
          en: `no city-assigned indicators for ${year}`,
        });
      return c.json({ deleted: year });
    });
}
