import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e/city-indicators';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);
const viewport = { width: 1440, height: 900 };

describe('市下达年度约束性指标 in Chromium (requirement G1/G2)', () => {
  it('总览 lists the synthetic 2023 indicators under the plan’s targets, marked 合成, and their standing', async () => {
    const { page, pageErrors } = await harness.open('?v=overview', { as: 'official', viewport });
    await page.waitForSelector('[data-city-indicators="synthetic"]', { timeout: scaled(60_000) });
    const block = (await page.textContent('[data-city-indicators]')) ?? '';
    expect(block).toContain('市下达2023年度约束性指标');
    expect(block).toContain('合成');
    expect(block).toContain('排放总量约束（');
    expect(block).toContain('在线监测排放量（仅重点排放口，年初至今）');
    expect(await page.$$eval('[data-city-indicators] [data-city-target]', (els) => els.length)).toBe(7);
    expect(englishLeaks(block)).toEqual([]);
    await page.locator('[data-city-indicators]').scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/overview.png` });
    expect(pageErrors).toEqual([]);
  });

  it('空气质量 shows a 市下达 line under each plan target, within the panel, and the source below', async () => {
    const { page, pageErrors } = await harness.open('?v=air', { as: 'official', viewport });
    await page.waitForSelector('[data-aq-evaluation]', { timeout: scaled(60_000) });
    expect(await page.textContent('[data-city-row="PM2.5"]')).toMatch(/^市下达 ≤ 38(达标|临界|超标)$/);
    await captureScreenshot(page, { path: `${outputDir}/air.png` });
    // the column fits the panel: nothing of it is cut off at the panel's right edge
    const overflow = await page.evaluate(() => {
      const panel = document.querySelector('.panel')?.getBoundingClientRect();
      const cells = [...document.querySelectorAll('[data-city-target]')].map((c) => c.getBoundingClientRect());
      return { cells: cells.length, cut: cells.filter((c) => panel === undefined || c.right > panel.right + 1).length };
    });
    expect(overflow).toEqual({ cells: 6, cut: 0 });
    expect(await page.textContent('[data-city-indicators="synthetic"]')).toContain('市下达2023年度约束性指标依据');
    expect(pageErrors).toEqual([]);
  });

  it('数据: an admin saves a year (a bad field named in Chinese first), then deletes it', async () => {
    const { page, pageErrors } = await harness.open('?v=data', { as: 'admin', viewport });
    await page.waitForSelector('[data-city-form]', { timeout: scaled(60_000) });
    await page.fill('[data-city-year]', '2024');
    await page.fill('[data-city-field="PM2.5"]', '-2');
    await page.fill('[data-city-field="name"]', '关于下达2024年度环境空气质量改善目标的通知');
    await page.fill('[data-city-field="issuer"]', '忻州市人民政府办公室');
    await page.fill('[data-city-field="issuedOn"]', '2024-02-20');
    await page.click('[data-city-save]');
    await page.waitForSelector('[data-city-message="error"]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-city-message]')).toBe('PM2.5 年均浓度目标：须大于 0');
    await page.fill('[data-city-field="PM2.5"]', '36');
    await page.click('[data-city-save]');
    await page.waitForSelector('[data-city-message="ok"]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-city-entered]')).toBe('已录入：2023、2024');
    await page.locator('[data-city-form]').scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/data-form.png` });
    await page.click('[data-city-delete]');
    await expect.poll(() => page.textContent('[data-city-entered]'), { timeout: scaled(30_000) }).toBe('已录入：2023');
    expect(pageErrors).toEqual([]);
  });
});
