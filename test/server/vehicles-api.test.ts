import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { vehicleImportOutcomeSchema, vehicleImportReportSchema } from '../../server/schema/vehicle-import.ts';
import { vehicleProgressResponseSchema } from '../../server/schema/vehicle-progress.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let admin: Caller;
let official: Caller;
let advances = 0;
let enterprise: { id: string; name: string; township: string };

const encode = (text: string) => new TextEncoder().encode(text);
const upload = (caller: Caller, step: 'dry-run' | 'commit', bytes: Uint8Array, query: Record<string, string>) =>
  caller.request(`/api/vehicles/import/${step}?${new URLSearchParams(query).toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes.slice(),
  });
const count = (sql: string, ...params: unknown[]) => (seeded.db.prepare(sql).get(...params) as { n: number }).n;
const transport = { file: '营运车辆台账.csv', register: 'transport' };

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  const app = createApp({
    db: seeded.db,
    advanceLedger: () => {
      advances += 1;
      return Promise.resolve({ at: '2023-12-31T23:00', hits: 0 });
    },
  });
  admin = asUser(app, seeded.db, 'admin');
  official = asUser(app, seeded.db, 'official');
  enterprise = seeded.db
    .prepare('SELECT id, name, township_code AS township FROM enterprises ORDER BY id LIMIT 1')
    .get() as typeof enterprise;
});
afterAll(() => seeded.dispose());

describe('GET /api/vehicles/progress', () => {
  it('serves the phase-out since the plan’s start, the municipal share, bulk freight and the fleet', async () => {
    const res = await official.request('/api/vehicles/progress?asOf=2023-12-31T23:00');
    expect(res.status).toBe(200);
    const body = vehicleProgressResponseSchema.parse(await res.json());
    expect(body.planStart).toBe('2023-05-05');
    expect(body.dieselTrucks.atStart).toBeGreaterThan(body.dieselTrucks.inUse);
    expect(body.dieselTrucks.monthly.map((m) => m.month)).toEqual([
      '2023-05',
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
    ]);
    expect(body.dieselTrucks.monthly.at(-1)?.inUse).toBe(body.dieselTrucks.inUse);
    expect(body.fleet.inUse).toBeGreaterThan(0);
    expect(body.bulkFreight.from).toBe('2023-12-24T23:00');
  });

  it('refuses an impossible as-of and unknown parameters, naming them', async () => {
    const bad = await official.request('/api/vehicles/progress?asOf=2023-02-30');
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(await bad.json()).error.message).toContain('asOf');
    const unknown = await official.request('/api/vehicles/progress?limit=5');
    expect(unknown.status).toBe(400);
  });
});

describe('POST /api/vehicles/import', () => {
  const header =
    '号牌号码,车辆类型,燃料种类,排放标准,所有人,注册日期,机动车状态,状态日期,强制报废期止,重点用车单位,所属乡镇';
  const goodCsv = () =>
    encode(
      `${header}\n` +
        `晋H·T0001,重型普通货车,柴油,国Ⅳ,${enterprise.name},2014-03-02,A,,2029-03-02,${enterprise.id},\n` +
        `晋HT0002,H31,B,国4,某物流公司,2015/7/1,报废,2023-09-01,,,秀容街道\n` +
        `晋HDT0003,轻型厢式货车,纯电动,,某快递公司,2023-08-01,正常,,,,${enterprise.township}\n`,
    );

  it('dry-runs a register: places vehicles at the key-user unit or the township seat, writes nothing', async () => {
    const before = count('SELECT count(*) AS n FROM vehicles');
    const res = await upload(admin, 'dry-run', goodCsv(), transport);
    expect(res.status).toBe(200);
    const report = vehicleImportReportSchema.parse(await res.json());
    expect(report.counts).toMatchObject({ rows: 3, vehicles: 3, new: 3, errors: 0, atEnterprise: 1 });
    expect(report.preview.map((v) => [v.plate, v.emissionStage, v.status])).toEqual([
      ['晋HT0001', 'IV', 'in-use'],
      ['晋HT0002', 'IV', 'scrapped'],
      ['晋HDT0003', 'new-energy', 'in-use'],
    ]);
    expect(report.committable).toBe(true);
    expect(count('SELECT count(*) AS n FROM vehicles')).toBe(before);
  });

  it('commits all of it, audited, marked approximate, advancing the ledger; a re-import updates by plate', async () => {
    const advanced = advances;
    const res = await upload(admin, 'commit', goodCsv(), transport);
    expect(res.status).toBe(201);
    expect(vehicleImportOutcomeSchema.parse(await res.json())).toMatchObject({ inserted: 3, updated: 0 });
    expect(advances).toBe(advanced + 1);
    const row = seeded.db
      .prepare('SELECT key_user_enterprise_id AS e, provenance, source FROM vehicles WHERE plate = ?')
      .get('晋HT0001') as { e: string; provenance: string; source: string };
    expect(row).toMatchObject({ e: enterprise.id, provenance: 'approximate' });
    expect(row.source).toContain('位置为近似');
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'import.commit' AND entity = 'vehicles'")).toBe(1);
    const again = await upload(admin, 'commit', goodCsv(), transport);
    expect(vehicleImportOutcomeSchema.parse(await again.json())).toMatchObject({ inserted: 0, updated: 3 });
  });

  it('names bad stage words, duplicate plates and rows it cannot place, and commits nothing (422)', async () => {
    const csv = encode(
      `${header}\n` +
        `晋HT0101,重型货车,柴油,欧四,某公司,2014-03-02,A,,,,秀容街道\n` +
        `晋HT0102,重型货车,柴油,国五,某公司,2018-03-02,A,,,,秀容街道\n` +
        `晋HT0102,重型货车,柴油,国五,某公司,2018-03-02,A,,,,秀容街道\n` +
        `晋HT0103,重型货车,柴油,国六,某公司,2022-03-02,A,,,,火星乡\n` +
        `晋HT0104,重型货车,柴油,国六,某公司,2022-03-02,E,,,,秀容街道\n`,
    );
    const before = count('SELECT count(*) AS n FROM vehicles');
    const res = await upload(admin, 'commit', csv, transport);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { report: unknown };
    const report = vehicleImportReportSchema.parse(body.report);
    const byRow = (row: number) => report.problems.filter((p) => p.row === row).map((p) => p.text?.zh ?? p.problem);
    expect(byRow(2).join()).toContain('排放标准「欧四」无法识别');
    expect(byRow(4).join()).toContain('与第 3 行重复');
    expect(byRow(5).join()).toContain('火星乡');
    expect(byRow(6).join()).toContain('状态日期为空');
    expect(report.counts.errors).toBe(4);
    expect(count('SELECT count(*) AS n FROM vehicles')).toBe(before);
  });

  it('reads an XLSX register', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('登记信息');
    sheet.addRow(['车牌号码', '车辆类型', '燃料类型', '排放阶段', '业户名称', '初次登记日期', '所属乡镇']);
    sheet.addRow(['晋HT0201', '重型半挂牵引车', '液化天然气', '国五', '某运输公司', '2019-05-06', '秀容街道']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await upload(admin, 'dry-run', bytes, { file: '登记信息.xlsx', register: 'public-security' });
    const report = vehicleImportReportSchema.parse(await res.json());
    expect(report.preview[0]).toMatchObject({
      plate: '晋HT0201',
      category: 'tractor-unit',
      fuel: 'gas',
      emissionStage: 'V',
    });
  });

  it('refuses a file without the required columns, an empty body, a bad file name, and non-admins', async () => {
    const noColumns = await upload(admin, 'dry-run', encode('名称,备注\n甲,乙\n'), transport);
    const report = vehicleImportReportSchema.parse(await noColumns.json());
    expect(report.problems[0]?.text?.zh).toContain('缺少必需的列');
    expect((await upload(admin, 'dry-run', new Uint8Array(), transport)).status).toBe(400);
    expect((await upload(admin, 'dry-run', goodCsv(), { ...transport, file: '../x.csv' })).status).toBe(400);
    expect((await upload(admin, 'dry-run', goodCsv(), { ...transport, register: 'police' })).status).toBe(400);
    expect((await upload(official, 'dry-run', goodCsv(), transport)).status).toBe(403);
  });
});
