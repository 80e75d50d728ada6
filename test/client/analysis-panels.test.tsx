// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatisticsPanel, type StatisticsPanelProps } from '../../client/views/analysis/statistics-panel.tsx';
import { StatisticsTable } from '../../client/views/analysis/statistics-table.tsx';
import { TownshipTable, type TownshipTableProps } from '../../client/views/analysis/township-table.tsx';
import { townshipMetric } from '../../client/views/analysis/township-metrics.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { areaResponse, areaStatistics, townshipTable } from './analysis-fixtures.ts';

const root = () => {
  const div = document.createElement('div');
  document.body.append(div);
  return div;
};
afterEach(() => {
  document.body.replaceChildren();
});

const rowLabels = (el: Element) => [...el.querySelectorAll('tr')].map((tr) => tr.querySelector('th')?.textContent);

describe('StatisticsTable', () => {
  it('puts each breakdown right under the row it belongs to', () => {
    const el = root();
    render(<StatisticsTable stats={areaStatistics(10, 2, 6, 30)} lang="zh" />, el);
    const rows = [...el.querySelectorAll('tr')];
    const blockOf = (layer: string) => {
      const start = rows.findIndex((r) => r.dataset.countLayer === layer);
      const block: HTMLTableRowElement[] = [];
      for (const r of rows.slice(start + 1)) {
        if (!r.querySelector('th')?.textContent?.startsWith('·')) break;
        block.push(r);
      }
      return block;
    };
    // the industry groups under 工业企业, the heating statuses under 村（社区）
    expect(blockOf('enterprises').length).toBeGreaterThan(1);
    expect(blockOf('enterprises').every((r) => r.dataset.parent === 'enterprises')).toBe(true);
    expect(blockOf('villages').map((r) => r.dataset.parent)).toEqual(
      rows.filter((r) => r.dataset.parent === 'villages').map(() => 'villages'),
    );
    expect(blockOf('villages').length).toBeGreaterThan(1);
    // no breakdown follows a row it does not belong to
    for (const r of rows.filter((row) => row.dataset.parent)) expect(blockOf(r.dataset.parent as string)).toContain(r);
    expect(rowLabels(el)).toContain('· 六个百分百未达标工地');
  });

  it('has no English in Chinese', () => {
    const el = root();
    render(<StatisticsTable stats={areaStatistics(10, 2, 8.1, 30)} lang="zh" />, el);
    expect(englishLeaks(el.textContent ?? '')).toEqual([]);
    expect(el.querySelector('[data-stat="dustfall"] td')?.textContent).toBe('8.10 吨/(平方公里·月) · 超过7');
  });
});

const panelProps = (over: Partial<StatisticsPanelProps>): StatisticsPanelProps => ({
  lang: 'zh',
  subject: { kind: 'area' },
  area: { kind: 'ready', result: areaResponse(105.75) },
  drawing: null,
  onShowArea: () => {},
  nameOf: (_code, name) => name,
  onExport: null,
  exportError: null,
  ...over,
});

describe('StatisticsPanel', () => {
  it('shows one subject: a township’s header and figures, not the drawn area’s, and a way back', () => {
    const el = root();
    const onShowArea = vi.fn();
    const stats = areaStatistics(7.62, 1, 8.38, 40);
    render(
      <StatisticsPanel
        {...panelProps({ subject: { kind: 'township', code: '140902001', name: '秀容街道', stats }, onShowArea })}
      />,
      el,
    );
    expect(el.querySelector('[data-subject-title]')?.textContent).toBe('乡镇：秀容街道');
    expect(el.textContent).not.toContain('105.75');
    expect(el.querySelector('[data-measure]')).toBeNull();
    expect(el.querySelector('[data-stat="area"] td')?.textContent).toBe('7.62 km²');
    act(() => (el.querySelector('[data-show-area]') as HTMLButtonElement).click());
    expect(onShowArea).toHaveBeenCalledOnce();
  });

  it('scrolls a picked township’s statistics into view and focuses their header', () => {
    const el = root();
    const scrolled = vi.fn();
    HTMLElement.prototype.scrollIntoView = scrolled;
    const stats = areaStatistics(7.62, 1, 8.38, 40);
    act(() => {
      render(
        <StatisticsPanel {...panelProps({ subject: { kind: 'township', code: '1', name: '秀容街道', stats } })} />,
        el,
      );
    });
    expect(scrolled).toHaveBeenCalled();
    expect(document.activeElement?.hasAttribute('data-subject-title')).toBe(true);
  });

  it('names the drawn area and writes its area line from the answer, not 「绘制中」', () => {
    const el = root();
    render(<StatisticsPanel {...panelProps({})} />, el);
    expect(el.querySelector('[data-subject-title]')?.textContent).toBe('绘制区域');
    expect(el.querySelector('[data-measure]')?.textContent).toBe('面积 105.75 km²（WGS84椭球），周长 36.46 km');
    expect(englishLeaks(el.textContent ?? '')).toEqual([]);
  });

  it('shows no area line once the only shape is gone', () => {
    const el = root();
    render(<StatisticsPanel {...panelProps({ area: { kind: 'none' } })} />, el);
    expect(el.textContent).not.toMatch(/面积|km²/);
    expect(el.querySelector('[data-subject-title]')).toBeNull();
  });

  it('while drawing, reads the new shape’s live figures and hides the old statistics', () => {
    const el = root();
    render(<StatisticsPanel {...panelProps({ drawing: { areaKm2: 12.345, perimeterKm: 13 } })} />, el);
    expect(el.querySelector('[data-measure]')?.textContent).toBe('绘制中：约 12.35 km²，周长约 13.00 km');
    expect(el.textContent).not.toContain('105.75');
  });

  it('words the server’s failure in Chinese', () => {
    const el = root();
    render(
      <StatisticsPanel {...panelProps({ area: { kind: 'failed', code: 'invalid_request', text: '请求无效' } })} />,
      el,
    );
    expect(el.querySelector('[data-stats-error]')?.textContent).toBe('区域统计失败：请求无效');
  });
});

