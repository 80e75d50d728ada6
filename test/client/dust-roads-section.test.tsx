// @vitest-environment happy-dom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ViewContext } from '../../client/app.ts';
import { loadSession } from '../../client/api/session.ts';
import { type AppState, defaultState } from '../../client/state/app-state.ts';
import { createStore } from '../../client/state/store.ts';
import { RoadsSection } from '../../client/views/dust/roads-section.tsx';
import type { ScheduleResponse, ScheduleRow } from '../../server/schema/roads.ts';

const row = (overrides: Partial<ScheduleRow>): ScheduleRow => ({
  id: 'RS-001',
  name: '文昌大街第1段',
  roadClass: 'arterial',
  township: '140902001',
  townshipName: '秀容街道',
  maintainer: '城区环卫一所',
  lengthKm: 1.2,
  sweepIntervalH: 12,
  washIntervalH: 24,
  lastSweepAt: '2023-12-31T20:05',
  lastWashAt: '2023-12-31T12:40',
  behind: false,
  overdueH: 0,
  insideBuiltUp: true,
  midpoint: [112.73, 38.42],
  ...overrides,
});

const schedule: ScheduleResponse = {
  asOf: '2023-12-31T23:00',
  segments: [
    row({ id: 'RS-007', name: '聚贤街第2段', behind: true, overdueH: 6.5, lastSweepAt: '2023-12-31T04:30' }),
    row({ id: 'RS-001' }),
  ],
  byClass: [{ roadClass: 'arterial', segments: 2, behind: 1, km: 2.4, kmBehind: 1.2 }],
  byMaintainer: [{ maintainer: '城区环卫一所', segments: 2, behind: 1, km: 2.4, kmBehind: 1.2 }],
  standards: [],
};
const loads = {
  limitGM2: 1,
  loads: [
    { id: 1, segmentId: 'RS-007', segmentName: '聚贤街第2段', measuredOn: '2023-12-12', loadGM2: 1.42, high: true },
    { id: 2, segmentId: 'RS-001', segmentName: '文昌大街第1段', measuredOn: '2023-12-10', loadGM2: 0.6, high: false },
  ],
  truncated: false,
};

const admin = { id: 1, username: 'admin', displayName: '演示·管理员', role: 'admin', townships: [] };
const posted: { path: string; body: unknown }[] = [];
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(async () => {
  posted.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      if (path.startsWith('/api/auth/me')) return json({ user: admin, csrfToken: 't', demo: false, publicRead: false });
      if (path.startsWith('/api/roads/schedule')) return json(schedule);
      if (path.startsWith('/api/roads/dust-loads')) return json(loads);
      if (path === '/api/roads/cleanings') {
        posted.push({ path, body: JSON.parse(String(init?.body)) });
        return json({ id: 9, segmentId: 'RS-007', doneAt: '2023-12-31T23:00', kind: 'wet-sweep', plate: null }, 201);
      }
      return json({ error: { code: 'not_found', message: 'no' } }, 404);
    }),
  );
  await loadSession();
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function setUp() {
  const store = createStore<AppState>({ ...defaultState, view: 'dust', layers: [] });
  const root = document.createElement('div');
  document.body.append(root);
  const flyTo = vi.fn();
  const map = { flyTo, getZoom: () => 11 } as unknown as MapLibreMap;
  const context = { panel: root, store, map, reloadData: async () => {} } as unknown as ViewContext;
  act(() => render(<RoadsSection context={context} lang="zh" asOf="2023-12-31T23:00" />, root));
  return { root, store, flyTo };
}
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('RoadsSection (道路保洁)', () => {
  it('shows the schedule behind first with the hours overdue, the km behind by maintainer and the loads', async () => {
    const { root } = setUp();
    await flush();
    await flush();
    const rows = [...root.querySelectorAll('table.roads-schedule tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-segment'))).toEqual(['RS-007', 'RS-001']);
    expect(rows[0]?.textContent).toContain('未达频次 · 6.5 小时');
    expect(rows[1]?.textContent).toContain('按时');
    expect(root.querySelector('[data-roads-summary]')?.textContent).toBe('2 个路段中 1 个未达频次（共 1.20 km）');
    expect(root.querySelector('[data-maintainer]')?.textContent).toContain('1.20 / 2.40 km');
    expect(root.querySelector('tr[data-load="1"]')?.classList.contains('high')).toBe(true);
    expect(root.querySelector('tr[data-load="1"]')?.textContent).toContain('1.42 g/m²');
    expect(root.textContent).toContain('本系统约定');
  });

  it('selects a row’s segment on the map and records a cleaning for it', async () => {
    const { root, store, flyTo } = setUp();
    await flush();
    await flush();
    act(() => (root.querySelector('tr[data-segment="RS-007"] button') as HTMLButtonElement).click());
    expect(store.get().selected).toEqual({ layer: 'road-segments', id: 'RS-007' });
    expect(store.get().layers).toContain('road-segments');
    expect(flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [112.73, 38.42] }));
    const form = root.querySelector('form[data-road-cleaning-form="RS-007"]') as HTMLFormElement;
    expect(form.textContent).toContain('登记清扫作业：聚贤街第2段');
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    expect(posted).toEqual([
      {
        path: '/api/roads/cleanings',
        body: { segmentId: 'RS-007', doneAt: '2023-12-31T23:00', kind: 'wet-sweep', plate: null },
      },
    ]);
    expect(form.textContent).toContain('已登记');
  });
});
