// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutletChart } from '../../client/views/outlets/outlet-chart.tsx';
import { hourSpan, OutletsBlock, type OutletsSubscribe } from '../../client/views/outlets/outlets-block.tsx';
import type { OutletsEvent } from '../../server/schema/live-events.ts';
import type { Outlet, OutletHour } from '../../server/schema/outlets.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { json } from './import-targets-fixture.ts';
import { outlet, outletHour } from './devices-fixtures.ts';

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

/** 30 days of hours ending 2026-12-04T10:00, pm corrected = pm × 1.2; a maintenance hour and a gap. */
function month(): OutletHour[] {
  const hours: OutletHour[] = [];
  const end = Date.parse('2026-12-04T10:00:00+08:00');
  for (let i = 719; i >= 0; i--) {
    if (i === 100) continue;
    const ts = new Date(end - i * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16);
    hours.push(outletHour(ts, i % 50 === 0 ? 12 : 5, 20, 30, i === 200 ? 'M' : 'N'));
  }
  return hours;
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
  vi.unstubAllGlobals();
});

async function mount(outlets: Outlet[], subscribe?: OutletsSubscribe) {
  const gets: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      gets.push(url);
      if (url.startsWith('/api/monitoring/outlets?')) return json({ outlets });
      const id = decodeURIComponent(url.split('/')[4] ?? '');
      const found = outlets.find((o) => o.id === id);
      return found
        ? json({ outlet: found, hours: month() })
        : json({ error: { code: 'not_found', message: 'x' } }, 404);
    }),
  );
  root = document.createElement('div');
  document.body.append(root);
  const element = root;
  act(() => render(<OutletsBlock lang="zh" enterpriseId="E0101" subscribe={subscribe} />, element));
  await flush();
  await flush();
  return { root: element, gets };
}

describe('the enterprise drawer’s 在线监测', () => {
  it('shows the latest hour measured and corrected against the ULE limit, over-limit in words', async () => {
    const { root: r, gets } = await mount([outlet()]);
    expect(gets[0]).toBe('/api/monitoring/outlets?enterprise=E0101');
    expect(r.querySelector('h4')?.textContent).toBe('在线监测');
    const card = r.querySelector('[data-outlet="O-E0101-DA001"]');
    expect(card?.querySelector('h5')?.textContent).toBe('1#窑尾排气筒（DA001）合成');
    expect(card?.textContent).toContain('合成数据：演示用排放口与监测值，非企业实测');
    expect(card?.querySelector('[data-outlet-standard]')?.textContent).toBe(
      '执行标准：《水泥工业大气污染物排放标准》（GB 4915-2013）',
    );
    expect(card?.querySelector('[data-outlet-latest]')?.textContent).toBe(
      '最新小时：2026-12-04 09:00–10:00 · 氧含量 11.5% · 标干流量 125,000 m³/h',
    );
    expect(card?.querySelector('[data-outlet-units]')?.textContent).toBe(
      '单位 mg/m³；折算值按基准氧含量 10% 换算，与限值比较',
    );
    const pm = card?.querySelector('[data-outlet-value="pm"]');
    expect(pm?.textContent).toBe('颗粒物12.51510 超低限值超标（1.5倍）');
    expect(pm?.classList.contains('outlet-over')).toBe(true);
    expect(pm?.querySelector('[data-outlet-judgement]')?.getAttribute('data-outlet-judgement')).toBe('over');
    const so2 = card?.querySelector('[data-outlet-value="so2"]');
    expect(so2?.querySelector('[data-outlet-judgement]')?.textContent).toBe('达标');
    expect(so2?.classList.contains('outlet-over')).toBe(false);
    // the outlet code (DA001) is an id, not prose
    expect(englishLeaks((r.textContent ?? '').replaceAll('DA001', ''))).toEqual([]);
  });

  it('names the standard limit when the outlet has no ULE limit, and a data flag other than N', async () => {
    const flagged = outletHour('2026-12-04T10:00', 12.5, 20, 80, 'M');
    const o = outlet({
      provenance: 'official',
      uleLimits: null,
      limits: { pm: 30 },
      latest: { ...flagged, pm: { ...flagged.pm, limit: 30, over: false, corrected: null } },
    });
    const { root: r } = await mount([o]);
    const pm = r.querySelector('[data-outlet-value="pm"]');
    expect(pm?.textContent).toContain('标准限值');
    expect(pm?.querySelector('[data-flag]')?.textContent).toBe(' M 维护');
    expect(pm?.querySelector('[data-outlet-judgement]')?.textContent).toBe('无效数据');
    expect(r.querySelector('[data-outlet-provenance]')).toBeNull();
  });

  it('draws a 30-day chart per pollutant with its limit line', async () => {
    const { root: r } = await mount([outlet()]);
    const charts = r.querySelectorAll('[data-outlet-chart]');
    expect([...charts].map((c) => c.getAttribute('data-outlet-chart'))).toEqual(['颗粒物', 'SO2', 'NOx']);
    const pm = charts[0];
    expect(pm?.querySelector('[data-chart-limit]')?.getAttribute('data-chart-limit')).toBe('10');
    // the scale stops at 1.5 × the limit (the spikes above it at the top edge, said by the tick)
    expect(pm?.querySelector('.chart-tick')?.textContent).toBe('15.0');
    expect(pm?.querySelector('.chart-limit-label')?.textContent).toBe('限值 10.0');
    // 719 hours sent, the M hour not counted; every 50th hour at 12 × 1.2 = 14.4 > 10 (15, less the missing
    // hour and the M hour)
    expect(pm?.querySelector('[data-chart-summary]')?.textContent).toBe('共 718 个有效小时，超标 13 个');
    // the gap (a missing hour) and the flagged hour break the line
    expect(pm?.querySelectorAll('polyline').length).toBe(3);
  });

  it('renders nothing for an enterprise without outlets', async () => {
    const { root: r } = await mount([]);
    expect(r.innerHTML).toBe('');
  });

  it('reloads on a live outlets event of the enterprise only', async () => {
    let listener: ((event: OutletsEvent) => void) | null = null;
    const { gets } = await mount([outlet()], (l) => {
      listener = l;
      return () => {
        listener = null;
      };
    });
    const lists = () => gets.filter((g) => g.startsWith('/api/monitoring/outlets?')).length;
    expect(lists()).toBe(1);
    const hour = { ts: '2026-12-04T11:00', pm: 30, so2: 1, nox: 1, over: true };
    act(() => listener?.({ outlets: [{ outlet: 'O-X', enterprise: 'E0999', ...hour }] }));
    await flush();
    expect(lists()).toBe(1);
    act(() => listener?.({ outlets: [{ outlet: 'O-E0101-DA001', enterprise: 'E0101', ...hour }] }));
    await flush();
    expect(lists()).toBe(2);
  });
});

describe('the outlet chart alone', () => {
  it('has no limit line without a limit, and says when there is no valid hour', () => {
    const box = document.createElement('div');
    render(<OutletChart lang="zh" label="SO2" limit={null} points={[{ ts: '2026-12-04T10:00', value: 3 }]} />, box);
    expect(box.querySelector('[data-chart-limit]')).toBeNull();
    expect(box.querySelector('circle')).not.toBeNull();
    render(<OutletChart lang="zh" label="SO2" limit={35} points={[{ ts: '2026-12-04T10:00', value: null }]} />, box);
    expect(box.textContent).toContain('近30天无有效小时');
  });

  it('labels an hour by the hour it closes', () => {
    expect(hourSpan('2026-12-04T00:00')).toEqual(['2026-12-03 23:00', '24:00']);
  });
});
