import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { activatedCarbonLateRule } from '../../server/rules/activated-carbon-late-rule.ts';
import { emissionStandardUnverifiedRule } from '../../server/rules/emission-standard-unverified-rule.ts';
import { lowEfficiencyTreatmentRule } from '../../server/rules/low-efficiency-treatment-rule.ts';
import { belowMinStage, nrmmBanReasons, strictestMinStage } from '../../server/rules/nrmm-ban.ts';
import { nrmmBannedInZoneRule } from '../../server/rules/nrmm-banned-in-zone-rule.ts';
import type { RuleFacts } from '../../server/rules/rule-definition.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { uleAssessmentOverdueRule } from '../../server/rules/ule-assessment-overdue-rule.ts';
import { ruleIds } from '../../server/schema/enums/rule-id.ts';
import { uleStatuses } from '../../server/schema/enums/enterprise-status.ts';
import type { ZoneMinStage } from '../../server/schema/enums/machine.ts';
import { lowEfficiencyProcesses, type TreatmentProcess } from '../../server/schema/enums/treatment-process.ts';
import { createContext, createEnterprise, createFacts, createMachine } from './rule-fixtures.ts';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
const zone = (minStage: ZoneMinStage, id = 'Z1', effectiveFrom = '2019-10-01'): RuleFacts['zones'][number] => ({
  id,
  name: `${id}控制区`,
  township: '140902001',
  townshipName: '示例街道',
  areaKm2: 1,
  minStage,
  effectiveFrom,
  bannedMachinesInside: [],
  provenance: 'synthetic',
  source: 'test',
  geometry: square,
});

describe('NRMM ban: the zone’s own minStage decides (task 10)', () => {
  const inZone = (stage: 'II' | 'III' | 'IV' | 'electric', minStage: ZoneMinStage) =>
    nrmmBannedInZoneRule.evaluate(
      createFacts({ machines: [createMachine([0.5, 0.5], { emissionStage: stage })], zones: [zone(minStage)] }),
      createContext(),
    );

  it('a zone at 国四 bans a 国三 machine, and the detail names the zone’s minimum', () => {
    const hits = inZone('III', 'IV');
    expect(hits.map((h) => h.entityId)).toEqual(['M1']);
    expect(hits[0]?.detail.zh).toBe('位于Z1控制区：低于本控制区最低排放阶段（国四）');
    expect(hits[0]?.detail.en).toBe("inside Z1控制区: below this zone's minimum stage (China IV)");
  });

  it('a zone at 国三 does not ban 国三 (「国三以下」 excludes 国三); a zone at 国二 does not ban 国二', () => {
    expect(inZone('III', 'III')).toEqual([]);
    expect(inZone('II', 'II')).toEqual([]);
    expect(inZone('II', 'III').map((h) => h.detail.zh)).toEqual(['位于Z1控制区：低于本控制区最低排放阶段（国三）']);
  });

  it('an electric machine is never below a zone’s minimum', () => {
    expect(inZone('electric', 'IV')).toEqual([]);
    expect(belowMinStage('electric', 'IV')).toBe(false);
  });

  it('keeps 未编码登记 and 冒黑烟 whatever the stage, and the exemptions', () => {
    const machines = [
      createMachine([0.5, 0.5], { id: 'unregistered', registrationCode: null }),
      createMachine([0.5, 0.5], { id: 'smoke', smokeTest: 'fail' }),
      createMachine([0.5, 0.5], { id: 'exempt', emissionStage: 'I', exemptUse: 'emergency' }),
      createMachine([2, 2], { id: 'outside', emissionStage: 'I' }),
    ];
    const hits = nrmmBannedInZoneRule.evaluate(createFacts({ machines, zones: [zone('II')] }), createContext());
    expect(hits.map((h) => [h.entityId, h.detail.zh])).toEqual([
      ['unregistered', '位于Z1控制区：未编码登记'],
      ['smoke', '位于Z1控制区：冒黑烟'],
    ]);
  });

  it('a zone not yet in force bans nothing', () => {
    const facts = createFacts({
      machines: [createMachine([0.5, 0.5], { emissionStage: 'I' })],
      zones: [zone('III', 'Z2', '2023-08-01')],
    });
    expect(nrmmBannedInZoneRule.evaluate(facts, createContext({ asOf: '2023-07-31T12:00' }))).toEqual([]);
    expect(nrmmBannedInZoneRule.evaluate(facts, createContext({ asOf: '2023-08-01T00:00' })).length).toBe(1);
  });

  it('ban reasons: the stage reason only against a zone, the strictest zone where they overlap', () => {
    const facts = { emissionStage: 'III', registrationCode: 'R', smokeTest: 'pass' } as const;
    expect(nrmmBanReasons(facts, 'IV')).toEqual(['below-min-stage']);
    expect(nrmmBanReasons(facts, 'III')).toEqual([]);
    expect(nrmmBanReasons({ ...facts, emissionStage: 'pre-I' }, null)).toEqual([]);
    expect(nrmmBanReasons({ ...facts, registrationCode: ' ' }, null)).toEqual(['unregistered']);
    expect(strictestMinStage([{ minStage: 'III' }, { minStage: 'IV' }, { minStage: 'II' }])).toBe('IV');
    expect(strictestMinStage([])).toBeNull();
  });
});

