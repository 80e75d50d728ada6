import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { insertListVersion, insertRequirement } from '../../server/db/emergency-list-repository.ts';
import {
  acknowledgeNotification,
  insertStep,
  insertVisit,
  upsertNotification,
  upsertSupervisor,
} from '../../server/db/emergency-mechanism-repository.ts';
import { insertWarning, insertWarningEvent, setWarningLifted } from '../../server/db/emergency-warnings-repository.ts';
import type { WarningReportData } from '../../server/report/warning-report-data.ts';
import { complianceResponseSchema } from '../../server/schema/emergency-compliance.ts';
import type { ListEntryInput } from '../../server/schema/emergency-list.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let official: Caller;
let warningId = 0;
/** The three listed enterprises: A did not comply (a visit saw its line running), B complied, C was not checked. */
let ids: [string, string, string];

const CREATED = '2023-03-01T00:00:00.000Z';
// identical reductions for every entry, t/day
const ORANGE = { pm: 1, so2: 0.5, nox: 0.8, vocs: 0.1 };
const RED = { pm: 1.5, so2: 0.9, nox: 1.2, vocs: 0.2 };

function entry(id: string, name: string, grade: ListEntryInput['grade']): ListEntryInput {
  const stop = (level: string) => [
    { line: '1#生产线', kind: 'stop' as const, limitPct: null, outletCode: null, text: `${level}：1#生产线停产` },
  ];
  return {
    enterpriseId: id,
    enterpriseName: name,
    grade,
    industry: '测试行业',
    builtUpArea: grade === 'C',
    heavyPolluter: grade === 'C',
    contact: null,
    measures: {
      yellow: [{ line: '1#生产线', kind: 'limit', limitPct: 30, outletCode: null, text: '黄色：1#生产线限产30%' }],
      orange: stop('橙色'),
      red: stop('红色'),
    },
    reductions: { yellow: { pm: 0.5, so2: 0.2, nox: 0.3, vocs: 0.05 }, orange: ORANGE, red: RED },
  };
}

beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  const { db } = seeded;
  const app = createApp({ db });
  official = asUser(app, db, 'official');
  const rows = db
    .prepare("SELECT id, name FROM enterprises WHERE industry IN ('cement-grinding', 'coking', 'casting') ORDER BY id")
    .all() as { id: string; name: string }[];
  const [a, b, c] = rows;
  if (!a || !b || !c) throw new Error('the seeded database lacks three enterprises in 建材、焦化、铸造');
  ids = [a.id, b.id, c.id];
  const version = insertListVersion(
    db,
    {
      version: '测试报告版（2023年3月）',
      effectiveFrom: '2023-03-01',
      title: '报告测试清单',
      signedOffBy: '张三 局长',
      signedOffOn: '2023-02-28',
      note: null,
      entries: [entry(a.id, a.name, 'C'), entry(b.id, b.name, 'B'), entry(c.id, c.name, 'B')],
    },
    { source: 'manual', provenance: 'official', createdAt: CREATED, createdBy: 'test' },
  );
  if (!version.ok) throw new Error(version.error.message);
  const requirement = insertRequirement(
    db,
    {
      effectiveFrom: '2023-03-01',
      document: '测试重污染天气应急预案',
      source: '第5页',
      shares: { yellow: 0.1, orange: 0.2, red: 0.3 },
      base: { pm: 10, so2: 5, nox: 8, vocs: 4 },
      baseSource: '测试清单',
      provenance: 'official',
    },
    { createdAt: CREATED, createdBy: 'test' },
  );
  if (!requirement.ok) throw new Error(requirement.error.message);
  // issued 8 h ahead; orange 24 h, then red 36 h until the lift at 2023-03-12 12:00
  warningId = insertWarning(db, {
    issuedAt: '2023-03-09T16:00',
    startAt: '2023-03-10T00:00',
    plannedEndAt: '2023-03-13T00:00',
    basis: 'decision',
    forecast: null,
    document: '忻府区重污染天气橙色预警通知（测试）',
    note: null,
    listVersionId: version.value.id,
    provenance: 'synthetic',
    createdAt: CREATED,
    createdBy: 'test',
  });
  const event = (kind: 'issue' | 'upgrade' | 'lift', effectiveAt: string, level: 'orange' | 'red' | null) =>
    insertWarningEvent(db, warningId, {
      kind,
      effectiveAt,
      level,
      plannedEndAt: kind === 'issue' ? '2023-03-13T00:00' : null,
      note: null,
      recordedAt: CREATED,
      recordedBy: 'test',
    });
  event('issue', '2023-03-10T00:00', 'orange');
  event('upgrade', '2023-03-11T00:00', 'red');
  event('lift', '2023-03-12T12:00', null);
  setWarningLifted(db, warningId, '2023-03-12T12:00');
  for (const id of ids) upsertNotification(db, warningId, id, '2023-03-09T17:00', 'sms', 'test');
  acknowledgeNotification(db, warningId, a.id, '2023-03-09T18:00', '李四');
  acknowledgeNotification(db, warningId, b.id, '2023-03-09T19:00', '王五');
  const inspector = asUser(app, db, 'inspector').user;
  for (const id of [a.id, b.id]) {
    upsertSupervisor(db, warningId, {
      enterpriseId: id,
      userId: inspector.id,
      username: inspector.username,
      assignedAt: '2023-03-09T20:00',
      assignedBy: 'test',
    });
  }
  insertStep(
    db,
    warningId,
    { kind: 'consultation', at: '2023-03-09T15:00', enterpriseId: null, note: '会商减排', recordedBy: 'test' },
    CREATED,
  );
  const visit = (enterpriseId: string, verdict: 'compliant' | 'non-compliant', state: 'stopped' | 'running') =>
    insertVisit(
      db,
      {
        warningId,
        enterpriseId,
        kind: 'supervision',
        visitedAt: '2023-03-10T10:00',
        inspectorId: inspector.id,
        inspector: inspector.username,
        verdict,
        lines: [{ line: '1#生产线', state }],
        note: state === 'running' ? '1#生产线仍在生产' : '1#生产线已停产',
        photoId: null,
        provenance: 'synthetic',
      },
      CREATED,
    );
  visit(a.id, 'non-compliant', 'running');
  visit(b.id, 'compliant', 'stopped');
});
afterAll(() => seeded.dispose());

