import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequirementsResponse } from '../../server/schema/plan-requirements.ts';
import { scaled } from '../helpers/time-scale.ts';
import { captureScreenshot, sessionCookie } from './browser.ts';
import { pollLimit, useConsoleHarness } from './console-harness.ts';
import { englishLeaks } from './english-leaks.ts';

const outputDir = 'test-output/e2e';
vi.setConfig({ testTimeout: scaled(180_000) });

const harness = useConsoleHarness(outputDir);
let admin = '';
let register: RequirementsResponse;
/** The rules with alerts to handle at the present (a rule jump lands on a group of them; 告警 lists no 进展). */
let alertRules = new Set<string>();
beforeAll(async () => {
  admin = await sessionCookie(harness.server.url, 'admin');
  const res = await fetch(`${harness.server.url}/api/plan/requirements`, {
    headers: { cookie: `lantian_session=${admin}` },
  });
  expect(res.status).toBe(200);
  register = (await res.json()) as RequirementsResponse;
  const alerts = await fetch(`${harness.server.url}/api/alerts`, { headers: { cookie: `lantian_session=${admin}` } });
  expect(alerts.status).toBe(200);
  alertRules = new Set(
    ((await alerts.json()) as { alerts: { rule: string; severity: string }[] }).alerts
      .filter((a) => a.severity !== 'info')
      .map((a) => a.rule),
  );
});

