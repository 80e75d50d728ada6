import { readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_INSPECTOR_TOWNSHIPS } from '../../server/services/seed-demo-accounts.ts';
import { captureScreenshot, sessionCookie } from './browser.ts';
import { scaled } from '../helpers/time-scale.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e';
// Real-browser tests share two cores with the rest of the suite: a whole scenario may take longer than a unit test.
vi.setConfig({ testTimeout: scaled(120_000) });
const fixture = (name: string) => `test/fixtures/import/${name}`;

const harness = useConsoleHarness(outputDir);
const open = (query: string, as?: string, viewport?: { width: number; height: number }) =>
  harness.open(query, { as, viewport });
const ready = async (page: Page) => {
  await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(30_000) });
  await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(30_000) });
};

describe('signing in', () => {
  it(
    'asks for a sign-in, refuses a wrong password, ' +
      'and signs the official in to a read-only console with the demo banner',
    async () => {
      const { page, pageErrors, consoleErrors } = await open('?v=alerts&at=2023-07-15T11:00');
      await page.waitForSelector('[data-login]');
      expect(await page.$$eval('[data-demo-account]', (els) => els.map((e) => e.textContent))).toEqual([
        'official',
        'analyst',
        'inspector',
        'duty',
        'admin',
      ]);
      await captureScreenshot(page, { path: `${outputDir}/login.png` });
      await page.click('[data-login] [data-action="language"]');
      expect(await page.textContent('[data-login] h1')).toBe('Lantian · Xinfu air-quality supervision');
      await page.click('[data-login] [data-action="language"]');
      expect(await page.textContent('[data-login] h1')).toBe('蓝天 · 忻府区大气环境监管');
      await page.fill('[data-login-username]', 'official');
      await page.fill('[data-login-password]', 'not-the-password');
      await page.click('[data-login] button[type="submit"]');
      await page.waitForFunction(() => (document.querySelector('[data-login-error]')?.textContent ?? '') !== '');
      expect(await page.textContent('[data-login-error]')).toBe('账号或密码错误');

      await page.click('[data-demo-account="official"]');
      await page.click('[data-login] button[type="submit"]');
      await ready(page);
      expect(await page.isVisible('[data-demo-banner]')).toBe(true);
      expect(await page.textContent('[data-demo-banner]')).toContain('lantian-demo');
      expect(await page.getAttribute('.user-menu', 'data-user')).toBe('official');
      const rail = await page.$$eval('.rail-item', (els) => els.map((e) => e.getAttribute('data-view')));
      expect(rail).not.toContain('routes');
      expect(rail).toContain('data');
      await page.waitForSelector('[data-alert-total]', { timeout: scaled(30_000) });
      // officials read alerts; they do not handle them
      expect(await page.$$eval('[data-act]', (els) => els.length)).toBe(0);
      expect(await page.isVisible('[data-read-only]')).toBe(true);
      await captureScreenshot(page, { path: `${outputDir}/official-alerts.png` });
      // the analysis view: the township table, no drawing (area statistics are the analysts')
      await page.click('.rail-item[data-view="analysis"]');
      await page.waitForSelector('[data-township-row]', { timeout: scaled(30_000) });
      expect(await page.isVisible('[data-stats-read-only]')).toBe(true);
      expect(await page.$$eval('.draw-tools button', (els) => els.length)).toBe(0);
      expect(await page.$$eval('[data-export-townships]', (els) => els.length)).toBe(0);
      // the data view offers the report and the devices' statuses (read-only), not exports or imports
      await page.click('.rail-item[data-view="data"]');
      await page.waitForSelector('[data-section="report"]');
      expect(await page.$$eval('[data-section]', (els) => els.map((e) => e.getAttribute('data-section')))).toEqual([
        'report',
        'account',
        'devices',
      ]);

      // the official changes their password, signs out, and signs in with the new one
      await page.fill('[data-password-current]', 'lantian-demo');
      await page.fill('[data-password-new]', 'official-pass-2');
      await page.fill('[data-password-again]', 'official-pass-2');
      await page.click('[data-password-form] button[type="submit"]');
      await page.waitForFunction(() => (document.querySelector('[data-password-message]')?.textContent ?? '') !== '');
      expect(await page.textContent('[data-password-message]')).toContain('密码已修改');
      await page.click('.rail-item[data-view="overview"]'); // the console still works on the new session

      await page.click('[data-action="sign-out"]');
      await page.waitForSelector('[data-login]');
      await page.fill('[data-login-username]', 'official');
      await page.fill('[data-login-password]', 'official-pass-2');
      await page.click('[data-login] button[type="submit"]');
      await ready(page);
      expect(pageErrors).toEqual([]);
      expect(consoleErrors.filter((e) => !/401/.test(e))).toEqual([]);
    },
  );
});

