import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { auditResponseSchema } from '../../server/schema/audit.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import {
  listDiffSchema,
  listResponseSchema,
  listVersionSummarySchema,
  requirementSchema,
  requirementsListResponseSchema,
  type ListEntryInput,
  type ListRevisionBody,
} from '../../server/schema/emergency-list.ts';
import { listImportOutcomeSchema, listImportReportSchema } from '../../server/schema/emergency-list-import.ts';
import { listVersionInForce, readListVersion } from '../../server/db/emergency-list-repository.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';
import { enterpriseRows, listCsv } from '../fixtures/emergency-list/list-files.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let duty: Caller;
let official: Caller;
let admin: Caller;
let advances = 0;
let ids: { id: string; name: string; township: string }[] = [];

const send = (caller: Caller, method: string, path: string, payload: unknown) =>
  caller.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
const upload = (caller: Caller, step: 'dry-run' | 'commit', bytes: Uint8Array, query: Record<string, string>) =>
  caller.request(`/api/emergency/list/import/${step}?${new URLSearchParams(query).toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes.slice(),
  });
const errorOf = async (res: Response) => errorBodySchema.parse(await res.json()).error;
const versionCount = () =>
  (seeded.db.prepare('SELECT count(*) AS n FROM emergency_list_versions').get() as { n: number }).n;

const measure = (kind: 'stop' | 'limit' | 'truck-ban', text: string, limitPct: number | null = null) => ({
  line: '1#窑',
  kind,
  limitPct,
  outletCode: 'DA001',
  text,
});
const entry = (i: number, over: Partial<ListEntryInput> = {}): ListEntryInput => {
  const e = ids[i];
  if (!e) throw new Error(`no enterprise ${i}`);
  return {
    enterpriseId: e.id,
    enterpriseName: e.name,
    grade: 'B',
    industry: '水泥',
    builtUpArea: i === 0,
    heavyPolluter: true,
    contact: null,
    measures: {
      yellow: [measure('limit', '1#窑限产30%', 30)],
      orange: [measure('stop', '1#窑停产'), { ...measure('truck-ban', '禁止国五及以下货车'), line: '运输' }],
      red: [{ ...measure('stop', '全厂停产'), line: '全厂', outletCode: null }],
    },
    reductions: {
      yellow: { pm: 0.1, so2: 0.2, nox: 0.3, vocs: 0.001 },
      orange: { pm: 0.2, so2: 0.4, nox: 0.5, vocs: 0.01 },
      red: { pm: 0.5, so2: 1, nox: 1.5, vocs: 0.02 },
    },
    ...over,
  };
};
const revision = (over: Partial<ListRevisionBody> = {}): ListRevisionBody => ({
  version: '测试清单（第1版）',
  effectiveFrom: '2031-10-01',
  title: '忻府区2031年秋冬季重污染天气应急减排清单（测试）',
  signedOffBy: '区生态环境分局 局长（测试）',
  signedOffOn: '2031-09-25',
  note: null,
  entries: [entry(0), entry(1)],
  ...over,
});

let v1 = 0;
let v2 = 0;

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  const app = createApp({
    db: seeded.db,
    advanceLedger: () => {
      advances += 1;
      return Promise.resolve({ at: '2023-12-31T23:00', hits: 0 });
    },
  });
  duty = asUser(app, seeded.db, 'duty');
  official = asUser(app, seeded.db, 'official');
  admin = asUser(app, seeded.db, 'admin');
  ids = seeded.db
    .prepare('SELECT id, name, township_code AS township FROM enterprises ORDER BY id LIMIT 3')
    .all() as typeof ids;
});
afterAll(() => seeded.dispose());

describe('POST /api/emergency/list/versions', () => {
  it('refuses an official (403) and writes nothing', async () => {
    const res = await send(official, 'POST', '/api/emergency/list/versions', revision());
    expect(res.status).toBe(403);
  });

  it('writes a revision for the duty role: 201 with the summary, audited, the ledger advanced', async () => {
    const before = advances;
    const replaced = listVersionInForce(seeded.db, '2031-10-01'); // the demo list's newest version, if seeded
    const replacedSize = replaced === null ? 0 : (readListVersion(seeded.db, replaced)?.entries.length ?? 0);
    const res = await send(duty, 'POST', '/api/emergency/list/versions', revision());
    expect(res.status).toBe(201);
    const summary = listVersionSummarySchema.parse(await res.json());
    expect(summary).toMatchObject({
      version: '测试清单（第1版）',
      enterprises: 2,
      source: 'manual',
      createdBy: 'test-duty',
    });
    v1 = summary.id;
    expect(advances).toBe(before + 1);
    const audit = auditResponseSchema.parse(
      await (await admin.request(`/api/audit?action=emergency.list.revise&entityId=${v1}`)).json(),
    );
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({ actor: 'test-duty', entity: 'emergency_list_version' });
    const detail = audit.entries[0]?.detail as { added: number; removed: number; changed: number };
    expect(detail).toMatchObject({ enterprises: 2, previous: replaced === null ? null : { id: replaced } });
    // each enterprise of the new version is either added or changed/unchanged; each of the old either kept or removed
    expect(detail.added + detail.changed).toBeLessThanOrEqual(2);
    expect(detail.removed).toBe(replacedSize - (2 - detail.added));
  });

  it('names ids the console does not hold (422), a used label (409), a level without measures (400)', async () => {
    const unknown = await send(
      duty,
      'POST',
      '/api/emergency/list/versions',
      revision({ version: '测试X', entries: [entry(0), { ...entry(1), enterpriseId: 'NO-SUCH-1' }] }),
    );
    expect(unknown.status).toBe(422);
    const error = await errorOf(unknown);
    expect(error.message).toContain('NO-SUCH-1');
    expect(error.text?.zh).toContain('清单中的企业编号不在企业图层中：NO-SUCH-1');

    const taken = await send(duty, 'POST', '/api/emergency/list/versions', revision());
    expect(taken.status).toBe(409);
    expect((await errorOf(taken)).text?.zh).toContain('清单版本「测试清单（第1版）」已存在');

    const empty = entry(0);
    empty.measures.red = [];
    const bad = await send(
      duty,
      'POST',
      '/api/emergency/list/versions',
      revision({ version: '测试Y', entries: [empty] }),
    );
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/red/);
    expect(versionCount()).toBeGreaterThanOrEqual(1);
  });

  it('a second revision: the audit counts what changed against the version it replaces', async () => {
    const changed = entry(1, { grade: 'C' });
    const res = await send(
      duty,
      'POST',
      '/api/emergency/list/versions',
      revision({ version: '测试清单（第2版）', effectiveFrom: '2031-11-15', entries: [changed, entry(2)] }),
    );
    expect(res.status).toBe(201);
    v2 = listVersionSummarySchema.parse(await res.json()).id;
    const audit = auditResponseSchema.parse(
      await (await admin.request(`/api/audit?action=emergency.list.revise&entityId=${v2}`)).json(),
    );
    expect(audit.entries[0]?.detail).toMatchObject({ added: 1, removed: 1, changed: 1, previous: { id: v1 } });
  });
});

describe('requirements and the check of the list against them', () => {
  const requirement = {
    effectiveFrom: '2031-01-01',
    document: '忻州市重污染天气应急预案（测试）',
    source: '测试 第 12 页',
    shares: { yellow: 0.1, orange: 0.2, red: 0.3 },
    // orange needs 0.2 × 5.5 = 1.1 t/day NOx; the list gives 1.0 → short on NOx only (yellow and red are met)
    base: { pm: 1, so2: 2, nox: 5.5, vocs: 0.02 },
    baseSource: '2030年排放清单（测试）',
    provenance: 'synthetic',
  };

  it('official 403; duty 201 audited; the same day twice 409; shares falling 400', async () => {
    expect((await send(official, 'POST', '/api/emergency/requirements', requirement)).status).toBe(403);
    const res = await send(duty, 'POST', '/api/emergency/requirements', requirement);
    expect(res.status).toBe(201);
    const created = requirementSchema.parse(await res.json());
    const audit = auditResponseSchema.parse(
      await (await admin.request(`/api/audit?action=emergency.requirement.create&entityId=${created.id}`)).json(),
    );
    expect(audit.entries).toHaveLength(1);
    expect((await send(duty, 'POST', '/api/emergency/requirements', requirement)).status).toBe(409);
    const falling = { ...requirement, effectiveFrom: '2031-02-01', shares: { yellow: 0.3, orange: 0.2, red: 0.1 } };
    expect((await send(duty, 'POST', '/api/emergency/requirements', falling)).status).toBe(400);
    const list = requirementsListResponseSchema.parse(
      await (await official.request('/api/emergency/requirements')).json(),
    );
    expect(list.requirements.map((r) => r.effectiveFrom)).toContain('2031-01-01');
  });

  it('the list is checked against the requirement in force on its effective day: the shortfall per level', async () => {
    const list = listResponseSchema.parse(await (await official.request(`/api/emergency/list?version=${v1}`)).json());
    expect(list.requirement?.effectiveFrom).toBe('2031-01-01');
    expect(list.check?.orange).toEqual({
      share: 0.2,
      required: { pm: 0.2, so2: 0.4, nox: 1.1, vocs: 0.004 },
      expected: { pm: 0.4, so2: 0.8, nox: 1, vocs: 0.02 },
      shortfall: ['nox'],
    });
    expect(list.check?.yellow.shortfall).toEqual([]);
    expect(list.check?.red.shortfall).toEqual([]);
  });
});

describe('GET /api/emergency/list and /list/diff', () => {
  it('a version by id: entries with where the enterprise is, totals per level, the versions', async () => {
    const res = await official.request(`/api/emergency/list?version=${v1}`);
    expect(res.status).toBe(200);
    const list = listResponseSchema.parse(await res.json());
    expect(list.version?.id).toBe(v1);
    expect(list.entries.map((e) => e.enterpriseId)).toEqual([ids[0]?.id, ids[1]?.id].sort());
    const first = list.entries.find((e) => e.enterpriseId === ids[0]?.id);
    expect(first).toMatchObject({ found: true, township: ids[0]?.township, builtUpArea: true });
    expect(first?.townshipName).toBeTruthy();
    expect(first?.measures.orange.map((m) => m.kind)).toEqual(['stop', 'truck-ban']);
    expect(list.totals.orange).toEqual({ pm: 0.4, so2: 0.8, nox: 1, vocs: 0.02 });
    expect(list.versions.map((v) => v.id)).toEqual(expect.arrayContaining([v1, v2]));
  });

  it('the version in force on a day', async () => {
    const on = async (day: string) =>
      listResponseSchema.parse(await (await official.request(`/api/emergency/list?on=${day}`)).json()).version?.id;
    expect(await on('2031-10-01')).toBe(v1);
    expect(await on('2031-11-14')).toBe(v1);
    expect(await on('2031-11-15')).toBe(v2);
  });

  it('404 for an unknown version (Chinese and English), 400 for a bad id', async () => {
    const res = await official.request('/api/emergency/list?version=999999');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).text).toEqual({
      zh: '没有编号为 999999 的清单版本',
      en: 'no list version 999999; GET /api/emergency/list lists the versions',
    });
    expect((await official.request('/api/emergency/list?version=abc')).status).toBe(400);
    expect((await official.request(`/api/emergency/list/diff?from=${v1}&to=999999`)).status).toBe(404);
  });

  it('the diff: added, removed, changed field by field, totals before and after', async () => {
    const res = await official.request(`/api/emergency/list/diff?from=${v1}&to=${v2}`);
    expect(res.status).toBe(200);
    const diff = listDiffSchema.parse(await res.json());
    expect(diff.added.map((a) => a.enterpriseId)).toEqual([ids[2]?.id]);
    expect(diff.removed.map((a) => a.enterpriseId)).toEqual([ids[0]?.id]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.changes).toEqual([{ field: 'grade', before: 'B', after: 'C' }]);
    expect(diff.totals.from.red.pm).toBe(1);
  });
});

describe('export and import', () => {
  const head = (version: string) => ({
    version,
    effectiveFrom: '2031-12-01',
    title: '导入测试',
    signedOffBy: '局长（测试）',
    signedOffOn: '2031-11-30',
  });
  const readV2 = async () =>
    listResponseSchema.parse(await (await official.request(`/api/emergency/list?version=${v2}`)).json());
  const strip = (entries: readonly ListEntryInput[]) =>
    entries.map(
      (e): ListEntryInput => ({
        enterpriseId: e.enterpriseId,
        enterpriseName: e.enterpriseName,
        grade: e.grade,
        industry: e.industry,
        builtUpArea: e.builtUpArea,
        heavyPolluter: e.heavyPolluter,
        contact: e.contact,
        measures: e.measures,
        reductions: e.reductions,
      }),
    );

  for (const format of ['xlsx', 'csv'] as const) {
    it(`${format}: the export imports back to the same list (dry run, then commit)`, async () => {
      const res = await official.request(`/api/emergency/list/export?version=${v2}&format=${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(format === 'xlsx' ? /spreadsheetml/ : /^text\/csv/);
      const disposition = res.headers.get('content-disposition') ?? '';
      expect(disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent(`应急减排清单-测试清单（第2版）.${format}`)}`,
      );
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (format === 'xlsx') {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
        expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('企业编号');
        expect(workbook.worksheets[1]?.name).toBe('版本信息');
      }

      const query = { file: `清单.${format}`, ...head(`导入测试-${format}`) };
      const dry = await upload(duty, 'dry-run', bytes, query);
      expect(dry.status).toBe(200);
      const report = listImportReportSchema.parse(await dry.json());
      expect(report.problems).toEqual([]);
      expect(report).toMatchObject({ format, committable: true, counts: { enterprises: 2, errors: 0, measures: 8 } });
      const expected = strip((await readV2()).entries);
      expect(report.preview.entries).toEqual(expected);
      // against the version in force on 2031-12-01 (v2, or the previous import): nothing differs
      expect(report.diff).toMatchObject({ added: [], removed: [], changed: [] });

      const before = versionCount();
      const committed = await upload(duty, 'commit', bytes, query);
      expect(committed.status).toBe(201);
      const outcome = listImportOutcomeSchema.parse(await committed.json());
      expect(outcome.version).toMatchObject({ source: `import:清单.${format}`, enterprises: 2 });
      expect(versionCount()).toBe(before + 1);
      const back = listResponseSchema.parse(
        await (await official.request(`/api/emergency/list?version=${outcome.version.id}`)).json(),
      );
      expect(strip(back.entries)).toEqual(expected);
      const audit = auditResponseSchema.parse(
        await (await admin.request(`/api/audit?action=emergency.list.import&entityId=${outcome.version.id}`)).json(),
      );
      expect(audit.entries).toHaveLength(1);
    });
  }

  it('a file with errors: the dry run reports them, the commit refuses (422) and writes nothing', async () => {
    const rows = [
      ...enterpriseRows(ids[0]?.id ?? '', '甲'),
      ...enterpriseRows('NO-SUCH-2', '外').map((r, i) => (i === 0 ? { ...r, level: '紫色' } : r)),
    ];
    const bytes = new TextEncoder().encode(listCsv(rows, { bom: true }));
    const query = { file: 'bad.csv', ...head('坏文件') };
    const dry = listImportReportSchema.parse(await (await upload(duty, 'dry-run', bytes, query)).json());
    expect(dry.committable).toBe(false);
    expect(dry.counts).toMatchObject({ rows: 8, enterprises: 2, errors: 2 });
    expect(dry.problems.map((p) => [p.row, p.field])).toEqual([
      [6, '预警级别'],
      [6, '企业编号'],
    ]);
    expect(dry.preview.entries.map((e) => e.enterpriseId)).toEqual([ids[0]?.id]);

    const before = versionCount();
    const res = await upload(duty, 'commit', bytes, query);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { text: { zh: string } }; report: unknown };
    expect(body.error.text.zh).toBe('发现 2 个错误，未导入任何内容；请修改文件后重试');
    expect(listImportReportSchema.parse(body.report).counts.errors).toBe(2);
    expect(versionCount()).toBe(before);
  });

  it('a version label already used is an error of the dry run', async () => {
    const bytes = new TextEncoder().encode(listCsv(enterpriseRows(ids[0]?.id ?? '', '甲')));
    const report = listImportReportSchema.parse(
      await (await upload(duty, 'dry-run', bytes, { file: 'a.csv', ...head('测试清单（第1版）') })).json(),
    );
    expect(report.committable).toBe(false);
    expect(report.problems[0]).toMatchObject({ row: null, field: 'version', severity: 'error' });
  });

  it('role, size, file and query checks: 403, 413, 400 for garbage XLSX, 400 for a bad query', async () => {
    const bytes = new TextEncoder().encode(listCsv(enterpriseRows(ids[0]?.id ?? '', '甲')));
    expect((await upload(official, 'dry-run', bytes, { file: 'a.csv', ...head('x') })).status).toBe(403);
    expect((await upload(official, 'commit', bytes, { file: 'a.csv', ...head('x') })).status).toBe(403);

    const big = new Uint8Array(5 * 2 ** 20 + 1).fill(0x41);
    expect((await upload(duty, 'dry-run', big, { file: 'big.csv', ...head('x') })).status).toBe(413);

    const garbage = await upload(duty, 'dry-run', new TextEncoder().encode('PK not really a zip'), {
      file: '清单.xlsx',
      ...head('x'),
    });
    expect(garbage.status).toBe(400);
    expect((await errorOf(garbage)).text?.zh).toMatch(/^无法读取 XLSX 文件/);

    const noName = await upload(duty, 'dry-run', bytes, { file: 'list.txt', ...head('x') });
    expect(noName.status).toBe(400);
    const { version: _v, ...headless } = head('x');
    expect((await upload(duty, 'dry-run', bytes, { file: 'a.csv', ...headless })).status).toBe(400);
    expect((await upload(duty, 'dry-run', new Uint8Array(), { file: 'a.csv', ...head('x') })).status).toBe(400);
  });

  it('export: 404 for an unknown version', async () => {
    const res = await official.request('/api/emergency/list/export?version=999999');
    expect(res.status).toBe(404);
    expect((await official.request('/api/emergency/list/export?version=1&format=pdf')).status).toBe(400);
  });
});
