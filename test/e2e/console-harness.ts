import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { launchBrowser, openRecordedPage, sessionCookie } from './browser.ts';
import { serveBuiltClient } from './serve-built-client.ts';

/** Limit for expect.poll on what the page shows (vitest's default is 1 s): Playwright's 30 s, scaled. */
export const pollLimit = { timeout: scaled(30_000) } as const;

/**
 * Waits until the console's map has settled: its style and sources loaded, no camera movement,
 * then two more animation frames, so deck.gl has drawn on top. The condition screenshots and
 * map clicks wait on (instead of a fixed delay).
 */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { lantian?: { map: { loaded(): boolean; isMoving(): boolean } } }).lantian?.map;
    return map?.loaded() === true && !map.isMoving();
  });
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Who a page is signed in as (a demo account or a session cookie), and its viewport. */
/**
 * Draws a rectangle with the analysis view's tool from one corner to the other (fractions of the
 * map's width and height) and waits for the area statistics it asks the server for.
 */
export async function drawRectangle(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  // under load the map (and the drawing tool with it) may still be starting: clicks before that are lost
  await waitForMapIdle(page);
  await page.click('[data-tool="rectangle"]');
  await page.waitForSelector('body[data-drawing="true"]', { timeout: scaled(30_000) });
  const box = (await page.locator('.map').boundingBox())!;
  await page.mouse.click(box.x + box.width * from[0], box.y + box.height * from[1]);
  await page.mouse.move(box.x + box.width * to[0], box.y + box.height * to[1], { steps: 5 });
  await page.mouse.click(box.x + box.width * to[0], box.y + box.height * to[1]);
  await page.waitForSelector('[data-area-stats][data-ready="true"] [data-stat="area"]', { timeout: scaled(30_000) });
}

export interface PageOptions {
  as?: string;
  cookie?: string;
  viewport?: { width: number; height: number };
}

/** What a real-browser suite works with once its hooks have run. */
export interface ConsoleHarness {
  readonly server: Awaited<ReturnType<typeof serveBuiltClient>>;
  readonly browser: Browser;
  /**
   * A recorded page (see openRecordedPage), closed after the test, signed in as the demo account
   * `as` (or with the session cookie `cookie`); not navigated yet.
   */
  newPage(options?: PageOptions): ReturnType<typeof openRecordedPage>;
  /** newPage, at `query` of the console. */
  open(query: string, options?: PageOptions): ReturnType<typeof openRecordedPage>;
}

/**
 * Registers a suite's hooks: the built client served on a seeded demo database and one Chromium
 * for the suite, screenshots under `outputDir`, and every page closed after its test.
 */
export function useConsoleHarness(outputDir: string): ConsoleHarness {
  let server: ConsoleHarness['server'] | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    mkdirSync(outputDir, { recursive: true });
    [server, browser] = await Promise.all([serveBuiltClient(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the console harness is used before its beforeAll ran');
    return value;
  };
  const harness: ConsoleHarness = {
    get server() {
      return ready(server);
    },
    get browser() {
      return ready(browser);
    },
    async newPage({ as, cookie, viewport } = {}) {
      const url = harness.server.url;
      const value = cookie ?? (as ? await sessionCookie(url, as) : undefined);
      const recorded = await openRecordedPage(harness.browser, viewport, value ? { url, cookie: value } : undefined);
      pages.push(recorded.page);
      return recorded;
    },
    async open(query, options) {
      const recorded = await harness.newPage(options);
      await recorded.page.goto(`${harness.server.url}/${query}`);
      return recorded;
    },
  };
  return harness;
}
