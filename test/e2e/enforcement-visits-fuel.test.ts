import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';

const outputDir = 'test-output/e2e/enforcement-visits-fuel';
vi.setConfig({ testTimeout: scaled(240_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };

describe('执法: 帮扶走访 and 油品抽检 in Chromium (issue 17; S6, S11, task 17)', () => {
  it('admin: records a visit with a request, answers it; traces a failed sample, files a case', async () => {
    const { page, pageErrors } = await harness.open('?v=enforcement&at=2023-12-31T23:00', {
      as: 'admin',
      viewport: desktop,
    });
    await page.click('[data-tab="visits"]');
    await page.waitForSelector('[data-visit-figures]', { timeout: scaled(60_000) });
    expect(await page.textContent('[data-enforcement-section="visits"]')).toContain('控制台约定');
    await page.waitForSelector('[data-visit]', { timeout: scaled(30_000) });

    // a new visit: enterprise by search, one problem, one request to 区能源局
    await page.click('[data-new-visit]');
    await page.waitForSelector('[data-visit-form]');
    const name = await page.$eval('[data-visit] strong', (e) => e.textContent ?? '');
    await page.fill('[data-visit-form] input[name="enterprise"]', name.slice(0, 4));
    await page
      .locator('[data-visit-form] [data-enterprise]')
      .first()
      .click({ timeout: scaled(30_000) });
    await page.fill('[data-visit-form] input[name="visitors"]', '王五、赵六');
    await page.click('[data-add-problem]');
    await page.fill('[data-problem-row="0"] input[name="problemText"]', '布袋除尘器压差异常');
    await page.click('[data-add-request]');
    await page.fill('[data-request-row="0"] input[name="requestText"]', '冬季天然气保供（测试）');
    await page.selectOption('[data-request-row="0"] select[name="requestDepartment"]', 'energy');
    await page.fill('[data-visit-form] input[name="followUp"]', '一周后复查');
    await page.click('[data-visit-form] button[type="submit"]');
    await page.waitForSelector('[data-visit-form]', { state: 'detached', timeout: scaled(30_000) });
    const request = page.locator('[data-request]', { hasText: '冬季天然气保供（测试）' }).first();
    await request.waitFor({ timeout: scaled(30_000) });
    await request.locator('input[name="response"]').fill('已协调燃气公司保供');
    await request.locator('button[type="submit"]').click();
    await page.waitForSelector('[data-request] .badge.request-answered', { timeout: scaled(30_000) });
    await captureScreenshot(page, { path: `${outputDir}/visits.png` });

    // fuel: the figures, a failed sample with an open trace → trace form and 立案
    await page.click('[data-tab="fuel"]');
    await page.waitForSelector('[data-fuel-figures]', { timeout: scaled(60_000) });
    expect(await page.textContent('[data-fuel-figures]')).toContain('不合格率');
    await page.selectOption('[data-enforcement-section="fuel"] select[name="result"]', 'fail');
    await page.waitForSelector('[data-sample] [data-result="fail"]', { timeout: scaled(30_000) });
    const open = page.locator('[data-sample]', { hasText: '溯源' }).first();
    await open.click();
    await page.waitForSelector('[data-fuel-detail]', { timeout: scaled(30_000) });
    expect(await page.$('[data-trace-form]')).not.toBeNull();
    await page.fill('[data-trace-form] input[name="supplier"]', '某能源贸易公司（测试）');
    await page.click('[data-trace-form] button[type="submit"]');
    await page.waitForSelector('[data-fuel-detail] >> text=某能源贸易公司（测试）', { timeout: scaled(30_000) });
    // the seeded cases may already have opened one on this sample: then the detail links it
    if (await page.$('[data-file-fuel-case]')) await page.click('[data-file-fuel-case]');
    await page.waitForSelector('[data-fuel-detail] >> text=/已立案|已关联案件/', { timeout: scaled(30_000) });
    await captureScreenshot(page, { path: `${outputDir}/fuel.png` });
    expect(pageErrors).toEqual([]);
  });
});
