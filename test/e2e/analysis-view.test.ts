import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { captureScreenshot } from './browser.ts';
import { englishLeaks } from './english-leaks.ts';
import { scaled } from '../helpers/time-scale.ts';
import { drawRectangle, pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(120_000) });

const harness = useConsoleHarness(outputDir);

/** A 3 km circle over the town (π·3² ≈ 28.27 km², all inside the district). */
const CIRCLE = 'c112.7283,38.4153,3000';
const statsReady = '[data-area-stats][data-ready="true"] [data-stat="area"]';

/** Opens 分析 at `query` as the analyst, once the township table is there. */
async function openAnalysis(query = '') {
  const recorded = await harness.open(`?v=analysis${query}`, { as: 'analyst' });
  await recorded.page.waitForSelector('[data-township-table]', { timeout: scaled(30_000) });
  await recorded.page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(30_000) });
  return recorded;
}

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();
const subject = (page: Page) => text(page, '[data-subject-title]');

describe('分析: one subject at a time', () => {
  it('shows a township’s statistics under its own header, in view, and brings the drawn area’s back', async () => {
    const { page, pageErrors } = await openAnalysis(`&shape=${CIRCLE}`);
    await page.waitForSelector(statsReady, { timeout: scaled(30_000) });
    // after a reload the finished circle is not 「绘制中」: one area line, the answer's
    expect(await subject(page)).toBe('绘制区域');
    const areaLine = await text(page, '[data-measure]');
    expect(areaLine).toMatch(/^面积 28\.\d\d km²/);
    expect(await page.textContent('.panel')).not.toContain('绘制中');

    const row = page.locator('[data-township-row]').nth(3);
    const code = await row.getAttribute('data-township-row');
    const name = ((await row.locator('td').first().textContent()) ?? '').trim();
    await row.click();
    await expect.poll(() => subject(page), pollLimit).toBe(`乡镇：${name}`);
    expect(await page.$('[data-measure]')).toBeNull();
    expect(await page.textContent('[data-area-stats]')).not.toContain(areaLine.slice(3, 12));
    // the township's statistics are where the user looks: the header is inside the panel's visible part and has the
    // focus (Preact runs the effect that scrolls and focuses after the paint that shows the title: poll for it)
    const inView = () =>
      page.$eval('[data-subject-title]', (title) => {
        const r = title.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && document.activeElement === title;
      });
    await expect.poll(inView, pollLimit).toBe(true);
    expect(page.url()).toContain(`sel=townships%3A${code}`);
    await captureScreenshot(page, { path: `${outputDir}/analysis-township-subject.png` });

    await page.click('[data-show-area]');
    await expect.poll(() => subject(page), pollLimit).toBe('绘制区域');
    expect(await text(page, '[data-measure]')).toBe(areaLine);
    expect(page.url()).not.toContain('sel=townships');

    // closing the township's drawer brings the drawn area back too
    await page.locator('[data-township-row]').nth(5).click();
    await expect.poll(() => subject(page), pollLimit).toMatch(/^乡镇：/);
    await page.evaluate(() =>
      (window as unknown as { lantian: { store: { update(p: object): void } } }).lantian.store.update({
        selected: null,
      }),
    );
    await expect.poll(() => subject(page), pollLimit).toBe('绘制区域');
    expect(pageErrors).toEqual([]);
  });

  it('forgets the area line when 撤销 removes the only shape', async () => {
    const { page } = await openAnalysis();
    await waitForMapIdle(page);
    await drawRectangle(page, [0.45, 0.4], [0.62, 0.56]);
    expect(await text(page, '[data-measure]')).toMatch(/^面积 /);
    await page.click('[data-tool="undo"]');
    await expect.poll(() => page.textContent('[data-area-stats]'), pollLimit).not.toMatch(/km²/);
    expect(await page.$('[data-subject-title]')).toBeNull();
    expect(await page.$('[data-stat="area"]')).toBeNull();
    expect(new URL(page.url()).searchParams.get('shape')).toBeNull();
  });

  it('reads the new shape while it is drawn, not the finished one', async () => {
    const { page } = await openAnalysis(`&shape=${CIRCLE}`);
    await page.waitForSelector(statsReady, { timeout: scaled(30_000) });
    await waitForMapIdle(page);
    await page.click('[data-tool="rectangle"]');
    const box = (await page.locator('.map').boundingBox()) as { x: number; y: number; width: number; height: number };
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.mouse.move(box.x + box.width * 0.36, box.y + box.height * 0.34, { steps: 5 });
    await expect.poll(() => text(page, '[data-measure]'), pollLimit).toMatch(/^绘制中：约 /);
    const live = Number((await text(page, '[data-measure]')).match(/约 ([\d.]+) km²/)?.[1]);
    expect(Math.abs(live - 28.27)).toBeGreaterThan(1);
    expect(await page.textContent('[data-area-stats]')).not.toMatch(/面积 28\./);
  });
});

