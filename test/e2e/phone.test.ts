import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot, sessionCookie } from './browser.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';
import { everyView, waitForView } from './every-view.ts';

const outputDir = 'test-output/e2e/phone';
vi.setConfig({ testTimeout: scaled(300_000) });

const harness = useConsoleHarness(outputDir);
let admin = '';
beforeAll(async () => {
  admin = await sessionCookie(harness.server.url, 'admin');
});
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** The console on a 390×844 phone (touch, mobile viewport), signed in as admin, at `query`. */
async function openPhone(query = ''): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await harness.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
  });
  contexts.push(context);
  await context.addCookies([
    { name: 'lantian_session', value: admin, url: harness.server.url, httpOnly: true, sameSite: 'Strict' },
  ]);
  const page = await context.newPage();
  page.setDefaultTimeout(scaled(30_000));
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${harness.server.url}/${query}`);
  await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(60_000) });
  await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
  return { page, pageErrors };
}

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
};

describe('the console on a phone (390×844)', () => {
  it('the top chrome: one line, ≤ 56 px with the banner; the banner closes for the session; the menu', async () => {
    const { page, pageErrors } = await openPhone('?v=overview');
    const banner = await box(page, '[data-demo-banner]');
    const bar = await box(page, '.top-bar');
    expect(banner.y).toBe(0);
    // the whole top chrome: the demo banner's line and the top bar's
    expect(bar.y + bar.height).toBeLessThanOrEqual(56);
    // one line: the title (short), the 演示 badge, the as-of, 实时, search and menu icons side by side
    for (const selector of [
      '.top-bar h1',
      '.top-bar .badge',
      '[data-as-of]',
      '[data-action="search"]',
      '[data-action="menu"]',
    ]) {
      const b = await box(page, selector);
      expect(b.y, selector).toBeGreaterThanOrEqual(bar.y);
      expect(b.y + b.height, selector).toBeLessThanOrEqual(bar.y + bar.height + 0.5);
      expect(b.x + b.width, selector).toBeLessThanOrEqual(390);
    }
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.top-bar h1')!, '::before').content),
    ).toBe('"蓝天"');
    // the full title stays the heading's text, for a screen reader
    expect(await page.textContent('.top-bar h1')).toBe('蓝天 · 忻府区大气环境监管');
    await captureScreenshot(page, { path: `${outputDir}/overview.png` });

    // the menu holds the rest: language, share, settings, the user
    expect(await page.isVisible('[data-action="language"]')).toBe(false);
    await page.tap('[data-action="menu"]');
    expect(await page.getAttribute('[data-action="menu"]', 'aria-expanded')).toBe('true');
    for (const action of ['language', 'share', 'settings', 'sign-out'])
      expect(await page.isVisible(`.top-actions [data-action="${action}"]`), action).toBe(true);
    await captureScreenshot(page, { path: `${outputDir}/menu.png` });
    await page.keyboard.press('Escape');
    expect(await page.isVisible('[data-action="language"]')).toBe(false);

    // the search: an icon that expands over the bar, a result opens the details
    await page.tap('[data-action="search"]');
    expect(await page.isVisible('[data-search]')).toBe(true);
    await page.fill('[data-search]', '庄磨');
    await page.press('[data-search]', 'Enter');
    await page.waitForSelector('.drawer:not([hidden]) [data-details-title]');
    expect(await page.isVisible('[data-search]')).toBe(false);

    // × closes the banner for the session (a reload keeps it closed); the 演示 badge stays
    await page.tap('[data-action="close-banner"]');
    expect(await page.isHidden('[data-demo-banner]')).toBe(true);
    await page.reload();
    await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(60_000) });
    expect(await page.isHidden('[data-demo-banner]')).toBe(true);
    expect(await page.textContent('.top-bar .badge')).toContain('演示数据');
    expect((await box(page, '.top-bar')).y).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('every view opens from the tab bar (five tabs and 更多), marked with aria-current', async () => {
    const { page, pageErrors } = await openPhone('?v=overview');
    // left to right: the inspector's day first (ui.md), then 更多
    const tabs = await page.$$eval('.rail-item, .rail-more', (els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x)
        .map((e) => e.getAttribute('data-view') ?? e.textContent),
    );
    expect(tabs).toEqual(['overview', 'routes', 'alerts', 'air', 'layers', '▴ 更多']);
    const bar = await box(page, '.rail');
    expect(bar.y + bar.height).toBeLessThanOrEqual(844);
    expect(bar.x + bar.width).toBeLessThanOrEqual(390);
    for (const [view, ready] of everyView) {
      const shown = await page.isVisible(`.rail-item[data-view="${view}"]`);
      if (!shown) {
        await page.tap('[data-action="more-views"]');
        expect(await page.getAttribute('[data-action="more-views"]', 'aria-expanded')).toBe('true');
      }
      const item = await box(page, `.rail-item[data-view="${view}"]`);
      expect(item.x + item.width, view).toBeLessThanOrEqual(390.5);
      expect(item.y + item.height, view).toBeLessThanOrEqual(844);
      await page.tap(`.rail-item[data-view="${view}"]`);
      await waitForView(page, view, ready);
      // the chosen view stays visible in the bar, and 更多 has closed
      expect(await page.isVisible(`.rail-item[data-view="${view}"][aria-current="page"]`), view).toBe(true);
      expect(await page.getAttribute('[data-action="more-views"]', 'aria-expanded')).toBe('false');
      expect(await page.$$eval('[aria-current="page"]', (els) => els.length)).toBe(1);
      if (view === 'alerts' || view === 'enforcement') {
        await waitForMapIdle(page);
        await captureScreenshot(page, { path: `${outputDir}/${view}.png` });
      }
    }
    expect(pageErrors).toEqual([]);
  });

  it('the bottom sheet drags to each of its three heights, by mouse and keyboard', async () => {
    const { page } = await openPhone('?v=overview');
    const sheetHeight = async () => (await box(page, '.sheet')).height;
    const state = () => page.getAttribute('.sheet', 'data-sheet');
    expect(await state()).toBe('half');
    const frame = await box(page, '.map-wrap');
    // drags the handle by `dy` px (negative: up) in steps, then lifts, with the mouse: the sheet listens to pointer
    // events, which a finger gives as well; touch itself is not exercised here
    const drag = async (dy: number) => {
      const handle = await box(page, '[data-sheet-handle]');
      const x = handle.x + handle.width / 2;
      const y = handle.y + handle.height / 2;
      // the pointer stays on the screen: a drag "to the top" ends 2 px below its edge
      dy = Math.max(2, Math.min((page.viewportSize()?.height ?? 844) - 2, y + dy)) - y;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 8; i++) await page.mouse.move(x, y + (dy * i) / 8);
      await page.waitForTimeout(150); // a slow release: snaps to the nearest height, no flick
      await page.mouse.up();
    };
    // half → full (up to the top), full → peek (down to the bottom), peek → half (a bit up)
    await drag(-frame.height);
    await expect.poll(state, pollLimit).toBe('full');
    await expect.poll(sheetHeight, pollLimit).toBeCloseTo(frame.height, 0);
    await captureScreenshot(page, { path: `${outputDir}/sheet-full.png` });
    await drag(frame.height);
    await expect.poll(state, pollLimit).toBe('peek');
    await expect.poll(sheetHeight, pollLimit).toBeLessThan(frame.height * 0.25);
    await captureScreenshot(page, { path: `${outputDir}/sheet-peek.png` });
    await drag(-frame.height * 0.35);
    await expect.poll(state, pollLimit).toBe('half');
    await expect.poll(sheetHeight, pollLimit).toBeCloseTo(frame.height * 0.48, -1);
    // the handle is a button: Enter and Space cycle the heights, its name says which
    await page.focus('[data-sheet-handle]');
    expect(await page.getAttribute('[data-sheet-handle]', 'aria-label')).toContain('半屏');
    await page.keyboard.press('Enter');
    await expect.poll(state, pollLimit).toBe('full');
    await page.keyboard.press(' ');
    await expect.poll(state, pollLimit).toBe('peek');
    expect(await page.getAttribute('[data-sheet-handle]', 'aria-label')).toContain('收起');
    await page.keyboard.press('ArrowUp');
    await expect.poll(state, pollLimit).toBe('half');
  });
});
