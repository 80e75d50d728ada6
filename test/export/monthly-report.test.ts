import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMonthlyReportData } from '../../server/report/monthly-report-data.ts';
import { renderMonthlyReport } from '../../server/report/render-monthly-report.ts';
import { aqEvaluationResponseSchema } from '../../server/schema/aq.ts';
import { alertsResponseSchema } from '../../server/schema/alerts.ts';
import { errorBodySchema } from '../../server/schema/common.ts';
import { planResponseSchema } from '../../server/schema/plan.ts';
import { townshipStatsResponseSchema } from '../../server/schema/stats.ts';
import { tasksResponseSchema } from '../../server/schema/tasks.ts';
import { createExportTestApp, type ExportTestApp } from './export-test-app.ts';

let t: ExportTestApp;

beforeAll(() => {
  t = createExportTestApp('official');
});
afterAll(() => t.seeded.dispose());

async function report(query: string): Promise<{ res: Response; html: string }> {
  const res = await t.request(`/api/reports/monthly${query}`);
  return { res, html: await res.text() };
}

async function okReport(query: string): Promise<string> {
  const { res, html } = await report(query);
  expect(res.status, html.slice(0, 300)).toBe(200);
  return html;
}

async function getJson(path: string): Promise<unknown> {
  const res = await t.request(path);
  expect(res.status, path).toBe(200);
  return res.json();
}

/** The inner HTML of the element with `id` (sections and tables of the report do not nest their own kind). */
function byId(html: string, tag: 'section' | 'table', id: string): string {
  const match = new RegExp(`<${tag} id="${id}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  if (!match?.[1]) throw new Error(`no <${tag} id="${id}">`);
  return match[1];
}

/** Table rows carrying `data-<attr>`, by its value. */
function rowsBy(html: string, attr: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const m of html.matchAll(new RegExp(`<tr data-${attr}="([^"]+)"[^>]*>([\\s\\S]*?)</tr>`, 'g')))
    rows.set(m[1] as string, m[2] as string);
  return rows;
}

/** The `data-value` attributes of a row, in order; '' stays '' (null). */
function dataValues(row: string): string[] {
  return [...row.matchAll(/data-value="([^"]*)"/g)].map((m) => m[1] as string);
}

/**
 * The township dustfall of a month straight from the tables: mean of the month's readings of each township's
 * points.
 */
function sqlDustfall(month: string): Map<string, { mean: number; n: number }> {
  const rows = t.seeded.db
    .prepare(
      `SELECT p.township_code AS code, avg(r.value) AS mean, count(*) AS n
       FROM dustfall_points p JOIN dustfall_readings r ON r.point_id = p.id
       WHERE r.month = ? GROUP BY p.township_code`,
    )
    .all(month) as { code: string; mean: number; n: number }[];
  return new Map(rows.map((r) => [r.code, { mean: r.mean, n: r.n }]));
}

const townships = () =>
  t.seeded.db.prepare('SELECT code, name, name_en AS nameEn, area_km2 AS area FROM townships ORDER BY code').all() as {
    code: string;
    name: string;
    nameEn: string;
    area: number;
  }[];

