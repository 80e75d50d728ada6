import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { pollLimit, useConsoleHarness } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e/emergency-list';
vi.setConfig({ testTimeout: scaled(240_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };
const at = '2023-12-20T09:00';

/** Enterprise ids, outlet codes and file names are codes, not prose. */
const withoutCodes = (text: string) => text.replace(/[0-9A-Za-z_.-]*\d[0-9A-Za-z_.-]*/g, ' ');

/** The export of the version in force with `enterpriseId`'s grade changed on all its rows: a revision. */
async function revisedWorkbook(exported: Buffer, enterpriseId: string, grade: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exported as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the export has no worksheet');
  const header = sheet.getRow(1);
  let idColumn = 0;
  let gradeColumn = 0;
  header.eachCell((cell, column) => {
    if (String(cell.value).startsWith('企业编号')) idColumn = column;
    if (String(cell.value).startsWith('绩效等级')) gradeColumn = column;
  });
  expect(idColumn * gradeColumn).toBeGreaterThan(0);
  let current = '';
  let changed = 0;
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const id = row.getCell(idColumn).value;
    if (id !== null && id !== '') current = String(id);
    if (current === enterpriseId) {
      row.getCell(gradeColumn).value = grade;
      changed += 1;
    }
  });
  expect(changed).toBeGreaterThan(0);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('应急 → 应急减排清单 and 错峰生产 in Chromium (issue 15)', () => {
  it('the duty officer sees the list in force, imports an XLSX revision and sees what it changed', async () => {
    const { page, pageErrors } = await harness.open(`?v=emergency&at=${at}`, { as: 'duty', viewport: desktop });
    await page.waitForSelector('[data-tab="list"]', { timeout: scaled(60_000) });
    await page.click('[data-tab="list"]');
    await page.waitForSelector('[data-list-head]', { timeout: scaled(30_000) });
    const inForce = await page.$eval('[data-list-version] option[data-in-force]', (o) => o.textContent ?? '');
    expect(inForce).toMatch(/（现行）$/);
    expect(await page.textContent('[data-list-provenance]')).toContain('示意');
    expect(await page.$$eval('[data-list-check]', (rows) => rows.length)).toBe(12);
    await captureScreenshot(page, { path: `${outputDir}/list-desktop.png`, fullPage: false });

    // the export of the version in force, revised: the first enterprise's grade
    const exported = await page.evaluate(async () => {
      const id = document.querySelector('[data-list-head]')?.getAttribute('data-list-head');
      const res = await fetch(`/api/emergency/list/export?version=${id}&format=xlsx`);
      return [...new Uint8Array(await res.arrayBuffer())];
    });
    const first = await page.$eval('[data-list-entry]', (r) => r.getAttribute('data-list-entry') ?? '');
    const firstGrade = await page.$eval('[data-list-entry] [data-list-grade]', (td) => td.textContent ?? '');
    const grade = firstGrade === 'A级' ? 'B' : 'A';
    const file = await revisedWorkbook(Buffer.from(exported), first, grade);

    await page.setInputFiles('[data-list-import-file]', {
      name: '清单第3版.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.fill('[data-list-import-field="version"]', '2023年秋冬季（第3版）');
    await page.fill('[data-list-import-field="title"]', '忻府区重污染天气重点行业应急减排清单');
    await page.fill('[data-list-import-field="effectiveFrom"]', '2023-12-18');
    await page.fill('[data-list-import-field="signedOffOn"]', '2023-12-16');
    await page.fill('[data-list-import-field="signedOffBy"]', '区生态环境分局 局长');
    await page.fill('[data-list-import-field="note"]', '绩效级别复核调整');
    await page.click('[data-list-import-check]');
    await page.waitForSelector('[data-list-import-report]', { timeout: scaled(60_000) });
    const report = (await page.textContent('[data-list-import-report]')) ?? '';
    expect(report).toContain('错误 0 个');
    const change = await page.textContent(`[data-list-import-report] [data-list-diff-enterprise="${first}"]`);
    expect(change).toContain(`绩效等级：${firstGrade} → ${grade}级`);
    expect(englishLeaks(withoutCodes(report))).toEqual([]);
    await page.locator('[data-list-import-report]').scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/import-report.png` });

    await page.click('[data-list-import-commit]');
    await page.waitForSelector('[data-list-import-done]', { timeout: scaled(60_000) });
    // the new version is in force on the as-of day
    await expect
      .poll(() => page.$eval('[data-list-version] option[data-in-force]', (o) => o.textContent ?? ''), pollLimit)
      .toBe('2023年秋冬季（第3版）（现行）');
    await expect
      .poll(() => page.textContent(`[data-list-entry="${first}"] [data-list-grade]`), pollLimit)
      .toBe(`${grade}级`);

    // 修订对比 between the old version in force and the new one
    const ids = await page.$$eval('[data-list-diff-pick="to"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    await page.selectOption('[data-list-diff-pick="from"]', ids[1] ?? '');
    await page.selectOption('[data-list-diff-pick="to"]', ids[0] ?? '');
    await page.click('[data-list-diff-run]');
    await page.waitForSelector(`[data-list-diff-picker] [data-list-diff-enterprise="${first}"]`, {
      timeout: scaled(30_000),
    });
    const diff = (await page.textContent('[data-list-diff-picker] [data-list-diff]')) ?? '';
    expect(diff).toContain('新增 0 家');
    expect(diff).toContain('变更 1 家');
    await page.locator('[data-list-diff-picker]').scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/list-diff.png` });

    // an editor's season calendar
    await page.click('[data-tab="stagger"]');
    await page.waitForSelector('[data-stagger-calendar] [data-stagger-edit]', { timeout: scaled(30_000) });
    expect(await page.$('[data-stagger-add]')).not.toBeNull();
    await captureScreenshot(page, { path: `${outputDir}/stagger-desktop.png` });
    expect(pageErrors).toEqual([]);
  });

  it('the season calendar and who is bound, legible on a phone', async () => {
    const { page, pageErrors } = await harness.open(`?v=emergency&at=${at}`, { as: 'official', viewport: phone });
    await page.waitForSelector('[data-tab="stagger"]', { timeout: scaled(60_000) });
    await page.click('[data-tab="stagger"]');
    await page.waitForSelector('[data-stagger-calendar]', { timeout: scaled(30_000) });
    const bound = Number(await page.getAttribute('[data-stagger-bound-count]', 'data-stagger-bound-count'));
    expect(bound).toBeGreaterThan(0);
    expect(await page.$$eval('[data-stagger-bound-enterprise]', (li) => li.length)).toBe(bound);
    expect(await page.$('[data-stagger-add]')).toBeNull();
    const lines = await page.$$eval('[data-stagger-today]', (ls) => ls.length);
    expect(lines).toBeGreaterThan(1);
    // the rows' timelines take the sheet's width: wide enough to read, the page does not overflow sideways
    const track = await page.$eval('[data-stagger-axis]', (e) => e.getBoundingClientRect().width);
    expect(track).toBeGreaterThanOrEqual(300);
    const bars = await page.$$eval('[data-stagger-bar]', (els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.min(...bars)).toBeGreaterThan(10);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(phone.width + 1);
    expect(englishLeaks(withoutCodes((await page.textContent('[data-stagger-section]')) ?? ''))).toEqual([]);
    await page.locator('[data-stagger-calendar]').scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/stagger-phone.png` });
    expect(pageErrors).toEqual([]);
  });
});
