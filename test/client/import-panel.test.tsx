// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportReportView } from '../../client/panels/import/import-report.tsx';
import { ImportPanel } from '../../client/panels/import/import-panel.tsx';
import type { ImportReport } from '../../server/schema/imports.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { importTargetsBody, json } from './import-targets-fixture.ts';

const host = { lang: 'zh' as const, setPreview: () => {}, fitBounds: () => {}, reloadData: async () => {} };
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('import panel (zh)', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    const body = await importTargetsBody();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(body)),
    );
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.unstubAllGlobals();
  });

  it('names the targets as the layers and lists the accepted values of each column in Chinese', async () => {
    act(() => render(<ImportPanel host={host} />, root));
    await flush();
    const options = [...root.querySelectorAll('[data-import-target] option')].map((o) => o.textContent);
    expect(options).toContain('非道路移动机械排放控制区');
    expect(options).toContain('非标油品线索');
    expect(options).toContain('空气质量监测站');
    const rail = root.querySelector('[data-import-field="rail_spur"]')?.textContent;
    expect(rail).toContain('铁路专用线：可填：无、规划中、在建、已建成');
    expect(root.querySelector('[data-import-field="ule_status"]')?.textContent).toContain('改造中');
    expect(root.querySelector('[data-import-field="annual_freight_t"]')?.textContent).toContain('年货运量（吨/年）');
    expect(englishLeaks(root.textContent ?? '')).toEqual([]);
    // a test import can say what it is
    // the file picker is ours (the browser's says "Choose File" whatever the UI's language)
    expect(root.querySelector('label[for="import-file"]')?.textContent).toBe('选择文件');
    expect(root.querySelector('[data-import-file-name]')?.textContent).toBe('未选择文件');
    const provenance = [...root.querySelectorAll('[data-import-provenance] option')].map((o) => o.textContent);
    expect(provenance.join()).toMatch(/合成/);
  });
});

describe('import report (zh)', () => {
  const report: ImportReport = {
    target: 'enterprises',
    fileName: '名录.csv',
    format: 'csv',
    crs: 'BD-09',
    counts: { features: 2, valid: 1, inserts: 1, updates: 0, errors: 1, warnings: 1 },
    problems: [
      {
        row: 1,
        field: 'railSpur',
        fieldLabel: { zh: '铁路专用线', en: 'Rail spur' },
        severity: 'error',
        problem: "'x' is not one of none, planned",
        text: { zh: '「x」不是可填的值；可填：无、规划中、在建、已建成', en: "'x' is not one of none, planned" },
      },
      { row: 2, field: 'geometry', severity: 'warning', problem: 'record 2: ring not closed' },
    ],
    preview: { type: 'FeatureCollection', features: [] },
    reassigned: { construction_sites: 2 },
    committable: false,
  };

  it('words every problem, row and column in Chinese', () => {
    const root = document.createElement('div');
    act(() => render(<ImportReportView report={report} lang="zh" />, root));
    const rows = [...root.querySelectorAll('[data-import-problems] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows[0]).toEqual(['第 1 行', '铁路专用线', '错误', '「x」不是可填的值；可填：无、规划中、在建、已建成']);
    expect(rows[1]?.slice(0, 3)).toEqual(['第 2 行', '位置/几何', '提示']);
    expect(root.textContent).toContain('建筑工地 2');
    expect(root.textContent).toContain('坐标系 百度坐标');
    // the file's own name is the user's text
    expect(englishLeaks((root.textContent ?? '').replaceAll(report.fileName, ''))).toEqual([]);
  });
});
