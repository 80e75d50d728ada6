// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../../client/api/session.ts';
import { DustSourcesView, type SourcePick } from '../../client/views/dust/dust-sources-view.tsx';
import { StockyardInspectionForm } from '../../client/views/dust/stockyard-inspection-form.tsx';
import {
  orderStockyards,
  StockyardList,
  type StockyardFeature,
  stockyardStatusText,
} from '../../client/views/dust/stockyard-list.tsx';
import type { DustSourcesResponse } from '../../server/schema/dust-sources.ts';
import type { StockyardProperties } from '../../server/schema/stockyard.ts';

const inspector = { id: 3, username: 'li', displayName: '李巡查', role: 'inspector', townships: ['140902001'] };
const posted: { path: string; body: unknown }[] = [];
beforeAll(async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      if (path.startsWith('/api/auth/me')) {
        const me = { user: inspector, csrfToken: 't', demo: false, publicRead: false };
        return new Response(JSON.stringify(me), { headers: { 'content-type': 'application/json' } });
      }
      const body = JSON.parse(String(init?.body)) as { checks: Record<string, boolean> };
      posted.push({ path, body });
      const created = {
        id: 9,
        stockyardId: 'Y1',
        inspectedOn: '2023-12-31',
        checks: body.checks,
        failedControls: Object.keys(body.checks).filter((c) => !body.checks[c]),
        inspector: '李巡查',
        note: null,
        provenance: 'official',
        recordedAt: '2026-01-01T00:00:00.000Z',
      };
      return new Response(JSON.stringify(created), { status: 201, headers: { 'content-type': 'application/json' } });
    }),
  );
  await loadSession();
});
afterAll(() => vi.unstubAllGlobals());

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

function yard(id: string, name: string, failed: StockyardProperties['failedControls'] | null): StockyardFeature {
  const inspected = failed !== null;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [112.7, 38.4] },
    properties: {
      id,
      name,
      kind: 'commercial',
      material: 'construction-waste',
      enterpriseId: null,
      areaM2: 1000,
      township: '140902001',
      townshipName: '秀容街道',
      lastInspection: inspected
        ? {
            date: '2023-12-18',
            checks: {
              enclosure: !failed.includes('enclosure'),
              cover: !failed.includes('cover'),
              spraying: !failed.includes('spraying'),
              wheelWashing: !failed.includes('wheelWashing'),
              hardSurface: !failed.includes('hardSurface'),
            },
            inspector: '张三',
          }
        : null,
      compliant: inspected ? failed.length === 0 : null,
      failedControls: failed ?? [],
      provenance: 'synthetic',
      source: 'test',
    },
  };
}

describe('the stockyard list', () => {
  const features = [yard('Y1', '甲堆场', []), yard('Y2', '乙堆场', null), yard('Y3', '丙堆场', ['cover'])];

  it('puts failing yards first, then never inspected, then compliant', () => {
    expect(orderStockyards(features).map((f) => f.properties.id)).toEqual(['Y3', 'Y2', 'Y1']);
  });

  it('names the failed controls in Chinese and English', () => {
    const failing = features[2]?.properties as StockyardProperties;
    expect(stockyardStatusText('zh', failing)).toBe('未落实：物料苫盖 · 最近检查 2023-12-18');
    expect(stockyardStatusText('en', failing)).toBe('not in place: cover · inspected 2023-12-18');
    expect(stockyardStatusText('zh', features[1]?.properties as StockyardProperties)).toBe('从未检查');
  });

  it('renders the summary and selects a yard on click', () => {
    const root = document.createElement('div');
    const picked: string[] = [];
    render(
      <StockyardList lang="zh" features={features} selectedId={null} onSelect={(f) => picked.push(f.properties.id)} />,
      root,
    );
    expect(root.querySelector('[data-stockyard-summary]')?.textContent).toBe(
      '共 3 处堆场，1 处措施未落实，1 处从未检查',
    );
    expect(root.querySelector('li')?.getAttribute('data-stockyard')).toBe('Y3');
    root.querySelector<HTMLButtonElement>('[data-stockyard="Y3"] button')?.click();
    expect(picked).toEqual(['Y3']);
  });
});

