import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  areaStatsResponseSchema,
  geometryErrorBodySchema,
  townshipStatsResponseSchema,
  type AreaStatsResponse,
  type TownshipStatsResponse,
} from '../../server/schema/stats.ts';
import { circlePolygon } from '../../server/spatial/circle-polygon.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { bodyWithBom, createExportTestApp, csvObjects, parseCsv, type ExportTestApp } from './export-test-app.ts';

let t: ExportTestApp;
let table: TownshipStatsResponse;

beforeAll(async () => {
  t = createExportTestApp();
  table = await townshipTable('');
});
afterAll(() => t.seeded.dispose());

async function townshipTable(query: string): Promise<TownshipStatsResponse> {
  const res = await t.request(`/api/stats/townships${query}`);
  expect(res.status).toBe(200);
  return townshipStatsResponseSchema.parse(await res.json());
}

async function postJson(path: string, body: unknown): Promise<Response> {
  return t.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every leaf of a JSON value with its dotted path. */
function leaves(value: Json, path: string[] = []): [string, Json][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  }
  return [[path.join('.'), value]];
}

/** The JSON path of a CSV row, per the documented rule: the category sits before a final count/perKm2, else last. */
function jsonPath(metric: string, category: string): string {
  if (category === '') return metric;
  const parts = metric.split('.');
  const last = parts[parts.length - 1];
  if (parts.length >= 3 && (last === 'count' || last === 'perKm2'))
    return [...parts.slice(0, -1), category, last].join('.');
  return `${metric}.${category}`;
}

/** The text a JSON leaf becomes in the CSV. */
function cellOf(value: Json): string {
  if (value === null) return '';
  return String(value);
}

/** Decimals of each unit (as the English CSV writes it): the precision a value is rounded to. */
const unitDigits: Record<string, number> = {
  count: 0,
  hours: 0,
  'per km²': 3,
  'km²': 3,
  km: 3,
  'share (0–1)': 4,
  't/(km²·month)': 2,
  'µg/m³': 1,
  'mg/m³': 3,
};

/** A JSON value as the CSV writes it in a column of `unit`: numbers rounded to the unit's precision. */
function cellIn(unit: string, value: Json): string {
  // a percentage (the roadside-check hit rate) is the JSON share × 100, to one decimal
  if (unit === '%' && typeof value === 'number') return String(Number((value * 100).toFixed(1)));
  const digits = unitDigits[unit];
  if (typeof value === 'number' && digits !== undefined) return String(Number(value.toFixed(digits)));
  return cellOf(value);
}

/** The CSV rows of one area as path → [cell, unit]. */
function byPath(rows: Record<string, string>[]): Map<string, [string, string]> {
  const map = new Map<string, [string, string]>();
  for (const row of rows) {
    const path = jsonPath(row.metric as string, row.category as string);
    expect(map.has(path), `duplicate row for ${path}`).toBe(false);
    map.set(path, [row.value as string, row.unit as string]);
  }
  return map;
}

/**
 * Compares one area's CSV rows with its JSON statistics, leaf by leaf, both ways: each value rounded to its unit's
 * precision, the dustfall coverage at most the area.
 */
function expectRowsMatch(rows: Record<string, string>[], statistics: Json, omit: readonly string[]): void {
  const got = byPath(rows);
  const json = new Map(leaves(statistics).filter(([path]) => !omit.includes(path)));
  const area = json.get('areaKm2');
  const coverage = json.get('dustfall.coverageKm2');
  if (typeof area === 'number' && typeof coverage === 'number')
    json.set('dustfall.coverageKm2', Math.min(area, coverage));
  expect([...got.keys()].sort()).toEqual([...json.keys()].sort());
  for (const [path, value] of json) {
    const [cell, unit] = got.get(path) as [string, string];
    expect(cell, path).toBe(cellIn(unit, value));
  }
  for (const [path, [cell]] of got) expect(cell, path).not.toMatch(/\d\.\d*(\d)\1{5}/);
}