describe('low-efficiency processes: 「单一」 and 「非水溶性」 (task 4)', () => {
  const cases: [TreatmentProcess[], boolean | null, TreatmentProcess[]][] = [
    [['low-temp-plasma'], null, ['low-temp-plasma']],
    [['photo-oxidation'], true, ['photo-oxidation']],
    [['activated-carbon', 'low-temp-plasma'], null, []],
    [['photo-oxidation', 'rto'], null, []],
    [['catalytic-combustion', 'low-temp-plasma'], false, []],
    // two low-efficiency stages together are not 「单一」 either
    [['low-temp-plasma', 'spray-absorption'], false, []],
    [['spray-absorption'], false, ['spray-absorption']],
    [['spray-absorption'], true, []],
    [['spray-absorption'], null, []],
    [['activated-carbon', 'spray-absorption'], false, []],
    // dust and kiln processes are unaffected by the VOC stages: cyclone (a convention) and the integrated ones
    [['cyclone', 'activated-carbon'], null, ['cyclone']],
    [
      ['bag-filter', 'desulf-dedust-integrated', 'low-temp-plasma'],
      null,
      ['desulf-dedust-integrated', 'low-temp-plasma'],
    ],
    [['desulf-denitr-integrated', 'electrostatic'], null, ['desulf-denitr-integrated']],
    [['bag-filter', 'scr', 'wet-desulfurization'], false, []],
  ];
  it.each(cases)('%j (water-soluble: %s) → %j', (processes, soluble, expected) => {
    expect(lowEfficiencyProcesses(processes, soluble)).toEqual(expected);
  });

  it('the rule flags from the whole stage list and words 单一 / 非水溶性 in the detail', () => {
    const enterprises = [
      createEnterprise({ id: 'plasma', treatmentProcesses: ['low-temp-plasma'] }),
      createEnterprise({ id: 'plasma+carbon', treatmentProcesses: ['activated-carbon', 'low-temp-plasma'] }),
      createEnterprise({ id: 'spray-insoluble', treatmentProcesses: ['spray-absorption'], vocWaterSoluble: false }),
      createEnterprise({ id: 'spray-soluble', treatmentProcesses: ['spray-absorption'], vocWaterSoluble: true }),
      createEnterprise({ id: 'spray-unknown', treatmentProcesses: ['spray-absorption'], vocWaterSoluble: null }),
      createEnterprise({ id: 'cyclone', treatmentProcesses: ['cyclone', 'activated-carbon'] }),
    ];
    const hits = lowEfficiencyTreatmentRule.evaluate(createFacts({ enterprises }), createContext());
    expect(hits.map((h) => [h.entityId, h.detail.zh])).toEqual([
      ['plasma', '单一低温等离子'],
      ['spray-insoluble', '非水溶性废气单一喷淋吸收'],
      ['cyclone', '旋风除尘'],
    ]);
    expect(hits[1]?.detail.en).toBe('spray absorption as the only VOC stage (VOCs not water-soluble)');
  });

  it('keeps the cyclone convention in the rule’s basis', () => {
    expect(lowEfficiencyTreatmentRule.basis.some((b) => b.kind === 'convention')).toBe(true);
  });
});

describe('task 13’s round of carbon replacement (「5月底前完成一轮活性炭更换」)', () => {
  const late = (asOf: string, carbonReplacedOn: string | null) =>
    activatedCarbonLateRule.evaluate(
      createFacts({ enterprises: [createEnterprise({ activatedCarbon: true, carbonReplacedOn })] }),
      createContext({ asOf }),
    );

  it('a replacement between 2023-01-01 and 2023-05-31 passes', () => {
    expect(late('2023-06-15T12:00', '2023-01-01')).toEqual([]);
    expect(late('2023-06-15T12:00', '2023-05-31')).toEqual([]);
  });

  it('a 2021 (or 2022) replacement is not this round', () => {
    expect(late('2023-06-15T12:00', '2021-08-10').map((h) => h.detail.zh)).toEqual(['本轮未更换（上次 2021-08-10）']);
    expect(late('2023-06-15T12:00', '2022-12-31').length).toBe(1);
  });

  it('a late replacement stays a hit, same severity, saying when it was done', () => {
    const hits = late('2023-07-10T12:00', '2023-07-02');
    expect(hits.map((h) => [h.detail.zh, h.since])).toEqual([['2023-07-02 更换，晚于期限', '2023-05-31']]);
    expect(activatedCarbonLateRule.severity).toBe('violation');
  });

  it('as-of 2023-05-20: the deadline has not passed, no hit even without a replacement', () => {
    expect(late('2023-05-20T12:00', null)).toEqual([]);
    expect(late('2023-05-20T12:00', '2021-08-10')).toEqual([]);
  });

  it('as-of 2023-06-15: a replacement dated after as-of has not happened yet', () => {
    expect(late('2023-06-15T12:00', '2023-07-02').map((h) => h.detail.zh)).toEqual(['本轮未更换']);
    expect(late('2023-06-15T12:00', null).map((h) => h.detail.zh)).toEqual(['本轮未更换']);
  });
});

