import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';

vi.setConfig({ testTimeout: scaled(240_000) });

const outputDir = 'test-output/e2e/bundle';
const harness = useConsoleHarness(outputDir);

/** The heavy libraries, by the label vite.config.ts puts in the name of every chunk holding any of their code. */
const MAP_CODE = /maplibre-gl|deck-gl|echarts|terra-draw/;

/**
 * The 空气质量 view's chunk, whatever library labels vite.config.ts puts before its name (ECharts is bundled into
 * it: `echarts.air-view-<hash>.js`).
 */
const AIR_VIEW_CHUNK = /\/assets\/(?:[\w-]+\.)*air-view-[^/.]*\.js$/;

/** The globals the map code defines when it runs (deck.gl, luma.gl) and the console's own. */
const mapGlobals = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    return { deck: g.deck !== undefined, luma: g.luma !== undefined, lantian: g.lantian !== undefined };
  });

/** Waits until the panel shows `view` with its code loaded and mounted. */
const viewShown = (page: Page, view: string) =>
  page.waitForSelector(`.panel[data-view="${view}"][data-ready="true"]`, { timeout: scaled(60_000) });

describe('the split bundle in Chromium', () => {
  it('the sign-in page loads no map code; the console, signed in from it, opens every view on demand', async () => {
    const { page, pageErrors } = await harness.newPage();
    const assets: string[] = []; // every /assets/ file requested, in order (the page's and its workers')
    page.context().on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/assets/')) assets.push(pathname.slice('/assets/'.length));
    });

    // signed out: the sign-in page, and nothing of maplibre-gl, deck.gl, echarts or terra-draw
    await page.goto(`${harness.server.url}/`);
    await page.waitForSelector('form[data-login] input[data-login-username]');
    await page.waitForLoadState('networkidle');
    expect(assets.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(0);
    expect(assets.filter((file) => MAP_CODE.test(file) || file.includes('console-entry'))).toEqual([]);
    expect(await mapGlobals(page)).toEqual({ deck: false, luma: false, lantian: false });
    const signInAssets = assets.length;
    await captureScreenshot(page, { path: `${outputDir}/sign-in.png` });

    // signing in loads the console's code: the map libraries, by chunk name and by their globals
    await page.click('[data-demo-account="admin"]');
    await page.click('form[data-login] button[type="submit"]');
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    await viewShown(page, 'overview');
    const initial = assets.slice(signInAssets);
    expect(initial.some((file) => file.startsWith('maplibre-gl.'))).toBe(true);
    expect(initial.some((file) => file.startsWith('deck-gl.'))).toBe(true);
    expect(await mapGlobals(page)).toEqual({ deck: true, luma: true, lantian: true });
    // the charts and the drawing tool are not part of the first view
    expect(initial.filter((file) => /echarts|terra-draw/.test(file))).toEqual([]);

    // a view left before its code arrives is not mounted: 空气质量's code held back while 告警 opens
    let releaseAir: (() => void) | undefined;
    const airHeld = new Promise<void>((resolve) => {
      releaseAir = resolve;
    });
    let airRequests = 0;
    const holdAir = async (route: Route) => {
      airRequests += 1;
      await airHeld;
      await route.continue();
    };
    await page.route(AIR_VIEW_CHUNK, holdAir);
    await page.click('.rail-item[data-view="air"]');
    await page.waitForSelector('.panel[data-view="air"] [data-view-loading="air"]');
    await expect.poll(() => airRequests, { timeout: scaled(10_000) }).toBe(1); // the chunk is the one held back
    await captureScreenshot(page, { path: `${outputDir}/view-loading.png` });
    await page.click('.rail-item[data-view="alerts"]');
    await viewShown(page, 'alerts');
    const airArrived = page.waitForResponse(AIR_VIEW_CHUNK);
    releaseAir?.();
    await airArrived;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200))); // its module runs, then nothing
    expect(await page.getAttribute('.panel', 'data-view')).toBe('alerts');
    expect(await page.locator('.panel [data-aq-scope]').count()).toBe(0);
    expect(await page.locator('.panel [data-view-loading]').count()).toBe(0);
    await page.unroute(AIR_VIEW_CHUNK, holdAir);

    // every rail item once: its view's code arrives and the view mounts
    const views = await page.$$eval('.rail-item:not([disabled])', (buttons) =>
      buttons.map((b) => b.getAttribute('data-view') ?? ''),
    );
    expect(views).toEqual(expect.arrayContaining(['overview', 'layers', 'analysis', 'air', 'data', 'routes']));
    for (const view of views) {
      const before = assets.length;
      await page.click(`.rail-item[data-view="${view}"]`);
      await viewShown(page, view);
      expect(await page.locator('.panel [data-view-loading], .panel [data-view-failed]').count()).toBe(0);
      if (view === 'analysis') expect(assets.slice(before).some((file) => file.includes('terra-draw'))).toBe(true);
    }
    // the admin panels of 数据 arrive on demand too
    await page.waitForSelector('[data-section="users"] *', { timeout: scaled(30_000) });
    await page.waitForSelector('[data-section="audit"] *', { timeout: scaled(30_000) });

    // every chunk of echarts (once the charts use it) is reachable only through views: never in the first load
    const built = readdirSync(join(harness.server.clientDir, 'assets'));
    expect(built.filter((file) => file.startsWith('maplibre-gl.')).length).toBeGreaterThan(0);
    expect(
      built.filter((file) => /echarts/.test(file) && [...assets.slice(0, signInAssets), ...initial].includes(file)),
    ).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
