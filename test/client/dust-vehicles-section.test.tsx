// @vitest-environment happy-dom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ViewContext } from '../../client/app.ts';
import { type AppState, defaultState } from '../../client/state/app-state.ts';
import { createStore } from '../../client/state/store.ts';
import { matchesVehicleSearch } from '../../client/views/dust/vehicle-register-table.tsx';
import { VehiclesSection } from '../../client/views/dust/vehicles-section.tsx';
import type { VehicleProperties } from '../../server/schema/vehicle.ts';
import type { PhaseOutCohort, VehicleProgressResponse } from '../../server/schema/vehicle-progress.ts';

const cohort = (overrides: Partial<PhaseOutCohort> = {}): PhaseOutCohort => ({
  atStart: 491,
  inUse: 410,
  left: { scrapped: 62, deregistered: 7, transferredOut: 12 },
  pastScrapDue: 2,
  phasedOutShare: 81 / 491,
  monthly: [
    { month: '2023-05', day: '2023-05-31', inUse: 481 },
    { month: '2023-12', day: '2023-12-31', inUse: 410 },
  ],
  ...overrides,
});
const progress: VehicleProgressResponse = {
  asOf: '2023-12-31T23:00',
  planStart: '2023-05-05',
  dieselTrucks: cohort(),
  leanBurnGasTrucks: cohort({ atStart: 60, inUse: 51, pastScrapDue: 0, phasedOutShare: 0.15 }),
  municipal: {
    added: 15,
    clean: 13,
    cleanShare: 13 / 15,
    byCategory: [{ category: 'sanitation', added: 8, clean: 7 }],
  },
  bulkFreight: {
    from: '2023-12-24T23:00',
    to: '2023-12-31T23:00',
    enterprises: [
      {
        id: 'E0084',
        name: '忻州市福源焦化有限公司',
        township: '140902101',
        annualFreightT: 1_934_100,
        railSpur: 'under-construction',
        trips: 180,
        meets: 149,
        below: 20,
        unknown: 11,
        meetsShare: 149 / 169,
      },
    ],
  },
  fleet: {
    inUse: 2,
    byStage: [
      { stage: 'IV', count: 1 },
      { stage: 'VI', count: 1 },
    ],
    byFuel: [{ fuel: 'diesel', count: 2 }],
  },
};
const vehicle = (id: string, plate: string, ownerUnit: string): VehicleProperties => ({
  id,
  plate,
  category: 'heavy-truck',
  fuel: 'diesel',
  emissionStage: 'IV',
  leanBurn: false,
  municipal: false,
  ownerUnit,
  keyUserEnterpriseId: null,
  registeredOn: '2014-03-01',
  status: 'in-use',
  statusOn: null,
  scrapDueOn: '2029-03-04',
  register: 'transport',
  township: '140902001',
  townshipName: '秀容街道',
  lastCheck: null,
  provenance: 'synthetic',
  source: '演示数据（合成）',
});
const features = [
  {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [112.7, 38.4] },
    properties: vehicle('V1', '晋HA12345', '忻州市通达物流有限公司（示意）'),
  },
  {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [112.8, 38.5] },
    properties: vehicle('V2', '晋HB54321', '忻府区环境卫生服务中心'),
  },
];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const requested: string[] = [];

beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      requested.push(path);
      if (path.startsWith('/api/vehicles/progress')) return json(progress);
      if (path.startsWith('/api/layers/vehicles')) return json({ type: 'FeatureCollection', features });
      return json({ error: { code: 'not_found', message: 'no' } }, 404);
    }),
  );
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
  act(() => render(<VehiclesSection context={context} lang="zh" asOf="2023-12-31T23:00" />, root));
  return { root, store, flyTo };
}
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('VehiclesSection (机动车)', () => {
  it('asks for the progress and the register at the console’s as-of', async () => {
    setUp();
    await flush();
    expect(requested).toContain('/api/vehicles/progress?asOf=2023-12-31T23%3A00');
    expect(requested).toContain('/api/layers/vehicles?asOf=2023-12-31T23%3A00');
  });

  it('shows the phase-out since the plan’s start with its chart, the municipal share, the bulk freight', async () => {
    const { root } = setUp();
    await flush();
    await flush();
    const diesel = root.querySelector('[data-cohort]');
    expect(diesel?.textContent).toContain('国四及以下柴油货车淘汰进度');
    expect(diesel?.querySelector('[data-figure="at-start"]')?.textContent).toBe('491');
    expect(diesel?.querySelector('[data-figure="in-use"]')?.textContent).toBe('410');
    expect(diesel?.querySelector('[data-figure="share"]')?.textContent).toBe('16%');
    expect(diesel?.querySelectorAll('[data-phase-out-chart] circle')).toHaveLength(2);
    expect(root.textContent).toContain('起点为计划印发日 2023-05-05');
    expect(root.querySelector('[data-municipal]')?.textContent).toContain('87%');
    const freight = root.querySelector('[data-bulk-freight] tbody tr');
    expect(freight?.textContent).toContain('忻州市福源焦化有限公司');
    expect(freight?.textContent).toContain('193');
    expect(freight?.classList.contains('warn')).toBe(true);
    expect(root.textContent).toContain('演示数据（合成）');
  });

  it('searches the register and selects a vehicle on the map', async () => {
    const { root, store, flyTo } = setUp();
    await flush();
    await flush();
    expect(root.querySelectorAll('[data-vehicle-register] tbody tr')).toHaveLength(2);
    const search = root.querySelector('input.vehicle-search') as HTMLInputElement;
    act(() => {
      search.value = 'hb54';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const rows = [...root.querySelectorAll('[data-vehicle-register] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-vehicle-id'))).toEqual(['V2']);
    act(() => (rows[0] as HTMLTableRowElement).click());
    expect(store.get().selected).toEqual({ layer: 'vehicles', id: 'V2' });
    expect(store.get().layers).toContain('vehicles');
    expect(flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [112.8, 38.5] }));
  });

  it('matches plates without case or spaces and owners by their words', () => {
    const v = { plate: '晋HA12345', ownerUnit: '忻州市通达物流有限公司' };
    expect(matchesVehicleSearch(v, 'ha 123')).toBe(true);
    expect(matchesVehicleSearch(v, '通达')).toBe(true);
    expect(matchesVehicleSearch(v, '顺丰')).toBe(false);
  });
});
