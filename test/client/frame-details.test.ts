// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderDetails, type DetailsActions } from '../../client/panels/details-drawer.ts';
import { detailRows } from '../../client/panels/feature-details.ts';
import type { LayerFeature } from '../../client/layers/feature-filter.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';
import { localizeSource, sourceNotes } from '../../server/schema/source-notes.ts';
import type { LayerSummary } from '../../server/schema/layer-catalogue.ts';

const tieniu = {
  id: 'E0001',
  name: '忻州市铁牛钢铁有限公司',
  industry: 'casting',
  industryGroup: 'metal-casting',
  township: '140902101',
  townshipName: '豆罗镇',
  operatingStatus: 'suspended',
  grade: 'C',
  uleStatus: 'in-progress',
  uleDue: '2023-06-30',
  treatmentProcesses: [],
  vocEmitter: false,
  vocChecklist: null,
  vocGaps: 0,
  activatedCarbon: false,
  carbonReplacedOn: null,
  annualFreightT: 2_000_000,
  railSpur: 'none',
  keyVehicleUnit: true,
  gateSystem: 'none',
  planTask: 3,
  kilnsBoilers: [],
  provenance: 'synthetic',
  source: sourceNotes.enterpriseSynthetic.en,
};
const feature = {
  type: 'Feature',
  id: 'E0001',
  geometry: { type: 'Point', coordinates: [112.7, 38.4] },
  properties: tieniu,
};
const catalogue = [{ id: 'enterprises', nameZh: '工业企业', nameEn: 'Enterprises' }] as LayerSummary[];
const actions: DetailsActions = { close: () => undefined, showTownship: () => undefined, showTask: () => undefined };
const context = {
  asOf: '2023-12-31T12:00',
  townshipNameEn: (code: string) => (code === '140902101' ? 'Douluo' : undefined),
};

function drawer(lang: 'zh' | 'en', properties: Record<string, unknown> = tieniu): HTMLElement {
  const element = document.createElement('aside');
  renderDetails(element, 'enterprises', { ...feature, properties } as LayerFeature, catalogue, lang, actions, context);
  return element;
}

describe('the enterprise drawer', () => {
  it('is all Chinese in Chinese: the provenance sentence and enum values worded, never codes like none', () => {
    const text = drawer('zh').textContent ?? '';
    expect(text).toContain('合成演示企业（区企业名录未公开）；请以导入数据替换。');
    expect(text).not.toContain('Synthetic');
    expect(text).not.toMatch(/\bnone\b/);
    expect(englishLeaks(text)).toEqual([]);
  });

  it('shows 生产状态 and the 统一社会信用代码 (a demo record says it has none)', () => {
    const rows = Object.fromEntries(detailRows('enterprises', tieniu, 'zh', context).map(([k, v]) => [k, v]));
    expect(rows.生产状态).toBe('停产');
    expect(rows.统一社会信用代码).toBe('无（演示编号 E0001）');
    expect(rows.铁路专用线).toBe('无');
    expect(rows.门禁系统).toBe('无');
    const imported = detailRows('enterprises', { ...tieniu, id: '91140902MA0TEST01X' }, 'zh', context);
    expect(imported.find(([k]) => k === '统一社会信用代码')?.[1]).toBe('91140902MA0TEST01X');
  });

  it('flags an 超低排放 strive-for date passed at the as-of as 未按期（力争）, and not one still ahead', () => {
    const overdue = drawer('zh').querySelector('tr[data-overdue]');
    expect(overdue?.textContent).toContain('未按期（力争 2023-06-30 前完成）');
    expect(overdue?.textContent).not.toContain('逾期');
    const ahead = detailRows('enterprises', tieniu, 'zh', { asOf: '2023-05-01T00:00' });
    expect(ahead.find(([k]) => k === '超低排放改造')).toEqual(['超低排放改造', '改造中 · 力争 2023-06-30 前完成']);
  });

  it('in English transliterates the township and words the provenance in English, no full-width punctuation', () => {
    const element = drawer('en');
    const text = element.textContent ?? '';
    expect(text).toContain('Douluo');
    expect(text).not.toContain('豆罗镇');
    expect(text).toContain('Synthetic demo enterprise');
    expect(text).not.toMatch(/[：，、（）]/);
  });
});

describe('the provenance sentences', () => {
  it('have Chinese for every seeded sentence and for an import', () => {
    for (const note of Object.values(sourceNotes)) {
      expect(localizeSource(note.en).zh).toBe(note.zh);
      expect(englishLeaks(note.zh)).toEqual([]);
    }
    expect(localizeSource('导入 企业.csv（admin，2026-12-01）').en).toBe('Imported from 企业.csv (admin, 2026-12-01)');
  });
});
