import { describe, expect, it } from 'vitest';
import { detailRows } from '../../client/panels/feature-details.ts';

const enterprise = {
  id: 'E0003',
  name: '山西禹王煤炭气化有限公司',
  industry: 'coal-gasification',
  township: '140902104',
  operatingStatus: 'operating',
  grade: 'B',
  uleStatus: 'monitoring-done',
  uleDue: '2023-06-30',
  treatmentProcesses: ['electrostatic', 'spray-absorption'],
  vocEmitter: true,
  vocWaterSoluble: false,
  vocChecklist: {},
  planRequirement: 'T3.3',
  emissionTestOn: '2023-10-20',
  emissionTestResult: 'pass',
  kilnsBoilers: [],
};
const row = (rows: ReturnType<typeof detailRows>, label: string) => rows.find((r) => r[0] === label);

describe('details of the rule fixes (part 1)', () => {
  it('enterprise: 评估监测完成 is not overdue; 低效 follows the whole stage list; solubility and the last test', () => {
    const rows = detailRows('enterprises', enterprise, 'zh', { asOf: '2023-12-31T12:00' });
    const ule = row(rows, '超低排放改造');
    expect(ule?.[1]).toMatch(/^评估监测完成、待验收 · /);
    expect(ule?.[2]).toBeUndefined(); // not marked overdue after the date
    const assessing = row(
      detailRows('enterprises', { ...enterprise, uleStatus: 'assessment' }, 'zh', { asOf: '2023-12-31T12:00' }),
      '超低排放改造',
    );
    expect(assessing?.[2]).toBe('overdue');
    expect(row(rows, '治理工艺')?.[1]).toBe('静电除尘、喷淋吸收（低效）');
    expect(row(rows, '挥发性有机物是否水溶性')?.[1]).toBe('否');
    expect(row(rows, '最近监测')?.[1]).toBe('2023-10-20 · 达标');

    const withCarbon = detailRows(
      'enterprises',
      { ...enterprise, treatmentProcesses: ['activated-carbon', 'spray-absorption'], vocWaterSoluble: null },
      'zh',
    );
    expect(row(withCarbon, '治理工艺')?.[1]).toBe('活性炭吸附、喷淋吸收');
    expect(row(withCarbon, '挥发性有机物是否水溶性')?.[1]).toBe('未填报');
  });

  it('NRMM zone: the banned standard names the zone’s own minimum stage', () => {
    const rows = detailRows('nrmm-zones', { id: 'Z9', minStage: 'IV', areaKm2: 1, bannedMachinesInside: [] }, 'zh');
    expect(row(rows, '禁用标准')?.[1]).toBe('低于国四、未编码登记、冒黑烟');
  });
});