describe('分析: the drawn shape on top', () => {
  it('draws the shape as the topmost deck.gl layer, above clusters and the choropleth', async () => {
    const { page } = await openAnalysis(`&shape=${CIRCLE}&z=9.4`);
    await page.waitForSelector(statsReady, { timeout: scaled(30_000) });
    const overlay = () =>
      page.evaluate(() => (window as unknown as { lantian: { overlayLayers(): string[] } }).lantian.overlayLayers());
    await expect.poll(overlay, pollLimit).toEqual(['analysis-shape-halo', 'analysis-shape']);
    await waitForMapIdle(page);
    await captureScreenshot(page, { path: `${outputDir}/analysis-shape-on-top.png` });
    await page.click('[data-tool="delete"]');
    await expect.poll(overlay, pollLimit).toEqual([]);
  });
});

describe('分析: choropleth and table', () => {
  it('keeps the metric and the sort in the URL, with integer classes for counts', async () => {
    const { page } = await openAnalysis();
    await page.selectOption('[data-metric]', 'banned-in-zones');
    await expect.poll(() => new URL(page.url()).searchParams.get('cm'), pollLimit).toBe('banned-in-zones');
    const legend = await page.$$eval('.ramp-entry', (els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(legend.length).toBeGreaterThan(1);
    expect(new Set(legend).size).toBe(legend.length);
    for (const label of legend) expect(label).toMatch(/^\d+(–\d+)?$/);
    await page.click('[data-sort="dustfall"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort'), pollLimit).toBe('dustfall:desc');

    await page.reload();
    await page.waitForSelector('[data-township-table]', { timeout: scaled(30_000) });
    expect(await page.$eval('[data-metric]', (s) => (s as HTMLSelectElement).value)).toBe('banned-in-zones');
    expect(await page.getAttribute('[data-sort="dustfall"]', 'class')).toBe('sorted-desc');
    const values = await page.$$eval('[data-township-row]', (rows) =>
      rows.map((r) => Number(r.children[2]?.textContent)),
    );
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // dustfall with 2 decimals, names on one line
    const cells = await page.$$eval('[data-township-row]', (rows) => rows.map((r) => r.children[2]?.textContent));
    for (const cell of cells) expect(cell).toMatch(/^(\d+\.\d\d|—)$/);
    const lines = await page.$$eval('td.township-name', (tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return range.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(td).fontSize);
      }),
    );
    expect(lines.length).toBe(19);
    for (const height of lines) expect(height).toBeLessThan(1.9);
    await captureScreenshot(page, { path: `${outputDir}/analysis-table.png` });
  });

  it('greys townships without a value and lists 无数据 in the legend', async () => {
    const { page } = await openAnalysis('&cm=pm25');
    await page.waitForSelector('[data-legend="pm25"]', { timeout: scaled(30_000) });
    const missing = await page.$$eval('[data-township-row]', (rows) =>
      rows.filter((r) => r.children[7]?.textContent === '—').map((r) => r.getAttribute('data-township-row')),
    );
    expect(missing.length).toBeGreaterThan(0);
    expect(await text(page, '[data-no-data]')).toBe('无数据');
    const fills = await page.evaluate((codes) => {
      const map = (
        window as unknown as {
          lantian: { map: { getFeatureState(f: { source: string; id: string }): { fill?: string } } };
        }
      ).lantian.map;
      return codes.map((id) => map.getFeatureState({ source: 'townships', id: id as string }).fill);
    }, missing);
    for (const fill of fills) expect(fill).toBe('rgb(189,189,189)');
  });

  it('has no English in the Chinese view', async () => {
    const { page } = await openAnalysis(`&shape=${CIRCLE}`);
    await page.waitForSelector(statsReady, { timeout: scaled(30_000) });
    expect(englishLeaks((await page.textContent('.panel')) ?? '')).toEqual([]);
    await page.locator('[data-township-row]').first().click();
    await expect.poll(() => subject(page), pollLimit).toMatch(/^乡镇：/);
    expect(englishLeaks((await page.textContent('.panel')) ?? '')).toEqual([]);
  });
});
