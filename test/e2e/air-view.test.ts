import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness, waitForMapIdle } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e/air-view';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);

async function openAir(query: string): Promise<{ page: Page; pageErrors: string[] }> {
  const recorded = await harness.open(query, { as: 'admin' });
  await recorded.page.waitForSelector('[data-aq-evaluation]', { timeout: scaled(60_000) });
  return { page: recorded.page, pageErrors: recorded.pageErrors };
}

/** The ids of the overlay layers the console draws above its data layers. */
async function overlayIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { lantian: { overlayLayers(): string[] } }).lantian.overlayLayers());
}

describe('空气质量 in Chromium', () => {
  it('an as-of after the data: no raw 400, the data that exist, and a plain Chinese notice', async () => {
    const { page, pageErrors } = await openAir('?v=air&at=2024-06-01T12:00');
    const notice = await page.textContent('[data-aq-out-of-range]');
    expect(notice).toContain('所选时刻 2024-06-01 12:00 暂无空气质量数据');
    const panel = (await page.textContent('.panel')) ?? '';
    expect(panel).not.toMatch(/400|range spans|数据加载失败/);
    await page.waitForSelector('[data-chart="daily-aqi"] canvas', { timeout: scaled(30_000) });
    expect(Number(await page.getAttribute('[data-chart="daily-aqi"]', 'data-valid-days'))).toBeGreaterThan(300);
    await captureScreenshot(page, { path: `${outputDir}/air-asof-2024.png` });
    expect(pageErrors).toEqual([]);
  });

  it('keeps the evaluated station in the URL, rings it on the map and restores it on reload', async () => {
    const { page } = await openAir('?v=air');
    expect(await overlayIds(page)).toEqual([]);
    await page.selectOption('[data-aq-scope]', '2181A');
    await page.waitForSelector('[data-aq-evaluation="station"]', { timeout: scaled(30_000) });
    await page.waitForFunction(() => window.location.search.includes('st=2181A'), undefined, {
      timeout: scaled(10_000),
    });
    expect(await overlayIds(page)).toContain('aq-selected-station');
    await page.reload();
    await page.waitForSelector('[data-aq-evaluation="station"]', { timeout: scaled(60_000) });
    expect(await page.inputValue('[data-aq-scope]')).toBe('2181A');
    await page.waitForFunction(
      () =>
        (window as unknown as { lantian: { overlayLayers(): string[] } }).lantian
          .overlayLayers()
          .includes('aq-selected-station'),
      undefined,
      { timeout: scaled(10_000) },
    );
    await waitForMapIdle(page);
    await captureScreenshot(page, { path: `${outputDir}/air-station-2181A.png` });
    await page.selectOption('[data-aq-scope]', 'district');
    await page.waitForSelector('[data-aq-evaluation="district"]', { timeout: scaled(30_000) });
    expect(page.url()).not.toContain('st=');
    expect(await overlayIds(page)).toEqual([]);
  });

  it('Chinese notes and labels, an explained 综合指数, a drawn pause glyph with a Chinese aria-label', async () => {
    const { page } = await openAir('?v=air&at=2023-07-21T10:00');
    const notes = await page.$$eval('[data-aq-note]', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(notes.join(' ')).toContain('全区数值');
    expect(notes.join(' ')).toContain('已于2019-03-13停运');
    expect(notes.join(' ')).toContain('年初至今（202 天）');
    const lines = await page.$$eval('.panel *, .bottom-strip *', (elements) =>
      elements.filter((e) => e.children.length === 0).map((e) => e.textContent ?? ''),
    );
    expect(lines.filter((line) => englishLeaks(line).length > 0)).toEqual([]);
    expect(await page.getAttribute('[data-comprehensive-index]', 'title')).toContain('综合指数');
    // the months axis is drawn on the canvas (its labels: test/client/chart-options.test.ts); the figure says its range
    await page.waitForSelector('[data-chart="pollutant"][data-shown-to]', { timeout: scaled(30_000) });
    expect(await page.getAttribute('[data-chart="pollutant"]', 'data-shown-from')).toBe('2023-01-01');
    expect(await page.getAttribute('[data-chart="pollutant"]', 'data-shown-to')).toBe('2023-07-21');
    const play = page.locator('[data-action="play"]');
    expect(await play.getAttribute('aria-label')).toBe('播放');
    await play.click();
    expect(await play.getAttribute('aria-label')).toBe('暂停');
    expect(await play.locator('svg[data-glyph="pause"] rect').count()).toBe(2);
    const box = await play.boundingBox();
    if (box)
      await captureScreenshot(page, {
        path: `${outputDir}/air-pause-button.png`,
        clip: { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8 },
      });
    await play.click();
    expect(await play.getAttribute('aria-label')).toBe('播放');
  });
});
