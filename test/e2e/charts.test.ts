import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';

const outputDir = 'test-output/e2e/charts';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CATEGORY = '(优|良|轻度污染|中度污染|重度污染|严重污染)';

async function shownRange(page: Page, chart: string): Promise<[string | null, string | null]> {
  const figure = `[data-chart="${chart}"]`;
  return [await page.getAttribute(figure, 'data-shown-from'), await page.getAttribute(figure, 'data-shown-to')];
}

describe('the 空气 view’s ECharts charts in Chromium', () => {
  it('tooltips with value and level, zoom and pan from the keyboard, 导出图片 as PNG', async () => {
    const { page, pageErrors } = await harness.open('?v=air&at=2023-12-31T23:00', { as: 'admin' });
    await page.waitForSelector('[data-aq-evaluation]', { timeout: scaled(60_000) });
    await page.waitForSelector('[data-chart="daily-aqi"][data-shown-to] canvas', { timeout: scaled(30_000) });
    const canvas = page.locator('[data-chart="daily-aqi"] .echart-canvas');
    await canvas.scrollIntoViewIfNeeded();
    expect(await shownRange(page, 'daily-aqi')).toEqual(['2023-01-01', '2023-12-31']);

    // hover in the middle of the plot: the tooltip names the day, its AQI and its level
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the chart has no box');
    await page.mouse.move(box.x + 40 + (box.width - 104) * 0.55, box.y + box.height / 2);
    const tooltip = page.locator('[data-chart="daily-aqi"] .echart-tooltip');
    await tooltip.waitFor({ state: 'visible', timeout: scaled(10_000) });
    // the tooltip's lines (<br/> between them) read together
    const text = (await tooltip.textContent()) ?? '';
    expect(text).toMatch(new RegExp(`^2023-\\d\\d-\\d\\dAQI \\d+（${CATEGORY}）`));
    await captureScreenshot(page, {
      path: `${outputDir}/daily-aqi-tooltip.png`,
      clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 56 },
    });

    // keyboard: the zoom buttons take the focus; + zooms to the middle half, → pans, 0 shows the year again
    await page.focus('[data-chart="daily-aqi"] [data-chart-zoom="+"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-chart="daily-aqi"]')?.getAttribute('data-shown-from') !== '2023-01-01',
      undefined,
      { timeout: scaled(10_000) },
    );
    const [zoomFrom, zoomTo] = await shownRange(page, 'daily-aqi');
    expect(zoomFrom && zoomFrom > '2023-03-15' && zoomFrom < '2023-04-15').toBe(true);
    expect(zoomTo && zoomTo > '2023-09-15' && zoomTo < '2023-10-15').toBe(true);
    await page.focus('[data-chart="daily-aqi"] [data-chart-zoom="ArrowRight"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (from) => document.querySelector('[data-chart="daily-aqi"]')?.getAttribute('data-shown-from') !== from,
      zoomFrom,
      { timeout: scaled(10_000) },
    );
    const [panFrom] = await shownRange(page, 'daily-aqi');
    expect(panFrom && zoomFrom && panFrom > zoomFrom).toBe(true);
    await captureScreenshot(page, {
      path: `${outputDir}/daily-aqi-zoomed.png`,
      clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 56 },
    });
    await page.focus('[data-chart="daily-aqi"] [data-chart-zoom="0"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-chart="daily-aqi"]')?.getAttribute('data-shown-from') === '2023-01-01',
      undefined,
      { timeout: scaled(10_000) },
    );

    // the pollutant chart's tooltip: value, unit, IAQI band and the limit
    const pollutant = page.locator('[data-chart="pollutant"] .echart-canvas');
    await pollutant.scrollIntoViewIfNeeded();
    const pbox = await pollutant.boundingBox();
    if (!pbox) throw new Error('the pollutant chart has no box');
    await page.mouse.move(pbox.x + 40 + (pbox.width - 104) * 0.3, pbox.y + pbox.height / 2);
    const ptip = page.locator('[data-chart="pollutant"] .echart-tooltip');
    await ptip.waitFor({ state: 'visible', timeout: scaled(10_000) });
    expect(await ptip.textContent()).toMatch(
      new RegExp(`^2023-\\d\\d-\\d\\dPM2\\.5 [\\d.]+ µg/m³分指数 IAQI \\d+（${CATEGORY}）(未)?超过二级限值 75 µg/m³$`),
    );
    await captureScreenshot(page, {
      path: `${outputDir}/pollutant-tooltip.png`,
      clip: { x: pbox.x - 8, y: pbox.y - 8, width: pbox.width + 16, height: pbox.height + 56 },
    });

    // 导出图片: a PNG named after the chart, the subject and the year, at twice the chart's pixels
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-chart="daily-aqi"] [data-chart-export]'),
    ]);
    expect(download.suggestedFilename()).toBe('lantian-daily-aqi-district-2023.png');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.length).toBeGreaterThan(10_000);
    // IHDR: width and height, big-endian, at bytes 16 and 20
    expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    expect(bytes.readUInt32BE(20)).toBe(400);
    await page.evaluate(() => window.scrollTo(0, 0));
    await captureScreenshot(page, { path: `${outputDir}/air-view-charts.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