describe('GET /api/reports/monthly: the page', () => {
  it(
    'is a self-contained HTML page titled in Chinese, A4 portrait, ' + 'without scripts or external resources',
    async () => {
      const { res, html } = await report('?month=2023-06');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8$/i);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain('<title>忻府区大气污染防治月报 2023年6月</title>');
      expect(html).toContain('@page { size: A4 portrait;');
      expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\shref=|@import|url\(/i);
      expect(html).toContain('统计截至 2023-06-30 23:59');
    },
  );

  it('defaults to the month of the dataset’s as-of, December 2023, as of 2023-12-31T23:00', async () => {
    const html = await okReport('');
    expect(html).toContain('<title>忻府区大气污染防治月报 2023年12月</title>');
    expect(html).toContain('统计截至 2023-12-31 23:00');
  });

  it('is written in English with lang=en', async () => {
    const html = await okReport('?month=2023-06&lang=en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Xinfu District Air Pollution Control Monthly Report June 2023</title>');
    for (const township of townships()) expect(html).toContain(`>${township.nameEn}<`);
  });

  it('ends with a footer naming the data that are synthetic or approximate, and the generation time', async () => {
    const html = await okReport('?month=2023-06');
    const footer = /<footer>([\s\S]*)<\/footer>/.exec(html)?.[1] ?? '';
    const count = (sql: string) => (t.seeded.db.prepare(sql).get() as { n: number }).n;
    const syntheticPoints = count("SELECT count(*) AS n FROM dustfall_points WHERE provenance = 'synthetic'");
    const allPoints = count('SELECT count(*) AS n FROM dustfall_points');
    const approximateTownships = count("SELECT count(*) AS n FROM townships WHERE provenance = 'approximate'");
    expect(syntheticPoints).toBeGreaterThan(0);
    expect(footer).toContain(`降尘监测点位及读数：合成演示数据 ${syntheticPoints}/${allPoints}`);
    expect(footer).toContain(`乡镇（街道）边界：示意（位置或形状为估计） ${approximateTownships}/18`);
    expect(footer).toMatch(/生成时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/);
  });
});

describe('GET /api/reports/monthly: dustfall by township', () => {
  it.each(['2023-01', '2023-06', '2023-12'])(
    '%s lists every township with the mean of its points computed in SQL, exceedances marked',
    async (month) => {
      const html = await okReport(`?month=${month}`);
      const rows = rowsBy(byId(html, 'section', 'dustfall'), 'township');
      const expected = sqlDustfall(month);
      const all = townships();
      expect(all).toHaveLength(18);
      let exceeding = 0;
      for (const township of all) {
        const row = rows.get(township.code);
        expect(row, township.name).toBeDefined();
        expect(row).toContain(`>${township.name}<`);
        const sql = expected.get(township.code);
        if (!sql) throw new Error(`${township.code} has no reading in ${month} in the seeded data`);
        const [mean] = dataValues(row as string);
        expect(Number(mean)).toBeCloseTo(sql.mean, 10);
        expect(row).toContain(`>${sql.mean.toFixed(2)}<`);
        expect(row).toMatch(new RegExp(`>${sql.n} / \\d+<`));
        if (sql.mean > 7) {
          exceeding++;
          expect(row).toContain('▲超标');
        } else {
          expect(row).toContain('✓ 未超标');
          expect(row).not.toContain('▲');
        }
      }
      // the district: township means weighted by township area
      const weighted =
        all.reduce((s, tw) => s + tw.area * (expected.get(tw.code)?.mean ?? 0), 0) /
        all.reduce((s, tw) => s + tw.area, 0);
      const [districtMean] = dataValues(rows.get('district') as string);
      expect(Number(districtMean)).toBeCloseTo(weighted, 9);
      expect(exceeding).toBe([...expected.values()].filter((v) => v.mean > 7).length);
    },
  );

  it('agrees with GET /api/stats/townships for the month', async () => {
    const html = await okReport('?month=2023-08');
    const rows = rowsBy(byId(html, 'section', 'dustfall'), 'township');
    const table = townshipStatsResponseSchema.parse(await getJson('/api/stats/townships?month=2023-08'));
    for (const row of table.townships) {
      expect(Number(dataValues(rows.get(row.code) as string)[0])).toBeCloseTo(row.dustfall.value as number, 10);
    }
    expect(Number(dataValues(rows.get('district') as string)[0])).toBeCloseTo(
      table.district.dustfall.value as number,
      6,
    );
  });
});

