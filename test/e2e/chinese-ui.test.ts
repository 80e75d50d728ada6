import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { drawRectangle, useConsoleHarness, waitForMapIdle } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e/chinese-ui';
vi.setConfig({ testTimeout: scaled(300_000) });

const harness = useConsoleHarness(outputDir);

/**
 * Every text of the page a user can read: the rendered text (with every <details> opened and every <select>'s
 * options), placeholders, titles, aria-labels and alt texts.
 */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    // innerText, not textContent: what is rendered (no hidden elements, no script or style text)
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    const parts = [document.body.innerText];
    for (const option of document.querySelectorAll('option')) parts.push(option.textContent ?? '');
    for (const element of document.querySelectorAll('[placeholder], [title], [aria-label], [alt]'))
      for (const name of ['placeholder', 'title', 'aria-label', 'alt'])
        if (element.hasAttribute(name)) parts.push(element.getAttribute(name) ?? '');
    return parts.join('\n');
  });
}

/** The English words of what the page shows, each with the line it stands in. */
async function leaksOf(page: Page): Promise<string[]> {
  const text = await readableText(page);
  return text
    .split('\n')
    .filter((line) => englishLeaks(line).length > 0)
    .map((line) => `${englishLeaks(line).join(' ')}  ←  ${line.trim().slice(0, 160)}`);
}

async function openView(page: Page, view: string, shown: string): Promise<void> {
  await page.click(`.rail-item[data-view="${view}"]`);
  await page.waitForSelector(shown, { timeout: scaled(30_000) });
}

describe('the Chinese console', () => {
  it('shows no English on any view, drawer or result, as admin', async () => {
    const { page, pageErrors } = await harness.open('?v=overview', { as: 'admin' });
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    await waitForMapIdle(page);
    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      found[name] = await leaksOf(page);
      await captureScreenshot(page, { path: `${outputDir}/${name}.png` });
    };
    await check('overview');
    await openView(page, 'layers', '.layer-block');
    await check('layers');
    for (const selection of [
      'enterprises:E0001',
      'construction-sites:C0001',
      'villages:140902004204',
      'machines:M00001',
      'stations:3208A',
      'dustfall-points:D001',
      'townships:140902004',
      // issue 16's layers
      'built-up-area:BUA-PROVISIONAL',
      'vehicles:V000001',
      'checkpoints:CP01',
      'repair-shops:RS001',
      'muck-trucks:ZTC-007',
      'road-segments:RS-001',
      'stockyards:Y0001',
    ]) {
      await page.evaluate((sel) => {
        const url = new URL(window.location.href);
        url.searchParams.set('sel', sel);
        window.history.replaceState(null, '', url);
      }, selection);
      await page.reload();
      await page.waitForSelector('.drawer:not([hidden])', { timeout: scaled(30_000) });
      await check(`drawer-${selection.split(':')[0]}`);
    }
    // issue 17's layers: the first public report (its ticket) and fuel sample (its number), whatever the seed numbers
    for (const layer of ['public-reports', 'fuel-samples']) {
      const id = await page.evaluate(async (name) => {
        const res = await fetch(`/api/layers/${name}`, { credentials: 'same-origin' });
        return ((await res.json()) as { features: { id: string }[] }).features[0]?.id ?? null;
      }, layer);
      expect(id, `${layer} has features`).not.toBeNull();
      await page.evaluate((sel) => {
        const url = new URL(window.location.href);
        url.searchParams.set('sel', sel);
        window.history.replaceState(null, '', url);
      }, `${layer}:${id}`);
      await page.reload();
      await page.waitForSelector('.drawer:not([hidden])', { timeout: scaled(30_000) });
      await check(`drawer-${layer}`);
    }
    await page.keyboard.press('Escape');
    await openView(page, 'analysis', '[data-township-table]');
    await drawRectangle(page, [0.45, 0.4], [0.6, 0.55]);
    await check('analysis');
    await page.evaluate(() => {
      (document.querySelector('.panel') as HTMLElement).scrollTop = 400;
    });
    await openView(page, 'air', '[data-aq-evaluation]');
    // each view opens on its own, empty panel at its top: nothing of 分析 (built by hand) is left above it
    expect(await page.textContent('.panel')).not.toContain('区域统计');
    expect(await page.$eval('.panel', (panel) => panel.scrollTop)).toBe(0);
    await check('air');
    await openView(page, 'alerts', '[data-alert-total]');
    expect(await page.textContent('.panel')).not.toContain('区域统计');
    await check('alerts');
    await openView(page, 'routes', '[data-route-plan]');
    await page.click('[data-route-plan]');
    await page.waitForSelector('[data-route-summary], [data-route-error]', { timeout: scaled(60_000) });
    await check('routes');
    await openView(page, 'tasks', '.panel [data-task="17"]');
    await check('tasks');
    await openView(page, 'plan', '.panel [data-plan-text] [data-req]');
    await check('plan');
    await openView(page, 'data', '[data-section="report"]');
    await check('data');
    // 车辆扬尘 (issue 16): the built-up area's summary and every tab, once loaded
    await openView(page, 'dust', '[data-dust-section="vehicles"]');
    for (const tab of ['vehicles', 'checks', 'muck', 'roads', 'stockyards']) {
      await page.click(`.dust-view [data-tab="${tab}"]`);
      await page.waitForSelector(`[data-dust-section="${tab}"]`, { timeout: scaled(30_000) });
      await page.waitForFunction(() => !document.querySelector('.panel')?.textContent?.includes('正在加载'), null, {
        timeout: scaled(60_000),
      });
      await check(`dust-${tab}`);
    }
    // issue 17: 执法, 部门 and 台账 and each of their tabs, once loaded
    for (const [view, tabs] of [
      ['enforcement', ['cases', 'reports', 'visits', 'fuel']],
      ['departments', ['owners', 'leaders', 'plans', 'funds']],
      ['ledgers', ['energy', 'projects', 'carbon', 'materials']],
    ] as const) {
      await openView(page, view, `[data-${view}-view]`);
      for (const tab of tabs) {
        await page.click(`.${view}-view [data-tab="${tab}"]`);
        await page.waitForSelector(`[data-${view}-section="${tab}"]`, { timeout: scaled(30_000) });
        await page.waitForFunction(() => !document.querySelector('.panel')?.textContent?.includes('正在加载'), null, {
          timeout: scaled(60_000),
        });
        await check(`${view}-${tab}`);
      }
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
    expect(pageErrors).toEqual([]);
  });
});
