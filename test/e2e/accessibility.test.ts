import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot, sessionCookie } from './browser.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';
import { everyView, waitForView } from './every-view.ts';

const outputDir = 'test-output/e2e/accessibility';
vi.setConfig({ testTimeout: scaled(600_000) });

const harness = useConsoleHarness(outputDir);
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
let admin = '';
beforeAll(async () => {
  admin = await sessionCookie(harness.server.url, 'admin');
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it is; prints every violation and
 * returns the serious and critical ones, each as `rule: selector — what fails`.
 */
async function axe(page: Page, name: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe.run;
    const result = (await run(document, { resultTypes: ['violations'] })) as { violations: unknown[] };
    return result.violations;
  });
  const found = violations as Violation[];
  for (const v of found)
    console.log(
      `[axe ${name}] ${v.impact} ${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
    );
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    );
}

describe('accessibility (axe-core) in Chromium', () => {
  it('every view of the console, as admin, has no serious or critical violation', async () => {
    const { page, pageErrors } = await harness.open('?v=overview', { cookie: admin });
    await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(60_000) });
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    await waitForMapIdle(page);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const found: Record<string, string[]> = {};
    for (const [view, ready] of everyView) {
      await page.click(`.rail-item[data-view="${view}"]`);
      await waitForView(page, view, ready);
      found[view] = await axe(page, view);
    }
    // the details drawer and the settings popover open
    await page.fill('[data-search]', '庄磨');
    await page.press('[data-search]', 'Enter');
    await page.waitForSelector('.drawer:not([hidden]) [data-details-title]');
    await page.click('[data-action="settings"]');
    found['drawer and settings'] = await axe(page, 'drawer and settings');
    await captureScreenshot(page, { path: `${outputDir}/drawer-settings.png` });
    // English: lang follows the language
    await page.keyboard.press('Escape');
    await page.click('[data-action="language"]');
    await expect.poll(() => page.getAttribute('html', 'lang'), pollLimit).toBe('en');
    found.english = await axe(page, 'english');
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    expect(pageErrors).toEqual([]);
  });

  it('the sign-in page and the public report page have no serious or critical violation', async () => {
    const { page } = await harness.open('');
    await page.waitForSelector('[data-login]');
    const signIn = await axe(page, 'sign-in');
    await captureScreenshot(page, { path: `${outputDir}/sign-in.png` });
    await page.goto(`${harness.server.url}/report.html`);
    await page.waitForSelector('.public-report form', { timeout: scaled(30_000) });
    const report = await axe(page, 'public report');
    expect({ signIn, report }).toEqual({ signIn: [], report: [] });
  });

  it('keyboard: Tab reaches the rail, Enter opens 告警, Esc closes the drawer and focus returns', async () => {
    const { page } = await harness.open('?v=overview', { cookie: admin });
    await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(60_000) });
    // Tab from the start of the page until the focus is on a rail item (the top bar's controls come first)
    let reached = '';
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() =>
        document.activeElement?.closest('.rail') ? (document.activeElement.getAttribute('data-view') ?? '') : '',
      );
    }
    expect(reached).toBe('overview');
    // the focus ring is drawn (focus-visible, a solid outline of ≥ 2 px)
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), color: style.outlineColor };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < 10 && reached !== 'alerts'; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-view') ?? '');
    }
    expect(reached).toBe('alerts');
    await page.keyboard.press('Enter');
    await waitForView(page, 'alerts', '.panel [data-alert-total]');
    expect(await page.getAttribute('.rail-item[data-view="alerts"]', 'aria-current')).toBe('page');
    // a record opened from the search: the focus moves into the drawer; Esc closes it and the focus comes back
    await page.focus('[data-search]');
    await page.keyboard.type('庄磨');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.drawer:not([hidden]) [data-details-title]');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.drawer')), pollLimit).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isHidden('.drawer'), pollLimit).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-search')), pollLimit)
      .toBe('');
    // the settings popover: Enter opens it, Esc closes it and the focus is back on its button
    await page.focus('[data-action="settings"]');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.popover')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('.popover')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('settings');
  });
});