describe('an inspector on a phone-sized day', () => {
  it('plans routes within their own townships only, and handles only their townships’ alerts', async () => {
    const { page, pageErrors } = await open('?v=routes', 'inspector');
    await ready(page);
    expect(await page.getAttribute('.user-menu', 'data-user')).toBe('inspector');
    await page.waitForSelector('[data-route-plan]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-route-scope]')).toBe('范围：所辖乡镇 庄磨镇、董村镇');
    await page.click('[data-route-plan]');
    await page.waitForSelector('[data-route-summary]', { timeout: scaled(60_000) });
    const stops = await page.$$eval('[data-stop]', (els) => els.map((e) => e.getAttribute('data-stop') ?? ''));
    const cookie = await sessionCookie(harness.server.url, 'admin');
    const sites = (await (
      await fetch(`${harness.server.url}/api/layers/construction-sites`, {
        headers: { cookie: `lantian_session=${cookie}` },
      })
    ).json()) as FeatureCollection<Point, { township: string }>;
    const townshipOf = new Map(
      sites.features.map((f) => [`construction-sites:${String(f.id)}`, f.properties.township]),
    );
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.every((s) => DEMO_INSPECTOR_TOWNSHIPS.includes(townshipOf.get(s) ?? ''))).toBe(true);
    await captureScreenshot(page, { path: `${outputDir}/inspector-routes.png` });

    await page.click('.rail-item[data-view="alerts"]');
    await page.waitForSelector('[data-alert-total]', { timeout: scaled(30_000) });
    const actionable = await page.$$eval('li[data-alert]', (items) =>
      items.filter((i) => i.querySelector('[data-act]')).map((i) => i.getAttribute('data-alert') ?? ''),
    );
    for (const id of actionable.slice(0, 10)) {
      const alert = (await (
        await fetch(`${harness.server.url}/api/alerts/${id}`, { headers: { cookie: `lantian_session=${cookie}` } })
      ).json()) as { township: string };
      expect(DEMO_INSPECTOR_TOWNSHIPS).toContain(alert.township);
    }
    expect(pageErrors).toEqual([]);
  });
});

