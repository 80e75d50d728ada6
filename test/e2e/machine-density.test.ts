import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { MachineDensity } from '../../server/schema/machine-density.ts';
import { scaled } from '../helpers/time-scale.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e/density';
vi.setConfig({ testTimeout: scaled(300_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };
const asOf = '2023-07-15T11:00';

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p);
    if (!res.ok) throw new Error(`${p}: ${res.status}`);
    return res.json();
  }, path) as Promise<T>;
}

/** Screen position (page pixels) of `[lon, lat]` on the console's map. */
async function pixelOf(page: Page, lonLat: [number, number]): Promise<[number, number]> {
  const box = (await page.locator('.map').boundingBox())!;
  const { x, y } = await page.evaluate(
    (p) =>
      (
        window as unknown as { lantian: { map: { project(p: [number, number]): { x: number; y: number } } } }
      ).lantian.map.project(p),
    lonLat,
  );
  return [box.x + x, box.y + y];
}

/** The cell with the most positions, and its centre. */
function busiestCell(body: MachineDensity) {
  const [ix, iy, count] = body.cells.reduce((a, b) => (b[2] > a[2] ? b : a));
  const { originLon, originLat, dLon, dLat } = body.grid;
  return {
    id: `${ix},${iy}`,
    count,
    centre: [originLon + (ix + 0.5) * dLon, originLat + (iy + 0.5) * dLat] as [number, number],
  };
}

describe('机械作业密度 in Chromium (issue 18)', () => {
  it('draws the density with its legend; a hovered or clicked cell shows the count the API gives', async () => {
    const { page, pageErrors } = await harness.open(`?v=layers&at=${asOf}&l=townships&density=1&c=112.72,38.42&z=11`, {
      as: 'official',
      viewport: desktop,
    });
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    await page.waitForSelector(`body[data-density-loaded="${asOf}/30d"]`, { timeout: scaled(60_000) });
    await page.waitForSelector('[data-density-status="ready"]');
    const api = await getJson<MachineDensity>(page, `/api/machines/density?asOf=${asOf}&window=30d`);
    expect(api.positions).toBeGreaterThan(1000);
    // the block: its toggle on, what is counted, the legend with a number for every class
    expect(await page.isChecked('[data-density-toggle]')).toBe(true);
    const block = (await page.textContent('[data-density-block]'))!;
    expect(block).toContain('机械作业密度');
    expect(block).toContain(api.positions.toLocaleString('zh-CN'));
    expect(block).toContain('2023-06-15 11:00 之后至 2023-07-15 11:00（含）');
    expect(await page.locator('[data-density-class]').allTextContents()).toEqual([
      '1–9',
      '10–29',
      '30–99',
      '100–299',
      '300–999',
      '≥ 1,000',
    ]);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${outputDir}/density-30d.png` });

    // hover the busiest cell: its count is the API's
    const cell = busiestCell(api);
    const [x, y] = await pixelOf(page, cell.centre);
    await page.mouse.move(x - 30, y - 30);
    await page.mouse.move(x, y, { steps: 4 });
    const tooltip = page.locator('[data-density-tooltip]');
    await expect.poll(() => tooltip.getAttribute('data-cell'), pollLimit).toBe(cell.id);
    expect(Number(await tooltip.getAttribute('data-count'))).toBe(cell.count);
    expect(await tooltip.textContent()).toContain(`本格 ${cell.count.toLocaleString()} 条定位`);
    await page.screenshot({ path: `${outputDir}/density-hover.png` });

    // a click pins it: moving off the cells keeps it
    await page.mouse.click(x, y);
    await page.mouse.move(x + 400, y - 300 < 10 ? y + 300 : y - 300);
    expect(await tooltip.isVisible()).toBe(true);

    // the year to date: a longer window, more positions, the API's summary
    await page.check('input[name="density-window"][value="ytd"]');
    await page.waitForSelector(`body[data-density-loaded="${asOf}/ytd"]`, { timeout: scaled(60_000) });
    await page.waitForSelector('[data-density-status="ready"]');
    const ytd = await getJson<MachineDensity>(page, `/api/machines/density?asOf=${asOf}&window=ytd`);
    expect(ytd.positions).toBeGreaterThan(api.positions);
    expect(await page.textContent('[data-density-summary]')).toContain(ytd.positions.toLocaleString('zh-CN'));
    await waitForMapIdle(page);
    await page.screenshot({ path: `${outputDir}/density-ytd.png` });

    // zoomed in, the cells carry their counts; still the API's at the busiest cell
    const busiest = busiestCell(ytd);
    await page.evaluate(
      (c) =>
        (window as unknown as { lantian: { map: { jumpTo(o: object): void } } }).lantian.map.jumpTo({
          center: c,
          zoom: 14,
        }),
      busiest.centre,
    );
    await waitForMapIdle(page);
    const [bx, by] = await pixelOf(page, busiest.centre);
    await page.mouse.move(bx + 5, by + 5);
    await page.mouse.move(bx, by, { steps: 3 });
    await expect.poll(() => tooltip.getAttribute('data-cell'), pollLimit).toBe(busiest.id);
    expect(Number(await tooltip.getAttribute('data-count'))).toBe(busiest.count);
    await page.screenshot({ path: `${outputDir}/density-street.png` });

    // off: no tooltip, no status, the URL without density=1
    await page.uncheck('[data-density-toggle]');
    await expect.poll(() => page.locator('[data-density-status]').count(), pollLimit).toBe(0);
    expect(await tooltip.isVisible()).toBe(false);
    expect(page.url()).not.toContain('density=1');
    expect(pageErrors).toEqual([]);
  });
});
