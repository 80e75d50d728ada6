import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';

const outputDir = 'test-output/e2e/departments';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };

describe('部门 in Chromium (issue 17)', () => {
  it('admin: the eco-env row with its counts, its detail, then each township’s first responsible persons', async () => {
    const { page, pageErrors } = await harness.open('?v=departments&at=2023-12-31T23:00', {
      as: 'admin',
      viewport: desktop,
    });
    await page.waitForSelector('[data-departments-table]', { timeout: scaled(60_000) });
    const row = page.locator('tr[data-department-row="eco-env"]');
    expect(await row.locator('th').textContent()).toContain('市生态环境局忻府分局');
    // it leads tasks and its counts are numbers
    expect(Number(await row.locator('[data-count="tasks-led"]').textContent())).toBeGreaterThan(0);
    expect(await row.locator('[data-count="plan-items"]').textContent()).toMatch(/\d+\/\d+ 完成/);
    // the kind groups in order
    const kinds = await page.$$eval('[data-departments-table] tbody', (bodies) =>
      bodies.map((b) => b.getAttribute('data-kind')),
    );
    expect(kinds.filter((k) => k !== 'own')).toEqual(['district', 'city-branch', 'township']);
    await captureScreenshot(page, { path: `${outputDir}/owners.png` });

    await page.click('[data-department-open="eco-env"]');
    await page.waitForSelector('[data-department-detail="eco-env"]', { timeout: scaled(30_000) });
    const tasks = await page.textContent('[data-detail-block="tasks"]');
    expect(tasks).toContain('牵头单位');
    await captureScreenshot(page, { path: `${outputDir}/eco-env.png` });

    await page.click('[data-tab="leaders"]');
    await page.waitForSelector('[data-leaders-table]', { timeout: scaled(30_000) });
    const rows = await page.$$('[data-leader-row]');
    expect(rows.length).toBe(18);
    const first = (await page.textContent('[data-leader-row] [data-leader="party-secretary"]')) ?? '';
    expect(first).toMatch(/· 任职起 \d{4}-\d{2}-\d{2}/);
    expect(await page.textContent('[data-leaders-table]')).toContain('演示数据（合成）');
    expect(await page.$('[data-leader-edit]')).not.toBeNull();
    await captureScreenshot(page, { path: `${outputDir}/leaders.png` });
    expect(pageErrors).toEqual([]);
  });
});