describe('GET /api/reports/monthly: AQ targets', () => {
  it.each([
    ['2023-06', '2023-06-30'],
    ['2023-12', '2023-12-31'],
  ])('%s shows every plan target with the year-to-date figure of /api/aq/evaluation', async (month, asOf) => {
    const html = await okReport(`?month=${month}`);
    const rows = rowsBy(byId(html, 'section', 'air-quality'), 'target');
    const plan = planResponseSchema.parse(await getJson('/api/plan'));
    const evaluation = aqEvaluationResponseSchema.parse(
      await getJson(`/api/aq/evaluation?scope=district&year=2023&asOf=${asOf}`),
    );
    const dustfall = townshipStatsResponseSchema.parse(await getJson(`/api/stats/townships?month=${month}`)).district
      .dustfall.value as number;
    expect(plan.targets.length).toBeGreaterThanOrEqual(7);
    for (const target of plan.targets) {
      const row = rows.get(target.id);
      expect(row, target.id).toBeDefined();
      expect(row).toContain(`>${target.nameZh}<`);
      // the strength as the plan words it: 力争 ≤ 35 …, 不得高于 7 …
      expect(row).toContain(target.strength === 'strive' ? `力争 ≤ ${target.limit} ` : `不得高于 ${target.limit} `);
      const shown = Number(dataValues(row as string)[0]);
      if (target.subject === 'dustfall') {
        expect(shown).toBeCloseTo(dustfall, 6);
        expect(row).toContain(dustfall <= target.limit ? '✓ 达标' : '▲未达标');
        continue;
      }
      const pollutant = evaluation.pollutants.find((p) => p.pollutant === target.subject);
      if (!pollutant) throw new Error(`no evaluation of ${target.subject}`);
      expect(shown).toBeCloseTo((pollutant.value ?? pollutant.provisionalValue) as number, 9);
      if (pollutant.value === null) expect(row).toContain('暂定值，不评价');
      else expect(row).toContain(pollutant.value <= target.limit ? '✓ 达标' : '▲未达标');
    }
    const goodDays = rows.get('good-day-ratio') as string;
    expect(Number(dataValues(goodDays)[0])).toBeCloseTo((evaluation.aqiDays.goodDayRatio as number) * 100, 9);
    expect(goodDays).toContain(`${evaluation.aqiDays.goodDays} / ${evaluation.aqiDays.validDays}`);
  });
});