const report = (query: string) => official.request(`/api/emergency/warnings/${warningId}/report${query}`);

async function reportData(): Promise<WarningReportData> {
  const res = await report('?format=json');
  expect(res.status).toBe(200);
  return (await res.json()) as WarningReportData;
}

/** The page's visible text (tags dropped). */
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the warning report’s data (format=json)', () => {
  it('has the levels and dates: segments, advance hours, basis, the lift', async () => {
    const data = await reportData();
    expect(data.warning).toMatchObject({
      status: 'lifted',
      issuedAt: '2023-03-09T16:00',
      start: '2023-03-10T00:00',
      liftedAt: '2023-03-12T12:00',
      end: '2023-03-12T12:00',
      advanceHours: 8,
      hours: 60,
      basis: 'decision',
      peak: 'red',
    });
    expect(data.at).toBe('2023-03-12T12:00');
    expect(data.warning.segments.map((s) => [s.level, s.from])).toEqual([
      ['orange', '2023-03-10T00:00'],
      ['red', '2023-03-11T00:00'],
    ]);
    expect(data.warning.events.map((e) => e.kind)).toEqual(['issue', 'upgrade', 'lift']);
  });

  it('counts the enterprises bound by grade and township, and the measures of each level lived', async () => {
    const data = await reportData();
    expect(data.list?.version).toBe('测试报告版（2023年3月）');
    expect(data.bound.count).toBe(3);
    expect(data.bound.byGrade).toEqual([
      { grade: 'B', count: 2 },
      { grade: 'C', count: 1 },
    ]);
    expect(data.bound.builtUpHeavy).toBe(1);
    expect(data.bound.byTownship.reduce((n, t) => n + t.count, 0)).toBe(3);
    expect(data.measures.map((m) => [m.level, m.hours, m.enterprises, m.byKind])).toEqual([
      ['orange', 24, 3, [{ kind: 'stop', count: 3 }]],
      ['red', 36, 3, [{ kind: 'stop', count: 3 }]],
    ]);
  });

  it('takes coverage and violations from the compliance check, with the visit as evidence', async () => {
    const data = await reportData();
    const res = await official.request(`/api/emergency/warnings/${warningId}/compliance`);
    expect(res.status).toBe(200);
    const compliance = complianceResponseSchema.parse(await res.json());
    expect(data.coverage).toEqual(compliance.summary);
    expect(data.coverage).toMatchObject({ listed: 3, nonCompliant: 1, compliant: 1 });
    expect(data.coverage?.bySource.visit).toBeGreaterThanOrEqual(2);
    expect(data.violations.map((v) => v.enterpriseId)).toEqual([ids[0]]);
    const measures = data.violations[0]?.measures ?? [];
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((m) => m.line === '1#生产线' && m.kind === 'stop')).toBe(true);
    expect(measures.flatMap((m) => m.evidence.map((e) => e.source))).toContain('visit');
  });

  it('sets expected against achieved and required share × base (shares weighted by hours)', async () => {
    const data = await reportData();
    const pm = data.reductions.find((r) => r.pollutant === 'pm');
    // each entry: (1 t/d × 24 h + 1.5 t/d × 36 h) / 60 h = 1.3 t/d; three entries
    expect(pm?.expected).toBeCloseTo(3.9, 6);
    // required: (0.2 × 24 + 0.3 × 36) / 60 = 0.26 of 10 t/d
    expect(data.requirement?.share).toBeCloseTo(0.26, 9);
    expect(pm?.required).toBeCloseTo(2.6, 9);
    // the non-compliant enterprise achieved less than expected
    expect(pm?.achieved).toBeLessThan(3.9);
    const res = await official.request(`/api/emergency/warnings/${warningId}/compliance`);
    const compliance = complianceResponseSchema.parse(await res.json());
    const achieved = compliance.enterprises.reduce((n, e) => n + e.achieved.pm, 0);
    expect(pm?.achieved).toBeCloseTo(achieved, 9);
  });

  it('lists the district AQI from the day before the start to the day after the end, with levels', async () => {
    const data = await reportData();
    expect(data.airQuality).toMatchObject({ from: '2023-03-09', to: '2023-03-13' });
    expect(data.airQuality.days.map((d) => [d.date, d.level])).toEqual([
      ['2023-03-09', null],
      ['2023-03-10', 'orange'],
      ['2023-03-11', 'red'],
      ['2023-03-12', 'red'],
      ['2023-03-13', null],
    ]);
    expect(data.airQuality.days.some((d) => d.aqi !== null)).toBe(true);
  });

  it('counts the mechanism: notified and acknowledged, supervisors, visits, steps', async () => {
    const data = await reportData();
    expect(data.mechanism).toMatchObject({
      notified: 3,
      acknowledged: 2,
      firstNotifiedAt: '2023-03-09T17:00',
      supervisors: 2,
      enterprisesVisited: 2,
      visits: [{ kind: 'supervision', count: 2, nonCompliant: 1 }],
      steps: [{ kind: 'consultation', count: 1, first: '2023-03-09T15:00' }],
    });
  });
});

