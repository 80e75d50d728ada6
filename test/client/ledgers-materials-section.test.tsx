// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { MaterialList, ShareTable } from '../../client/views/ledgers/materials-section.tsx';
import type { MaterialLedger, VocSummary } from '../../server/schema/voc-ledger.ts';

const ledger: MaterialLedger = {
  enterpriseId: 'E9',
  name: '示例木业',
  industry: 'wood-panel',
  township: '140902101',
  townshipName: '示例镇',
  position: [112.6, 38.5],
  year: 2023,
  items: [
    {
      id: 1,
      material: 'adhesive',
      product: '溶剂型胶粘剂',
      quantityT: 1,
      vocContent: 600,
      vocUnit: 'g/kg',
      limitValue: 550,
      standard: 'GB 33372-2020',
      lowVoc: false,
      overLimit: true,
      provenance: 'synthetic',
    },
    {
      id: 2,
      material: 'adhesive',
      product: '水基型胶粘剂',
      quantityT: 3,
      vocContent: 30,
      vocUnit: 'g/kg',
      limitValue: 50,
      standard: 'GB 33372-2020',
      lowVoc: true,
      overLimit: false,
      provenance: 'synthetic',
    },
  ],
  quantityT: 4,
  compliantShare: 0.75,
  overLimit: 1,
};

describe('the low-VOC material list', () => {
  it('shows the compliant share and the items over their declared limit', () => {
    const root = document.createElement('div');
    render(<MaterialList lang="zh" ledgers={[ledger]} selectedId="E9" onSelect={() => {}} />, root);
    const row = root.querySelector('[data-material-row="E9"]');
    expect(row?.textContent).toContain('人造板材');
    expect(row?.textContent).toContain('75.0%');
    expect(row?.textContent).toContain('演示数据（合成）');
    const detail = root.querySelector('[data-material-detail="E9"]');
    expect(detail?.textContent).toContain(
      '胶粘剂「溶剂型胶粘剂」1 t，VOCs 600 g/kg（申报限值 550 g/kg，GB 33372-2020）',
    );
    expect(detail?.querySelectorAll('.badge.bad')).toHaveLength(1);
  });

  it('says so when there are no records', () => {
    const root = document.createElement('div');
    render(<MaterialList lang="en" ledgers={[]} selectedId={null} onSelect={() => {}} />, root);
    expect(root.textContent).toBe('No material records');
  });
});

describe('the share table', () => {
  it('lists the district and the three key industries by year', () => {
    const row = { compliantShare: 0.5, enterprises: 2, quantityT: 10 };
    const summary: VocSummary = {
      asOf: '2023-12-31T23:00',
      township: null,
      years: [
        {
          year: 2023,
          district: { compliantShare: 0.7234, enterprises: 40, quantityT: 100 },
          industries: [
            { industry: 'industrial-coating', ...row },
            { industry: 'packaging-printing', ...row, compliantShare: null },
            { industry: 'wood-panel', ...row },
          ],
        },
      ],
      carbon: { enterprises: 0, fillShort: 0, transferOverdue: 0, spentKg: 0, untransferredKg: 0 },
    };
    const root = document.createElement('div');
    render(<ShareTable lang="zh" summary={summary} />, root);
    const cells = [...root.querySelectorAll('[data-voc-share-year="2023"] td')].map((c) => c.textContent);
    expect(cells).toEqual(['2023', '72.3%（40 家）', '50.0%（2 家）', '—', '50.0%（2 家）']);
  });
});
