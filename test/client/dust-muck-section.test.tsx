// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { loadSession } from '../../client/api/session.ts';
import type { ViewContext } from '../../client/app.ts';
import { MuckSection } from '../../client/views/dust/muck-section.tsx';
import type { MuckTrackResponse } from '../../server/schema/muck-track.ts';
import type { Spill, ViolationsResponse } from '../../server/schema/muck.ts';

const inspector = { id: 3, username: 'li', displayName: '李巡查', role: 'inspector', townships: ['140902001'] };
const offRoute = {
  kind: 'off-route' as const,
  from: '2023-12-30T23:40:00',
  to: '2023-12-30T23:44:19',
  lon: 112.7824,
  lat: 38.4485,
  detail: { zh: '23:40–23:44 偏离核准路线，最远 1157 米（允许 200 米）', en: 'off the route' },
};
const violations: ViolationsResponse = {
  from: '2023-12-30T23:00',
  to: '2023-12-31T23:00',
  violations: [{ truckId: 'ZTC-007', plate: '晋HE9807', company: '鑫达', township: '140902005', ...offRoute }],
};
const spills: Spill[] = [
  {
    id: 2,
    reportedAt: '2023-12-31T06:45',
    lon: 112.72,
    lat: 38.41,
    township: '140902005',
    truckId: 'ZTC-012',
    plate: '晋HB9612',
    reporter: 'inspector',
    description: '路面有泥土带',
    status: 'open',
    closedAt: null,
    provenance: 'synthetic',
    recordedBy: '演示数据（合成）',
    recordedAt: '2023-12-31T00:00:00.000Z',
  },
];
const track: MuckTrackResponse = {
  truckId: 'ZTC-007',
  plate: '晋HE9807',
  from: '2023-12-30T23:00',
  to: '2023-12-31T23:00',
  positions: [
    { ts: '2023-12-30T23:39:00', lon: 112.77, lat: 38.44, speedKmh: 30 },
    { ts: '2023-12-30T23:40:00', lon: 112.7824, lat: 38.4485, speedKmh: 30 },
  ],
  permit: {
    id: 'ZYZ-2023-007',
    siteId: 'S1',
    disposalSiteId: 'XN-DS-01',
    validFrom: '2023-12-01',
    validTo: '2024-01-31',
    hoursFrom: '22:00',
    hoursTo: '05:00',
    bufferM: 200,
    route: [
      [112.76, 38.43],
      [112.8, 38.43],
    ],
  },
  disposalSites: [{ id: 'XN-DS-01', name: '城东建筑垃圾消纳场', lon: 112.8, lat: 38.43, radiusM: 250 }],
  violations: [offRoute],
};
const requests: { path: string; method: string; body: unknown }[] = [];

beforeAll(async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      requests.push({ path, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : null });
      const body = path.startsWith('/api/auth/me')
        ? { user: inspector, csrfToken: 't', demo: false, publicRead: false }
        : path.startsWith('/api/muck/violations')
          ? violations
          : path.startsWith('/api/muck/trucks/')
            ? track
            : init?.method === 'POST'
              ? { ...spills[0], id: 3, status: 'open' }
              : spills;
      return new Response(JSON.stringify(body), {
        status: init?.method === 'POST' ? 201 : 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  await loadSession();
});
afterAll(() => vi.unstubAllGlobals());

const flush = async () => {
  for (let i = 0; i < 3; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
};

function mount() {
  const overlays: Layer[][] = [];
  const fitBounds = vi.fn();
  const context = {
    setOverlayLayers: (layers: Layer[]) => overlays.push(layers),
    map: { fitBounds },
  } as unknown as ViewContext;
  const root = document.createElement('div');
  document.body.append(root);
  render(<MuckSection context={context} lang="zh" asOf="2023-12-31T23:00" />, root);
  return { root, overlays, fitBounds };
}

describe('MuckSection (渣土车)', () => {
  it('lists the window’s violations with kind, truck, time and place, and the spill reports', async () => {
    const { root } = mount();
    await flush();
    const row = root.querySelector('[data-muck-violation="off-route"]');
    expect(row?.textContent).toContain('未按规定路线行驶');
    expect(row?.textContent).toContain('晋HE9807');
    expect(row?.textContent).toContain('12-30 23:40–23:44');
    expect(row?.textContent).toContain('112.7824, 38.4485');
    expect(root.querySelector('[data-spill="open"]')?.textContent).toContain('待处置');
    expect(requests.some((r) => r.path === '/api/muck/violations?to=2023-12-31T23%3A00')).toBe(true);
    render(null, root);
  });

  it('draws the chosen truck’s track on the map and fits the map to it; closing removes it', async () => {
    const { root, overlays, fitBounds } = mount();
    await flush();
    await act(() => (root.querySelector('[data-truck="ZTC-007"] button') as HTMLButtonElement).click());
    await flush();
    const ids = overlays.at(-1)?.map((l) => l.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['muck-track-route', 'muck-track-path', 'muck-track-violations']));
    expect(fitBounds).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-muck-track="ZTC-007"]')?.textContent).toContain('核准时段 22:00–05:00');
    const close = [...root.querySelectorAll('[data-muck-track] button')].at(-1) as HTMLButtonElement;
    await act(() => close.click());
    expect(overlays.at(-1)).toEqual([]);
    render(null, root);
  });

  it('offers the spill form to inspectors: refuses a missing position, posts a valid report', async () => {
    const { root } = mount();
    await flush();
    const form = root.querySelector('[data-spill-form]') as HTMLFormElement;
    const set = (name: string, value: string) =>
      act(() => {
        const input = form.querySelector(`[name="${name}"]`) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input'));
      });
    await set('description', '路面洒落渣土');
    await act(() => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(form.textContent).toContain('请填写有效的经纬度');
    await set('lon', '112.72');
    await set('lat', '38.41');
    await set('plate', '晋HB9612');
    await act(() => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await flush();
    const post = requests.find((r) => r.method === 'POST');
    expect(post).toMatchObject({
      path: '/api/muck/spills',
      body: { lon: 112.72, lat: 38.41, plate: '晋HB9612', reporter: 'inspector', description: '路面洒落渣土' },
    });
    expect(form.querySelector('[data-spill-saved]')).not.toBeNull();
    render(null, root);
  });
});
