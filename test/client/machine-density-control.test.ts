// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { machineDensityBlock, machineDensityOnMap } from '../../client/layers/machine-density-control.ts';
import { MACHINE_DENSITY_LAYER_ID } from '../../client/layers/machine-density.ts';
import { machineDensityLayers } from '../../client/layers/machine-density-layers.ts';
import { defaultState, type AppState } from '../../client/state/app-state.ts';
import { createStore } from '../../client/state/store.ts';
import type { MachineDensity } from '../../server/schema/machine-density.ts';

const body = (window: '30d' | 'ytd', to: string): MachineDensity => ({
  to,
  after: window === '30d' ? '2023-06-15T11:00' : '2022-12-31T23:59',
  window,
  cellMeters: 500,
  grid: { originLon: 112, originLat: 38, dLon: 0.0057, dLat: 0.0045 },
  positions: window === '30d' ? 1234 : 56_789,
  machines: 12,
  max: 40,
  cells: [
    [100, 90, 1194],
    [101, 90, 40],
  ],
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
afterEach(() => vi.unstubAllGlobals());

describe('机械作业密度 in 图层 and on the map (issue 18)', () => {
  it('fetches the counts for the as-of and window shown, says so, and redraws when they arrive', async () => {
    const requests: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (path: string) => {
        requests.push(path);
        const query = new URLSearchParams(path.split('?')[1]);
        const window = query.get('window') as '30d' | 'ytd';
        return new Response(JSON.stringify(body(window, query.get('asOf') ?? '2023-12-31T23:00')), { status: 200 });
      }),
    );
    const store = createStore<AppState>({ ...defaultState, asOf: '2023-07-15T11:00' });
    // what renderMapData does: draw the density again
    let drawn: ReturnType<typeof machineDensityOnMap> = [];
    const redraw = vi.fn(() => {
      drawn = machineDensityOnMap(store, '2023-12-31T23:00', redraw, machineDensityLayers);
    });
    const block = machineDensityBlock(store);
    document.body.append(block);
    // off: no layer, no request; the legend is there with a number for every class
    redraw();
    expect(drawn).toEqual([]);
    expect(requests).toEqual([]);
    expect([...block.querySelectorAll('[data-density-class]')].map((li) => li.textContent)).toEqual([
      '1–9',
      '10–29',
      '30–99',
      '100–299',
      '300–999',
      '≥ 1,000',
    ]);
    // on: the toggle sets state.density, the map asks for the counts, loading shows, then the summary
    const toggle = block.querySelector<HTMLInputElement>('[data-density-toggle]')!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event('change'));
    expect(store.get().density).toBe(true);
    expect(drawn).toEqual([]); // not loaded yet
    expect(requests).toEqual(['/api/machines/density?window=30d&asOf=2023-07-15T11%3A00']);
    await settle();
    expect(block.querySelector('[data-density-status="loading"]')).toBeNull();
    expect(block.querySelector('[data-density-summary]')?.textContent).toBe('1,234 条定位 · 12 台机械 · 2 格');
    expect(block.textContent).toContain('2023-06-15 11:00 之后至 2023-07-15 11:00（含）');
    expect(drawn.map((l) => l.id)).toEqual([MACHINE_DENSITY_LAYER_ID]); // redrawn when they arrived
    expect(requests).toHaveLength(1); // drawn from what arrived, not asked again

    // the year to date: asked for, and kept across re-renders of the panel
    const ytd = block.querySelector<HTMLInputElement>('input[value="ytd"]')!;
    ytd.checked = true;
    ytd.dispatchEvent(new Event('change'));
    expect(requests.at(-1)).toBe('/api/machines/density?window=ytd&asOf=2023-07-15T11%3A00');
    await settle();
    expect(block.querySelector('[data-density-summary]')?.textContent).toContain('56,789 条定位');
    expect(localStorage.getItem('lantian.densityWindow')).toBe('ytd');
    const again = machineDensityBlock(store);
    expect(again.querySelector<HTMLInputElement>('input[value="ytd"]')!.checked).toBe(true);

    // a new as-of asks again
    store.update({ asOf: '2023-07-16T11:00' });
    redraw();
    expect(requests.at(-1)).toBe('/api/machines/density?window=ytd&asOf=2023-07-16T11%3A00');
  });
});
