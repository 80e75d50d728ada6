import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { pollLimit, useConsoleHarness } from './console-harness.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);

describe('告警 in Chromium: the district dustfall alert and the 责任单位 label', () => {
  it('an inspector sees April’s district alert as 全区 and clicks it; task 16 reads 责任单位', async () => {
    const { page, pageErrors } = await harness.open('?v=alerts&at=2023-04-30T23:00', { as: 'inspector' });
    await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(30_000) });
    const row = '[data-alert-preview="district-dustfall-over-limit|140902"]';
    await page.waitForSelector(row, { timeout: scaled(30_000) });
    const text = (await page.textContent(row)) ?? '';
    expect(text).toMatch(/^全区 全区 · 2023-04：全区平均 \d+\.\d{2}（限值 7）/);
    const group = '[data-rule="district-dustfall-over-limit"]';
    expect(await page.textContent(`${group} summary`)).toContain('全区平均降尘量超过7吨/(平方公里·月)');
    expect(await page.textContent('[data-rule="dustfall-over-limit"] summary')).toContain('（乡镇级，本系统延伸）');
    await page.click(`${row} [data-hit-entity]`);
    // the district is no feature to select: nothing is selected, the drawer stays shut
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('sel')), pollLimit).toBe(null);
    expect(await page.isVisible('.drawer')).toBe(false);
    await captureScreenshot(page, { path: `${outputDir}/alerts-district.png` });

    await page.goto(`${harness.server.url}/?v=alerts`);
    // the group may be closed (more than 8 rows): attached is enough
    await page.waitForSelector('[data-rule="gate-not-networked"] [data-task-units]', {
      state: 'attached',
      timeout: scaled(30_000),
    });
    expect(await page.textContent('[data-rule="gate-not-networked"] [data-task-units]')).toBe(
      '责任单位：市生态环境局忻府分局、区交通局、区市场监管局',
    );
    expect(pageErrors).toEqual([]);
  });
});
