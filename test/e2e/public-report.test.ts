import { describe, expect, it, vi } from 'vitest';
import { TICKET_PATTERN } from '../../server/reports/report-ticket.ts';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';

const outputDir = 'test-output/e2e/public-report';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);
const phone = { width: 390, height: 844 };

describe('群众举报 in Chromium (issue 17)', () => {
  it('the public page, without sign-in: pin on the map, submit, the ticket shown big, then followed', async () => {
    const { page, pageErrors } = await harness.newPage({ viewport: phone });
    await page.goto(`${harness.server.url}/report.html`);
    await page.waitForSelector('[data-public-map] canvas', { timeout: scaled(60_000) });
    await page.selectOption('select[name="category"]', 'burning');
    await page.fill('textarea[name="description"]', '村东头地里有人焚烧秸秆，浓烟很大，持续半小时');
    const box = (await page.locator('[data-public-map]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('[data-pin="set"]');
    await page.fill('input[name="reporterName"]', '王先生');
    await page.fill('input[name="reporterPhone"]', '13900001111');
    await captureScreenshot(page, { path: `${outputDir}/form.png`, fullPage: true });
    await page.click('[data-public-submit]');
    await page.waitForSelector('[data-ticket]', { timeout: scaled(30_000) });
    const ticket = await page.getAttribute('[data-ticket]', 'data-ticket');
    expect(ticket).toMatch(TICKET_PATTERN);
    await captureScreenshot(page, { path: `${outputDir}/ticket.png`, fullPage: true });
    await page.click('[data-public-follow] button[type="submit"]');
    await page.waitForSelector('[data-follow-result="received"]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-follow-result]')).toContain('已收到');
    expect(pageErrors).toEqual([]);
  });

  it('the sign-in screen links to it', async () => {
    const { page } = await harness.newPage({ viewport: phone });
    await page.goto(harness.server.url);
    await page.waitForSelector('[data-public-report-link]', { timeout: scaled(60_000) });
    expect(await page.getAttribute('[data-public-report-link]', 'href')).toBe('/report.html');
  });

  it('the 执法 tab: a duty officer opens a waiting report, sees the contact data and accepts it', async () => {
    const { page, pageErrors } = await harness.open('?v=enforcement&at=2023-12-31T23:00', {
      as: 'duty',
      viewport: { width: 1440, height: 900 },
    });
    await page.click('[data-tab="reports"]');
    await page.selectOption('[data-filter="status"]', 'received');
    await page.waitForSelector('[data-report="JB20231230-XFDEMQ"]', { timeout: scaled(60_000) });
    await page.click('[data-report="JB20231230-XFDEMQ"]');
    await page.waitForSelector('[data-report-detail="JB20231230-XFDEMQ"]', { timeout: scaled(30_000) });
    expect(await page.getAttribute('[data-report-contact]', 'data-report-contact')).toBe('visible');
    await captureScreenshot(page, { path: `${outputDir}/tab.png` });
    await page.click('[data-report-step="accept"]');
    await page.click('[data-act="report-step-send"]');
    await page.waitForSelector('[data-report-step="handle"]', { timeout: scaled(30_000) });
    expect(pageErrors).toEqual([]);
  });
});