describe('GET /api/exports/stats/townships?format=csv', () => {
  it('is a BOM-prefixed CSV attachment named after the month', async () => {
    const res = await t.request('/api/exports/stats/townships?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="lantian-stats-townships-2023-12.csv"; ' +
        "filename*=UTF-8''lantian-stats-townships-2023-12.csv",
    );
    const text = await bodyWithBom(res);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text).header).toEqual([
      '范围',
      '代码',
      '名称',
      '月份',
      '截至',
      '指标',
      '分类',
      '说明',
      '值',
      '单位',
    ]);
  });

  it.each(['', '?month=2023-06&asOf=2023-06-20'])(
    'holds exactly the values of GET /api/stats/townships%s, one row per leaf',
    async (query) => {
      const json = query ? await townshipTable(query) : table;
      const res = await t.request(`/api/exports/stats/townships${query ? `${query}&` : '?'}format=csv&lang=en`);
      expect(res.status).toBe(200);
      const rows = csvObjects(await bodyWithBom(res));
      expect(new Set(rows.map((r) => r.month))).toEqual(new Set([json.month]));
      expect(new Set(rows.map((r) => r.asOf))).toEqual(new Set([json.asOf]));
      for (const township of json.townships) {
        const own = rows.filter((r) => r.scope === 'township' && r.code === township.code);
        expect(new Set(own.map((r) => r.name))).toEqual(new Set([township.name]));
        expectRowsMatch(own, township as unknown as Json, ['code', 'name', 'dustfall.month']);
      }
      const district = rows.filter((r) => r.scope === 'district');
      expect(new Set(district.map((r) => r.code))).toEqual(new Set(['']));
      expectRowsMatch(district, json.district as unknown as Json, ['dustfall.month']);
      expect(rows.length).toBe(district.length * 19);
    },
  );

  it('labels metrics in the chosen language', async () => {
    const zh = csvObjects(await bodyWithBom(await t.request('/api/exports/stats/townships')));
    const en = csvObjects(await bodyWithBom(await t.request('/api/exports/stats/townships?lang=en')));
    const zhRow = zh.find((r) => r['范围'] === '全区' && r['指标'] === '数量' && r['分类'] === '工业企业');
    const enRow = en.find((r) => r.scope === 'district' && r.metric === 'counts' && r.category === 'enterprises');
    expect(zhRow?.['说明']).toBe('数量 · 工业企业');
    expect(enRow?.label).toBe('count · Enterprises');
    expect(zhRow?.['值']).toBe(String(table.district.counts.enterprises));
  });

  it('writes no codes, English units or float noise in Chinese', async () => {
    const zh = csvObjects(await bodyWithBom(await t.request('/api/exports/stats/townships')));
    expect(new Set(zh.map((r) => r['范围']))).toEqual(new Set(['乡镇', '全区']));
    for (const row of zh) {
      for (const column of ['范围', '指标', '分类', '说明', '单位'])
        expect(englishLeaks(row[column] ?? ''), `${column} of ${row['说明']}`).toEqual([]);
      expect(row['值'], row['说明']).not.toMatch(/^(true|false|point-mean|area-weighted)$/);
      expect(row['值'], row['说明']).not.toMatch(/\.\d{4,}$/);
    }
    const dustfall = zh.find((r) => r['范围'] === '全区' && r['指标'] === '降尘量');
    expect(dustfall?.['单位']).toBe('t/(km²·月)');
    expect(dustfall?.['值']).toBe(String(Number(table.district.dustfall.value?.toFixed(2))));
    const area = Number(zh.find((r) => r['范围'] === '全区' && r['指标'] === '面积')?.['值']);
    const coverage = Number(zh.find((r) => r['范围'] === '全区' && r['指标'] === '降尘值代表面积')?.['值']);
    expect(coverage).toBeLessThanOrEqual(area);
  });

  it('answers 400 for a bad format, month or an unknown parameter', async () => {
    for (const query of ['format=pdf', 'month=2023-6', 'bogus=1', 'lang=de']) {
      const res = await t.request(`/api/exports/stats/townships?${query}`);
      expect(res.status, query).toBe(400);
      expect(errorBodySchema.parse(await res.json()).error.code).toBe('invalid_request');
    }
  });
});

