import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { captureScreenshot, sessionCookie } from './browser.ts';
import { scaled } from '../helpers/time-scale.ts';
import { englishLeaks } from './english-leaks.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(120_000) });

const harness = useConsoleHarness(outputDir);
let admin = '';
beforeAll(async () => {
  admin = await sessionCookie(harness.server.url, 'admin');
});

/** Opens the console at `query` as admin; also records every other console message (deck.gl's warnings). */
async function openConsole(query = '', viewport?: { width: number; height: number }) {
  const recorded = await harness.open(query, { cookie: admin, viewport });
  const warnings: string[] = [];
  recorded.page.on('console', (m) => {
    if (m.type() !== 'error') warnings.push(m.text());
  });
  await recorded.page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(30_000) });
  await recorded.page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(30_000) });
  return { ...recorded, warnings };
}

const text = async (page: Page, selector: string) => (await page.textContent(selector)) ?? '';

describe('the frame in Chromium', () => {
  it('总览: where each target stands, the open alerts, and the legend with the AQI scale, all in Chinese', async () => {
    const { page } = await openConsole();
    await page.waitForSelector('[data-target="pm25-annual"] .target-standing', { timeout: scaled(30_000) });
    const states = await page.$$eval('[data-target] .target-standing', (els) =>
      els.map((e) => e.getAttribute('data-progress')),
    );
    expect(states.length).toBe(7);
    // under the plan's targets, the city-assigned indicators of the year (the demo's: synthetic, badged 合成)
    await page.waitForSelector('[data-city-target] .target-standing', { timeout: scaled(30_000) });
    expect(await text(page, '.city-indicators')).toContain('合成');
    for (const state of states) expect(['pass', 'at-risk', 'fail', 'no-data']).toContain(state);
    expect(await text(page, '[data-target="pm25-annual"] .target-standing')).toMatch(/µg\/m³.*(超标|临界|达标)$/);
    expect(await text(page, '[data-open-alerts]')).toMatch(/^ · 未办结告警 \d+ 条$/);
    const aqi = await page.$$eval('[data-map-legend] [data-legend-layer="stations"] .legend-label', (els) =>
      els.map((e) => e.textContent),
    );
    expect(aqi.slice(0, 2)).toEqual(['优（AQI 0–50）', '良（AQI 51–100）']);
    await captureScreenshot(page, { path: `${outputDir}/frame-overview.png` });
    expect(englishLeaks(await text(page, '.panel'))).toEqual([]);
  });

  it('图层: the legend shows the AQI scale and the grade badges; cluster counts draw their ×', async () => {
    const { page, warnings } = await openConsole('?v=layers&z=10&c=112.72,38.42&l=machines,stations,enterprises');
    await waitForMapIdle(page);
    const labels = await page.$$eval('.layer-block[data-layer="stations"] .legend-label', (els) =>
      els.map((e) => e.textContent),
    );
    expect(labels).toContain('严重污染（AQI > 300）');
    expect(labels.join()).not.toMatch(/国控站|微站/);
    expect(await text(page, '.layer-block[data-layer="enterprises"]')).toContain('角标字母 A：绩效A级');
    await captureScreenshot(page, { path: `${outputDir}/frame-clusters.png` });
    expect(warnings.filter((w) => /Missing character/.test(w))).toEqual([]);
  });

  it('图层: the township filter takes several townships and the map fits them', async () => {
    const { page } = await openConsole('?v=layers');
    await page.click('[data-township-summary]');
    await page.check('[data-filter="township"] input[value="140902103"]');
    await page.check('[data-filter="township"] input[value="140902104"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('t'), pollLimit).toBe('140902103,140902104');
    expect(await page.isChecked('[data-filter="township"] input[value="140902103"]')).toBe(true);
    expect(await text(page, '[data-township-summary]')).toBe('庄磨镇、豆罗镇');
    await waitForMapIdle(page);
    const fits = await page.evaluate(() => {
      const handle = (
        window as unknown as {
          lantian: {
            map: { getBounds(): { contains(p: [number, number]): boolean } };
            features(l: string): { id: string; properties: { seat: [number, number] } }[];
          };
        }
      ).lantian;
      const seats = handle.features('townships').filter((f) => ['140902103', '140902104'].includes(String(f.id)));
      return seats.length === 2 && seats.every((f) => handle.map.getBounds().contains(f.properties.seat));
    });
    expect(fits).toBe(true);
  });

  it('search: Enter opens the first match, the arrows move, Esc closes the list and then the drawer', async () => {
    const { page } = await openConsole('?v=layers');
    await page.fill('[data-search]', '庄磨');
    expect(await page.$$eval('.search-results [data-hit]', (els) => els[0]?.textContent ?? '')).toContain('庄磨镇');
    await page.press('[data-search]', 'Enter');
    await page.waitForSelector('.drawer:not([hidden]) [data-details-title]');
    expect(await text(page, '[data-details-title]')).toBe('庄磨镇');
    expect(await page.inputValue('[data-search]')).toBe('');
    await page.fill('[data-search]', '庄磨');
    await page.press('[data-search]', 'ArrowDown');
    await page.press('[data-search]', 'ArrowDown');
    const second = await page.$$eval('.search-results [data-hit]', (els) => els[1]?.getAttribute('data-hit') ?? '');
    expect(await page.getAttribute('.search-results button.active', 'data-hit')).toBe(second);
    await page.press('[data-search]', 'Enter');
    await expect.poll(() => page.url(), pollLimit).toContain(`sel=${encodeURIComponent(second)}`);
    await page.fill('[data-search]', '庄磨');
    await page.press('[data-search]', 'Escape');
    expect(await page.isHidden('.search-results')).toBe(true);
    expect(await page.isVisible('.drawer')).toBe(true);
    await page.press('[data-search]', 'Escape');
    await expect.poll(() => page.isHidden('.drawer'), pollLimit).toBe(true);
  });

  it('the enterprise drawer: Chinese provenance, worded values, 生产状态, credit code, overdue deadline', async () => {
    const { page } = await openConsole('?v=layers&asOf=2023-12-31T12:00');
    // 五峰山 has not finished its assessment monitoring (铁牛 has: 评估监测完成、待验收)
    await page.fill('[data-search]', '五峰山');
    await page.press('[data-search]', 'Enter');
    await page.waitForSelector('.drawer:not([hidden]) [data-details-title]');
    const drawer = await text(page, '.drawer');
    expect(drawer).toContain('生产状态');
    expect(drawer).toContain('统一社会信用代码');
    expect(await text(page, '.drawer [data-source]')).not.toMatch(/[A-Za-z]{4,}/);
    expect(await text(page, '.drawer tr[data-overdue]')).toContain('未按期（力争 2023-06-30 前完成）');
    expect(drawer).not.toMatch(/\bnone\b/);
    await captureScreenshot(page, { path: `${outputDir}/frame-wufengshan.png` });
    expect(englishLeaks(await text(page, '.drawer table.details'))).toEqual([]);
  });

  it('English: the drawer transliterates the township and uses no full-width punctuation', async () => {
    const { page } = await openConsole('?v=layers&lang=en');
    await page.fill('[data-search]', '铁牛');
    await page.press('[data-search]', 'Enter');
    await page.waitForSelector('.drawer:not([hidden]) [data-details-title]');
    const township = await page.$$eval(
      '.drawer table.details tr',
      (rows) =>
        rows.find((r) => r.querySelector('th')?.textContent === 'Township')?.querySelector('td')?.textContent ?? '',
    );
    expect(township).toMatch(/^[A-Z][a-z]+/);
    const chrome = (await text(page, '.drawer .provenance')) + (await text(page, '[data-link="township"]'));
    expect(chrome).not.toMatch(/[：，、（）]/);
  });

  it('the exported map PNG has the legend beside the map and a scale bar', async () => {
    const { page } = await openConsole('?v=layers&l=stations,townships');
    await waitForMapIdle(page);
    const size = await page.evaluate(async () => {
      const handle = (
        window as unknown as {
          lantian: { exportMapPng(): Promise<string>; map: { getCanvas(): HTMLCanvasElement } };
        }
      ).lantian;
      const url = await handle.exportMapPng();
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(image, 0, 0);
      const mapWidth = handle.map.getCanvas().width;
      // the legend column: some non-white pixels right of the map (text and swatches)
      const legend = ctx.getImageData(mapWidth, 0, image.width - mapWidth, Math.min(300, image.height)).data;
      let inked = 0;
      for (let i = 0; i < legend.length; i += 4) if ((legend[i] ?? 255) < 200) inked++;
      return { width: image.width, mapWidth, inked };
    });
    expect(size.width).toBeGreaterThan(size.mapWidth);
    expect(size.inked).toBeGreaterThan(50);
  });
});
