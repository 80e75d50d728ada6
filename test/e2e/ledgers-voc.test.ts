import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';

const outputDir = 'test-output/e2e/ledgers-voc';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };

describe('台账: 活性炭 and 低VOCs原辅材料 in Chromium (issue 17, task 13)', () => {
  it('inspector: the carbon ledger, an enterprise with untransferred carbon, then the material shares', async () => {
    const { page, pageErrors } = await harness.open('?v=ledgers&at=2023-12-31T23:00', {
      as: 'inspector',
      viewport: desktop,
    });
    await page.click('[data-tab="carbon"]');
    await page.waitForSelector('[data-carbon-totals]', { timeout: scaled(60_000) });
    expect(await page.textContent('[data-ledgers-section="carbon"]')).toContain('本系统约定');
    await page.selectOption('[data-ledgers-section="carbon"] select[name="status"]', 'untransferred');
    await page.waitForSelector('[data-carbon-row] .badge.bad', { timeout: scaled(30_000) });
    const first = page.locator('[data-carbon-row]').first();
    await first.locator('button').click();
    await page.waitForSelector('[data-carbon-detail]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-carbon-detail]')).toContain('未转移');
    // an inspector supervises: the forms are there (the row may lie outside their townships: the server decides)
    expect(await page.$('[data-carbon-transfer-form]')).not.toBeNull();
    await captureScreenshot(page, { path: `${outputDir}/carbon.png` });

    await page.click('[data-tab="materials"]');
    await page.waitForSelector('[data-voc-share-year="2023"]', { timeout: scaled(60_000) });
    const years = await page.$$eval('[data-voc-shares] tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-voc-share-year')),
    );
    expect(years).toEqual(['2021', '2022', '2023']);
    expect(await page.textContent('[data-ledgers-section="materials"]')).toContain('申报');
    // the material form is the admins' (edit)
    expect(await page.$('[data-material-form]')).toBeNull();
    await captureScreenshot(page, { path: `${outputDir}/materials.png` });
    expect(pageErrors).toEqual([]);
  });
});