describe('计划 view in Chromium', () => {
  it('shows the plan with every requirement highlighted; a click opens its card; a support jumps', async () => {
    const { page, pageErrors } = await harness.open('?v=plan', { cookie: admin });
    await page.waitForSelector('[data-plan-text] [data-req]', { timeout: scaled(60_000) });
    await page.waitForSelector('body[data-layers-drawn="true"]', { timeout: scaled(60_000) });
    // the whole text, from 一、指导思想 to 五、保障措施
    const parts = await page.$$eval('[data-plan-text] h3', (els) => els.map((e) => e.textContent));
    expect(parts[0]).toBe('一、指导思想');
    expect(parts.at(-1)).toBe('五、保障措施');
    // one highlight per requirement the API lists, each in its status' colour class
    const spans = await page.$$eval('[data-plan-text] [data-req]', (els) =>
      els.map((e) => [e.getAttribute('data-req'), e.getAttribute('data-status'), e.className] as const),
    );
    const ids = new Set(spans.map(([id]) => id));
    expect(ids.size).toBe(register.requirements.length);
    expect([...ids].sort()).toEqual(register.requirements.map((r) => r.id).sort());
    for (const [, status, className] of spans) expect(className).toContain(`plan-req-${status}`);
    // the summary bar shows the API's counts
    for (const status of ['covered', 'partial', 'missing'] as const)
      expect(await page.textContent(`[data-plan-count="${status}"] strong`)).toBe(String(register.counts[status]));
    expect(englishLeaks((await page.textContent('.panel')) ?? '')).toEqual([]);
    await captureScreenshot(page, { path: `${outputDir}/plan-view.png` });

    // a requirement the console supervises with a layer: its card, then the jump to 图层 with that layer shown
    const withLayer = register.requirements.find((r) => r.supports.some((s) => s.kind === 'layer'));
    if (!withLayer) throw new Error('no requirement is supervised by a layer');
    const layer = withLayer.supports.find((s) => s.kind === 'layer')?.id ?? '';
    await page.click(`[data-plan-text] [data-req="${withLayer.id}"]`);
    const card = `[data-plan-card="${withLayer.id}"]`;
    await page.waitForSelector(card);
    expect(await page.textContent(`${card} [data-card-status]`)).toContain(
      { covered: '已覆盖', partial: '部分覆盖', missing: '未覆盖' }[withLayer.status],
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('pr'), pollLimit).toBe(withLayer.id);
    // the card is brought into sight under its paragraph
    await expect
      .poll(
        () =>
          page.$eval(card, (el) => {
            const box = el.getBoundingClientRect();
            const panel = (el.closest('.panel') as HTMLElement).getBoundingClientRect();
            return box.top >= panel.top && box.bottom <= panel.bottom + 1;
          }),
        pollLimit,
      )
      .toBe(true);
    await captureScreenshot(page, { path: `${outputDir}/plan-view-card.png` });
    await page.click(`${card} [data-support="layer:${layer}"]`);
    await page.waitForSelector('.rail-item.active[data-view="layers"]');
    await page.waitForSelector(`.layer-block[data-layer="${layer}"]`);
    await expect
      .poll(() => page.evaluate(() => new URL(window.location.href).searchParams.get('v')), pollLimit)
      .toBe('layers');
    const shown = await page.evaluate(
      () => (window as unknown as { lantian: { store: { get(): { layers: string[] } } } }).lantian.store.get().layers,
    );
    expect(shown).toContain(layer);

    // Back returns to 计划 with the card open; a rule support jumps to 告警
    await page.goBack();
    await page.waitForSelector(card, { timeout: scaled(30_000) });
    // a requirement whose first rule has alerts now (the stack rules have none without live data)
    const firstRule = (r: RequirementsResponse['requirements'][number]) => r.supports.find((s) => s.kind === 'rule');
    const withRule = register.requirements.find((r) => alertRules.has(firstRule(r)?.id ?? ''));
    if (!withRule) throw new Error('no requirement is supervised by a rule with alerts');
    // (its card may be the one already open: the same requirement can have both a layer and a rule; a second click on
    // its highlight would close it)
    if (!(await page.$(`[data-plan-card="${withRule.id}"]`)))
      await page.click(`[data-plan-text] [data-req="${withRule.id}"]`);
    const rule = firstRule(withRule)?.id ?? '';
    await page.click(`[data-plan-card="${withRule.id}"] [data-support="rule:${rule}"]`);
    await page.waitForSelector('.rail-item.active[data-view="alerts"]');
    await page.waitForSelector('[data-alert-total]', { timeout: scaled(60_000) });
    // …narrowed to that rule: its chip, and only its group
    expect(new URL(page.url()).searchParams.get('ar')).toBe(rule);
    expect(await page.textContent(`[data-rule-filter="${rule}"]`)).toMatch(/^规则：\S.* ×$/);
    await page.waitForSelector(`.alert-group[data-rule="${rule}"]`, { timeout: scaled(30_000) });
    const groups = await page.$$eval('.alert-group[data-rule]', (els) => els.map((e) => e.getAttribute('data-rule')));
    expect(groups).toEqual([rule]);
    await captureScreenshot(page, { path: `${outputDir}/plan-view-rule-alerts.png` });

    // the filters: task 10 dims every requirement outside it, and the bar shows filtered / total
    await page.goBack();
    await page.waitForSelector('[data-plan-filter="task"]', { timeout: scaled(30_000) });
    await page.selectOption('[data-plan-filter="task"]', '10');
    await expect.poll(() => new URL(page.url()).searchParams.get('pt'), pollLimit).toBe('10');
    const plain = await page.$$eval('[data-plan-text] [data-req]', (els) =>
      els.filter((e) => e.getAttribute('data-dimmed') === 'false').map((e) => e.getAttribute('data-req')),
    );
    expect(plain.sort()).toEqual(
      register.requirements
        .filter((r) => r.task === 10)
        .map((r) => r.id)
        .sort(),
    );
    const inTask = register.requirements.filter((r) => r.task === 10 && r.status === 'missing').length;
    expect(await page.textContent('[data-plan-count="missing"] strong')).toBe(`${inTask} / ${register.counts.missing}`);
    await captureScreenshot(page, { path: `${outputDir}/plan-view-filtered.png` });

    // the list of what the filters keep, in English
    await page.click('[data-plan-mode="list"]');
    await expect
      .poll(() => page.$$eval('[data-req-row]', (els) => els.map((e) => e.getAttribute('data-req-row'))), pollLimit)
      .toEqual(register.requirements.filter((r) => r.task === 10).map((r) => r.id));
    await page.click('[data-action="language"]');
    await page.waitForSelector('.rail-item[data-view="plan"]:text("Plan")');
    expect(await page.textContent('.panel h2')).toBe('The plan');
    await captureScreenshot(page, { path: `${outputDir}/plan-view-list-en.png` });
    expect(pageErrors).toEqual([]);
  });
});