describe('GET /api/emergency/warnings/:id/report (the printable page)', () => {
  it('is a self-contained page with the seven Chinese headings, no scripts, the synthetic data marked', async () => {
    const res = await report('');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\shref=|@import|url\(/i);
    for (const heading of [
      '重污染天气应急响应总结报告',
      '一、预警发布与调整',
      '二、应急减排清单落实情况',
      '三、核查覆盖',
      '四、问题企业',
      '五、减排效果',
      '六、应急期间空气质量',
      '七、工作机制落实',
    ]) {
      expect(html).toContain(heading);
    }
    const footer = /<footer>([\s\S]*)<\/footer>/.exec(html)?.[1] ?? '';
    expect(footer).toContain('合成演示数据');
  });

  it('holds the numbers, and no raw ids, undefined or NaN', async () => {
    const html = await (await report('')).text();
    const text = visibleText(html);
    expect(html).toContain('data-bound="3"');
    expect(text).toContain('2023-03-12 12:00');
    expect(text).toContain('橙色预警（Ⅱ级）');
    expect(text).toContain('红色预警（Ⅰ级）');
    expect(text).toContain('8.0 小时');
    expect(text).toContain('3 / 2'); // notified / acknowledged
    expect(html).toMatch(new RegExp(`<tr data-enterprise="${ids[0]}"`));
    expect(html).toMatch(/<tr data-pollutant="pm"[^>]*>[\s\S]*?data-value="2\.6/);
    expect(text).not.toMatch(/undefined|NaN|null|\[object/);
    expect(text).not.toMatch(
      new RegExp(
        '\\b(yellow|orange|red|non-compliant|unverified|compliant|stop|limit|supervision|consultation|decision|' +
          'visit|cems)\\b',
      ),
    );
  });

  it('is written in English with lang=en', async () => {
    const res = await report('?lang=en');
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Heavy-pollution emergency response: episode report');
    expect(html).toContain('1. Warning issued and changed');
    expect(html).toContain('7. The mechanism');
    expect(visibleText(html)).not.toMatch(/undefined|NaN|\[object/);
    expect(visibleText(html)).not.toMatch(/[\u4e00-\u9fff]{2,}预警（/);
  });

  it('answers 404 for an unknown warning and 400 for a bad query', async () => {
    expect((await official.request('/api/emergency/warnings/999999/report')).status).toBe(404);
    expect((await official.request('/api/emergency/warnings/abc/report')).status).toBe(400);
    expect((await report('?lang=fr')).status).toBe(400);
    expect((await report('?format=pdf')).status).toBe(400);
  });
});

describe('the monthly report’s section 「重污染天气应对」', () => {
  it('lists the month’s warning with its levels, days and compliance, linking to its report', async () => {
    const res = await official.request('/api/reports/monthly?month=2023-03');
    expect(res.status).toBe(200);
    const html = await res.text();
    const section = /<section id="emergency">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('五、重污染天气应对');
    const row = new RegExp(`<tr data-warning="${warningId}" data-peak="red">([\\s\\S]*?)</tr>`).exec(section)?.[1];
    expect(row).toBeDefined();
    expect(row).toContain('橙色预警（Ⅱ级） → 红色预警（Ⅰ级）');
    expect(row).toContain('data-value="3"'); // 10, 11 and 12 March
    expect(row).toContain(`href="/api/emergency/warnings/${warningId}/report"`);
    expect(row).toMatch(/3 \/ 2 \/ <span class="flag">▲1<\/span>/);
  });

  it('says so when no warning was in force that month', async () => {
    const html = await (await official.request('/api/reports/monthly?month=2023-06')).text();
    const section = /<section id="emergency">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toContain('本月未执行重污染天气预警。');
    expect(section).not.toContain('data-warning');
  });
});
