import { describe, expect, it, vi } from 'vitest';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot } from './browser.ts';
import { pollLimit, useConsoleHarness } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e/devices';
vi.setConfig({ testTimeout: scaled(240_000) });

const harness = useConsoleHarness(outputDir);
const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

/** Latin words the devices page shows that are ids, not prose: MNs, station and outlet codes. */
const withoutIds = (text: string) => text.replace(/[0-9A-Za-z-]*\d[0-9A-Za-z-]*/g, ' ');

describe('数据 → 设备 in Chromium (issue 14)', () => {
  it('an admin sees the devices, offline first; adds one (a bad MN refused in Chinese), then deletes it', async () => {
    const { page, pageErrors } = await harness.open('?v=data', { as: 'admin', viewport: desktop });
    await page.waitForSelector('[data-devices-page] [data-devices-count]', { timeout: scaled(60_000) });
    const seeded = await page.$$eval('[data-device-row]', (rows) => rows.length);
    // the statuses are words, offline first
    const statuses = await page.$$eval('[data-device-row] [data-device-status]', (els) =>
      els.map((e) => e.getAttribute('data-device-status')),
    );
    const rank = { offline: 0, late: 1, online: 2, disabled: 3 } as Record<string, number>;
    expect(statuses.map((s) => rank[s ?? ''] ?? 9)).toEqual([...statuses.map((s) => rank[s ?? ''] ?? 9)].sort());
    await page.click('[data-section-link="devices"]');
    const headingTop = () =>
      page.$eval('[data-section="devices"] h3', (e) => Math.round(e.getBoundingClientRect().top));
    await expect.poll(headingTop, pollLimit).toBeLessThan(200);
    await captureScreenshot(page, { path: `${outputDir}/devices-list.png` });

    await page.click('[data-device-add]');
    await page.fill('[data-device-field="mn"]', 'BAD MN!');
    await page.fill('[data-device-field="password"]', '123456');
    const station = await page.$eval(
      '[data-device-field="station"] option:nth-child(2)',
      (o) => (o as HTMLOptionElement).value,
    );
    await page.selectOption('[data-device-field="station"]', station);
    await page.click('[data-device-create]');
    await page.waitForSelector('[data-device-message="error"]', { timeout: scaled(30_000) });
    const refusal = (await page.textContent('[data-device-message]')) ?? '';
    expect(refusal).toContain('设备编号（MN）');
    expect(englishLeaks(withoutIds(refusal))).toEqual([]);
    await page.locator('[data-device-form]').scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/devices-form-error.png` });

    await page.fill('[data-device-field="mn"]', 'E2E-TEST-0001');
    await page.click('[data-device-create]');
    await page.waitForSelector('[data-devices-notice]', { timeout: scaled(30_000) });
    expect(await page.textContent('[data-devices-notice]')).toBe('设备 E2E-TEST-0001 已新增。');
    await expect.poll(() => page.$$eval('[data-device-row]', (rows) => rows.length), pollLimit).toBe(seeded + 1);
    expect(await page.textContent('[data-device-row="E2E-TEST-0001"] [data-device-status]')).toBe('离线');

    // the filter narrows the list
    await page.selectOption('[data-devices-filter="kind"]', 'stack');
    const kinds = await page.$$eval('[data-device-row] [data-device-kind]', (tds) => [
      ...new Set(tds.map((t) => t.textContent)),
    ]);
    expect(kinds.length).toBeLessThanOrEqual(1);
    if (kinds.length) expect(kinds).toEqual(['排放口在线监测']);
    await page.selectOption('[data-devices-filter="kind"]', '');

    // its detail: no packet yet, no refusal; delete after the confirmation
    await page.click('[data-device-open="E2E-TEST-0001"]');
    await page.waitForSelector('[data-device-detail="E2E-TEST-0001"] [data-device-edit]', { timeout: scaled(30_000) });
    const detail = (await page.textContent('[data-device-detail]')) ?? '';
    expect(detail).toContain('尚未收到数据');
    expect(englishLeaks(withoutIds(detail))).toEqual([]);
    await page.click('[data-device-remove]');
    expect(await page.textContent('[data-device-confirm]')).toContain('确定删除设备 E2E-TEST-0001？');
    await page.locator('[data-device-confirm]').scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/devices-confirm.png` });
    await page.click('[data-device-confirm-yes]');
    await page.waitForSelector('[data-devices-notice]:has-text("已删除")', { timeout: scaled(30_000) });
    expect(await page.$('[data-device-row="E2E-TEST-0001"]')).toBeNull();

    // a seeded device with packets, if any: its detail shows the packet with PW hidden
    const withData = await page.$$eval('[data-device-row]', (rows) =>
      rows
        .filter((r) => !/^0 \//.test(r.querySelector('[data-device-counts]')?.textContent ?? '0 /'))
        .map((r) => r.getAttribute('data-device-row')),
    );
    if (withData[0]) {
      await page.click(`[data-device-open="${withData[0]}"]`);
      await page.waitForSelector('[data-device-detail] [data-device-edit]', { timeout: scaled(30_000) });
      const packet = await page.textContent('[data-device-packet]');
      if (packet) expect(packet).not.toMatch(/PW=(?!\*)/);
    }
    expect(englishLeaks(withoutIds((await page.textContent('[data-devices-page]')) ?? ''))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('an official reads the list on a phone: statuses in words, no admin controls', async () => {
    const { page, pageErrors } = await harness.open('?v=data', { as: 'official', viewport: phone });
    await page.waitForSelector('[data-devices-page] [data-devices-count]', { timeout: scaled(60_000) });
    expect(await page.$('[data-device-add]')).toBeNull();
    expect(await page.$('[data-device-open]')).toBeNull();
    await page.click('[data-section-link="devices"]');
    await expect
      .poll(() => page.$eval('[data-section="devices"] h3', (e) => e.getBoundingClientRect().top), pollLimit)
      .toBeLessThan(700);
    await captureScreenshot(page, { path: `${outputDir}/devices-phone.png` });
    // the table scrolls inside its box; the page itself does not grow sideways
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
  });

  it('a cement company’s drawer shows its outlets against the limits and a 30-day chart', async () => {
    const db = harness.server.db;
    const chosen = db
      .prepare(
        `SELECT o.id, o.enterprise_id AS enterprise FROM outlets o JOIN enterprises e ON e.id = o.enterprise_id
         WHERE e.industry LIKE 'cement%' ORDER BY o.id LIMIT 1`,
      )
      .get() as { id: string; enterprise: string } | undefined;
    expect(chosen).toBeDefined();
    if (!chosen) return;
    // 30 days of hourly data up to the dataset's present, every 40th hour over any limit, one M hour
    const insert = db.prepare(
      `INSERT OR REPLACE INTO outlet_readings (outlet_id, ts, pm, so2, nox, o2, flow, temp, moisture, flags)
       VALUES (?, ?, ?, ?, ?, 10, 120000, 80, 8, ?)`,
    );
    const end = Date.parse('2023-12-31T23:00:00+08:00');
    db.transaction(() => {
      for (let i = 0; i < 720; i++) {
        const ts = new Date(end - i * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16);
        const high = i % 40 === 0;
        const flag = i === 5 ? 'M' : 'N';
        insert.run(
          chosen.id,
          ts,
          high ? 25 : 4 + (i % 5),
          high ? 90 : 20,
          high ? 160 : 40,
          JSON.stringify({
            pm: flag,
            so2: 'N',
            nox: 'N',
          }),
        );
      }
    })();
    const { page, pageErrors } = await harness.open(`?v=layers&sel=enterprises:${chosen.enterprise}`, {
      as: 'official',
      viewport: desktop,
    });
    await page.waitForSelector(`[data-outlets-block="${chosen.enterprise}"]`, { timeout: scaled(60_000) });
    const block = page.locator(`[data-outlets-block="${chosen.enterprise}"]`);
    await page.waitForSelector(`[data-outlet="${chosen.id}"] [data-outlet-chart] svg`, { timeout: scaled(30_000) });
    const text = (await block.textContent()) ?? '';
    expect(text).toContain('在线监测');
    expect(text).toContain('执行标准：');
    expect(text).toMatch(/超低限值|标准限值/);
    expect(text).toContain('合成');
    expect(await page.$$eval(`[data-outlet="${chosen.id}"] [data-chart-limit]`, (els) => els.length)).toBeGreaterThan(
      0,
    );
    // the present hour (i = 0) is over: said in words beside the alarm colour
    expect(await block.locator('[data-outlet-judgement="over"]').count()).toBeGreaterThan(0);
    expect(await block.locator('[data-outlet-judgement="over"]').first().textContent()).toMatch(/^超标（/);
    expect(englishLeaks(withoutIds(text))).toEqual([]);
    await block.scrollIntoViewIfNeeded();
    await captureScreenshot(page, { path: `${outputDir}/enterprise-outlets.png` });
    expect(pageErrors).toEqual([]);

    const { page: small } = await harness.open(`?v=layers&sel=enterprises:${chosen.enterprise}`, {
      as: 'official',
      viewport: phone,
    });
    await small.waitForSelector(`[data-outlet="${chosen.id}"] [data-outlet-chart] svg`, { timeout: scaled(60_000) });
    await small.locator('[data-outlet-value]').first().scrollIntoViewIfNeeded();
    await captureScreenshot(small, { path: `${outputDir}/enterprise-outlets-phone.png` });
  });
});
