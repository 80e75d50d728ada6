import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { captureScreenshot } from './browser.ts';
import { scaled } from '../helpers/time-scale.ts';
import { useConsoleHarness } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(120_000) });

const harness = useConsoleHarness(outputDir);
const ready = async (page: Page) => {
  await page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(30_000) });
};
const lineOf = (page: Page) => page.textContent('[data-user-create] p.error');
/** Submits the 新建账号 form and waits for its line to say something other than `before`. */
async function submitCreate(page: Page, before: string | null): Promise<string> {
  await page.click('[data-user-create] button[type="submit"]');
  await page.waitForFunction(
    (previous) => {
      const line = document.querySelector('[data-user-create] p.error');
      return line !== null && !(line as HTMLElement).hidden && line.textContent !== previous;
    },
    before,
    { timeout: scaled(30_000) },
  );
  return (await lineOf(page)) ?? '';
}

describe('数据 view', () => {
  it('leads to each section from a navigation at the top', async () => {
    const { page, pageErrors } = await harness.open('?v=data', { as: 'admin', viewport: { width: 1440, height: 900 } });
    await ready(page);
    await page.waitForSelector('[data-data-nav] [data-section-link]');
    const links = await page.$$eval('[data-data-nav] [data-section-link]', (els) =>
      els.map((e) => [e.getAttribute('data-section-link'), e.textContent]),
    );
    expect(links).toEqual([
      ['report', '月报'],
      ['account', '我的账号'],
      ['export', '导出'],
      ['devices', '设备'],
      ['import', '导入'],
      ['indicators', '市下达指标'],
      ['users', '账号管理'],
      ['audit', '审计日志'],
    ]);
    await page.waitForSelector('[data-section="audit"] [data-audit-table]', { timeout: scaled(30_000) });
    // each link brings its section's start into the upper half of the panel, below the navigation, which stays
    for (const key of ['audit', 'users', 'report']) {
      await page.click(`[data-section-link="${key}"]`);
      const place = () =>
        page.evaluate((section) => {
          const box = document.querySelector(`[data-section="${section}"]`)?.getBoundingClientRect();
          const scroller = document.querySelector<HTMLElement>('.panel');
          const nav = document.querySelector('[data-data-nav]')?.getBoundingClientRect();
          if (!box || !scroller || !nav) return { section, placed: false };
          const panel = scroller.getBoundingClientRect();
          // just below the navigation; the last sections may stop lower, when the panel is scrolled to its end
          const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
          const belowNav =
            box.top >= nav.bottom - 2 && (box.top <= nav.bottom + 24 || (atEnd && box.top < panel.bottom));
          const placed = belowNav && nav.top >= panel.top - 6;
          return { section, placed, top: box.top, navTop: nav.top, navBottom: nav.bottom, panelTop: panel.top };
        }, key);
      await expect
        .poll(
          async () => {
            const at = await place();
            return at.placed || JSON.stringify(at);
          },
          { timeout: scaled(10_000) },
        )
        .toBe(true);
    }
    await page.click('[data-section-link="users"]');
    expect(await page.isVisible('[data-data-nav]')).toBe(true);
    await captureScreenshot(page, { path: `${outputDir}/data-view-nav.png` });
    expect(pageErrors).toEqual([]);
  });

  it('says in Chinese, beside the 新建账号 form, why an account is refused', async () => {
    const { page, pageErrors } = await harness.open('?v=data', { as: 'admin', viewport: { width: 1440, height: 900 } });
    await ready(page);
    await page.waitForSelector('[data-users-table] [data-user-row="inspector"]', { timeout: scaled(30_000) });
    await page.fill('[data-new-username]', 'a');
    await page.fill('[data-new-name]', '赵六');
    await page.fill('[data-new-password]', 'blue-sky-over-xinfu-9');
    const seen: string[] = [];
    seen.push(await submitCreate(page, null));
    expect(seen.at(-1)).toMatch(/^账号须为 2–32 个字符/);

    await page.fill('[data-new-username]', 'zhaoliu');
    await page.selectOption('[data-new-role]', 'inspector');
    seen.push(await submitCreate(page, seen.at(-1) ?? null));
    expect(seen.at(-1)).toBe('巡查员至少需要负责一个乡镇');

    await page.selectOption('[data-new-role]', 'official');
    await page.fill('[data-new-password]', 'password12');
    seen.push(await submitCreate(page, seen.at(-1) ?? null));
    expect(seen.at(-1)).toMatch(/^密码：太容易被猜到/);

    await page.fill('[data-new-username]', 'inspector');
    await page.fill('[data-new-password]', 'blue-sky-over-xinfu-9');
    seen.push(await submitCreate(page, seen.at(-1) ?? null));
    expect(seen.at(-1)).toBe('用户名「inspector」已被占用');

    for (const text of seen) expect(englishLeaks(text.replace('a–z', '')), text).toEqual([]);
    // the line sits in the form, under its button
    const [form, line] = await Promise.all([
      page.$eval('[data-user-create]', (e) => e.getBoundingClientRect().toJSON() as DOMRect),
      page.$eval('[data-user-create] p.error', (e) => e.getBoundingClientRect().toJSON() as DOMRect),
    ]);
    expect(line.top).toBeGreaterThanOrEqual(form.top);
    expect(line.bottom).toBeLessThanOrEqual(form.bottom + 1);
    await captureScreenshot(page, { path: `${outputDir}/data-view-user-errors.png` });
    expect(pageErrors).toEqual([]);
  });

  it('exports a layer for several selected townships', async () => {
    const { page, pageErrors } = await harness.open('?v=data&t=140902004,140902106', { as: 'analyst' });
    await ready(page);
    await page.waitForSelector('[data-section="export"]');
    await page.selectOption('[data-export-layer]', 'enterprises');
    const href = (await page.getAttribute('[data-export-csv]', 'href')) ?? '';
    expect(href).toContain('township=140902004%2C140902106');
    const answer = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      return { status: res.status, text: await res.text() };
    }, href);
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
    const rows = answer.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/)
      .slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
