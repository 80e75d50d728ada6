import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { toCstMinute } from '../../server/time/cst.ts';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot, sessionCookie } from './browser.ts';
import { pollLimit, useConsoleHarness } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);
const cookies: Record<string, string> = {};
/** The demo inspector's townships (seed-demo-accounts.ts). */
const INSPECTOR_TOWNSHIPS = ['140902103', '140902105'];

interface ApiAlert {
  id: number | null;
  provisional: boolean;
  township: string;
  status: string;
  rule: string;
  events: { action: string; at: string }[];
}

async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  as = 'admin',
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { cookie: `lantian_session=${cookies[as]}` };
  if (method !== 'GET') {
    const me = (await (await fetch(`${harness.server.url}/api/auth/me`, { headers })).json()) as { csrfToken: string };
    Object.assign(headers, {
      'content-type': 'application/json',
      origin: harness.server.url,
      'x-csrf-token': me.csrfToken,
    });
  }
  const res = await fetch(`${harness.server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

let township = '';
beforeAll(async () => {
  for (const name of ['inspector', 'admin']) cookies[name] = await sessionCookie(harness.server.url, name);
  const { body } = await call<{ alerts: ApiAlert[] }>('GET', '/api/alerts');
  const ledger = body.alerts.filter((a) => !a.provisional && a.status === 'open');
  // the township with the most open alerts: room to scroll, and two alerts to act on
  const counts = new Map<string, number>();
  for (const a of ledger) counts.set(a.township, (counts.get(a.township) ?? 0) + 1);
  township = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const created = await call('POST', '/api/users', {
    username: 'wanghai',
    displayName: '王海',
    role: 'inspector',
    townships: [township],
    password: 'inspector-pass-1',
  });
  expect(created.status).toBe(201);
});

/** The ids of the open alerts listed, in the order shown (the last ones are far down the panel). */
const openRows = (page: Page) =>
  page.$$eval('li[data-alert]', (els) =>
    els.filter((e) => e.querySelector('[data-alert-status="open"]')).map((e) => e.getAttribute('data-alert') ?? ''),
  );

async function openAlerts(query: string, as = 'admin', viewport = { width: 1440, height: 700 }) {
  const recorded = await harness.open(`?v=alerts&${query}`, { cookie: cookies[as] as string, viewport });
  await recorded.page.waitForSelector('.panel[data-ready="true"]', { timeout: scaled(30_000) });
  await recorded.page.waitForSelector('[data-alert-total]', { timeout: scaled(30_000) });
  return recorded;
}

const scrollTop = (page: Page) => page.$eval('.panel', (p) => Math.round(p.scrollTop));
/** Scrolls the panel so that `selector` is in the middle of it; returns the scroll position. */
async function scrollTo(page: Page, selector: string): Promise<number> {
  await page.$eval(selector, (el) => {
    const group = el.closest('details.alert-group') as HTMLDetailsElement | null;
    if (group) group.open = true;
  });
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  const top = await scrollTop(page);
  expect(top).toBeGreaterThan(100);
  return top;
}
/**
 * Where `selector` sits in the panel (px from its top): the user's place. A refresh that grows a row above it
 * changes scrollTop (the browser's scroll anchoring keeps what is shown in place), not this.
 */
const place = (page: Page, selector: string) =>
  page.$eval(selector, (el) =>
    Math.round(el.getBoundingClientRect().top - (el.closest('.panel')?.getBoundingClientRect().top ?? 0)),
  );
/** What the live refresh does when the tab comes back: the page refetches the list. */
const refreshNow = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

describe('告警 in Chromium: a live list', () => {
  it('keeps typed text, focus, an open history and the scroll position through a live refresh', async () => {
    const { page, pageErrors } = await openAlerts(`t=${township}`);
    const [other, mine] = (await openRows(page)).slice(-2);
    const row = `li[data-alert="${mine}"]`;
    const top = await scrollTo(page, `${row} [data-act="assign"]`);
    // an action on this row: the list stays where it was (the button clicked stays under the pointer)
    const button = await place(page, `${row} [data-act="assign"]`);
    await page.selectOption(`${row} [data-input="assignee"]`, 'wanghai');
    await page.click(`${row} [data-act="assign"]`);
    await page.waitForSelector(`${row} [data-input="note"]`, { timeout: scaled(15_000) });
    expect(await place(page, `${row} [data-act="assign"]`)).toBe(button);
    expect(await scrollTop(page)).toBeGreaterThanOrEqual(top);
    await page.click(`${row} .alert-history summary`);
    await page.fill(`${row} [data-input="note"]`, '正在组织撤出');
    const where = await place(page, `${row} [data-input="note"]`);
    const loadedAt = await page.getAttribute('[data-refreshed-at]', 'data-refreshed-at');

    // another session acts on a different alert; the refresh shows it without touching this row
    expect((await call('POST', `/api/alerts/${other}/assign`, { assignee: 'wanghai' })).status).toBe(200);
    await refreshNow(page);
    await page.waitForSelector(`li[data-alert="${other}"] [data-alert-status="assigned"]`, {
      state: 'attached',
      timeout: scaled(15_000),
    });
    expect(await page.getAttribute('[data-refreshed-at]', 'data-refreshed-at')).not.toBe(loadedAt);
    expect(await page.inputValue(`${row} [data-input="note"]`)).toBe('正在组织撤出');
    expect(await page.$eval(`${row} [data-input="note"]`, (el) => el === document.activeElement)).toBe(true);
    expect(await page.$eval(`${row} .alert-history`, (el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await place(page, `${row} [data-input="note"]`)).toBe(where);
    expect(await scrollTop(page)).toBeGreaterThanOrEqual(top);
    expect(await page.textContent(`li[data-alert="${other}"] [data-alert-status]`)).toBe('已指派 · 王海');

    // so does a change of language and back
    await page.click('[data-action="language"]');
    await page.waitForSelector('[data-alert-total]:has-text("alert")', { timeout: scaled(15_000) });
    await page.click('[data-action="language"]');
    await page.waitForSelector('[data-alert-total]:has-text("共")', { timeout: scaled(15_000) });
    expect(await page.inputValue(`${row} [data-input="note"]`)).toBe('正在组织撤出');
    expect(await place(page, `${row} [data-input="note"]`)).toBe(where);
    expect(pageErrors).toEqual([]);
  });

  it('shows an action’s error beside its control, in Chinese, and keeps the list where it was', async () => {
    const { page, pageErrors } = await openAlerts(`t=${township}`);
    const target = (await openRows(page)).at(-1);
    const row = `li[data-alert="${target}"]`;
    const top = await scrollTo(page, `${row} [data-act="assign"]`);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.click(`${row} [data-act="assign"]`);
    const error = `${row} [data-control="assign"] [data-action-error="assign"]`;
    await page.waitForSelector(error);
    expect(await page.textContent(error)).toBe('请选择指派对象');
    expect(await page.isVisible(error)).toBe(true);
    expect(posts).toEqual([]); // caught before sending
    expect(await scrollTop(page)).toBe(top);
    await captureScreenshot(page, { path: `${outputDir}/alerts-assign-empty.png` });

    // the assignee is picked from the township's inspector accounts, by name
    const options = await page.$$eval(`${row} [data-input="assignee"] option`, (els) =>
      els.map((o) => [(o as HTMLOptionElement).value, o.textContent]),
    );
    expect(options).toContainEqual(['wanghai', '王海']);
    expect(options.map(([value]) => value)).not.toContain('admin');
    const button = await place(page, `${row} [data-act="assign"]`);
    await page.selectOption(`${row} [data-input="assignee"]`, 'wanghai');
    await page.click(`${row} [data-act="assign"]`);
    await page.waitForSelector(`${row} [data-alert-status="assigned"]`, { timeout: scaled(15_000) });
    expect(await place(page, `${row} [data-act="assign"]`)).toBe(button); // the list kept its place
    expect(await scrollTop(page)).toBeGreaterThanOrEqual(top);
    expect(await page.textContent(`${row} [data-alert-status]`)).toBe('已指派 · 王海');

    // a failure the server finds is shown beside the button that caused it: the admin resolved it, so he may not
    // verify it himself (four eyes)
    await page.fill(`${row} [data-input="note"]`, '已撤出控制区');
    const rowPlace = await place(page, row);
    await page.click(`${row} [data-act="resolve"]`);
    await page.waitForSelector(`${row} [data-act="verify"]`, { timeout: scaled(15_000) });
    expect(await place(page, row)).toBe(rowPlace);
    const verifyPlace = await place(page, `${row} [data-act="verify"]`);
    await page.click(`${row} [data-act="verify"]`);
    const refused = `${row} [data-control="verify"] [data-action-error="verify"]`;
    await page.waitForSelector(refused, { timeout: scaled(15_000) });
    const text = (await page.textContent(refused)) ?? '';
    expect(text).toBe('操作失败：此告警由您办结，须由另一名用户核验（双人复核）');
    expect(englishLeaks(text)).toEqual([]);
    expect(await page.$$eval('.panel > [data-action-error]', (els) => els.length)).toBe(0);
    expect(await place(page, `${row} [data-act="verify"]`)).toBe(verifyPlace);

    // every time in the history is China Standard Time; people by name; no English
    await page.click(`${row} .alert-history summary`);
    const { body } = await call<ApiAlert>('GET', `/api/alerts/${target}`);
    const history = await page.$$eval(`${row} .alert-history li`, (els) => els.map((e) => e.textContent ?? ''));
    const assigned = body.events.find((e) => e.action === 'assigned');
    expect(history[1]).toBe(
      `${toCstMinute(new Date(assigned?.at ?? '')).replace('T', ' ')} 指派 · 演示·管理员 · → 王海`,
    );
    expect(history[0]).toMatch(/ 发现 · 系统$/);
    expect(englishLeaks((await page.textContent('.panel')) ?? '')).toEqual([]);
    await captureScreenshot(page, { path: `${outputDir}/alerts-verify-refused.png` });
    expect(pageErrors).toEqual([]);
  });
});

describe('告警 in Chromium: an inspector’s townships', () => {
  it('filters to several townships; the 按乡镇 line follows; the filter and level are in the URL', async () => {
    const { page, pageErrors } = await openAlerts('', 'inspector', { width: 390, height: 844 });
    const { body } = await call<{ alerts: ApiAlert[] }>('GET', '/api/alerts');
    const total = Number(await page.getAttribute('[data-alert-total]', 'data-alert-total'));
    await page.click('[data-my-townships]');
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('t')), pollLimit)
      .toBe(INSPECTOR_TOWNSHIPS.join(','));
    const mine = body.alerts.filter((a) => INSPECTOR_TOWNSHIPS.includes(a.township));
    await expect
      .poll(async () => Number(await page.getAttribute('[data-alert-total]', 'data-alert-total')), pollLimit)
      .toBeLessThan(total);
    const shown = Number(await page.getAttribute('[data-alert-total]', 'data-alert-total'));
    expect(shown).toBeLessThanOrEqual(mine.length);
    expect(shown).toBeGreaterThan(0);
    const line = (await page.textContent('[data-township-counts]')) ?? '';
    expect(line).toMatch(/^按乡镇：/);
    expect(line).toContain('庄磨镇');
    expect(line).toContain('董村镇');
    expect(line.split('·')).toHaveLength(2);
    // every listed alert is in his townships, and he may act on each
    const rows = await page.$$eval('li[data-alert]', (els) => els.map((e) => Boolean(e.querySelector('[data-act]'))));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(Boolean)).toBe(true);
    // one township off: the filter takes several, and narrows again
    await page.click('.township-filter summary');
    await page.click(`[data-township="${INSPECTOR_TOWNSHIPS[1]}"]`);
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('t')), pollLimit)
      .toBe(INSPECTOR_TOWNSHIPS[0]);
    expect(((await page.textContent('[data-township-counts]')) ?? '').split('·')).toHaveLength(1);
    await captureScreenshot(page, { path: `${outputDir}/alerts-inspector-filter.png` });

    await page.selectOption('[data-alert-level]', 'orange');
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('al')), pollLimit)
      .toBe('orange');
    await page.reload();
    await page.waitForSelector('[data-alert-total]', { timeout: scaled(30_000) });
    expect(await page.inputValue('[data-alert-level]')).toBe('orange');
    expect(await page.getAttribute('.township-filter', 'data-township-filter')).toBe(INSPECTOR_TOWNSHIPS[0]);
    // the heavy-pollution measures say what they rest on: the plan's T15.3 (with its words), the documents outside it
    const basis = '[data-rule="heavy-pollution-measure"] .basis-note';
    await expect
      .poll(() => page.textContent(basis), pollLimit)
      .toMatch(/^依据：规划 T15\.2 .*；规划 T15\.3 严格落实重污染天气应急预案减排要求；规划 T2\.2 /);
    expect(await page.textContent(basis)).toMatch(/〔2019〕648号.*（规划外）/);
    expect(await page.getAttribute(`${basis} a[data-plan-req="T15.3"]`, 'href')).toContain('pr=T15.3');
    expect(await page.textContent('[data-level-basis]')).toContain('忻州市重污染天气应急预案（规划外）');
    expect(await page.getAttribute('[data-control="heavy-pollution"]', 'title')).toContain('（规划外）');
    await page.$eval('[data-rule="heavy-pollution-measure"]', (e) => {
      (e as HTMLDetailsElement).open = true;
      e.scrollIntoView();
    });
    await captureScreenshot(page, { path: `${outputDir}/alerts-heavy-pollution-basis.png` });
    expect(englishLeaks((await page.textContent('.panel')) ?? '')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
