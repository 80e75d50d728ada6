// A component test in Node with a happy-dom document (installDom): the API is the real app, served in process.
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ViewMount } from '../../client/app.ts';
import { SELECTED_STATION_LAYER } from '../../client/views/air/station-overlay.ts';
import { createApp } from '../../server/app.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { createTestConsole, installDom, readableLines, waitFor } from '../helpers/console-context.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let caller: Caller;
let dom: ReturnType<typeof installDom>;
let mountAirView: ViewMount;
let dispose: (() => void) | null = null;

beforeAll(async () => {
  seeded = createSeededDbFile({ scale: 0.25 });
  caller = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
  dom = installDom();
  ({ mountAirView } = await import('../../client/views/air/air-view.tsx'));
}, 60_000);
afterAll(() => {
  dom.uninstall();
  seeded.dispose();
});
afterEach(() => {
  act(() => dispose?.());
  dispose = null;
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function mountAir(state: Parameters<typeof createTestConsole>[1]) {
  const harness = await createTestConsole(caller, { view: 'air', ...state });
  act(() => {
    dispose = mountAirView(harness.context);
  });
  await waitFor(() => expect(harness.context.panel.querySelector('[data-aq-evaluation]')).not.toBeNull());
  return harness;
}

describe('空气质量 view (component)', () => {
  it('an as-of after the readings asks only for what exists and says so in Chinese', async () => {
    const { context, paths } = await mountAir({ asOf: '2024-06-01T12:00' });
    const notice = context.panel.querySelector('[data-aq-out-of-range]');
    expect(notice?.textContent).toContain('所选时刻 2024-06-01 12:00 暂无空气质量数据');
    expect(paths).toContain('/api/aq/daily?scope=district&from=2023-01-01&to=2023-12-31');
    expect(paths).toContain('/api/aq/evaluation?year=2023&scope=district&asOf=2023-12-31');
    expect(context.panel.querySelector('[data-aq-error]')).toBeNull();
    expect(context.panel.querySelector('[data-aq-out-of-range]')?.getAttribute('role')).toBe('status');
  }, 30_000);

  it('an as-of inside the readings has no notice', async () => {
    const { context } = await mountAir({ asOf: '2023-07-21T10:00' });
    expect(context.panel.querySelector('[data-aq-out-of-range]')).toBeNull();
  }, 30_000);

  it('shows no English in Chinese (notes, AQI categories, validity); English mode words the notes', async () => {
    const { context } = await mountAir({ asOf: '2023-07-21T10:00' });
    for (const details of context.panel.querySelectorAll('details')) details.setAttribute('open', '');
    const lines = readableLines(context.panel, context.bottom);
    expect(lines.filter((line) => englishLeaks(line).length > 0)).toEqual([]);
    const notes = [...context.panel.querySelectorAll('[data-aq-note]')].map((p) => p.textContent);
    expect(notes.join(' ')).toContain('全区数值');
    expect(notes.join(' ')).toMatch(/2180A.*已于2019-03-13停运/);
    expect(notes.join(' ')).toContain('年初至今（202 天）');
    expect(context.panel.querySelector('[data-level="1"]')?.textContent).toMatch(/^优 \d+天$/);
    act(() => context.store.update({ lang: 'en' }));
    await waitFor(() => expect(context.panel.textContent).toContain('District values: per day'));
    expect(context.panel.querySelector('[data-level="3"]')?.textContent).toMatch(/^Lightly polluted \d+ d$/);
  }, 30_000);

  it('explains 综合指数 and labels both charts (ECharts figures: name, unit, summary, export)', async () => {
    const { context } = await mountAir({});
    const index = context.panel.querySelector('[data-comprehensive-index]');
    expect(index?.getAttribute('title')).toContain('二级标准限值');
    const aqi = context.panel.querySelector('[data-chart="daily-aqi"]');
    const aqiImage = aqi?.querySelector('[role="img"]');
    expect(aqiImage?.getAttribute('aria-label')).toBe('全年日AQI柱状图，按 HJ 633-2012 等级着色');
    const zoom = [...(aqi?.querySelectorAll('button[data-chart-zoom]') ?? [])].map((b) => b.textContent);
    expect(zoom).toEqual(['放大', '缩小', '前移', '后移', '复位']);
    const aqiSummary = aqi?.querySelector(`#${aqiImage?.getAttribute('aria-describedby')}`)?.textContent ?? '';
    expect(aqiSummary).toMatch(/^2023-01-01 至 2023-12-31 日AQI：有效 (\d+) 天；优 \d+ 天，良 \d+ 天/);
    expect(Number(/有效 (\d+) 天/.exec(aqiSummary)?.[1])).toBe(Number(aqi?.getAttribute('data-valid-days')));
    expect(Number(aqi?.getAttribute('data-valid-days'))).toBeGreaterThan(300);
    expect(aqi?.querySelector('[data-chart-export]')?.textContent).toBe('导出图片');
    const pollutant = context.panel.querySelector('[data-chart="pollutant"]');
    expect(pollutant?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('PM2.5 日均值（µg/m³）与限值');
    expect(pollutant?.getAttribute('data-limit')).toBe('75');
    expect(pollutant?.querySelector('[data-chart-summary]')?.textContent).toMatch(
      /^PM2\.5：有效 \d+ 天，\d+ 天超过二级限值 75 µg\/m³，最高 [\d.]+ µg\/m³。$/,
    );
    act(() => context.store.update({ lang: 'en' }));
    await waitFor(() =>
      expect(context.panel.querySelector('[data-chart="pollutant"] [role="img"]')?.getAttribute('aria-label')).toBe(
        'PM2.5 daily values (µg/m³) against the limit',
      ),
    );
    expect(context.panel.querySelector('[data-chart="daily-aqi"] [data-chart-export]')?.textContent).toBe(
      'Export image',
    );
  }, 30_000);

  it('draws play and pause in SVG (no glyph a font may lack) with an aria-label in the UI language', async () => {
    const { context } = await mountAir({});
    const play = context.bottom.querySelector<HTMLButtonElement>('[data-action="play"]');
    expect(context.bottom.hidden).toBe(false);
    expect(play?.getAttribute('aria-label')).toBe('播放');
    expect(play?.textContent).toBe('');
    expect(play?.querySelector('svg[data-glyph="play"]')).not.toBeNull();
    act(() => play?.click());
    expect(play?.getAttribute('aria-label')).toBe('暂停');
    expect(play?.querySelector('svg[data-glyph="pause"]')).not.toBeNull();
    act(() => play?.click());
    act(() => context.store.update({ lang: 'en' }));
    expect(play?.getAttribute('aria-label')).toBe('Play');
  }, 30_000);

  it('evaluates the station of the URL state, rings it on the map, and writes a new choice to the state', async () => {
    const { context, overlays, paths } = await mountAir({ station: '3208A' });
    expect(context.panel.querySelector('[data-aq-evaluation]')?.getAttribute('data-aq-evaluation')).toBe('station');
    expect(paths.some((p) => p.includes('station=3208A'))).toBe(true);
    expect(overlays.at(-1)).toContain(SELECTED_STATION_LAYER);
    const select = context.panel.querySelector<HTMLSelectElement>('[data-aq-scope]');
    expect(select?.value).toBe('3208A');
    act(() => {
      if (!select) return;
      select.value = 'district';
      select.dispatchEvent(new dom.window.Event('change', { bubbles: true }) as unknown as Event);
    });
    expect(context.store.get().station).toBeNull();
    expect(overlays.at(-1)).toEqual([]);
  }, 30_000);
});
