// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DistrictYears, FurnaceList, LedgerTable } from '../../client/views/ledgers/energy-section.tsx';
import { CoalProjectTable, HighEnergyTable } from '../../client/views/ledgers/projects-section.tsx';
import type { CoalProject, EnergySummary, HighEnergyProject, LedgerRow } from '../../server/schema/energy.ts';

const tce = { coal: 714.3, gas: 121.43, electricity: 122.9, biomass: 50, total: 1008.63, nonFossil: 74.58 };
const quantities = { coalT: 1000, gas10kM3: 10, electricityMwh: 1000, biomassT: 100, nonFossilMwh: 200 };
const row = (over: Partial<LedgerRow> = {}): LedgerRow => ({
  ...quantities,
  enterpriseId: 'E1',
  enterpriseName: '甲石灰厂',
  industry: 'lime',
  township: '140902001',
  townshipName: '示例镇',
  year: 2023,
  tce,
  coalShare: 0.7082,
  nonFossilShare: 0.0739,
  previousCoalT: 800,
  position: [112.7, 38.4],
  provenance: 'synthetic',
  source: '演示数据（合成）',
  ...over,
});
const render_ = (node: preact.ComponentChild) => {
  const root = document.createElement('div');
  render(node, root);
  return root;
};

describe('the energy tab', () => {
  it('shows the district by year with the coal change and the shares', () => {
    const totals = { quantities, tce, coalShare: 0.7082, nonFossilShare: 0.0739 };
    const summary: EnergySummary = {
      years: [
        { year: 2022, enterprises: 2, ...totals, coalChange: null, totalChange: null },
        { year: 2023, enterprises: 2, ...totals, coalChange: { delta: -100, ratio: -0.0909 }, totalChange: null },
      ],
      year: 2023,
      byIndustry: [],
      byTownship: [],
      factors: [],
    };
    const root = render_(<DistrictYears lang="zh" summary={summary} />);
    const y2023 = root.querySelector('[data-energy-year="2023"]');
    expect(y2023?.textContent).toContain('-9.1%');
    expect(y2023?.textContent).toContain('70.8%');
    expect(y2023?.textContent).toContain('7.4%');
    expect(root.querySelector('[data-energy-year="2022"]')?.textContent).toContain('—');
  });

  it('sorts the ledger by coal, marks a rise, and selects a row', () => {
    let picked = '';
    const rows = [
      row({ enterpriseId: 'E1', coalT: 500 }),
      row({ enterpriseId: 'E2', enterpriseName: '乙热力', coalT: 9000 }),
    ];
    const root = render_(
      <LedgerTable lang="zh" rows={rows} sort="coal" selectedId="E2" onSelect={(r) => (picked = r.enterpriseId)} />,
    );
    const ids = [...root.querySelectorAll('[data-energy-row]')].map((r) => r.getAttribute('data-energy-row'));
    expect(ids).toEqual(['E2', 'E1']);
    expect(root.querySelector('[data-energy-row="E2"]')?.className).toBe('selected');
    expect(root.querySelector('[data-energy-row="E2"] .energy-up')?.textContent).toBe('+1025.0%');
    (root.querySelector('[data-energy-row="E1"]') as HTMLElement).click();
    expect(picked).toBe('E1');
  });

  it('lists the coal-fired furnaces with their enterprise’s name', () => {
    const hit = {
      rule: 'coal-kiln-new' as const,
      task: 8,
      severity: 'violation' as const,
      layer: 'enterprises' as const,
      entityId: 'E1',
      township: '140902001',
      since: '2023-05-01',
      title: { zh: '新改扩建炉窑使用煤炭', en: 'New furnace fired with coal' },
      detail: { zh: '加热炉（改建，燃料：燃煤）', en: 'heating furnace' },
      basis: [],
    };
    const root = render_(<FurnaceList lang="zh" hits={[hit]} rows={[row()]} onShow={() => {}} />);
    expect(root.querySelector('[data-furnace-hit="coal-kiln-new"]')?.textContent).toContain('甲石灰厂');
    expect(render_(<FurnaceList lang="en" hits={[]} rows={[]} onShow={() => {}} />).textContent).toBe(
      'No coal-fired furnaces',
    );
  });
});

describe('the projects tab', () => {
  const common = {
    enterpriseId: 'E1',
    enterpriseName: '甲石灰厂',
    township: '140902001',
    townshipName: '示例镇',
    position: [112.7, 38.4] as [number, number],
    provenance: 'synthetic' as const,
    source: '演示数据（合成）',
  };
  it('shows the substitution ratio and marks a short project', () => {
    const project: CoalProject = {
      ...common,
      id: 'CP-1',
      name: '石灰窑技改项目',
      procedure: 'approval',
      status: 'approved',
      decidedOn: '2023-03-01',
      newCoalT: 1000,
      substitutionT: 800,
      substitutionSource: '淘汰燃煤锅炉',
      substitutionRatio: 0.8,
      substitutionShort: true,
    };
    const root = render_(<CoalProjectTable lang="zh" projects={[project]} onShow={() => {}} />);
    const tr = root.querySelector('[data-coal-project="CP-1"]');
    expect(tr?.textContent).toContain('0.80:1');
    expect(tr?.querySelector('.badge.bad')?.textContent).toBe('替代不足');
  });

  it('shows the seven checks of a 两高 project as badges', () => {
    const project: HighEnergyProject = {
      ...common,
      id: 'HE-1',
      name: '焦化升级项目',
      industry: '焦化',
      buildKind: 'new',
      status: 'under-construction',
      statusOn: '2023-06-01',
      checks: {
        industrialPolicy: 'passed',
        threeLines: 'passed',
        planningEia: 'passed',
        energyDualControl: 'pending',
        capacityReplacement: 'not-applicable',
        coalSubstitution: 'failed',
        emissionDoubleCut: 'passed',
      },
      unmet: ['energyDualControl', 'coalSubstitution'],
    };
    const root = render_(<HighEnergyTable lang="zh" projects={[project]} onShow={() => {}} />);
    expect(root.querySelectorAll('[data-check]')).toHaveLength(7);
    expect(root.querySelector('[data-check="energyDualControl"]')?.className).toBe('badge check-pending');
    expect(root.querySelector('[data-check="coalSubstitution"]')?.textContent).toBe('煤炭消费减量替代：未落实');
  });
});