describe('GET /api/exports/stats/townships?format=geojson', () => {
  it('is the 18 township polygons with their statistics, the district and period as foreign members', async () => {
    const res = await t.request('/api/exports/stats/townships?format=geojson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    expect(res.headers.get('content-disposition')).toContain('filename="lantian-stats-townships-2023-12.geojson"');
    const body = (await res.json()) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>> &
      Record<string, unknown>;
    const polygons = (await (await t.request('/api/layers/townships')).json()) as FeatureCollection<
      Geometry,
      { code: string }
    >;
    expect(body.features).toHaveLength(18);
    expect(body.month).toBe(table.month);
    expect(body.asOf).toBe(table.asOf);
    expect(body.district).toEqual(table.district);
    body.features.forEach((feature, k) => {
      const row = table.townships[k];
      expect(feature.properties).toEqual({ scope: 'township', month: table.month, asOf: table.asOf, ...row });
      expect(feature.geometry).toEqual(polygons.features.find((f) => f.properties.code === row?.code)?.geometry);
    });
  });
});

describe('POST /api/exports/stats/area', () => {
  const circle = { circle: { center: [112.735, 38.43] as [number, number], radiusM: 4000, vertices: 96 } };
  const square = {
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [112.6, 38.35],
          [112.8, 38.35],
          [112.8, 38.5],
          [112.6, 38.5],
          [112.6, 38.35],
        ],
      ],
    },
    month: '2023-08',
  };

  async function areaJson(body: unknown): Promise<AreaStatsResponse> {
    const res = await postJson('/api/stats/area', body);
    expect(res.status).toBe(200);
    return areaStatsResponseSchema.parse(await res.json());
  }

  it.each([
    ['a circle', circle],
    ['a polygon with a month', square],
  ])('CSV of %s holds exactly the values of POST /api/stats/area', async (_, body) => {
    const json = await areaJson(body);
    const res = await postJson('/api/exports/stats/area?format=csv&lang=en', body);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename="lantian-stats-area-${json.month}.csv"`);
    const rows = csvObjects(await bodyWithBom(res));
    const area = rows.filter((r) => r.scope === 'area');
    const { townships, warnings, month: _month, asOf: _asOf, ...statistics } = json;
    const expected = { ...statistics, warnings: Object.fromEntries(warnings.map((w, i) => [String(i), w])) };
    expectRowsMatch(area, expected as unknown as Json, ['dustfall.month']);
    expect(townships.length).toBeGreaterThan(0);
    for (const part of townships) {
      const own = rows.filter((r) => r.scope === 'area-township' && r.code === part.code);
      expectRowsMatch(own, { areaKm2: part.areaKm2, share: part.share, dustfall: part.dustfall }, []);
    }
    expect(rows.length).toBe(area.length + 3 * townships.length);
  });

  it('GeoJSON is the shape as measured with the statistics as properties', async () => {
    const json = await areaJson(circle);
    const res = await postJson('/api/exports/stats/area?format=geojson', circle);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const body = (await res.json()) as FeatureCollection<Polygon, Record<string, unknown>>;
    expect(body.features).toHaveLength(1);
    const [feature] = body.features as [Feature<Polygon, Record<string, unknown>>];
    expect(feature.properties).toEqual({ scope: 'area', ...json });
    expect(feature.geometry).toEqual(
      circlePolygon(circle.circle.center, circle.circle.radiusM, circle.circle.vertices),
    );

    const drawn = await postJson('/api/exports/stats/area?format=geojson', square);
    const drawnBody = (await drawn.json()) as FeatureCollection;
    expect(drawnBody.features[0]?.geometry).toEqual(square.geometry);
  });

  it('passes the statistics endpoint’s 422 through for an unusable geometry', async () => {
    const bowtie = {
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [112.6, 38.3],
            [112.7, 38.4],
            [112.7, 38.3],
            [112.6, 38.4],
            [112.6, 38.3],
          ],
        ],
      },
    };
    const res = await postJson('/api/exports/stats/area?format=csv', bowtie);
    expect(res.status).toBe(422);
    const body = geometryErrorBodySchema.parse(await res.json());
    expect(body.error.problems.some((p) => p.code === 'self-intersection')).toBe(true);
  });

  it('answers 400 for a bad format, malformed JSON or a wrong body', async () => {
    expect((await postJson('/api/exports/stats/area?format=kml', circle)).status).toBe(400);
    expect(
      (
        await t.request('/api/exports/stats/area', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"circle":',
        })
      ).status,
    ).toBe(400);
    expect((await postJson('/api/exports/stats/area', { ...circle, extra: 1 })).status).toBe(400);
  });
});
