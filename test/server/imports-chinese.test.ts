import type { FeatureCollection, Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { layerInfo } from '../../server/schema/layer-catalogue.ts';
import { importOutcomeSchema, importReportSchema, importTargetsResponseSchema } from '../../server/schema/imports.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin', { username: 'district-admin' });
});
afterAll(() => seeded.dispose());

const csv = (rows: string[]) =>
  new TextEncoder().encode(
    ['统一社会信用代码,企业名称,行业,生产状态,绩效分级,超低排放,铁路专用线,年运输量,经度,纬度', ...rows].join('\r\n'),
  );
const upload = (step: 'dry-run' | 'commit', bytes: Uint8Array, query = '') =>
  admin.request(`/api/imports/enterprises/${step}?file=${encodeURIComponent('名录.csv')}${query}`, {
    method: 'POST',
    body: bytes.slice(),
    headers: { 'content-type': 'application/octet-stream' },
  });

describe('an enterprise register written in Chinese', () => {
  const good = csv([
    '91140902MA0ZHCN01X,中文测试一厂,砖瓦制造,在产,B级,改造中,无,120000,112.7341,38.4167',
    '91140902MA0ZHCN02X,中文测试二厂,水泥粉磨,停产,C级,不适用,在建,80000,112.7441,38.4267',
  ]);

  it('accepts the Chinese labels of every enum column, and reports in Chinese', async () => {
    const res = await upload('dry-run', good);
    expect(res.status).toBe(200);
    const report = importReportSchema.parse(await res.json());
    expect(report.counts).toMatchObject({ valid: 2, errors: 0 });
    // the longitude/latitude columns gave the positions: they are not "columns not imported"
    expect(report.problems.map((p) => p.problem).join('\n')).not.toMatch(/columns not imported/);
    for (const problem of report.problems) {
      expect(problem.text?.zh).toBeDefined();
      expect(englishLeaks(problem.text?.zh ?? '')).toEqual([]);
    }
    expect(report.problems.find((p) => p.row === 1)).toMatchObject({
      field: '行业',
      fieldLabel: { zh: '行业' },
      text: { zh: '「砖瓦制造」按「砖瓦」读取' },
    });
  });

  it('names the row, the column and the accepted values in Chinese when a value is wrong', async () => {
    const res = await upload(
      'dry-run',
      csv(['91140902MA0ZHCN03X,中文测试三厂,砖瓦,在产,B级,不适用,有的,0,112.7341,38.4167']),
    );
    const report = importReportSchema.parse(await res.json());
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        row: 1,
        field: '铁路专用线',
        severity: 'error',
        fieldLabel: { zh: '铁路专用线', en: 'Rail spur' },
        text: expect.objectContaining({ zh: '「有的」不是可填的值；可填：无、规划中、在建、已建成' }),
      }),
    );
  });

  it('stores codes, and the provenance the importer declared', async () => {
    const res = await upload('commit', good, '&provenance=synthetic');
    expect(res.status).toBe(200);
    expect(importOutcomeSchema.parse(await res.json())).toMatchObject({ inserted: 2 });
    const layer = (await (
      await admin.request('/api/layers/enterprises?provenance=synthetic')
    ).json()) as FeatureCollection<Point, Record<string, unknown>>;
    const one = layer.features.find((f) => f.id === '91140902MA0ZHCN01X' || f.properties.id === '91140902MA0ZHCN01X');
    expect(one?.properties).toMatchObject({
      operatingStatus: 'operating',
      uleStatus: 'in-progress',
      railSpur: 'none',
      annualFreightT: 120000,
      provenance: 'synthetic',
    });
  });

  it('refuses an unknown provenance', async () => {
    expect((await upload('dry-run', good, '&provenance=guess')).status).toBe(400);
  });
});

describe('GET /api/imports/targets', () => {
  it('names the targets as the layer list does, and every field in Chinese with its unit', async () => {
    const body = importTargetsResponseSchema.parse(await (await admin.request('/api/imports/targets')).json());
    for (const target of body.targets) {
      if (target.id === 'townships') continue;
      expect(target.label.zh).toBe(layerInfo[target.id as keyof typeof layerInfo].nameZh);
      for (const field of target.fields) expect(englishLeaks(field.label.zh)).toEqual([]);
      for (const field of target.fields.filter((f) => f.kind === 'enum' || f.kind === 'enum-list'))
        for (const value of field.values ?? [])
          expect(field.labels?.[value]?.zh, `${field.column} ${value}`).toBeTruthy();
    }
    const nrmm = body.targets.find((t) => t.id === 'nrmm-zones');
    expect(nrmm?.label.zh).toBe('非道路移动机械排放控制区');
    const freight = body.targets
      .find((t) => t.id === 'enterprises')
      ?.fields.find((f) => f.column === 'annual_freight_t');
    expect(freight).toMatchObject({ label: { zh: '年货运量' }, unit: { zh: '吨/年' } });
  });
});

describe('PATCH /api/records: Chinese values and Chinese refusals', () => {
  const patch = (key: string, body: unknown) =>
    admin.request(`/api/records/enterprises/${key}`, {
      method: 'PATCH',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it('accepts 在建 for the rail spur and 停产 for the operating status, and stores the codes', async () => {
    const res = await patch('91140902MA0ZHCN01X', { railSpur: '在建', 生产状态: '停产' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { after: Record<string, unknown> };
    expect(body.after).toMatchObject({ rail_spur: 'under-construction', operating_status: 'suspended' });
  });

  it('refuses a wrong value with the column and the accepted values in Chinese', async () => {
    const res = await patch('91140902MA0ZHCN01X', { railSpur: '有的' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { text: { zh: string } } };
    expect(body.error.text.zh).toBe('铁路专用线：「有的」不是可填的值；可填：无、规划中、在建、已建成');
  });
});
