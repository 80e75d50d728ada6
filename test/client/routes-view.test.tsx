// @vitest-environment happy-dom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewContext } from '../../client/app.ts';
import type { ConsoleData } from '../../client/api/load-data.ts';
import { type AppState, defaultState } from '../../client/state/app-state.ts';
import { createStore } from '../../client/state/store.ts';
import { mountRoutesView } from '../../client/views/routes-view.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { planFixture } from './routes-fixtures.ts';

const townships = [
  { properties: { code: '140902103', name: '庄磨镇', nameEn: 'Zhuangmo' } },
  { properties: { code: '140902104', name: '董村镇', nameEn: 'Dongcun' } },
];

function setUp(initial: Partial<AppState> = {}) {
  const store = createStore<AppState>({ ...defaultState, view: 'routes', ...initial });
  const panel = document.createElement('div');
  document.body.append(panel);
  const fitBounds = vi.fn();
  const setOverlayLayers = vi.fn();
  const map = { fitBounds, getContainer: () => document.body } as unknown as MapLibreMap;
  const data = () => ({ layers: { townships } }) as unknown as ConsoleData;
  const context = {
    panel,
    bottom: document.createElement('div'),
    store,
    data,
    map,
    setOverlayLayers,
    reloadData: async () => {},
  } as ViewContext;
  let dispose = () => {};
  act(() => {
    dispose = mountRoutesView(context);
  });
  return { store, panel, fitBounds, setOverlayLayers, dispose: () => act(() => dispose()) };
}
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const $ = <E extends Element = HTMLElement>(root: Element, selector: string) => root.querySelector(selector) as E;
function change(input: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  act(() => {
    if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
function answer(body: unknown, status = 200) {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('巡查 view', () => {
  it('names the filtered townships in the scope line, never their codes', () => {
    const { panel, store } = setUp({ townships: ['140902103', '140902104'] });
    expect($(panel, '[data-route-scope]').textContent).toBe('范围：已筛选乡镇 庄磨镇、董村镇');
    act(() => store.update({ lang: 'en' }));
    expect($(panel, '[data-route-scope]').textContent).toBe('Area: Zhuangmo, Dongcun');
  });

  it('keeps its inputs (the same elements, focus included) through a map selection', () => {
    const { panel, store } = setUp();
    const count = $<HTMLSelectElement>(panel, '[data-route-count]');
    change(count, '3');
    count.focus();
    act(() => store.update({ selected: { layer: 'construction-sites', id: 'C1' } }));
    expect($(panel, '[data-route-count]')).toBe(count);
    expect(document.activeElement).toBe(count);
    expect(count.value).toBe('3');
    expect($<HTMLButtonElement>(panel, '[data-route-add]').disabled).toBe(false);
  });

  it('puts the plan parameters and layer ticks in the URL state, and a remount restores them', () => {
    const first = setUp();
    change($(first.panel, '[data-route-count]'), '3');
    change($(first.panel, '[data-route-from]'), '09:00');
    change($(first.panel, '[data-route-problems]'), false);
    change($(first.panel, '[data-route-layer="villages"]'), true);
    const state = first.store.get();
    expect(state.routePlan).toBe('c3;0900-1730;;');
    expect(state.routeLayers).toEqual(['construction-sites', 'villages']);
    first.dispose();
    const again = setUp({ routePlan: state.routePlan, routeLayers: state.routeLayers });
    expect($<HTMLSelectElement>(again.panel, '[data-route-count]').value).toBe('3');
    expect($<HTMLInputElement>(again.panel, '[data-route-from]').value).toBe('09:00');
    expect($<HTMLInputElement>(again.panel, '[data-route-problems]').checked).toBe(false);
    expect($<HTMLInputElement>(again.panel, '[data-route-layer="villages"]').checked).toBe(true);
  });

  it('says beside the shift when it ends before it starts, without asking the server', () => {
    const fetch = answer(planFixture());
    const { panel } = setUp();
    change($(panel, '[data-route-to]'), '08:00');
    act(() => $(panel, '[data-route-plan]').click());
    expect($(panel, '[data-route-shift-error]').textContent).toBe('班次结束须晚于开始');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows a plan in Chinese: dated, labelled times, reasons, why fewer inspectors; fits the map to it', async () => {
    answer(planFixture());
    const { panel, fitBounds, setOverlayLayers, store } = setUp({ asOf: '2023-07-15T11:00' });
    act(() => $(panel, '[data-route-plan]').click());
    await flush();
    const text = panel.textContent ?? '';
    expect($(panel, '[data-route-summary]').textContent).toContain('2023-07-15');
    expect($(panel, '[data-route-times="1"]').textContent).toBe(
      '出发 08:30 · 返回 11:00 · 行驶 133.1 分钟 · 93.84 公里',
    );
    expect($(panel, '[data-stop-times]').textContent).toBe('到达 09:01 · 检查 09:01–09:31');
    expect($(panel, '[data-stop-reason]').textContent).toBe('巡查原因：工地“六个百分之百”未落实');
    expect(text).toContain('M00164（挖掘机 · 登记号 晋H12345）');
    expect($(panel, '[data-route-unassigned] li').textContent).toBe('工地 C9：班次内排不下（优先级最低的先舍去）');
    expect($(panel, '[data-route-fewer]').textContent).toContain('只安排了 1 名巡查员（要求 2 名）');
    expect(englishLeaks(text)).toEqual([]);
    expect(fitBounds).toHaveBeenCalledTimes(1);
    expect(fitBounds.mock.calls[0]?.[0]).toEqual([
      [112.5, 38.3],
      [112.9, 38.6],
    ]);
    const layers = setOverlayLayers.mock.calls.at(-1)?.[0] as { id: string; props: { parameters?: object } }[];
    expect(layers.map((l) => l.id).at(-1)).toBe('inspection-stop-numbers');
    expect(layers.at(-1)?.props.parameters).toMatchObject({ depthCompare: 'always' });
    act(() => store.update({ selected: { layer: 'construction-sites', id: 'C1' } }));
    expect($(panel, '[data-route-summary]')).not.toBeNull();
  });

  it('words a server failure in Chinese from its text, not its English message', async () => {
    answer(
      {
        error: {
          code: 'invalid_request',
          message: 'select: no site matches',
          text: { zh: '没有符合条件的点位', en: 'x' },
        },
      },
      400,
    );
    const { panel } = setUp();
    act(() => $(panel, '[data-route-plan]').click());
    await flush();
    expect($(panel, '[data-route-error]').textContent).toBe('没有符合条件的点位');
  });
});