describe('a new district admin loads real data', () => {
  it(
    'imports the enterprise register (CSV, GCJ-02) and surveyed township boundaries (Shapefile), ' +
      'sees both on the map, and finds each write in the audit log',
    async () => {
      const { page, pageErrors } = await open('?v=data', 'admin');
      await ready(page);
      await page.waitForSelector('[data-import-target] option[value="enterprises"]', { state: 'attached' });

      // 1. the register: a dry run first (report + preview), then the commit
      await page.selectOption('[data-import-target]', 'enterprises');
      await page.setInputFiles('[data-import-file]', fixture('enterprises-gcj02.gbk.csv'));
      await page.selectOption('[data-import-crs]', 'gcj02');
      await page.click('[data-import-check]');
      await page.waitForSelector('[data-import-counts]', { timeout: scaled(30_000) });
      expect(await page.getAttribute('[data-import-counts]', 'data-import-counts')).toBe('5/5/0/0');
      await waitForMapIdle(page);
      await captureScreenshot(page, { path: `${outputDir}/import-enterprises-preview.png` });
      await page.click('[data-import-commit]');
      await page.waitForSelector('[data-import-done]', { timeout: scaled(30_000) });
      expect(await page.getAttribute('[data-import-done]', 'data-import-done')).toBe('5/0');

      // 2. a bad file: the row is named, nothing is committed
      await page.setInputFiles('[data-import-file]', fixture('enterprises-gcj02.bad-row.csv'));
      await page.click('[data-import-check]');
      // 4 valid (updates of the register just imported), 1 error
      await page.waitForSelector('[data-import-counts="4/0/4/1"]', { timeout: scaled(30_000) });
      expect(
        await page.$$eval('tr.problem-error[data-problem-row="3"]', (rows) => rows.map((r) => r.textContent)),
      ).toEqual([expect.stringContaining('经度')]);
      expect(await page.isDisabled('[data-import-commit]')).toBe(true);

      // 3. the surveyed boundaries
      await page.selectOption('[data-import-target]', 'townships');
      await page.setInputFiles('[data-import-file]', fixture('townships-cgcs2000-gk111.zip'));
      await page.click('[data-import-check]');
      // the report of this file (the bad file's report stays on screen until it arrives)
      await page.waitForSelector('[data-import-counts]:has-text("townships-cgcs2000-gk111.zip")', {
        timeout: scaled(30_000),
      });
      expect(await page.textContent('[data-import-result]')).toMatch(/CGCS2000/);
      await page.click('[data-import-commit]');
      await page.waitForSelector('[data-import-done]', { timeout: scaled(30_000) });

      // both on the map, at the right places: the console reloaded its layers
      const api = async <T>(path: string) =>
        (await (
          await fetch(`${harness.server.url}${path}`, {
            headers: { cookie: `lantian_session=${await sessionCookie(harness.server.url, 'admin')}` },
          })
        ).json()) as T;
      const official = await api<FeatureCollection<Point, { id: string; township: string }>>(
        '/api/layers/enterprises?provenance=official',
      );
      expect(official.features).toHaveLength(5);
      await page.waitForFunction(
        (n) => {
          const features = (
            window as unknown as { lantian: { features(layer: string): { properties: { provenance: string } }[] } }
          ).lantian.features('enterprises');
          return features.filter((f) => f.properties.provenance === 'official').length === n;
        },
        5,
        { timeout: scaled(30_000) },
      );
      const shown = await page.evaluate(() =>
        (
          window as unknown as {
            lantian: {
              features(layer: string): {
                id: string;
                geometry: { coordinates: number[] };
                properties: { provenance: string; township: string };
              }[];
            };
          }
        ).lantian
          .features('enterprises')
          .filter((f) => f.properties.provenance === 'official')
          .map((f) => ({ id: String(f.id), at: f.geometry.coordinates, township: f.properties.township })),
      );
      expect(shown.map((s) => s.id).sort()).toEqual(official.features.map((f) => f.properties.id).sort());
      for (const f of official.features)
        expect(shown.find((s) => s.id === f.properties.id)?.at).toEqual(f.geometry.coordinates);
      // the commit's message shows before the console has reloaded its layers: wait for the reload
      const officialTownships = () =>
        page.evaluate(
          () =>
            (
              window as unknown as { lantian: { features(layer: string): { properties: { provenance: string } }[] } }
            ).lantian
              .features('townships')
              .filter((f) => f.properties.provenance === 'official').length,
        );
      await expect.poll(officialTownships, pollLimit).toBe(3);
      await page.click('.rail-item[data-view="layers"]');
      const first = official.features[0] as (typeof official.features)[number];
      await page.evaluate(
        ([lon, lat]) =>
          (window as unknown as { lantian: { map: { jumpTo(o: unknown): void } } }).lantian.map.jumpTo({
            center: [lon, lat],
            zoom: 10.2,
          }),
        first.geometry.coordinates,
      );
      await waitForMapIdle(page);
      await captureScreenshot(page, { path: `${outputDir}/import-on-map.png` });

      // the admin corrects an imported record in the details drawer
      await page.evaluate(
        (id) =>
          (window as unknown as { lantian: { store: { update(p: unknown): void } } }).lantian.store.update({
            selected: { layer: 'enterprises', id },
          }),
        first.properties.id,
      );
      await page.click('[data-edit-open]');
      await page.waitForSelector('[data-edit-form]');
      await page.selectOption('[data-edit-field="grade"]', 'D');
      await page.click('[data-edit-save]');
      await page.waitForFunction(
        (id) =>
          (
            window as unknown as {
              lantian: { features(layer: string): { id: string; properties: { grade: string } }[] };
            }
          ).lantian
            .features('enterprises')
            .find((f) => String(f.id) === id)?.properties.grade === 'D',
        first.properties.id,
        { timeout: scaled(30_000) },
      );
      await captureScreenshot(page, { path: `${outputDir}/record-edited.png` });

      // an account for a township inspector, created in the console
      await page.click('.rail-item[data-view="data"]');
      await page.waitForSelector('[data-users-table] [data-user-row="inspector"]', { timeout: scaled(30_000) });
      await page.fill('[data-new-username]', 'wangwu');
      await page.fill('[data-new-name]', '王五');
      await page.selectOption('[data-new-role]', 'inspector');
      await page.check('[data-new-township="140902106"]');
      await page.fill('[data-new-password]', 'inspector-pass-2');
      await page.click('[data-user-create] button[type="submit"]');
      await page.waitForSelector('[data-user-row="wangwu"]', { timeout: scaled(30_000) });
      expect(await page.textContent('[data-user-row="wangwu"]')).toContain('西张镇');
      expect(await sessionCookie(harness.server.url, 'wangwu', 'inspector-pass-2')).toMatch(/^[A-Za-z0-9_-]+$/);

      // every write is in the audit log
      await page.click('.rail-item[data-view="layers"]');
      await page.click('.rail-item[data-view="data"]');
      await page.waitForSelector('[data-audit-table] [data-audit-row]', { timeout: scaled(30_000) });
      const actions = await page.$$eval('[data-audit-row]', (rows) => rows.map((r) => r.getAttribute('data-action')));
      expect(actions.filter((a) => a === 'import.commit')).toHaveLength(2);
      expect(actions.filter((a) => a === 'import.insert')).toHaveLength(5);
      expect(actions).toContain('user.create');
      expect(actions).toContain('record.update');
      await captureScreenshot(page, { path: `${outputDir}/audit-log.png`, fullPage: true });
      expect(pageErrors).toEqual([]);
    },
    scaled(120_000),
  );
});