describe('GET /api/reports/monthly: AQ charts (issue 18)', () => {
  it('draws the month’s daily AQI in the HJ 633 bands and PM2.5 against its limit as inline SVG', async () => {
    const section = byId(await okReport('?month=2023-06'), 'section', 'air-quality');
    const daily = (await getJson('/api/aq/daily?scope=district&from=2023-06-01&to=2023-06-30')) as {
      days: { aqi: number | null; values: { 'PM2.5': { valid: boolean; value: number | null } } }[];
    };
    const figure = (name: string) => {
      const match = new RegExp(`<figure data-report-chart="${name}"[^>]*>([\\s\\S]*?)</figure>`).exec(section);
      if (!match?.[1]) throw new Error(`no chart ${name}`);
      return match[1];
    };
    const aqi = figure('daily-aqi');
    expect(aqi).toMatch(/<svg [^>]*viewBox="0 0 680 200"/);
    // the bands named by category (colour never alone), up to the axis top of at least 200
    for (const band of ['优', '良', '轻度污染', '中度污染']) expect(aqi).toContain(`>${band}</text>`);
    for (const colour of ['#00E400', '#FFFF00', '#FF7E00', '#FF0000']) expect(aqi).toContain(`fill="${colour}"`);
    const valid = daily.days.filter((d) => d.aqi !== null).length;
    expect(valid).toBeGreaterThan(0);
    expect(aqi).toContain(`有效 ${valid} 天`);
    const pm = figure('pollutant');
    expect(pm).toMatch(/<svg [^>]/);
    expect(pm).toContain('>二级限值 75 µg/m³</text>');
    const over = daily.days.filter((d) => d.values['PM2.5'].valid && (d.values['PM2.5'].value ?? 0) > 75).length;
    expect(pm).toContain(`${over} 天超过二级限值 75 µg/m³`);
    expect(section).not.toMatch(/<script|<foreignObject|\shref=|xlink:href|url\(/i);
  });
});

describe('GET /api/reports/monthly: open alerts and tasks', () => {
  it(
    'counts the open alerts at month end by severity and township as GET /api/alerts does, ' +
      'and lists the 20 oldest',
    async () => {
      const html = await okReport('?month=2023-06');
      const alerts = alertsResponseSchema.parse(
        await getJson('/api/alerts?at=2023-06-30T23:59&status=open,assigned,resolved'),
      ).alerts;
      expect(alerts.length).toBeGreaterThan(20);
      const section = byId(html, 'section', 'alerts');
      const severityRows = rowsBy(byId(section, 'table', 'alerts-by-severity'), 'severity');
      for (const [severity, row] of severityRows) {
        expect(Number(dataValues(row)[0]), severity).toBe(alerts.filter((a) => a.severity === severity).length);
      }
      expect(severityRows.size).toBe(5);
      const townshipRows = rowsBy(byId(section, 'table', 'alerts-by-township'), 'township');
      expect(townshipRows.size).toBe(18);
      for (const [code, row] of townshipRows)
        expect(Number(dataValues(row)[0]), code).toBe(alerts.filter((a) => a.township === code).length);

      // ledger alerts by number; rule hits the ledger did not hold then (provisional, no number) by rule and entity,
      // after them
      const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      const oldest = [...alerts]
        .sort(
          (a, b) =>
            order(a.since ?? a.raisedAt, b.since ?? b.raisedAt) ||
            order(a.raisedAt, b.raisedAt) ||
            (a.id ?? Infinity) - (b.id ?? Infinity) ||
            order(`${a.rule}|${a.entityId}`, `${b.rule}|${b.entityId}`),
        )
        .slice(0, 20)
        .map((a) => (a.id === null ? `${a.rule}|${a.entityId}` : String(a.id)));
      expect([...rowsBy(byId(section, 'table', 'oldest-alerts'), 'alert').keys()]).toEqual(oldest);
    },
  );

  it('lists the 17 tasks with status, lateness and conflicts of GET /api/tasks at month end', async () => {
    const html = await okReport('?month=2023-11');
    const rows = rowsBy(byId(html, 'section', 'tasks'), 'task');
    const { tasks } = tasksResponseSchema.parse(await getJson('/api/tasks?at=2023-11-30T23:59'));
    expect(rows.size).toBe(17);
    expect(tasks.some((task) => task.lateness === 'missed-strive')).toBe(true);
    expect(tasks.filter((task) => task.conflict.length).map((task) => task.number)).toEqual([4, 13]);
    for (const task of tasks) {
      const row = rows.get(String(task.number)) as string;
      expect(row).toContain(task.title.replaceAll('"', '&quot;'));
      expect(html).toContain(`data-task="${task.number}" data-lateness="${task.lateness}"`);
      expect(row.includes('▲逾期'), `task ${task.number}`).toBe(task.lateness === 'overdue');
      expect(row.includes('△未按期（力争）'), `task ${task.number}`).toBe(task.lateness === 'missed-strive');
      const open = task.conflict.reduce((sum, c) => sum + c.openHits, 0);
      expect(row.includes(`已完成（与规则结果冲突：${open}项未办结）`), `task ${task.number}`).toBe(open > 0);
      for (const deadline of task.deadlines) expect(row).toContain(deadline.date);
    }
    // the dates as the plan writes them: 力争, task 14's hours, task 15's convention
    expect(rows.get('3')).toContain('2023-06-30（力争）');
    expect(rows.get('14')).toContain('5–9月 每日10–16时');
    expect(rows.get('15')).toContain('2023-10-01 — 2024-03-31（约定）');
    expect(rows.get('15')).toContain('约定：规划未写起止日期');
  });
});

describe('GET /api/reports/monthly: errors', () => {
  it.each(['2024-01', '2022-12'])(
    'answers 404 for %s, a month without data, saying which months have data',
    async (month) => {
      const { res, html } = await report(`?month=${month}`);
      expect(res.status).toBe(404);
      const body = errorBodySchema.parse(JSON.parse(html));
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toContain(month);
      expect(body.error.message).toContain('2023-01 … 2023-12');
    },
  );

  it.each(['month=2023-13', 'month=2023-6', 'month=June', 'month=2023-06&lang=fr', 'month=2023-06&year=2023'])(
    'answers 400 for %s',
    async (query) => {
      const { res, html } = await report(`?${query}`);
      expect(res.status).toBe(400);
      expect(errorBodySchema.parse(JSON.parse(html)).error.code).toBe('invalid_request');
    },
  );
});

describe('renderMonthlyReport', () => {
  it('escapes every text value', () => {
    const outcome = readMonthlyReportData(t.seeded.db, '2023-06', new Date('2024-01-02T03:04:00Z'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const hostile = `<img src=x onerror=alert(1)>&"'`;
    const data = structuredClone(outcome.value);
    const first = data.dustfall.townships[0];
    const task = data.tasks[0];
    const alert = data.alerts.oldest[0];
    if (!first || !task || !alert) throw new Error('seeded data too small');
    first.name = hostile;
    task.progressNote = `</td><script>alert(2)</script>`;
    alert.title.zh = hostile;
    data.provenance.datasetNote = hostile;
    const html = renderMonthlyReport(data);
    expect(html).not.toMatch(/<img|<script/);
    expect(html.split('&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;').length - 1).toBe(3);
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('生成时间：2024-01-02 11:04（北京时间）');
  });
});

describe('GET /api/reports/monthly after a task update', () => {
  let admin: ExportTestApp;
  beforeAll(() => {
    admin = createExportTestApp('admin');
  });
  afterAll(() => admin.seeded.dispose());

  it('shows the update time and the note, escaped', async () => {
    const patch = await admin.request('/api/tasks/5', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ progressNote: '<b>集群</b> 整治 & "验收"' }),
    });
    expect(patch.status).toBe(200);
    const updated = (
      admin.seeded.db.prepare('SELECT max(at) AS at FROM task_events WHERE task = 5').get() as { at: string }
    ).at;
    const cst = new Date(Date.parse(updated) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    const res = await admin.request('/api/reports/monthly?month=2023-06');
    const row = rowsBy(await res.text(), 'task').get('5') as string;
    expect(row).toContain('&lt;b&gt;集群&lt;/b&gt; 整治 &amp; &quot;验收&quot;');
    expect(row).toContain(`>${cst}<`);
  });
});

describe('GET /api/reports/monthly: enforcement and assistance (issue 17)', () => {
  it('counts the month’s cases, fines, reports, visits and samples, and the overdue rectifications', async () => {
    const html = await okReport('?month=2023-12');
    const section = byId(html, 'section', 'enforcement');
    expect(section).toContain('<h2>执法与帮扶</h2>');
    const db = t.seeded.db;
    const figure = (key: string) =>
      new RegExp(`data-enforcement="${key}"><td>[^<]*</td><td class="num[^"]*">([^<]*)<`).exec(section)?.[1];
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(figure('opened')).toBe(
      String(n("SELECT count(*) AS n FROM enforcement_cases WHERE opened_at >= '2023-12-01'")),
    );
    const overdue =
      "SELECT count(*) AS n FROM enforcement_cases WHERE stage = 'rectifying' AND rectification_due_on < '2023-12-31'";
    expect(figure('overdue')).toBe(String(n(overdue)));
    expect(Number(figure('overdue'))).toBeGreaterThanOrEqual(2);
    const fines = n("SELECT coalesce(sum(fine_yuan), 0) AS n FROM enforcement_cases WHERE decided_at >= '2023-12-01'");
    expect(figure('fines')).toBe(fines.toLocaleString('en-US'));
    const reports = "SELECT count(*) AS n FROM public_reports WHERE received_at >= '2023-12-01T00:00'";
    expect(figure('reports')).toBe(String(n(reports)));
    const samples = "SELECT count(*) AS n FROM fuel_samples WHERE sampled_at >= '2023-12-01T00:00'";
    expect(figure('samples')).toBe(String(n(samples)));
    const en = byId(await okReport('?month=2023-12&lang=en'), 'section', 'enforcement');
    expect(en).toContain('<h2>Enforcement and assistance</h2>');
  });
});
