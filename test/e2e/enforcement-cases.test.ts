import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { pollLimit, useConsoleHarness, waitForMapIdle } from './console-harness.ts';

const outputDir = 'test-output/e2e/enforcement-cases';
vi.setConfig({ testTimeout: scaled(300_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };
/** A 1×1 PNG: the site photo uploaded to the case. */
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** `day` (YYYY-MM-DD) plus `n` days. */
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('执法案件 in Chromium (issue 17)', () => {
  it('admin: 立案 from an alert, then 调查 → 处罚决定 → 责令整改 → a photo → 复查 → 结案 in the forms', async () => {
    const { page, pageErrors } = await harness.open('?v=alerts', { as: 'admin', viewport: desktop });
    await page.waitForSelector('[data-alert] [data-act="file-case"]', { state: 'attached', timeout: scaled(60_000) });
    await page.evaluate(() => {
      for (const group of document.querySelectorAll<HTMLDetailsElement>('details.alert-group')) group.open = true;
    });
    // an alert without a case yet: the first whose 立案 opens a new one (one with a case answers with its number)
    const ids = await page.$$eval('[data-alert]', (els) =>
      els.filter((e) => e.querySelector('[data-act="file-case"]')).map((e) => e.getAttribute('data-alert') ?? ''),
    );
    let filed: string | null = null;
    for (const id of ids.slice(0, 8)) {
      const row = `[data-alert="${id}"]`;
      await page.click(`${row} [data-act="file-case"]`);
      const violation = await page.inputValue(`${row} [data-input="violation"]`);
      expect(violation.length).toBeGreaterThan(4);
      await page.click(`${row} [data-act="file-case-send"]`);
      await page.waitForSelector(`${row} [data-view-case]`, { timeout: scaled(30_000) });
      const text = (await page.textContent(`${row} [data-file-case="done"]`)) ?? '';
      if (!text.includes('该告警已立案')) {
        filed = row;
        break;
      }
    }
    expect(filed).not.toBeNull();
    const link = (await page.textContent(`${filed} [data-view-case]`)) ?? '';
    expect(link).toMatch(/^查看案件 忻府环罚〔\d{4}〕\d{4,}号$/);
    await captureScreenshot(page, { path: `${outputDir}/1-alert-filed.png` });
    await page.click(`${filed} [data-view-case]`);

    // the 执法 view opens at the case: filed, its timeline at 调查取证
    await page.waitForSelector('[data-case][data-case-stage="filed"]', { timeout: scaled(30_000) });
    expect(page.url()).toContain('v=enforcement');
    expect(page.url()).toMatch(/case=\d+/);
    expect(await page.getAttribute('[data-milestone="file"]', 'class')).toContain('milestone-done');
    expect(await page.getAttribute('[data-milestone="investigate"]', 'class')).toContain('milestone-current');
    expect(await page.textContent('[data-case-origin]')).toContain('告警');
    const present = await page.evaluate(async () => {
      const res = await fetch('/api/cases/summary', { credentials: 'same-origin' });
      return ((await res.json()) as { asOf: string }).asOf.slice(0, 10);
    });

    const step = async (kind: string, fill: () => Promise<void>, stage: string) => {
      await page.click(`[data-step="${kind}"]`);
      await page.waitForSelector(`[data-step-form="${kind}"]`);
      await fill();
      await page.click(`[data-submit-step="${kind}"]`);
      await page.waitForSelector(`[data-case][data-case-stage="${stage}"]`, { timeout: scaled(30_000) });
    };
    await step(
      'investigate',
      () => page.fill('[data-field="note"]', '现场检查：除尘设施未运行，废气无组织排放'),
      'investigating',
    );
    // a decision without a fine or a measure is refused by the server, in words
    await page.click('[data-step="decide"]');
    await page.fill('[data-field="legalBasis"]', '《中华人民共和国大气污染防治法》第九十九条');
    await page.fill('[data-field="decisionNo"]', '忻府环罚字〔2023〕E2E号');
    await page.click('[data-submit-step="decide"]');
    await page.waitForSelector('[data-step-error]');
    expect(await page.textContent('[data-step-error]')).toContain('处罚决定须有罚款');
    await page.fill('[data-field="fineYuan"]', '50000');
    await page.check('[data-measure="order-correct"]');
    await page.click('[data-submit-step="decide"]');
    await page.waitForSelector('[data-case][data-case-stage="decided"]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-fine]')).toBe('5.00 万元');
    expect(await page.textContent('[data-case-decision]')).toContain('责令改正');

    const due = addDays(present, 30);
    await step(
      'order-rectification',
      async () => {
        await page.fill('[data-field="dueOn"]', due);
        await page.fill('[data-field="requirement"]', '修复除尘设施并保持正常运行');
      },
      'rectifying',
    );
    expect(await page.textContent('[data-case-rectification]')).toContain(due);

    // a site photo: a thumbnail served by GET /api/attachments/:id
    await page.setInputFiles('[data-input="document"]', { name: 'site.png', mimeType: 'image/png', buffer: photo });
    await page.selectOption('[data-input="document-kind"]', 'photo');
    await page.fill('[data-input="document-title"]', '复查前现场照片');
    await page.click('[data-upload]');
    await page.waitForSelector('[data-case-documents="1"] img.case-thumb', { timeout: scaled(30_000) });
    const src = await page.getAttribute('[data-case-documents] img.case-thumb', 'src');
    expect(src).toMatch(/^\/api\/attachments\/\d+$/);
    await captureScreenshot(page, { path: `${outputDir}/2-rectifying.png`, fullPage: true });

    await page.click('[data-step="reinspect"]');
    await page.check('[data-result="passed"]');
    await page.fill('[data-field="note"]', '复查：除尘设施已修复并运行');
    await page.click('[data-submit-step="reinspect"]');
    await page.waitForSelector('[data-milestone="close"].milestone-current', { timeout: scaled(30_000) });
    await step('close', () => page.fill('[data-field="note"]', '整改到位，罚款已缴纳，结案'), 'closed');
    const states = await page.$$eval('[data-milestone]', (els) => els.map((e) => e.className));
    expect(states.every((c) => c.includes('milestone-done'))).toBe(true);
    expect(await page.$('[data-case-steps]')).toBeNull();
    await captureScreenshot(page, { path: `${outputDir}/3-closed.png`, fullPage: true });

    // back to the list: the case is there, closed; the summary strip counts
    await page.click('[data-case-back]');
    await page.waitForSelector('[data-case-row]');
    await expect.poll(() => page.textContent('[data-case-summary]'), pollLimit).toContain('在办');
    await captureScreenshot(page, { path: `${outputDir}/4-list.png` });
    expect(pageErrors).toEqual([]);
  });

  it('the 群众举报 and 油品抽检 layers: off at first, then pins and drops with their legends and details', async () => {
    const { page, pageErrors } = await harness.open('?v=layers&z=10.4&c=112.70,38.43', {
      as: 'admin',
      viewport: desktop,
    });
    await page.waitForSelector('[data-layer="public-reports"].layer-off', { timeout: scaled(60_000) });
    expect(await page.$('[data-layer="fuel-samples"].layer-off')).not.toBeNull();
    await page.click('[data-layer-toggle="public-reports"]');
    await page.click('[data-layer-toggle="fuel-samples"]');
    await page.waitForSelector('[data-layer="fuel-samples"]:not(.layer-off)');
    const keys = (layer: string) =>
      page.$$eval(`[data-layer="${layer}"] [data-legend-key]`, (els) =>
        els.map((e) => e.getAttribute('data-legend-key')),
      );
    expect(await keys('public-reports')).toEqual(['open', 'done', 'rejected']);
    expect(await keys('fuel-samples')).toEqual(['fail', 'pending', 'pass']);
    expect(Number(await page.getAttribute('[data-layer="public-reports"] .layer-count', 'data-count'))).toBeGreaterThan(
      0,
    );
    await waitForMapIdle(page);
    await captureScreenshot(page, { path: `${outputDir}/5-layers.png` });
    // a sample's details: its number as the title, its result in words, the synthetic marking
    const sample = await page.evaluate(async () => {
      const res = await fetch('/api/layers/fuel-samples', { credentials: 'same-origin' });
      return ((await res.json()) as { features: { id: string }[] }).features[0]?.id ?? '';
    });
    await page.evaluate((sel) => {
      const url = new URL(window.location.href);
      url.searchParams.set('sel', sel);
      window.history.replaceState(null, '', url);
    }, `fuel-samples:${sample}`);
    await page.reload();
    await page.waitForSelector('.drawer:not([hidden]) [data-details-title]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-details-title]')).toBe(sample);
    expect(await page.textContent('.drawer table.details')).toContain('检测结论');
    expect(await page.textContent('.drawer .provenance')).toContain('合成');
    await captureScreenshot(page, { path: `${outputDir}/6-sample-details.png` });
    expect(pageErrors).toEqual([]);
  });
});
