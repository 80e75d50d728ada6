import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot, sessionCookie } from './browser.ts';
import { useConsoleHarness, waitForMapIdle } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);
let adminCookie = '';
beforeAll(async () => {
  adminCookie = await sessionCookie(harness.server.url, 'admin');
});

async function openConsole(query: string, viewport?: { width: number; height: number }) {
  const recorded = await harness.open(query, { cookie: adminCookie, viewport });
  await recorded.page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(30_000) });
  await recorded.page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(30_000) });
  return recorded;
}

/** Stops (numbered on the map) that lie outside the visible map, by their `data-stop`. */
async function stopsOffScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (window as unknown as { lantian: { map: { getBounds(): { contains(p: [number, number]): boolean } } } })
      .lantian.map;
    const features = (
      window as unknown as { lantian: { features(layer: string): { id: string; geometry: unknown }[] } }
    ).lantian;
    const bounds = map.getBounds();
    return [...document.querySelectorAll('[data-stop]')]
      .map((e) => (e.getAttribute('data-stop') ?? '').split(':'))
      .filter(([layer, id]) => {
        const f = features.features(layer as string).find((x) => String(x.id) === id);
        const position = (f?.geometry as { coordinates: [number, number] } | undefined)?.coordinates;
        return !position || !bounds.contains(position);
      }).length;
  });
}

describe('巡查 on a phone (Scenario 3)', () => {
  it('plans in Chinese, fits the map, keeps and restores its inputs, exports a dated sheet and GPX', async () => {
    const query = '?v=routes&t=140902103,140902104&at=2023-07-15T11:00&lang=zh';
    const { page, pageErrors } = await openConsole(query, { width: 390, height: 844 });
    await page.waitForSelector('[data-route-plan]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-route-scope]')).toBe('范围：已筛选乡镇 庄磨镇、豆罗镇');

    await page.check('[data-route-layer="villages"]');
    await page.check('[data-route-layer="machines"]');
    await page.selectOption('[data-route-count]', '3');
    await page.click('[data-route-plan]');
    await page.waitForSelector('[data-route-summary]', { timeout: scaled(60_000) });
    await waitForMapIdle(page);
    expect(await page.$$eval('[data-stop]', (els) => els.length)).toBeGreaterThan(2);
    expect(await stopsOffScreen(page)).toBe(0);
    const overlay = await page.evaluate(() =>
      (window as unknown as { lantian: { overlayLayers(): string[] } }).lantian.overlayLayers(),
    );
    expect(overlay.at(-1)).toBe('inspection-stop-numbers');
    const panelText = (await page.textContent('.panel')) ?? '';
    expect(englishLeaks(panelText)).toEqual([]);
    expect(await page.textContent('[data-stop-times]')).toMatch(/^到达 \d\d:\d\d · 检查 \d\d:\d\d–\d\d:\d\d$/);
    expect(await page.textContent('[data-stop-reason]')).toMatch(/^巡查原因：/);
    if (await page.$('[data-stop^="machines:"]'))
      expect(await page.textContent('[data-stop^="machines:"]')).toMatch(/（[^）]+ · (登记号 \S+|未登记)）/);
    await captureScreenshot(page, { path: `${outputDir}/routes-phone-planned.png` });

    const [gpx] = await Promise.all([page.waitForEvent('download'), page.click('[data-route-gpx="1"]')]);
    expect(gpx.suggestedFilename()).toBe('lantian-route-2023-07-15-1.gpx');
    expect(readFileSync(await gpx.path(), 'utf8')).toContain('<name>巡查路线 2023-07-15 · 巡查员 1</name>');
    await page.evaluate(() => {
      (window as unknown as { print: () => void }).print = () => {};
    });
    const [sheet] = await Promise.all([page.waitForEvent('popup'), page.click('[data-route-print]')]);
    const sheetText = await sheet.evaluate(() => document.documentElement.outerHTML);
    expect(sheetText).toContain('巡查路线单 · 2023-07-15');
    expect(sheetText).not.toContain('当日');
    expect(sheetText).toContain('<th>巡查原因</th>');

    // a map selection keeps the plan; another view and back keeps the ticks; a reload restores them
    await page.click('[data-view="alerts"]');
    await page.waitForSelector('[data-view="alerts"].active', { timeout: scaled(30_000) });
    await page.click('[data-view="routes"]');
    await page.waitForSelector('[data-route-plan]', { timeout: scaled(30_000) });
    expect(await page.isChecked('[data-route-layer="villages"]')).toBe(true);
    expect(await page.isChecked('[data-route-layer="machines"]')).toBe(true);
    expect(await page.inputValue('[data-route-count]')).toBe('3');
    await page.reload();
    await page.waitForSelector('[data-route-plan]', { timeout: scaled(30_000) });
    expect(await page.isChecked('[data-route-layer="villages"]')).toBe(true);
    expect(await page.isChecked('[data-route-layer="construction-sites"]')).toBe(true);
    expect(await page.inputValue('[data-route-count]')).toBe('3');
    expect(pageErrors).toEqual([]);
  });

  it('words the stops it cannot fit in Chinese', async () => {
    const { page, pageErrors } = await openConsole('?v=routes&t=140902001&at=2023-07-15T11:00', {
      width: 1440,
      height: 900,
    });
    await page.waitForSelector('[data-route-plan]', { timeout: scaled(30_000) });
    await page.uncheck('[data-route-layer="construction-sites"]');
    await page.check('[data-route-layer="villages"]');
    await page.uncheck('[data-route-problems]');
    await page.selectOption('[data-route-count]', '1');
    await page.fill('[data-route-from]', '09:00');
    await page.fill('[data-route-to]', '10:00');
    await page.click('[data-route-plan]');
    await page.waitForSelector('[data-route-summary]', { timeout: scaled(60_000) });
    const reasons = await page.$$eval('[data-route-unassigned] li', (els) => els.map((e) => e.textContent ?? ''));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(englishLeaks(reason)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
