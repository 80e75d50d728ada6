import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';

const outputDir = 'test-output/e2e/ledgers-energy';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };

describe('台账: 能源煤炭 and 项目准入 in Chromium (issue 17, tasks 1, 6, 8)', () => {
  it('admin: district coal by year, the ledger by coal, a coal-fired furnace, then the project registers', async () => {
    const { page, pageErrors } = await harness.open('?v=ledgers&at=2023-12-31T23:00', {
      as: 'admin',
      viewport: desktop,
    });
    await page.waitForSelector('[data-energy-year="2023"]', { timeout: scaled(60_000) });
    const years = await page.$$eval('[data-energy-years] tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-energy-year')),
    );
    expect(years).toEqual(['2021', '2022', '2023']);
    expect(await page.textContent('[data-ledgers-section="energy"]')).toContain('本系统约定');
    await page.waitForSelector('[data-energy-row]', { timeout: scaled(30_000) });
    const coal = await page.$$eval('[data-energy-ledger] tbody tr td:nth-child(3)', (cells) =>
      cells.map((c) => Number((c.textContent ?? '').replace(/,/g, ''))),
    );
    expect(coal).toEqual([...coal].sort((a, b) => b - a));
    await page.waitForSelector('[data-furnace-hit="coal-kiln-new"]', { timeout: scaled(30_000) });
    await page.locator('[data-energy-row]').first().click();
    await page.waitForSelector('[data-energy-form]', { timeout: scaled(10_000) });
    await captureScreenshot(page, { path: `${outputDir}/energy.png` });

    await page.click('[data-tab="projects"]');
    await page.waitForSelector('[data-coal-project]', { timeout: scaled(30_000) });
    expect(await page.$$('[data-coal-project] .badge.bad')).toHaveLength(2);
    await page.waitForSelector('[data-high-energy-project]', { timeout: scaled(30_000) });
    expect(await page.$$('[data-high-energy-project] .check-pending')).not.toHaveLength(0);
    await captureScreenshot(page, { path: `${outputDir}/projects.png` });
    expect(pageErrors).toEqual([]);
  });
});
