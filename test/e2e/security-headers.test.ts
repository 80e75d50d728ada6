import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { drawRectangle, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e';
// Real-browser tests share two cores with the rest of the suite: a whole scenario may take longer than a unit test.
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);

/** A 1×1 PNG: what the stubbed online basemaps answer (the tests run offline). */
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/**
 * Records every CSP violation of the page: the `securitypolicyviolation` events of each document
 * (an init script, so from the first byte) and console messages about the Content Security Policy.
 */
async function recordCspViolations(page: Page): Promise<{ events: () => Promise<string[]>; messages: string[] }> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) messages.push(message.text());
  });
  return {
    events: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    messages,
  };
}

/** Answers the online basemaps' tile requests with a PNG and counts them by host. */
async function stubBasemaps(page: Page): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await page.route(/^https:\/\/(tile\.openstreetmap\.org|t\d\.tianditu\.gov\.cn)\//, (route) => {
    const host = new URL(route.request().url()).hostname.replace(/^t\d\./, '');
    counts.set(host, (counts.get(host) ?? 0) + 1);
    return route.fulfill({
      status: 200,
      contentType: 'image/png',
      headers: { 'access-control-allow-origin': '*' },
      body: TILE_PNG,
    });
  });
  return counts;
}

/** Clicks a view in the rail and waits for what it shows. */
async function openView(page: Page, view: string, shown: string): Promise<void> {
  await page.click(`.rail-item[data-view="${view}"]`);
  await page.waitForSelector(shown, { timeout: scaled(30_000) });
}

describe('Content-Security-Policy in Chromium', () => {
  it(
    'the console signs in, opens every view, draws an area ' + 'and shows the online basemaps with no CSP violation',
    async () => {
      const { page, pageErrors } = await harness.newPage();
      const csp = await recordCspViolations(page);
      const tiles = await stubBasemaps(page);
      const response = await page.goto(`${harness.server.url}/?v=layers`);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

      // sign in through the form: a same-origin POST whose Origin the server checks
      await page.waitForSelector('[data-login]');
      await page.click('[data-demo-account="admin"]');
      await page.click('[data-login] button[type="submit"]');
      await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(30_000) });
      await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(30_000) });
      await waitForMapIdle(page);

      await openView(page, 'overview', '.rail-item.active[data-view="overview"]');
      await openView(page, 'air', '[data-aq-evaluation]');
      await openView(page, 'alerts', '[data-alert-total]');
      await openView(page, 'tasks', '.panel [data-task="17"]');
      await openView(page, 'plan', '.panel [data-plan-text] [data-req]');
      await openView(page, 'routes', '[data-route-plan]');
      await openView(page, 'data', '[data-section="report"]');
      await openView(page, 'analysis', '[data-township-table]');
      // a drawn rectangle: deck.gl and MapLibre redraw, and the area statistics are a POST
      await drawRectangle(page, [0.45, 0.4], [0.6, 0.55]);
      await openView(page, 'layers', '.layer-block');
      await waitForMapIdle(page);
      expect(await csp.events(), 'the views').toEqual([]); // each navigation starts a new list

      // the online basemaps (stubbed): their tiles are fetched and drawn, not blocked
      for (const [basemap, host] of [
        ['osm', 'tile.openstreetmap.org'],
        ['tianditu-vec', 'tianditu.gov.cn'],
      ] as const) {
        await page.goto(`${harness.server.url}/?v=layers&bm=${basemap}`);
        await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(30_000) });
        await waitForMapIdle(page);
        expect(tiles.get(host) ?? 0, host).toBeGreaterThan(0);
        expect(await csp.events(), basemap).toEqual([]);
      }

      expect(await csp.events()).toEqual([]);
      expect(csp.messages).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
  );
});
