// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../client/api/session.ts';
import type { ViewContext } from '../../client/app.ts';
import { ChecksSection } from '../../client/views/dust/checks-section.tsx';
import type { RepairShopProperties } from '../../server/schema/repair-shop.ts';
import type { CheckSummary, ChecksResponse, RoadsideCheck } from '../../server/schema/roadside-checks.ts';

const inspector = { id: 3, username: 'li', displayName: '李巡查', role: 'inspector', townships: ['140902001'] };
const posted: { path: string; method: string; body: unknown }[] = [];
const requested: string[] = [];

const check: RoadsideCheck = {
  id: 7,
  checkpointId: 'CP01',
  checkpointName: '北入城口检查站',
  checkpointKind: 'entrance',
  township: '140902001',
  townshipName: '秀容街道',
  checkedAt: '2023-12-30T10:00',
  plate: '晋H12345',
  vehicleId: null,
  fuel: 'diesel',
  emissionStage: 'IV',
  devices: 'ok',
  obd: 'fault',
  emissionTest: 'fail',
  testMethod: 'free-acceleration',
  testValue: 2.1,
  outcome: 'repair-order',
  agencies: ['ecology-environment'],
  problems: ['obd-fault', 'emission-failed'],
  hit: true,
  inspector: '张三',
  note: null,
  provenance: 'synthetic',
  recordedAt: '2023-12-30T03:00:00.000Z',
};
const summary: CheckSummary = {
  from: '2023-12-01T23:59',
  to: '2023-12-31T23:59',
  township: null,
  checks: 40,
  hits: 4,
  rate: 0.1,
  byCheckpoint: [
    { id: 'CP01', name: '北入城口检查站', kind: 'entrance', township: '140902001', checks: 40, hits: 4, rate: 0.1 },
  ],
  byProblem: [
    { problem: 'devices', count: 1 },
    { problem: 'obd-fault', count: 2 },
    { problem: 'obd-tampering', count: 0 },
    { problem: 'emission-failed', count: 1 },
  ],
  byOutcome: [
    { outcome: 'pass', count: 36 },
    { outcome: 'warning', count: 1 },
    { outcome: 'repair-order', count: 2 },
    { outcome: 'fined', count: 1 },
  ],
  byStage: [{ stage: 'IV', checks: 40, hits: 4, rate: 0.1 }],
};
const shop = (
  id: string,
  name: string,
  openFinding: boolean,
): { geometry: unknown; properties: RepairShopProperties } => ({
  geometry: { type: 'Point', coordinates: [112.7, 38.4] },
  properties: {
    id,
    name,
    category: 'class-2',
    emissionsRepair: false,
    licence: null,
    township: '140902001',
    townshipName: '秀容街道',
    lastInspection: openFinding
      ? {
          date: '2023-12-07',
          aftertreatmentRemoval: true,
          obdTampering: false,
          ledgerComplete: false,
          outcome: 'rectify',
          rectifiedOn: null,
          inspector: '张三',
        }
      : null,
    openFinding,
    provenance: 'synthetic',
    source: 'test',
  },
});

const reply = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeAll(async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      requested.push(path);
      if (path.startsWith('/api/auth/me'))
        return reply({ user: inspector, csrfToken: 't', demo: false, publicRead: false });
      if (init?.method === 'POST') {
        posted.push({ path, method: init.method, body: JSON.parse(String(init.body)) });
        return reply({ ...check, id: 8 }, 201);
      }
      if (path.startsWith('/api/checks/summary')) return reply(summary);
      if (path.startsWith('/api/checks')) return reply({ total: 1, checks: [check] } satisfies ChecksResponse);
      if (path.startsWith('/api/layers/checkpoints')) {
        return reply({
          features: [{ geometry: { coordinates: [112.8, 38.5] }, properties: { id: 'CP01', name: '北入城口检查站' } }],
        });
      }
      if (path.startsWith('/api/layers/repair-shops')) {
        return reply({ features: [shop('RS1', '安顺汽修', false), shop('RS2', '顺达汽修', true)] });
      }
      return reply([]);
    }),
  );
  await loadSession();
});
afterAll(() => vi.unstubAllGlobals());

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

function createContext() {
  let state = { layers: [] as string[], selected: null as unknown };
  const flights: unknown[] = [];
  const context = {
    store: { get: () => state, update: (patch: Partial<typeof state>) => (state = { ...state, ...patch }) },
    map: { flyTo: (options: unknown) => flights.push(options), getZoom: () => 10 },
    reloadData: async () => undefined,
    panel: document.createElement('div'),
  } as unknown as ViewContext;
  return { context, flights, selected: () => state.selected, layers: () => state.layers };
}

describe('路检路查 section', () => {
  it('shows the summary for the period, the recent checks and the shops with open findings first', async () => {
    const root = document.createElement('div');
    const { context } = createContext();
    render(<ChecksSection context={context} lang="zh" asOf="2023-12-31T23:00" />, root);
    await flush();
    await flush();
    expect(requested).toContain('/api/checks/summary?from=2023-12-01&to=2023-12-31');
    expect(root.textContent).toContain('检查 40 辆次，发现问题 4 辆次，查处率 10.0%');
    expect(root.querySelector('[data-problem="obd-fault"]')?.textContent).toBe('OBD 故障码：2');
    expect(root.querySelector('[data-check="7"]')?.textContent).toContain('OBD 故障码、尾气排放超标');
    const shops = [...root.querySelectorAll('[data-repair-shop]')].map((li) => li.getAttribute('data-repair-shop'));
    expect(shops).toEqual(['RS2', 'RS1']);
    expect(root.textContent).toContain('共 2 家，1 家拆改问题未整改，1 家从未检查');
    render(null, root);
  });

  it('selects the checkpoint on the map from a summary row', async () => {
    const root = document.createElement('div');
    const { context, flights, selected, layers } = createContext();
    render(<ChecksSection context={context} lang="zh" asOf="2023-12-31T23:00" />, root);
    await flush();
    await flush();
    await act(() => (root.querySelector('[data-checkpoint-row="CP01"]') as HTMLElement).click());
    expect(selected()).toEqual({ layer: 'checkpoints', id: 'CP01' });
    expect(layers()).toContain('checkpoints');
    expect(flights).toHaveLength(1);
    render(null, root);
  });

  it('posts a check from the form (inspectors supervise)', async () => {
    const root = document.createElement('div');
    const { context } = createContext();
    render(<ChecksSection context={context} lang="zh" asOf="2023-12-31T23:00" />, root);
    await flush();
    await flush();
    const form = root.querySelector('[data-check-form]') as HTMLFormElement;
    const plate = form.querySelector('input[name="plate"]') as HTMLInputElement;
    await act(() => {
      plate.value = '晋H54321';
      plate.dispatchEvent(new Event('input'));
    });
    await act(() => {
      form.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await flush();
    expect(posted[0]).toMatchObject({
      path: '/api/checks',
      body: { checkpointId: 'CP01', checkedAt: '2023-12-31T23:00', plate: '晋H54321', outcome: 'pass' },
    });
    expect(root.querySelector('[data-check-saved]')).not.toBeNull();
    render(null, root);
  });
});