describe('task 3: 评估监测完成 passes; 禹王’s 「污染物排放稳定达到排放标准」', () => {
  it('monitoring-done sits between assessment and accepted', () => {
    expect(uleStatuses.indexOf('monitoring-done')).toBe(uleStatuses.indexOf('assessment') + 1);
    expect(uleStatuses.indexOf('accepted')).toBe(uleStatuses.indexOf('monitoring-done') + 1);
  });

  it('passes on monitoring-done and accepted after the date, hits the others', () => {
    const enterprises = (['not-started', 'in-progress', 'assessment', 'monitoring-done', 'accepted'] as const).map(
      (uleStatus) => createEnterprise({ id: uleStatus, planTask: 3, uleStatus }),
    );
    const hits = uleAssessmentOverdueRule.evaluate(createFacts({ enterprises }), createContext());
    expect(hits.map((h) => h.entityId)).toEqual(['not-started', 'in-progress', 'assessment']);
  });

  const yuwang = (over: Parameters<typeof createEnterprise>[0] = {}) =>
    createEnterprise({ id: 'E0003', planTask: 3, planRequirement: 'T3.3', ...over });
  const unverified = (asOf: string, over: Parameters<typeof createEnterprise>[0] = {}) =>
    emissionStandardUnverifiedRule.evaluate(createFacts({ enterprises: [yuwang(over)] }), createContext({ asOf }));

  it('is registered after ule-assessment-overdue: task 3, warning, enterprises, plan and convention basis', () => {
    expect(ruleIds.indexOf('emission-standard-unverified')).toBe(ruleIds.indexOf('ule-assessment-overdue') + 1);
    const rule = ruleRegistry['emission-standard-unverified'];
    expect(rule).toMatchObject({ task: 3, severity: 'warning', layer: 'enterprises' });
    expect(rule.basis).toContainEqual({ kind: 'plan', requirement: 'T3.3' });
    expect(rule.basis.some((b) => b.kind === 'convention')).toBe(true);
  });

  it('no test at all: 近一季度无监测记录', () => {
    expect(unverified('2023-07-01T12:00').map((h) => [h.detail.zh, h.since])).toEqual([['近一季度无监测记录', null]]);
  });

  it('a failed test within the quarter: 最近监测 … 超标', () => {
    const hits = unverified('2023-04-01T12:00', { emissionTestOn: '2023-03-10', emissionTestResult: 'fail' });
    expect(hits.map((h) => [h.detail.zh, h.since])).toEqual([['最近监测 2023-03-10 超标', '2023-03-10']]);
  });

  it('a passing test within 92 days passes; on day 93 the quarter has no test', () => {
    const pass = { emissionTestOn: '2023-03-10', emissionTestResult: 'pass' } as const;
    expect(unverified('2023-06-10T12:00', pass)).toEqual([]); // 92 days after
    expect(unverified('2023-06-11T12:00', pass).map((h) => [h.detail.zh, h.since])).toEqual([
      ['近一季度无监测记录（最近 2023-03-10）', '2023-06-11'],
    ]);
  });

  it('a test dated after as-of is not known yet; a test with no result is not verified', () => {
    expect(
      unverified('2023-03-01T12:00', { emissionTestOn: '2023-03-10', emissionTestResult: 'pass' }).map(
        (h) => h.detail.zh,
      ),
    ).toEqual(['近一季度无监测记录']);
    expect(
      unverified('2023-03-20T12:00', { emissionTestOn: '2023-03-10', emissionTestResult: null }).map(
        (h) => h.detail.zh,
      ),
    ).toEqual(['最近监测 2023-03-10 结果未填报']);
  });

  it('only the enterprise the plan names for the obligation, and only while operating', () => {
    const others = [
      createEnterprise({ id: 'ule', planTask: 3, planRequirement: 'T3.2', uleStatus: 'assessment' }),
      createEnterprise({ id: 'plain' }),
      yuwang({ id: 'closed', operatingStatus: 'closed' }),
    ];
    expect(emissionStandardUnverifiedRule.evaluate(createFacts({ enterprises: others }), createContext())).toEqual([]);
  });
});
