import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { useConsoleHarness } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(180_000) });
const harness = useConsoleHarness(outputDir);
const ready = async (page: Page) => {
  await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(30_000) });
  await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(30_000) });
};
const FILE = '企业名录.csv';
/** Visible text with the user's own data (file name, credit codes, user names) taken out. */
const leaksIn = (text: string) =>
  englishLeaks(
    text
      .replaceAll(FILE, '')
      .replace(/91140902MA0[A-Z0-9]+/g, '')
      .replace(/\badmin\b/g, ''),
  );

describe('Scenario 4: an admin imports a register written in Chinese, edits a record and reads the audit log', () => {
  it('accepts Chinese values, reports in Chinese, edits with Chinese labels and logs in Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantian-import-'));
    const file = join(dir, FILE);
    writeFileSync(
      file,
      '\uFEFF统一社会信用代码,企业名称,行业,生产状态,绩效分级,超低排放,铁路专用线,年运输量,经度,纬度\r\n' +
        '91140902MA0E2E001X,导入测试一厂,砖瓦制造,在产,B级,改造中,无,120000,112.7341,38.4167\r\n' +
        '91140902MA0E2E002X,导入测试二厂,水泥粉磨,停产,C级,不适用,在建,80000,112.7441,38.4267\r\n',
    );
    const { page, pageErrors } = await harness.open('?v=data', { as: 'admin' });
    await ready(page);
    await page.waitForSelector('[data-import-target] option[value="enterprises"]', { state: 'attached' });

    // the form names the targets as the layer list does and says which values each column accepts
    const targets = await page.$$eval('[data-import-target] option', (os) => os.map((o) => o.textContent));
    expect(targets).toEqual(expect.arrayContaining(['非道路移动机械排放控制区', '非标油品线索', '空气质量监测站']));
    expect(await page.textContent('[data-import-field="rail_spur"]')).toContain('无、规划中、在建、已建成');
    await page.waitForSelector('[data-audit-table] [data-audit-row]', { timeout: scaled(30_000) });
    const auditRowsBefore = await page.$$eval('[data-audit-row]', (rows) => rows.length);

    // dry run: accepted, the report in Chinese, no "columns not imported" for the position columns
    await page.setInputFiles('[data-import-file]', file);
    expect(await page.textContent('[data-import-file-name]')).toBe(FILE);
    expect(await page.isVisible('label[for="import-file"]')).toBe(true);
    await page.selectOption('[data-import-provenance]', 'synthetic');
    await page.click('[data-import-check]');
    await page.waitForSelector('[data-import-counts]', { timeout: scaled(30_000) });
    expect(await page.getAttribute('[data-import-counts]', 'data-import-counts')).toBe('2/2/0/0');
    const report = (await page.textContent('[data-import-result]')) ?? '';
    expect(report).toContain('「砖瓦制造」按「砖瓦」读取');
    expect(report).not.toMatch(/经度、纬度|columns not imported/);
    expect(leaksIn(report)).toEqual([]);
    await captureScreenshot(page, { path: `${outputDir}/import-audit-dry-run.png` });

    // commit: the audit log below refreshes by itself
    await page.click('[data-import-commit]');
    await page.waitForSelector('[data-import-done]', { timeout: scaled(30_000) });
    await page.waitForSelector('[data-audit-row][data-action="import.commit"]', { timeout: scaled(30_000) });
    expect(await page.$$eval('[data-audit-row]', (rows) => rows.length)).toBeGreaterThan(auditRowsBefore);
    expect(await page.textContent('[data-audit-row][data-action="import.commit"]')).toContain('完成导入');

    // the record editor: Chinese labels, 年运输量 in 万吨/年, 生产状态 editable
    await page.evaluate(() =>
      (window as unknown as { lantian: { store: { update(p: unknown): void } } }).lantian.store.update({
        selected: { layer: 'enterprises', id: '91140902MA0E2E001X' },
      }),
    );
    await page.click('[data-edit-open]');
    await page.waitForSelector('[data-edit-form]');
    const railLabels = await page.$$eval('[data-edit-field="railSpur"] option', (os) => os.map((o) => o.textContent));
    expect(railLabels).toEqual(['无', '规划中', '在建', '已建成']);
    const form = (await page.textContent('[data-edit-form]')) ?? '';
    expect(form).toContain('年货运量（万吨/年）');
    expect(await page.inputValue('[data-edit-field="annualFreightT"]')).toBe('12');
    expect(form).not.toContain('在地图外');
    expect(leaksIn(form)).toEqual([]);
    await page.selectOption('[data-edit-field="operatingStatus"]', 'suspended');
    await captureScreenshot(page, { path: `${outputDir}/import-audit-editor.png` });
    await page.click('[data-edit-save]');

    // the audit log: the edit in Chinese, field names as labels, values as labels, no raw JSON
    await page.click('.rail-item[data-view="layers"]');
    await page.click('.rail-item[data-view="data"]');
    await page.waitForSelector('[data-audit-row][data-action="record.update"]', { timeout: scaled(30_000) });
    // rows show field names as labels from their first paint (never column names first)
    const edit = (await page.textContent('[data-audit-row][data-action="record.update"]')) ?? '';
    expect(edit).toContain('修改记录');
    expect(edit).toContain('生产状态：在产 → 停产');
    const log = (await page.textContent('[data-audit-table]')) ?? '';
    expect(log).not.toMatch(/[{}]|record\.update|operating_status|annual_freight_t/);
    expect(leaksIn(log.replace(/\b(district-admin|zhangsan)\b/g, ''))).toEqual([]);
    const actions = await page.$$eval('[data-audit-action] option', (os) => os.map((o) => o.textContent ?? ''));
    expect(actions.join('')).not.toMatch(/[a-z]\.[a-z]/);
    await captureScreenshot(page, { path: `${outputDir}/import-audit-log.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
