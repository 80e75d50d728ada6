import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { routePolicies } from '../../server/auth/route-policy.ts';
import { routeDocKey } from '../../server/openapi/build-document.ts';
import { seedDemoAccounts } from '../../server/services/seed-demo-accounts.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot, launchBrowser, openRecordedPage, sessionCookie } from './browser.ts';

const outputDir = 'test-output/e2e/openapi';
vi.setConfig({ testTimeout: scaled(180_000), hookTimeout: scaled(180_000) });

/** Every CSP violation of the page, from the first byte (an init script). */
async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe('the API reference page, signed in (issue 18)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  let server: ServerType;
  let url: string;
  let browser: Browser;

  // the page needs the API only (no client build): the server alone, on a small seeded database with the demo accounts
  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    seeded = createSeededDbFile({ scale: 0.25 });
    await seedDemoAccounts(seeded.db, 4, new Date());
    const app = createApp({ db: seeded.db });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    seeded?.dispose();
  });

  it('lists every operation, opens one with its parameters, offline and within the CSP', async () => {
    const cookie = await sessionCookie(url, 'official');
    const { page, pageErrors, consoleErrors, externalRequests } = await openRecordedPage(
      browser,
      { width: 1366, height: 900 },
      { url, cookie },
    );
    const cspViolations = await recordCspViolations(page);
    const response = await page.goto(`${url}/api/docs`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('接口参考 · 蓝天 API');
    // the resources come collapsed (168 operations open at once are more than Swagger UI renders): every resource is
    // listed, and opening each in turn lists its operations; together they are the policy table's routes
    await page.waitForSelector('.opblock-tag');
    const expected = [...new Set(routePolicies.map((policy) => routeDocKey(policy)))];
    const tags = page.locator('.opblock-tag');
    const tagCount = await tags.count();
    expect(tagCount).toBeGreaterThan(20);
    const listed: string[] = [];
    for (let i = 0; i < tagCount; i++) {
      const tag = tags.nth(i);
      await tag.click();
      await page.waitForSelector('.opblock');
      listed.push(
        ...(await page.$$eval('.opblock', (blocks) =>
          blocks.map((block) => {
            const method = block.querySelector('.opblock-summary-method')?.textContent?.trim() ?? '';
            const path = block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? '';
            return `${method} ${path}`;
          }),
        )),
      );
      await tag.click();
      await expect.poll(() => page.locator('.opblock').count()).toBe(0);
    }
    expect(listed.sort()).toEqual(expected.sort());
    // the resources' names are Chinese first
    expect(await page.locator('.opblock-tag').first().textContent()).toMatch(/[\u4e00-\u9fff]/);

    // open the map layers, then GET /api/layers/{id}: its summary, access and parameters
    await page.locator('.opblock-tag[data-tag="地图图层"]').click();
    const layers = page.locator('.opblock-get:has(.opblock-summary-path[data-path="/api/layers/{id}"])');
    await layers.locator('.opblock-summary').first().click();
    await layers.locator('.parameters').first().waitFor();
    const opened = (await layers.textContent()) ?? '';
    expect(opened).toContain('一个图层的要素');
    expect(opened).toContain('read');
    expect(opened).toContain('township');
    await layers.scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/reference-layers.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    await captureScreenshot(page, { path: `${outputDir}/reference-top.png` });

    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await page.close();
  });

  it('answers an anonymous visitor 401 (the page and the description)', async () => {
    const { page } = await openRecordedPage(browser);
    for (const path of ['/api/docs', '/api/openapi.json']) {
      const response = await page.goto(`${url}${path}`);
      expect(response?.status(), path).toBe(401);
    }
    await page.close();
  });
});
