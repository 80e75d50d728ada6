import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openRecordedPage } from './browser.ts';
import { serveBuiltClient } from './serve-built-client.ts';

const outputDir = 'test-output/e2e';

/** Distinct colours in a PNG (sampled), decoded by the browser itself. */
async function distinctColours(page: Page, pngBase64: string): Promise<number> {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7) seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return seen.size;
  }, pngBase64);
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuiltClient>>;

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  [server, browser] = await Promise.all([serveBuiltClient(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('placeholder console in Chromium', () => {
  it('loads offline with no errors, draws the map and lists every layer with the API’s counts', async () => {
    const { page, pageErrors, consoleErrors, externalRequests } = await openRecordedPage(browser);
    await page.goto(server.url);
    await page.waitForSelector('#panel[data-ready="true"]', { timeout: 30_000 });
    await page.waitForSelector('body[data-map-loaded="true"]', { timeout: 30_000 });
    await page.waitForTimeout(1500); // let MapLibre draw the GeoJSON sources
    await page.screenshot({ path: `${outputDir}/placeholder-desktop.png` });

    const catalogue = (await (await fetch(`${server.url}/api/layers`)).json()) as { layers: { nameZh: string; featureCount: number }[] };
    const rows = await page.$$eval('#panel table:first-of-type tr', (trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent ?? '')));
    expect(rows.map((r) => [r[0], r[1]])).toEqual(catalogue.layers.map((l) => [l.nameZh, l.featureCount.toLocaleString('zh-CN')]));
    expect(await page.textContent('#panel')).toContain('≤ 35 µg/m³');

    // the map drew something besides its background: count the colours of a screenshot of it
    const png = (await page.locator('#map').screenshot()).toString('base64');
    const colours = await distinctColours(page, png);
    expect(colours).toBeGreaterThan(100); // a blank map gives 1, the drawn district ~2,000

    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it('shows a readable error, not a blank panel, when the API fails', async () => {
    const { page } = await openRecordedPage(browser);
    await page.route('**/api/plan', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal_error","message":"boom"}}' }));
    await page.goto(server.url);
    await page.waitForSelector('#panel .error', { timeout: 30_000 });
    expect(await page.textContent('#panel .error')).toMatch(/数据加载失败.*500 boom/);
  });

  it('fits a phone screen', async () => {
    const { page, pageErrors } = await openRecordedPage(browser, { width: 390, height: 844 });
    await page.goto(server.url);
    await page.waitForSelector('#panel[data-ready="true"]', { timeout: 30_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${outputDir}/placeholder-phone.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });
});