const tableProps = (over: Partial<TownshipTableProps>): TownshipTableProps => ({
  table: townshipTable(),
  lang: 'zh',
  metric: townshipMetric(null),
  sort: { key: 'code', descending: false },
  selected: null,
  nameOf: (t) => t.name,
  onMetric: () => {},
  onSort: () => {},
  onRow: () => {},
  exportQuery: 'lang=zh',
  ...over,
});

describe('TownshipTable', () => {
  it('carries units in the headers in both languages and prints dustfall with 2 decimals', () => {
    const el = root();
    render(<TownshipTable {...tableProps({})} />, el);
    const headers = [...el.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual([
      '乡镇',
      '面积（km²）',
      '降尘（t/(km²·月)）',
      '企业密度（个/km²）',
      '未达标工地（个）',
      '散煤复烧村（个）',
      '控制区禁用机械（个）',
      'PM2.5 月均（µg/m³）',
    ]);
    const row = el.querySelector('[data-township-row="140902002"]') as HTMLElement;
    expect(row.children[2]?.textContent).toBe('6.00');
    expect(el.querySelector('[data-township-row="140902001"]')?.children[2]?.textContent).toBe('8.38');
    expect(row.children[0]?.classList.contains('township-name')).toBe(true);
    expect(englishLeaks(el.textContent ?? '')).toEqual([]);
    render(<TownshipTable {...tableProps({ lang: 'en', nameOf: (t) => `T${t.code}` })} />, el);
    const en = [...el.querySelectorAll('th')].map((th) => th.textContent);
    expect(en.slice(1, 3)).toEqual(['Area (km²)', 'Dustfall (t/(km²·month))']);
    expect(el.querySelector('[data-township-row="140902001"]')?.children[0]?.textContent).toBe('T140902001');
  });

  it('has a grey 无数据 legend entry when a township has no value, integer classes for counts', () => {
    const el = root();
    render(<TownshipTable {...tableProps({ metric: townshipMetric('pm25') })} />, el);
    const entries = [...el.querySelectorAll('.ramp-entry')].map((e) => e.textContent);
    expect(entries.at(-1)).toBe('无数据');
    render(<TownshipTable {...tableProps({ metric: townshipMetric('banned-in-zones') })} />, el);
    const counts = [...el.querySelectorAll('.ramp-entry')].map((e) => e.textContent);
    expect(counts).toEqual(['0', '1–2', '3–11']);
  });

  it('sorts by the URL’s sort and reports a header click as the next sort', () => {
    const el = root();
    const onSort = vi.fn();
    render(<TownshipTable {...tableProps({ sort: { key: 'dustfall', descending: true }, onSort })} />, el);
    const codes = [...el.querySelectorAll('[data-township-row]')].map((r) => r.getAttribute('data-township-row'));
    expect(codes).toEqual(['140902001', '140902002', '140902201']);
    act(() => (el.querySelector('[data-sort="dustfall"]') as HTMLElement).click());
    expect(onSort).toHaveBeenCalledWith({ key: 'dustfall', descending: false });
    act(() => (el.querySelector('[data-sort="area"]') as HTMLElement).click());
    expect(onSort).toHaveBeenLastCalledWith({ key: 'area', descending: true });
  });
});
