import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { AQI_LEVELS } from '../../server/aq/aqi-level.ts';
import type { AirSurface } from '../../server/schema/air-surface.ts';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e/air-surface';
vi.setConfig({ testTimeout: scaled(240_000) });

const harness = useConsoleHarness(outputDir);
/** The cells' fill opacity (client/layers/air-surface/air-surface-layers.ts AIR_SURFACE_ALPHA). */
const ALPHA = 140 / 255;

type Rgb = [number, number, number];
interface Handle {
  lantian: {
    map: { jumpTo(options: { center: [number, number]; zoom: number }): void };
    project(lon: number, lat: number): { x: number; y: number };
  };
}

async function surfaceOf(page: Page, query: string): Promise<AirSurface> {
  return page.evaluate(async (q) => (await fetch(`/api/air/surface?${q}`)).json(), query) as Promise<AirSurface>;
}

/** The mean colour of the 5 × 5 pixels around a map position, from a screenshot decoded by the browser itself. */
async function colourAt(page: Page, lon: number, lat: number): Promise<Rgb> {
  const point = await page.evaluate(
    ([x, y]) => {
      const p = (window as unknown as Handle).lantian.project(x!, y!);
      const box = document.querySelector('.map')!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [lon, lat],
  );
  const png = await page.screenshot({ clip: { x: point.x - 2, y: point.y - 2, width: 5, height: 5 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const sum = [0, 0, 0];
    for (let i = 0; i < pixels.length; i += 4) for (let c = 0; c < 3; c += 1) sum[c]! += pixels[i + c]!;
    const n = pixels.length / 4;
    return [sum[0]! / n, sum[1]! / n, sum[2]! / n] as Rgb;
  }, png.toString('base64'));
}

/** The level (1–6) whose colour is nearest to `rgb`. */
function nearestLevel(rgb: Rgb): number {
  let best = { level: 0, distance: Infinity };
  for (const band of AQI_LEVELS) {
    const distance = Math.hypot(...band.rgb.map((v, i) => v - rgb[i]!));
    if (distance < best.distance) best = { level: band.level, distance };
  }
  return best.level;
}

describe('污染浓度面 in Chromium', () => {
  it('draws the hour’s surface with its method and stations, and follows the time slider', async () => {
    const { page, pageErrors } = await harness.open('?v=air&surface=aqi&at=2023-01-15T09:00', { as: 'admin' });
    await page.waitForSelector('body[data-surface-hour="2023-01-15T09:00"]', { timeout: scaled(60_000) });
    const card = page.locator('.air-surface-control [data-surface-card]');
    await card.waitFor({ timeout: scaled(30_000) });
    expect(await card.getAttribute('data-hour')).toBe('2023-01-15T09:00');
    expect(await card.locator('[data-surface-method]').textContent()).toContain('反距离加权插值（IDW，幂 2）');
    expect(await card.locator('[data-surface-method]').textContent()).toContain('本控制台约定');
    expect(Number(await card.locator('[data-surface-used]').getAttribute('data-surface-used'))).toBeGreaterThan(10);
    expect(await card.locator('[data-surface-excluded] li[data-station="2180A"]').textContent()).toContain('已停运');
    expect(await card.locator('[data-surface-hour-text]').textContent()).toBe(
      '时段 2023-01-15 08:00–09:00（北京时间）',
    );
    const legend = await page.$$eval('.air-surface-control [data-surface-band]', (items) =>
      items.map((li) => li.textContent),
    );
    expect(legend).toEqual([
      '一级 优 0–50',
      '二级 良 50–100',
      '三级 轻度 100–150',
      '四级 中度 150–200',
      '五级 重度 200–300',
      '六级 严重 > 300',
    ]);
    await waitForMapIdle(page);
    await captureScreenshot(page, { path: `${outputDir}/surface-aqi-2023-01-15T09.png` });

    // slider position i is the hour ending at 1 January 01:00 + i hours (China Standard Time)
    await page.locator('[data-time-slider]').fill('4000');
    await page.waitForSelector('body[data-surface-hour="2023-06-16T17:00"]', { timeout: scaled(60_000) });
    await expect.poll(() => card.getAttribute('data-hour'), pollLimit).toBe('2023-06-16T17:00');
    await waitForMapIdle(page);
    await captureScreenshot(page, { path: `${outputDir}/surface-aqi-2023-06-16T17.png` });
    expect(pageErrors).toEqual([]);
  });

  it('draws at a station the colour of that station’s band', async () => {
    const query = 'asOf=2023-01-15T09:00&metric=pm25';
    const { page, pageErrors } = await harness.open('?v=layers&l=&surface=pm25&at=2023-01-15T09:00', {
      as: 'admin',
    });
    await page.waitForSelector('body[data-surface-hour="2023-01-15T09:00"]', { timeout: scaled(60_000) });
    const surface = await surfaceOf(page, query);
    const { west, south, cellLon, cellLat } = surface.grid;
    // a micro-station shown by its own cell, far from any wind arrow, nearest its cell's middle
    const candidates = surface.stations.used
      .filter((s) => s.kind === 'micro')
      .map((s) => {
        const fx = (s.position[0] - west) / cellLon;
        const fy = (s.position[1] - south) / cellLat;
        const cell = surface.cells.find((c) => c.col === Math.floor(fx) && c.row === Math.floor(fy));
        const windKm = Math.min(
          ...surface.wind.map((w) =>
            Math.hypot((w.position[0] - s.position[0]) * 87, (w.position[1] - s.position[1]) * 111),
          ),
        );
        const margin = Math.min(fx % 1, 1 - (fx % 1), fy % 1, 1 - (fy % 1));
        return { station: s, cell, windKm, margin };
      })
      .filter((c) => c.cell?.station === c.station.code && c.cell.value === c.station.value && c.windKm > 6)
      .sort((a, b) => b.margin - a.margin);
    const chosen = candidates[0];
    expect(chosen, 'a micro-station alone in its cell').toBeDefined();
    const [lon, lat] = chosen!.station.position;
    await page.evaluate(
      ([x, y]) => (window as unknown as Handle).lantian.map.jumpTo({ center: [x!, y!], zoom: 12 }),
      [lon, lat],
    );
    await waitForMapIdle(page);
    await captureScreenshot(page, { path: `${outputDir}/surface-pm25-station-${chosen!.station.code}.png` });
    const on = await colourAt(page, lon, lat);

    await page.selectOption('.layer-block [data-surface-metric]', '');
    await page.waitForFunction(() => document.body.dataset.surfaceHour === undefined, undefined, pollLimit);
    await waitForMapIdle(page);
    const off = await colourAt(page, lon, lat);
    // the cell's colour: what was drawn over the basemap at the cells' opacity, un-blended
    const drawn = on.map((v, i) => (v - (1 - ALPHA) * off[i]!) / ALPHA) as Rgb;
    expect(nearestLevel(drawn), `drawn ${drawn.map(Math.round).join(',')} over ${off.map(Math.round).join(',')}`).toBe(
      chosen!.station.level,
    );
    expect(pageErrors).toEqual([]);
  });
});
