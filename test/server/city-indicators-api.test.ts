import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { aqEvaluationResponseSchema } from '../../server/schema/aq.ts';
import { auditResponseSchema } from '../../server/schema/audit.ts';
import { cityIndicatorsResponseSchema, cityIndicatorsSchema } from '../../server/schema/city-indicators.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

/** A valid PUT body: every figure of 2024, from an official document. */
const body2024 = {
  concentrations: { 'PM2.5': 36, PM10: 70, SO2: 12, NO2: 29, CO: null, O3: null },
  goodDayRatio: 74.5,
  emissions: {
    SO2: { cap: 1800, reduction: 50 },
    NOx: { cap: null, reduction: 200 },
    PM: { cap: 3000, reduction: null },
    VOCs: { cap: null, reduction: null },
  },
  source: {
    name: '关于下达2024年度环境空气质量改善目标的通知',
    number: '忻政办发〔2024〕7号',
    issuer: '忻州市人民政府办公室',
    issuedOn: '2024-02-20',
  },
  provenance: 'official',
};

const put = (caller: Caller, year: string | number, body: unknown) =>
  caller.request(`/api/plan/indicators/${year}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('city-assigned indicators on a fresh install', () => {
  it('GET answers an empty list: the product runs with none', async () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const app = createApp({ db });
    const official = asUser(app, db, 'official');
    const res = await official.request('/api/plan/indicators');
    expect(res.status).toBe(200);
    expect(cityIndicatorsResponseSchema.parse(await res.json())).toEqual({ indicators: [] });
    db.close();
  });
});

describe('city-assigned indicators (seeded demo database)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let app: ReturnType<typeof createApp>;
  let admin: Caller;
  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    app = createApp({ db: seeded.db });
    admin = asUser(app, seeded.db, 'admin');
  });
  afterAll(() => seeded.dispose());

  it('the demo database holds one synthetic 2023 row, named as such', async () => {
    const res = await asUser(app, seeded.db, 'official').request('/api/plan/indicators');
    const { indicators } = cityIndicatorsResponseSchema.parse(await res.json());
    expect(indicators.map((i) => [i.year, i.provenance])).toEqual([[2023, 'synthetic']]);
    expect(indicators[0]?.source.name).toBe('示例：市下达2023年度约束性指标（合成数据，待导入正式文件）');
    expect(indicators[0]?.concentrations['PM2.5']).toBe(38);
  });

  it('PUT as admin creates (201) and then replaces (200) a year; GET lists it; the audit log has both', async () => {
    const created = await put(admin, 2024, body2024);
    expect(created.status).toBe(201);
    const stored = cityIndicatorsSchema.parse(await created.json());
    expect(stored).toMatchObject({ year: 2024, goodDayRatio: 74.5, provenance: 'official', updatedBy: 'test-admin' });
    expect(stored.emissions.NOx).toEqual({ cap: null, reduction: 200 });

    const replaced = await put(admin, 2024, { ...body2024, concentrations: { ...body2024.concentrations, SO2: 11 } });
    expect(replaced.status).toBe(200);
    expect(cityIndicatorsSchema.parse(await replaced.json()).concentrations.SO2).toBe(11);

    const list = cityIndicatorsResponseSchema.parse(await (await admin.request('/api/plan/indicators')).json());
    expect(list.indicators.map((i) => i.year)).toEqual([2023, 2024]);

    const audit = auditResponseSchema.parse(
      await (await admin.request('/api/audit?entity=city-indicators&entityId=2024')).json(),
    );
    expect(audit.entries.map((e) => e.action)).toEqual(['indicator.update', 'indicator.update']);
    expect(audit.entries[1]?.before).toBeNull();
    expect(audit.entries[0]?.before).toMatchObject({ concentrations: { SO2: 12 } });
    expect(audit.entries[0]?.after).toMatchObject({ concentrations: { SO2: 11 } });
    expect(audit.entries[0]?.actor).toBe('test-admin');
  });

  it('DELETE as admin removes a year (audited); a second DELETE is a 404 in Chinese', async () => {
    expect((await put(admin, 2030, body2024)).status).toBe(201);
    const deleted = await admin.request('/api/plan/indicators/2030', { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    const again = await admin.request('/api/plan/indicators/2030', { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect((await errorOf(again)).text.zh).toBe('2030年尚未录入市下达指标');
    const audit = auditResponseSchema.parse(
      await (await admin.request('/api/audit?entity=city-indicators&entityId=2030')).json(),
    );
    expect(audit.entries.map((e) => e.action)).toEqual(['indicator.delete', 'indicator.update']);
  });

  it('403 for analysts, officials and inspectors: only admins enter or delete indicators', async () => {
    for (const role of ['analyst', 'official', 'inspector'] as const) {
      const caller = asUser(app, seeded.db, role);
      const res = await put(caller, 2025, body2024);
      expect(res.status, role).toBe(403);
      expect((await errorOf(res)).code).toBe('forbidden');
      const del = await caller.request('/api/plan/indicators/2023', { method: 'DELETE' });
      expect(del.status, role).toBe(403);
    }
    const list = cityIndicatorsResponseSchema.parse(await (await admin.request('/api/plan/indicators')).json());
    expect(list.indicators.map((i) => i.year)).not.toContain(2025);
  });

  it('400 on bad values, the Chinese naming each field as the form does', async () => {
    const negative = await put(admin, 2025, {
      ...body2024,
      concentrations: { ...body2024.concentrations, 'PM2.5': -3 },
      emissions: { ...body2024.emissions, SO2: { cap: 'many', reduction: null } },
    });
    expect(negative.status).toBe(400);
    const text = (await errorOf(negative)).text.zh;
    expect(text).toContain('PM2.5 年均浓度目标：须大于 0');
    expect(text).toContain('二氧化硫排放总量上限：应为数字');

    const noSource = await put(admin, 2025, { ...body2024, source: { ...body2024.source, name: ' ' } });
    expect((await errorOf(noSource)).text.zh).toBe('文件名称：不能为空');

    const ratio = await put(admin, 2025, { ...body2024, goodDayRatio: 120 });
    expect((await errorOf(ratio)).text.zh).toBe('优良天数比例：不能大于 100');

    const empty = await put(admin, 2025, {
      ...body2024,
      concentrations: { 'PM2.5': null, PM10: null, SO2: null, NO2: null, CO: null, O3: null },
      goodDayRatio: null,
      emissions: {
        SO2: { cap: null, reduction: null },
        NOx: { cap: null, reduction: null },
        PM: { cap: null, reduction: null },
        VOCs: { cap: null, reduction: null },
      },
    });
    expect((await errorOf(empty)).text.zh).toContain('至少填写一项指标');

    const badYear = await put(admin, 2022, body2024);
    expect(badYear.status).toBe(400);
    expect((await errorOf(badYear)).text.zh).toBe('年份须在 2023–2100 之间，收到「2022」');
    const list = cityIndicatorsResponseSchema.parse(await (await admin.request('/api/plan/indicators')).json());
    expect(list.indicators.map((i) => i.year)).not.toContain(2025);
  });

  it('the evaluation carries the year’s city target beside the plan target, judged the same way', async () => {
    const read = async (year: number) =>
      aqEvaluationResponseSchema.parse(
        await (await admin.request(`/api/aq/evaluation?year=${year}&scope=district`)).json(),
      );
    const evaluation = await read(2023);
    const pm25 = evaluation.pollutants.find((p) => p.pollutant === 'PM2.5');
    expect(pm25?.planTarget?.value).toBe(35);
    expect(pm25?.cityTarget).toBe(38);
    const figure = pm25?.value ?? null;
    expect(figure).not.toBeNull();
    expect(pm25?.meetsCityTarget).toBe((figure ?? 0) <= 38);
    expect(pm25?.cityProgress).not.toBeNull();
    expect(evaluation.cityIndicators?.provenance).toBe('synthetic');
    expect(evaluation.cityGoodDayRatio?.floor).toBe(72);

    // a stricter city figure entered for 2023 changes the judgement, not the plan's
    const strict = { ...body2024, concentrations: { ...body2024.concentrations, 'PM2.5': 1 }, goodDayRatio: 99.9 };
    expect((await put(admin, 2023, strict)).status).toBe(200);
    const after = await read(2023);
    const pm25After = after.pollutants.find((p) => p.pollutant === 'PM2.5');
    expect(pm25After).toMatchObject({ cityTarget: 1, meetsCityTarget: false, cityProgress: 'fail' });
    expect(pm25After?.target).toBe(35);
    expect(after.pollutants.find((p) => p.pollutant === 'CO')).toMatchObject({ cityTarget: null, cityProgress: null });
    expect(after.meetsCity).toBe(false);

    // a year without an entry: no city figures
    const none = await read(2025);
    expect(none.cityIndicators).toBeNull();
    expect(none.pollutants.every((p) => p.cityTarget === null && p.meetsCityTarget === null)).toBe(true);
    expect(none.meetsCity).toBeNull();
  });

  it('the monthly report shows the city indicators beside the plan targets; emissions cannot be judged', async () => {
    const html = await (await admin.request('/api/reports/monthly?month=2023-06')).text();
    expect(html).toContain('市下达年度约束性指标');
    expect(html).toContain('data-city-target="PM2.5"');
    // the caps beside the monitored stacks' emissions (none by June: the seeded CEMS hours start in November)
    expect(html).toContain('排放总量约束：在线监测排放量（仅重点排放口）对照市下达上限');
    expect(html).toContain('在线监测排放量（仅重点排放口）年初至今 暂无在线监测数据');
    expect(html).toContain('忻政办发〔2024〕7号');
    expect(html).toContain('data-city-emission="SO2"');

    // without an entry for the year the report says so
    expect((await admin.request('/api/plan/indicators/2023', { method: 'DELETE' })).status).toBe(200);
    const bare = await (await admin.request('/api/reports/monthly?month=2023-06')).text();
    expect(bare).toContain('data-city-indicators="none"');
    expect(bare).toContain('未录入市下达指标');
  });
});