describe('the inspection form', () => {
  it('posts the five controls with cover unticked and reports the saved inspection', async () => {
    const root = document.createElement('div');
    const saved: string[][] = [];
    render(
      <StockyardInspectionForm
        lang="zh"
        stockyard={{ id: 'Y1', name: '甲堆场' }}
        onSaved={(i) => saved.push(i.failedControls)}
      />,
      root,
    );
    const cover = root.querySelector<HTMLInputElement>('input[name="cover"]');
    if (!cover) throw new Error('no cover checkbox');
    cover.checked = false;
    await act(() => {
      cover.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await flush();
    expect(posted.at(-1)).toEqual({
      path: '/api/stockyards/Y1/inspections',
      body: {
        checks: { enclosure: true, cover: false, spraying: true, wheelWashing: true, hardSurface: true },
        note: null,
      },
    });
    expect(saved).toEqual([['cover']]);
    expect(root.querySelector('[data-stockyard-saved]')?.textContent).toBe('检查记录已保存');
  });
});

describe('the dustfall source analysis', () => {
  const ring = (radiusKm: number, failing: number) => ({
    radiusKm,
    stockyards: { failing, compliant: 2, neverInspected: 0 },
    constructionSites: { failing: 0, compliant: 1, neverInspected: 1 },
    enterprises: {
      total: 2,
      byGroup: {
        'building-materials': 0,
        'coal-coking': 2,
        'metal-casting': 0,
        'chemicals-voc': 0,
        'energy-fuel': 0,
        other: 0,
      },
    },
    roads: { segments: 1, km: 2.04, behindKm: 1.5 },
  });
  const analysis: DustSourcesResponse = {
    month: '2023-12',
    asOf: '2023-12-31T23:00',
    limit: 7,
    ringsKm: [1, 3, 5],
    ringsCumulative: true,
    pointsWithReading: 36,
    points: [
      {
        id: 'D008',
        name: '云中路街道降尘监测点2',
        township: '140902004',
        townshipName: '云中路街道',
        position: [112.7, 38.45],
        value: 10.43,
        rings: [ring(1, 0), ring(3, 1), ring(5, 1)],
        nearest: [
          {
            layer: 'stockyards',
            id: 'Y0900',
            name: '建筑垃圾临时堆场',
            distanceM: 1995,
            position: [112.72, 38.45],
            status: 'failing',
            group: null,
          },
        ],
      },
    ],
  };

  it('shows the rings × types table and selects a nearest source on click', () => {
    const root = document.createElement('div');
    const picks: SourcePick[] = [];
    render(<DustSourcesView lang="zh" analysis={analysis} onPick={(p) => picks.push(p)} />, root);
    const cells = (row: string) =>
      [...root.querySelectorAll(`[data-ring-row="${row}"] td`)].map((td) => td.textContent);
    expect([...root.querySelectorAll('.dust-rings th')].map((th) => th.textContent).slice(1, 4)).toEqual([
      '1 公里内',
      '3 公里内',
      '5 公里内',
    ]);
    expect(cells('stockyards')).toEqual(['0 / 2 / 0', '1 / 2 / 0', '1 / 2 / 0']);
    expect(cells('enterprises')[0]).toBe('2（煤炭焦化 2）');
    expect(cells('road-segments')[0]).toBe('2.0（1.5）');
    const nearest = root.querySelector('[data-nearest="stockyards:Y0900"]');
    expect(nearest?.textContent).toBe('堆场 · 建筑垃圾临时堆场 · 未落实 1995 米');
    nearest?.querySelector('button')?.click();
    expect(picks).toEqual([analysis.points[0]?.nearest[0]]);
  });

  it('says so when no point is over the limit', () => {
    const root = document.createElement('div');
    render(<DustSourcesView lang="en" analysis={{ ...analysis, points: [] }} onPick={() => undefined} />, root);
    expect(root.querySelector('[data-dust-sources-none]')?.textContent).toBe(
      'none of the 36 points with a reading in 2023-12 is over the limit',
    );
  });
});
