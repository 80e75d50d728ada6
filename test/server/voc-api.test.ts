import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  carbonResponseSchema,
  materialsResponseSchema,
  vocImportReportSchema,
  vocSummarySchema,
} from '../../server/schema/voc-ledger.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;

describe('the task-13 ledgers: /api/voc', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let official: Caller;
  let admin: Caller;
  let localInspector: Caller;
  let otherInspector: Caller;
  let enterprise: { id: string; township: string };

  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    const app = createApp({ db: seeded.db });
    enterprise = seeded.db
      .prepare(
        `SELECT id, township_code AS township FROM enterprises
         WHERE industry IN ('industrial-coating', 'packaging-printing', 'wood-panel') ORDER BY id LIMIT 1`,
      )
      .get() as typeof enterprise;
    const other = seeded.db
      .prepare('SELECT code FROM townships WHERE code <> ? LIMIT 1')
      .pluck()
      .get(enterprise.township);
    official = asUser(app, seeded.db, 'official');
    admin = asUser(app, seeded.db, 'admin');
    localInspector = asUser(app, seeded.db, 'inspector', { username: 'voc-local', townships: [enterprise.township] });
    otherInspector = asUser(app, seeded.db, 'inspector', { username: 'voc-other', townships: [other as string] });
  });
  afterAll(() => seeded.dispose());

  const replacement = (overrides: Record<string, unknown> = {}) => ({
    enterpriseId: enterprise.id,
    facility: '9#活性炭吸附箱',
    replacedOn: '2023-08-01',
    carbonForm: 'granular',
    filledKg: 400,
    designFillKg: 500,
    iodineMgG: 850,
    spentKg: 450,
    ...overrides,
  });

  it('serves the seeded carbon ledgers with fills, iodine floors and untransferred balances', async () => {
    const res = await official.request('/api/voc/carbon');
    expect(res.status).toBe(200);
    const body = carbonResponseSchema.parse(await res.json());
    expect(body.asOf).toBe('2023-12-31T23:00');
    expect(body.iodineFloors).toEqual({ granular: 800, honeycomb: 650 });
    expect(body.enterprises.length).toBeGreaterThan(0);
    expect(body.enterprises.every((e) => e.synthetic || e.replacements.length === 0)).toBe(true);
  });

  it('records a replacement by an inspector of the township, short of its design fill, and lists it', async () => {
    const res = await localInspector.request('/api/voc/carbon/replacements', json(replacement()));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const list = carbonResponseSchema.parse(
      await (await official.request(`/api/voc/carbon?enterprise=${enterprise.id}&status=fill-short`)).json(),
    );
    const ledger = list.enterprises[0];
    expect(ledger?.fillShort).toBe(true);
    expect(ledger?.replacements.find((r) => r.id === id)).toMatchObject({ fillShortKg: 100, provenance: 'official' });
    const audit = seeded.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'voc.carbon-replacement.create'");
    expect(audit.pluck().get()).toBe(1);
  });

  it('refuses an inspector outside the township and an official', async () => {
    const outside = await otherInspector.request('/api/voc/carbon/replacements', json(replacement()));
    expect(outside.status).toBe(403);
    expect((await errorOf(outside)).message).toMatch(/outside your townships/);
    expect((await official.request('/api/voc/carbon/replacements', json(replacement()))).status).toBe(403);
  });

  it('refuses absurd replacements naming the problem', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ filledKg: 0 }, /filledKg/],
      [{ filledKg: '400' }, /filledKg/],
      [{ spentKg: -1 }, /spentKg/],
      [{ replacedOn: '2023-02-30' }, /replacedOn/],
      [{ carbonForm: 'powder' }, /carbonForm/],
      [{ facility: 'x'.repeat(61) }, /facility/],
      [{ extra: 1 }, /extra/],
    ];
    for (const [overrides, pattern] of cases) {
      const res = await admin.request('/api/voc/carbon/replacements', json(replacement(overrides)));
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      expect((await errorOf(res)).message).toMatch(pattern);
    }
    const future = await admin.request('/api/voc/carbon/replacements', json(replacement({ replacedOn: '2024-02-01' })));
    expect(future.status).toBe(400);
    const unknown = await admin.request('/api/voc/carbon/replacements', json(replacement({ enterpriseId: 'NOPE' })));
    expect(unknown.status).toBe(404);
  });

  it('records transfers with unique manifests that cover the spent carbon', async () => {
    const created = await admin.request(
      '/api/voc/carbon/replacements',
      json(replacement({ replacedOn: '2023-03-01' })),
    );
    const { id } = (await created.json()) as { id: number };
    const transfer = {
      enterpriseId: enterprise.id,
      replacementId: id,
      manifestNo: 'TEST-2023-0001',
      receiver: '示例危废处置单位',
      quantityKg: 450,
      transferredOn: '2023-04-10',
    };
    expect((await localInspector.request('/api/voc/carbon/transfers', json(transfer))).status).toBe(201);
    const again = await admin.request('/api/voc/carbon/transfers', json(transfer));
    expect(again.status).toBe(409);
    const zero = await admin.request(
      '/api/voc/carbon/transfers',
      json({ ...transfer, manifestNo: 'TEST-0002', quantityKg: 0 }),
    );
    expect((await errorOf(zero)).message).toMatch(/quantityKg/);
    const before = await admin.request(
      '/api/voc/carbon/transfers',
      json({ ...transfer, manifestNo: 'TEST-0003', transferredOn: '2023-02-01' }),
    );
    expect((await errorOf(before)).message).toMatch(/transferredOn/);
    const foreign = await admin.request(
      '/api/voc/carbon/transfers',
      json({ ...transfer, manifestNo: 'TEST-0004', replacementId: 999_999 }),
    );
    expect((await errorOf(foreign)).message).toMatch(/replacementId/);
    const body = carbonResponseSchema.parse(
      await (await official.request(`/api/voc/carbon?enterprise=${enterprise.id}`)).json(),
    );
    expect(body.enterprises[0]?.replacements.find((r) => r.id === id)?.untransferredKg).toBe(0);
  });

  it('serves materials per enterprise and year with the compliant share', async () => {
    const res = await official.request(`/api/voc/materials?enterprise=${enterprise.id}&year=2021`);
    const body = materialsResponseSchema.parse(await res.json());
    expect(body.ledgers[0]?.year).toBe(2021);
    expect(body.ledgers[0]?.compliantShare).not.toBeNull();
    const bad = await official.request('/api/voc/materials?industry=steel');
    expect(bad.status).toBe(400);
  });

  it('records a material (edit: admins only) and refuses inconsistent ones', async () => {
    const material = {
      enterpriseId: enterprise.id,
      year: 2023,
      material: 'ink',
      product: '溶剂型油墨',
      quantityT: 2,
      vocContent: 80,
      vocUnit: '%',
      limitValue: 75,
      lowVoc: false,
    };
    expect((await localInspector.request('/api/voc/materials', json(material))).status).toBe(403);
    expect((await admin.request('/api/voc/materials', json(material))).status).toBe(201);
    const over100 = await admin.request('/api/voc/materials', json({ ...material, vocContent: 120 }));
    expect((await errorOf(over100)).message).toMatch(/vocContent/);
    const lowOver = await admin.request('/api/voc/materials', json({ ...material, lowVoc: true }));
    expect((await errorOf(lowOver)).message).toMatch(/lowVoc/);
    const future = await admin.request('/api/voc/materials', json({ ...material, year: 2024 }));
    expect(future.status).toBe(400);
    const body = materialsResponseSchema.parse(
      await (await official.request(`/api/voc/materials?enterprise=${enterprise.id}`)).json(),
    );
    expect(body.ledgers[0]?.items.some((i) => i.overLimit && i.standard === 'GB 38507-2020')).toBe(true);
  });

  it('imports a CSV of transfers: dry run, then all or nothing, admins only', async () => {
    const upload = (caller: Caller, step: string, csv: string, file = '转移联单.csv') =>
      caller.request(`/api/voc/import/${step}?kind=transfers&file=${encodeURIComponent(file)}`, {
        method: 'POST',
        body: new TextEncoder().encode(csv),
      });
    const good =
      '企业编号,联单编号,接收单位,转移量(kg),转移日期\n' +
      `${enterprise.id},IMPORT-0001,示例处置单位,120,2023-07-01\n` +
      `${enterprise.id},IMPORT-0002,示例处置单位,80.5,2023-07-02\n`;
    expect((await upload(localInspector, 'dry-run', good)).status).toBe(403);
    const dry = vocImportReportSchema.parse(await (await upload(admin, 'dry-run', good)).json());
    expect(dry).toMatchObject({ rows: 2, valid: 2, committable: true, committed: 0, problems: [] });
    const bad = good.replace('80.5', '-3').replace('2023-07-01', '2023-13-01');
    const refused = await upload(admin, 'commit', bad);
    expect(refused.status).toBe(422);
    const report = vocImportReportSchema.parse(((await refused.json()) as { report: unknown }).report);
    expect(report.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(report.problems[1]?.text.en).toMatch(/quantityKg/);
    const committed = await upload(admin, 'commit', good);
    expect(committed.status).toBe(201);
    expect(vocImportReportSchema.parse(await committed.json()).committed).toBe(2);
    const again = await upload(admin, 'commit', good);
    expect(again.status).toBe(422); // the manifests are held now: nothing written twice
    const held = seeded.db.prepare("SELECT count(*) FROM carbon_transfers WHERE manifest_no LIKE 'IMPORT-%'");
    expect(held.pluck().get()).toBe(2);
    expect((await upload(admin, 'dry-run', good, 'x.txt')).status).toBe(400);
    expect((await upload(admin, 'dry-run', '')).status).toBe(400);
    const noColumns = vocImportReportSchema.parse(await (await upload(admin, 'dry-run', 'a,b\n1,2\n')).json());
    expect(noColumns.committable).toBe(false);
  });

  it('summarises the shares by year and industry and the carbon totals', async () => {
    const body = vocSummarySchema.parse(await (await official.request('/api/voc/summary')).json());
    expect(body.years.map((y) => y.year)).toEqual([2021, 2022, 2023]);
    expect(body.years[0]?.industries.map((i) => i.industry)).toEqual([
      'industrial-coating',
      'packaging-printing',
      'wood-panel',
    ]);
    expect(body.carbon.enterprises).toBeGreaterThan(0);
    expect((await official.request('/api/voc/summary?township=abc')).status).toBe(400);
  });
});