describe('exports', () => {
  it(
    'an analyst downloads a layer as CSV with a BOM, the map as a PNG, ' + 'and opens the printable monthly report',
    async () => {
      const { page, pageErrors } = await open('?v=data&t=140902004', 'analyst');
      await ready(page);
      await page.waitForSelector('[data-section="export"]');
      expect(await page.$$eval('[data-section]', (els) => els.map((e) => e.getAttribute('data-section')))).toEqual([
        'report',
        'account',
        'export',
        'devices',
      ]);
      await page.selectOption('[data-export-layer]', 'enterprises');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-export-csv]')]);
      expect(csv.suggestedFilename()).toMatch(/^lantian-enterprises-.*\.csv$/);
      const csvBytes = readFileSync(await csv.path());
      expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csvBytes.toString('utf8').trim().split(/\r\n/);
      const cookie = await sessionCookie(harness.server.url, 'analyst');
      const layer = (await (
        await fetch(`${harness.server.url}/api/layers/enterprises?township=140902004`, {
          headers: { cookie: `lantian_session=${cookie}` },
        })
      ).json()) as FeatureCollection;
      expect(lines).toHaveLength(layer.features.length + 1);

      const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-export-png]')]);
      const pngBytes = readFileSync(await png.path());
      writeFileSync(`${outputDir}/exported-map.png`, pngBytes);
      expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const colours = await page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(image, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4 * 11)
          seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
        return { colours: seen.size, width: image.width };
      }, pngBytes.toString('base64'));
      expect(colours.width).toBeGreaterThan(500);
      expect(colours.colours).toBeGreaterThan(50); // the basemap and the data layers, not a blank canvas

      // the statistics of a drawn circle, through the server's export
      const analysis = (await open('?v=analysis&shape=c112.7283,38.4153,3000', 'analyst')).page;
      await analysis.waitForSelector('[data-export="csv"]', { timeout: scaled(60_000) });
      const [stats] = await Promise.all([analysis.waitForEvent('download'), analysis.click('[data-export="csv"]')]);
      expect(stats.suggestedFilename()).toMatch(/^lantian-stats-area-.*\.csv$/);
      const statsText = readFileSync(await stats.path()).toString('utf8');
      expect(statsText.startsWith('\uFEFF')).toBe(true);
      expect(statsText.split(/\r\n/).length).toBeGreaterThan(20);

      const reportHref = await page.getAttribute('[data-report-link]', 'href');
      expect(pageErrors).toEqual([]);
      // the two consoles are done: closing them frees their WebGL contexts before the report is captured
      await Promise.all([page.close(), analysis.close()]);
      const report = await harness.newPage({ cookie, viewport: { width: 900, height: 1300 } });
      await report.page.goto(`${harness.server.url}${reportHref}`);
      expect(await report.page.textContent('h1')).toContain('忻府区大气污染防治月报');
      // its first page as a picture (a full-page capture of the ~3,400 px report sometimes fails in headless Chromium);
      // all of it as PDF
      await captureScreenshot(report.page, { path: `${outputDir}/monthly-report.png` });
      await report.page.pdf({ path: `${outputDir}/monthly-report.pdf`, format: 'A4' });
      expect(report.pageErrors).toEqual([]);
    },
  );
});
