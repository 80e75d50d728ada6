import type { Page, Route } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';

vi.setConfig({ testTimeout: scaled(180_000) });

const outputDir = 'test-output/e2e/first-view';
const harness = useConsoleHarness(outputDir);

/** Every chunk holding maplibre-gl or deck.gl code: vite.config.ts puts the library's label in its name. */
const MAP_CODE = /\/assets\/(?:[\w-]+\.)*?(?:maplibre-gl|deck-gl)\.[^/]*\.js$/;

type Handle = {
  lantian: {
    legibility(): { zoom: number; symbols: number; clusters: unknown[]; labels: unknown[] } | null;
    map: { getZoom(): number };
  };
};

/** The painted canvas's counts, and the colour of its pixel at `[x, y]` CSS px (the canvas is at 1:1 here). */
const canvasState = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-first-view]');
    if (!canvas) return null;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const pixels = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97)
      colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return {
      symbols: Number(canvas.dataset.symbols),
      labels: Number(canvas.dataset.labels),
      clusters: Number(canvas.dataset.clusters),
      colours: colours.size,
      width: canvas.clientWidth,
      mapWidth: document.querySelector<HTMLElement>('.map')?.clientWidth ?? 0,
    };
  });

describe('the first view in 2D (issue 18)', () => {
  it('draws every layer before the map code, laid out as the WebGL map then does, and gives way to it', async () => {
    const { page, pageErrors } = await harness.newPage({ as: 'official' });
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (MAP_CODE.test(new URL(request.url()).pathname)) mapRequests.push(request.url());
    });
    // the map's code held back: the first view must not need it
    let release: (() => void) | undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = async (route: Route) => {
      await released;
      await route.continue();
    };
    await page.route(MAP_CODE, hold);
    await page.goto(`${harness.server.url}/?v=overview`);
    await page.waitForSelector('body[data-first-paint="true"]', { timeout: scaled(60_000) });
    const painted = await canvasState(page);
    expect(painted).not.toBeNull();
    // a picture, not a blank: the basemap, discs, icons and labels give many colours; it covers the map's box
    expect(painted?.colours).toBeGreaterThan(20);
    expect(painted?.width).toBe(painted?.mapWidth);
    expect(painted?.symbols).toBeGreaterThan(10);
    expect(painted?.clusters).toBeGreaterThan(0);
    expect(painted?.labels).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.body.dataset.layersDrawn)).toBeUndefined();
    await captureScreenshot(page, { path: `${outputDir}/painted-2d.png` });

    // the map's code arrives: the WebGL map lays out the same symbols and labels, then the picture goes
    release?.();
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    expect(mapRequests.length).toBeGreaterThan(0);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const drawn = (window as unknown as Handle).lantian.legibility();
            return drawn && { symbols: drawn.symbols, clusters: drawn.clusters.length, labels: drawn.labels.length };
          }),
        { timeout: scaled(30_000) },
      )
      .toEqual({ symbols: painted?.symbols, clusters: painted?.clusters, labels: painted?.labels });
    await page.waitForSelector('canvas[data-first-view]', { state: 'detached', timeout: scaled(30_000) });
    await captureScreenshot(page, { path: `${outputDir}/webgl.png` });
    expect(pageErrors).toEqual([]);
  });

  it('leaves a picture it does not draw (the concentration surface on) to the WebGL map', async () => {
    const { page, pageErrors } = await harness.newPage({ as: 'official' });
    await page.goto(`${harness.server.url}/?v=overview&surface=aqi`);
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    expect(await page.evaluate(() => document.body.dataset.firstPaint)).toBe('true');
    expect(await page.locator('canvas[data-first-view]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
