// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../client/api/session.ts';
import { BuiltUpSummaryPanel, BuiltUpSummaryView, percent } from '../../client/views/dust/built-up-summary.tsx';
import type { BuiltUpSummary } from '../../server/schema/built-up-summary.ts';

/** A summary of the provisional outline with a little of everything inside. */
function createSummary(overrides: Partial<BuiltUpSummary> = {}): BuiltUpSummary {
  return {
    asOf: '2023-12-31T23:00',
    provisional: true,
    areaKm2: 54.699,
    areas: [
      {
        id: 'BUA-PROVISIONAL',
        name: '忻州市城市建成区（示意）',
        areaKm2: 54.699,
        effectiveFrom: '2023-01-01',
        provisional: true,
        provenance: 'approximate',
        source: '示意',
      },
    ],
    enterprises: {
      total: 64,
      operating: 57,
      heavyPolluters: 3,
      listVersion: '第2版',
      disagreementsTotal: 1,
      disagreements: [
        { enterpriseId: 'E0079', name: '泰和涂装', heavyPolluter: true, listMarksBuiltUp: true, insidePolygon: false },
      ],
    },
    constructionSites: { total: 26, active: 12 },
    machines: { seen: 74, electric: 2, electricShare: 2 / 74 },
    muckTrucks: { total: 0, byFuel: [], newEnergy: 0, newEnergyShare: null },
    roadSegments: { count: 40, lengthKm: 42.536 },
    stockyards: { total: 7 },
    ...overrides,
  };
}

const requested: string[] = [];
const admin = { id: 1, username: 'admin', displayName: '演示·管理员', role: 'admin', townships: [] };
/** Answers the session and the summary (of an imported boundary), recording what was asked. */
const stubFetch = () =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      requested.push(path);
      const body = path.startsWith('/api/auth/me')
        ? { user: admin, csrfToken: 't', demo: false, publicRead: false }
        : createSummary({ provisional: false });
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
beforeAll(async () => {
  stubFetch();
  await loadSession();
});
afterAll(() => vi.unstubAllGlobals());

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const figure = (root: Element, name: string) => root.querySelector(`[data-built-up-figure="${name}"]`)?.textContent;

describe('BuiltUpSummaryView', () => {
  it('shows the figures with their units, and the 示意 note while the outline is provisional', () => {
    const root = document.createElement('div');
    render(<BuiltUpSummaryView lang="zh" summary={createSummary()} />, root);
    expect(root.querySelector('[data-built-up-area]')?.textContent).toBe('54.7 km²');
    expect(root.querySelector('[data-built-up-provisional]')?.textContent).toBe('示意');
    expect(root.querySelector('[data-built-up-note]')?.textContent).toContain('非规划部门的正式建成区边界');
    expect(figure(root, 'enterprises')).toBe('64 家（在产 57，其中重污染 3）');
    expect(figure(root, 'machines')).toBe('74 台（电动 3%）');
    expect(figure(root, 'muck-trucks')).toBe('0 台（新能源 —）');
    expect(figure(root, 'roads')).toBe('40 段，建成区内 42.5 km');
    expect(root.querySelector('[data-disagreement="E0079"]')?.textContent).toBe(
      '泰和涂装（重污染）：清单标注建成区，位于边界外',
    );
  });

  it('drops the note for an imported boundary, speaks English, and says when no boundary is held', () => {
    const root = document.createElement('div');
    render(<BuiltUpSummaryView lang="en" summary={createSummary({ provisional: false })} />, root);
    expect(root.querySelector('[data-built-up-note]')).toBeNull();
    expect(figure(root, 'sites')).toBe('26 (12 active)');
    render(<BuiltUpSummaryView lang="zh" summary={createSummary({ areas: [], areaKm2: 0 })} />, root);
    expect(root.querySelector('[data-built-up-none]')?.textContent).toContain('未持有建成区边界');
  });

  it('words shares as whole percentages', () => {
    expect(percent(null)).toBe('—');
    expect(percent(0.5)).toBe('50%');
    expect(percent(1)).toBe('100%');
  });
});

describe('BuiltUpSummaryPanel', () => {
  it('loads the summary at the console’s as-of', async () => {
    stubFetch();
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<BuiltUpSummaryPanel lang="zh" asOf="2023-07-15T11:00" />, root));
    await flush();
    expect(requested.at(-1)).toBe('/api/built-up-area/summary?asOf=2023-07-15T11%3A00');
    expect(root.querySelector('[data-built-up-summary]')).not.toBeNull();
    expect(root.querySelector('[data-built-up-provisional]')).toBeNull();
  });
});
