import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { pollLimit, useConsoleHarness } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e/emergency';
vi.setConfig({ testTimeout: scaled(300_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

/** A winter morning of the demo year with no warning in force (the seeded episodes: Nov 21–24, Dec 11–12, 25–28). */
const morning = '2023-12-20T08:00';
/** A 1×1 PNG: the supervisor's photo. */
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const evening = '2023-12-20T20:00';

/** Latin the view shows that is data, not prose: ids, codes, outlet numbers, units. */
const withoutData = (text: string) =>
  text.replace(/[0-9A-Za-z#.-]*\d[0-9A-Za-z#.-]*/g, ' ').replace(/\b(AQI|CEMS|PM|SO2|NOx|VOCs|kg|h)\b/g, ' ');

describe('应急 in Chromium (issue 15)', () => {
  it('duty: issues an orange warning, sees who must do what, assigns a supervisor, sees compliance', async () => {
    const { page, pageErrors } = await harness.open(`?v=emergency&at=${morning}`, { as: 'duty', viewport: desktop });
    await page.waitForSelector('[data-warning-banner="none"]', { timeout: scaled(60_000) });
    expect(await page.textContent('[data-warning-banner]')).toBe('当前无预警');
    // the season's episodes are listed, newest first
    const episodes = await page.$$eval('[data-episode]', (els) =>
      els.map((e) => Number(e.getAttribute('data-episode'))),
    );
    expect(episodes.length).toBeGreaterThan(0);
    // a past episode opens: its banner (lifted), then back to the present state
    await page.click(`[data-episode="${episodes[0]}"] [data-action="open-episode"]`);
    await page.waitForSelector(`[data-warning-banner][data-warning-id="${episodes[0]}"]`);
    expect(await page.textContent('[data-warning-banner] .warning-status')).toContain('已解除');
    await page.waitForSelector('[data-compliance-summary]');
    await page.click('[data-showing-episode] button');
    await page.waitForSelector('[data-warning-banner="none"]');

    // 发布预警: start at the as-of (the default is the next hour), a forecast whose derived level shows as typed
    expect(await page.inputValue('[data-issue-form] input[name="start"]')).toBe('2023-12-20T09:00');
    await page.fill('[data-issue-form] input[name="start"]', morning);
    await page.fill('[data-issue-form] input[name="plannedEnd"]', '2023-12-22T08:00');
    await page.selectOption('[data-issue-form] select[name="level"]', 'orange');
    await page.fill('[data-issue-form] input[name="forecast"]', '230, 250, 260');
    await page.waitForSelector('[data-derived-level="orange"]');
    await page.fill('[data-issue-form] input[name="document"]', '忻府重应〔2023〕99号');
    await page.click('[data-action="issue-warning"]');

    await page.waitForSelector('[data-warning-banner="orange"]', { timeout: scaled(30_000) });
    const banner = (await page.textContent('[data-warning-banner]')) ?? '';
    expect(banner).toContain('◆ 橙色预警（Ⅱ级）');
    expect(banner).toContain('执行中');
    expect(banner).toContain('2023-12-20 08:00');
    expect(banner).toContain('2023-12-22 08:00');
    expect(banner).toContain('触发条件取自忻州市预案（规划外）');
    expect(banner).toContain('忻府重应〔2023〕99号');

    // 谁须做什么: the listed enterprises with their measures at orange, from the start
    await page.waitForSelector('[data-bound-enterprise]', { timeout: scaled(30_000) });
    const bound = await page.$$eval('[data-bound-enterprise]', (rows) =>
      rows.map((r) => ({ id: r.getAttribute('data-bound-enterprise'), text: r.textContent ?? '' })),
    );
    expect(bound.length).toBeGreaterThan(3);
    expect(bound.every((b) => b.text.includes('2023-12-20 08:00'))).toBe(true);
    expect(bound.every((b) => /停产|限产|运输|减排/.test(b.text))).toBe(true);
    expect(await page.textContent('[data-bound-count]')).toBe(`共 ${bound.length} 家企业`);
    await captureScreenshot(page, { path: `${outputDir}/issued-bound.png` });

    // clicking an enterprise selects it on the map (in the URL)
    const first = bound[0]?.id ?? '';
    await page.click(`[data-bound-enterprise="${first}"] [data-action="select-enterprise"]`);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel'), pollLimit).toBe(`enterprises:${first}`);

    // 驻点监督: assign the first candidate to the first enterprise, then save
    const candidate = await page.$eval(
      `[data-supervisor-pick="${first}"] option:nth-child(2)`,
      (o) => (o as HTMLOptionElement).value,
    );
    await page.selectOption(`[data-supervisor-pick="${first}"]`, candidate);
    await page.click('[data-action="save-supervisors"]');
    await expect.poll(() => page.textContent('[data-bound-message]'), pollLimit).toBe('已保存分配');
    await expect
      .poll(
        () => page.getAttribute(`[data-bound-enterprise="${first}"] [data-supervisor]`, 'data-supervisor'),
        pollLimit,
      )
      .not.toBe('');

    // 通知全部企业, then the first enterprise's acknowledgement
    await page.click('[data-action="notify-all"]');
    await expect
      .poll(() => page.$$eval('[data-notification="notified"]', (cells) => cells.length), pollLimit)
      .toBe(bound.length);
    await page.click(`[data-bound-enterprise="${first}"] [data-action="ack"]`);
    await page.fill(`[data-bound-enterprise="${first}"] .inline-form input`, '厂长 王某');
    await page.click(`[data-bound-enterprise="${first}"] [data-action="save-ack"]`);
    await expect
      .poll(
        () => page.getAttribute(`[data-bound-enterprise="${first}"] [data-notification]`, 'data-notification'),
        pollLimit,
      )
      .toBe('acknowledged');

    // by the evening: who complied, who did not, with the evidence (non-compliant first)
    await page.goto(`${harness.server.url}/?v=emergency&at=${evening}`);
    await page.waitForSelector('[data-warning-banner="orange"]', { timeout: scaled(60_000) });
    await page.waitForSelector('[data-compliance-summary]', { timeout: scaled(60_000) });

    // 记录检查: the supervisor finds the first enterprise's line running, with a photo
    await page.selectOption('[data-visit-form] select[name="enterprise"]', first);
    await page.selectOption('[data-visit-form] select[name="verdict"]', 'non-compliant');
    await page.selectOption('[data-visit-form] .line-state select', 'running');
    await page.fill('[data-visit-form] textarea[name="note"]', '现场检查发现生产线仍在运行');
    await page.setInputFiles('[data-visit-form] input[name="photo"]', {
      name: '现场.png',
      mimeType: 'image/png',
      buffer: photo,
    });
    await page.click('[data-action="save-visit"]');
    await expect.poll(() => page.textContent('[data-visit-message]'), pollLimit).toBe('检查记录已保存');
    await expect
      .poll(() => page.getAttribute(`[data-compliance-enterprise="${first}"]`, 'data-verdict'), pollLimit)
      .toBe('non-compliant');
    const thumbnail = page.locator(`[data-compliance-enterprise="${first}"] a[data-photo] img`).first();
    await thumbnail.scrollIntoViewIfNeeded(); // loaded lazily, once in view
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth), pollLimit).toBe(1);
    const summary = (await page.textContent('[data-compliance-summary]')) ?? '';
    expect(summary).toContain(`清单企业 ${bound.length} 家`);
    const verdicts = await page.$$eval('[data-compliance-enterprise]', (rows) =>
      rows.map((r) => r.getAttribute('data-verdict') ?? ''),
    );
    expect(verdicts.length).toBe(bound.length);
    const rank = { 'non-compliant': 0, unverified: 1, compliant: 2 } as Record<string, number>;
    expect(verdicts.map((v) => rank[v])).toEqual([...verdicts.map((v) => rank[v])].sort());
    const supervised = await page.textContent(`[data-compliance-enterprise="${first}"]`);
    expect(supervised).not.toContain('未分配');
    expect(englishLeaks(withoutData((await page.textContent('[data-warnings-section]')) ?? ''))).toEqual([]);
    await page.locator('[data-compliance]').scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/evening-compliance.png` });

    // the episode's report prints (a new tab)
    const href = (await page.getAttribute('[data-action="report"]', 'href')) ?? '';
    expect(href).toMatch(/^\/api\/emergency\/warnings\/\d+\/report\?lang=zh$/);
    const [report] = await Promise.all([page.waitForEvent('popup'), page.click('[data-action="report"]')]);
    await report.waitForLoadState();
    expect(await report.textContent('body')).toContain('忻府重应〔2023〕99号');
    await report.close();
    expect(pageErrors).toEqual([]);
  });

  it('fits a phone: a seeded red episode, one column, the tables scroll sideways', async () => {
    const { page, pageErrors } = await harness.open('?v=emergency&at=2023-11-22T20:00', {
      as: 'duty',
      viewport: phone,
    });
    await page.waitForSelector('[data-warning-banner="red"]', { timeout: scaled(60_000) });
    expect(await page.textContent('[data-warning-banner] .warning-level')).toBe('■ 红色预警（Ⅰ级）');
    await page.waitForSelector('[data-bound-enterprise]', { timeout: scaled(30_000) });
    const widths = await page.$eval('[data-bound] .table-scroll', (e) => ({
      client: e.clientWidth,
      scroll: e.scrollWidth,
    }));
    expect(widths.client).toBeLessThanOrEqual(phone.width);
    expect(widths.scroll).toBeGreaterThan(widths.client);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(phone.width);
    await captureScreenshot(page, { path: `${outputDir}/phone-red.png` });
    expect(pageErrors).toEqual([]);
  });
});
