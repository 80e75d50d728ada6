// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StatisticsTable, statisticsRows } from '../../client/views/analysis/statistics-table.tsx';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { areaStatistics } from './analysis-fixtures.ts';

afterEach(() => {
  document.body.replaceChildren();
});

describe('StatisticsTable: vehicles, roads and dust', () => {
  it('counts the five new point layers with their breakdowns right under them', () => {
    const rows = statisticsRows(areaStatistics(10, 2, 6, 30), 'zh');
    const layers = rows.filter((r) => r.layer).map((r) => r.layer);
    expect(layers).toEqual(
      expect.arrayContaining(['vehicles', 'checkpoints', 'repair-shops', 'muck-trucks', 'stockyards']),
    );
    const at = (stat: string) => rows.find((r) => r.stat === stat);
    expect(at('dirty-diesel-trucks')).toMatchObject({ parent: 'vehicles', value: '1' });
    expect(at('checks')).toMatchObject({ parent: 'checkpoints', value: '40 / 3' });
    expect(at('hit-rate')?.value).toBe('7.5 %');
    expect(at('stockyards-area')?.value).toBe('12,500 m²');
    const vehiclesRow = rows.findIndex((r) => r.layer === 'vehicles');
    expect(rows[vehiclesRow + 1]?.parent).toBe('vehicles');
  });

  it('gives road km and the built-up area with units, and marks a provisional outline', () => {
    const rows = statisticsRows(areaStatistics(10, 2, 6, 30), 'zh');
    expect(rows.find((r) => r.stat === 'roads')?.value).toBe('12.35 km · 4 段');
    expect(rows.find((r) => r.stat === 'roads-behind')?.value).toBe('2.50 km · 1 段');
    expect(rows.find((r) => r.stat === 'built-up')?.value).toBe('8.25 km²（含示意范围）');
    const en = statisticsRows(areaStatistics(10, 2, 6, 30), 'en');
    expect(en.find((r) => r.stat === 'built-up')?.label).toBe('Urban built-up area');
  });

  it('has no English in Chinese', () => {
    const el = document.createElement('div');
    document.body.append(el);
    render(<StatisticsTable stats={areaStatistics(10, 2, 8.1, 30)} lang="zh" />, el);
    expect(englishLeaks(el.textContent ?? '')).toEqual([]);
    expect(el.querySelector('[data-stat="roads"] th')?.textContent).toBe('主要道路长度');
  });
});
