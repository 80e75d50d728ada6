import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../server/rules/evaluate-rules.ts';
import type { RuleDefinition } from '../../server/rules/rule-definition.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { ruleIds } from '../../server/schema/enums/rule-id.ts';
import {
  createContext,
  createEnterprise,
  createFacts,
  createFuelPoint,
  createMachine,
  createEmergencyFacts,
  createListEntry,
  createSite,
  createVillage,
} from './rule-fixtures.ts';

const hitIds = (rule: RuleDefinition, ...args: Parameters<RuleDefinition['evaluate']>) =>
  rule.evaluate(...args).map((f) => f.entityId);
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [112, 38],
      [113, 38],
      [113, 39],
      [112, 39],
      [112, 38],
    ],
  ],
};
const zone = {
  id: 'Z1',
  name: '示例控制区',
  township: '140902001',
  townshipName: '示例街道',
  areaKm2: 1,
  minStage: 'III' as const,
  effectiveFrom: '2023-01-01',
  bannedMachinesInside: [],
  provenance: 'synthetic' as const,
  source: 'test',
  geometry: square,
};

describe('ruleRegistry', () => {
  it('holds every rule id once, each under its own id', () => {
    expect(Object.keys(ruleRegistry).sort()).toEqual([...ruleIds].sort());
    for (const id of ruleIds) expect(ruleRegistry[id].id).toBe(id);
  });

  it("evaluateRules lists each rule's findings in rule order, with the rule's task, severity, layer and title", () => {
    const facts = createFacts({
      villages: [
        createVillage({ code: 'V2', heatingStatus: 'reburning', reburnReports: 2 }),
        createVillage({ code: 'V1', retrofitInProgress: true }),
      ],
      fuelPoints: [createFuelPoint()],
    });
    const hits = evaluateRules(facts, { asOf: '2023-07-12T11:00', alertLevel: 'none' });
    expect(hits.map((h) => [h.rule, h.entityId])).toEqual([
      ['coal-reburning', 'V2'],
      ['retrofit-in-progress', 'V1'],
      ['illegal-fuel-open', 'F1'],
    ]);
    expect(hits[0]).toMatchObject({ task: 7, severity: 'violation', layer: 'villages', title: { zh: '散煤复烧' } });
  });
});

describe('nrmm-banned-in-zone', () => {
  const rule = ruleRegistry['nrmm-banned-in-zone'];
  // the rule decides the ban itself, against the zone's minStage (国三 here): a 国二 machine is banned
  it('hits a banned, non-exempt machine inside a zone in force', () => {
    const facts = createFacts({ zones: [zone], machines: [createMachine([112.5, 38.5], { emissionStage: 'II' })] });
    expect(hitIds(rule, facts, createContext())).toEqual(['M1']);
  });
  it('spares an exempt machine, one outside, and a zone not yet in force', () => {
    const exempt = createMachine([112.5, 38.5], { emissionStage: 'II', exemptUse: 'emergency' });
    const outside = createMachine([114, 38.5], { id: 'M2', emissionStage: 'II' });
    expect(hitIds(rule, createFacts({ zones: [zone], machines: [exempt, outside] }), createContext())).toEqual([]);
    const banned = createMachine([112.5, 38.5], { emissionStage: 'II' });
    expect(
      hitIds(rule, createFacts({ zones: [zone], machines: [banned] }), createContext({ asOf: '2022-12-31T23:00' })),
    ).toEqual([]);
  });
});

describe('ozone-voc-stagger', () => {
  const rule = ruleRegistry['ozone-voc-stagger'];
  const facts = createFacts({
    enterprises: [
      createEnterprise({ industry: 'chemical', vocEmitter: true }),
      createEnterprise({ id: 'E2', vocEmitter: true }),
    ],
  });
  it('binds VOC emitters of the named industries in the ozone window', () =>
    expect(hitIds(rule, facts, createContext())).toEqual(['E1']));
  it('binds nobody in winter', () =>
    expect(hitIds(rule, facts, createContext({ asOf: '2023-01-12T11:00' }))).toEqual([]));
});

describe('ozone-outdoor-works', () => {
  const rule = ruleRegistry['ozone-outdoor-works'];
  const facts = createFacts({
    sites: [createSite({ activities: ['painting', 'earthwork'] }), createSite({ id: 'C2' })],
  });
  it('pauses painting, asphalt and road marking in the ozone window', () => {
    expect(rule.evaluate(facts, createContext()).map((f) => [f.entityId, f.detail.en])).toEqual([
      ['C1', 'pause: painting'],
    ]);
  });
  it('pauses nothing in winter', () =>
    expect(hitIds(rule, facts, createContext({ asOf: '2023-01-12T11:00' }))).toEqual([]));
});

describe('heavy-pollution-measure', () => {
  const rule = ruleRegistry['heavy-pollution-measure'];
  const list = { id: 1, version: '2023年秋冬季（第1版）', entries: [createListEntry()] };
  const facts = createFacts({
    enterprises: [createEnterprise(), createEnterprise({ id: 'E2' })],
    emergency: createEmergencyFacts({ list }),
  });
  it('sets every enterprise on the list its measures under an alert, not one off the list', () =>
    expect(hitIds(rule, facts, createContext({ alertLevel: 'orange' }))).toEqual(['E1']));
  it('sets none without one', () => expect(hitIds(rule, facts, createContext())).toEqual([]));
  it('sets none without a list held', () =>
    expect(
      hitIds(rule, createFacts({ enterprises: [createEnterprise()] }), createContext({ alertLevel: 'red' })),
    ).toEqual([]));
});

describe('six-hundred-failed', () => {
  const rule = ruleRegistry['six-hundred-failed'];
  it('hits an active site failing a check, not an inactive or never-inspected one', () => {
    const facts = createFacts({
      sites: [
        createSite({ compliant: false, failedChecks: ['cover'] }),
        createSite({ id: 'C2', compliant: false, active: false }),
        createSite({ id: 'C3', compliant: null }),
      ],
    });
    expect(rule.evaluate(facts, createContext()).map((f) => [f.entityId, f.detail.zh])).toEqual([
      ['C1', '未达标 1 项'],
    ]);
  });
});

describe('dustfall-over-limit', () => {
  const rule = ruleRegistry['dustfall-over-limit'];
  it('hits a township above 7, not one at 7 or without a reading', () => {
    const townshipDustfall = [
      { code: 'T1', month: '2023-06', value: 7.01 },
      { code: 'T2', month: '2023-06', value: 7 },
      { code: 'T3', month: '2023-06', value: null },
    ];
    expect(
      rule.evaluate(createFacts({ townshipDustfall }), createContext()).map((f) => [f.entityId, f.detail.en]),
    ).toEqual([['T1', '2023-06: township mean 7.01']]);
  });
});

describe('clean-heating rules (task 7)', () => {
  const facts = createFacts({
    villages: [
      createVillage({ code: 'V1', heatingStatus: 'reburning', reburnReports: 3, lastReburnReport: '2023-02-01' }),
      createVillage({ code: 'V2', heatingStatus: 'unstable' }),
      createVillage({ code: 'V3', retrofitInProgress: true }),
      createVillage({ code: 'V4' }),
    ],
  });
  it('coal-reburning hits re-burning villages since the last report', () => {
    expect(ruleRegistry['coal-reburning'].evaluate(facts, createContext()).map((f) => [f.entityId, f.since])).toEqual([
      ['V1', '2023-02-01'],
    ]);
  });
  it('heating-unstable hits unstable villages', () =>
    expect(hitIds(ruleRegistry['heating-unstable'], facts, createContext())).toEqual(['V2']));
  it('retrofit-in-progress tracks retrofits under way', () =>
    expect(hitIds(ruleRegistry['retrofit-in-progress'], facts, createContext())).toEqual(['V3']));
});

describe('deadline rules', () => {
  const before = createContext({ asOf: '2023-05-31T23:00' });
  const after = createContext({ asOf: '2023-07-01T00:00' });
  it('ule-assessment-overdue: a task-3 enterprise not accepted after 30 June', () => {
    const facts = createFacts({
      enterprises: [
        createEnterprise({ planTask: 3, uleStatus: 'assessment' }),
        createEnterprise({ id: 'E2', planTask: 3, uleStatus: 'accepted' }),
      ],
    });
    expect(hitIds(ruleRegistry['ule-assessment-overdue'], facts, after)).toEqual(['E1']);
    expect(hitIds(ruleRegistry['ule-assessment-overdue'], facts, before)).toEqual([]);
  });
  it('boiler-survey-overdue: a gas boiler surveyed late or never, after 30 June', () => {
    const boiler = {
      id: 'B1',
      kind: 'boiler' as const,
      purpose: '供热',
      fuel: 'natural-gas' as const,
      capacity: 4,
      capacityUnit: 't/h' as const,
      treatmentProcess: '低氮燃烧',
      lowEfficiency: false,
      surveyedOn: null,
      compliant: null,
      buildKind: 'existing' as const,
      builtOn: null,
    };
    const facts = createFacts({
      enterprises: [
        createEnterprise({ kilnsBoilers: [boiler] }),
        createEnterprise({ id: 'E2', kilnsBoilers: [{ ...boiler, surveyedOn: '2023-06-30' }] }),
      ],
    });
    expect(hitIds(ruleRegistry['boiler-survey-overdue'], facts, after)).toEqual(['E1']);
    expect(hitIds(ruleRegistry['boiler-survey-overdue'], facts, before)).toEqual([]);
  });
  it('activated-carbon-late: carbon replaced after 31 May or never, once the deadline has passed', () => {
    const facts = createFacts({
      enterprises: [
        createEnterprise({ activatedCarbon: true, carbonReplacedOn: '2023-06-10' }),
        createEnterprise({ id: 'E2', activatedCarbon: true, carbonReplacedOn: '2023-05-31' }),
        createEnterprise({ id: 'E3', activatedCarbon: true }),
      ],
    });
    expect(hitIds(ruleRegistry['activated-carbon-late'], facts, after)).toEqual(['E1', 'E3']);
    expect(hitIds(ruleRegistry['activated-carbon-late'], facts, createContext({ asOf: '2023-05-31T12:00' }))).toEqual(
      [],
    );
  });
});

describe('industry rules', () => {
  it('low-efficiency-treatment: a low-efficiency process or kiln', () => {
    const facts = createFacts({
      enterprises: [
        createEnterprise({ treatmentProcesses: ['cyclone'] }),
        createEnterprise({ id: 'E2', treatmentProcesses: ['bag-filter'] }),
      ],
    });
    expect(
      ruleRegistry['low-efficiency-treatment'].evaluate(facts, createContext()).map((f) => [f.entityId, f.detail.zh]),
    ).toEqual([['E1', '旋风除尘']]);
  });
  it('voc-checklist-gaps: any gap among the 10 links', () => {
    const facts = createFacts({ enterprises: [createEnterprise({ vocGaps: 2 }), createEnterprise({ id: 'E2' })] });
    expect(hitIds(ruleRegistry['voc-checklist-gaps'], facts, createContext())).toEqual(['E1']);
  });
  it('freight-no-rail: from 1.5 Mt a year without an operating spur', () => {
    const facts = createFacts({
      enterprises: [
        createEnterprise({ annualFreightT: 1_500_000 }),
        createEnterprise({ id: 'E2', annualFreightT: 1_499_999 }),
        createEnterprise({ id: 'E3', annualFreightT: 3_000_000, railSpur: 'operating' }),
      ],
    });
    expect(hitIds(ruleRegistry['freight-no-rail'], facts, createContext())).toEqual(['E1']);
  });
  it('gate-not-networked: a key vehicle-using unit without a networked gate', () => {
    const facts = createFacts({
      enterprises: [
        createEnterprise({ keyVehicleUnit: true, gateSystem: 'installed' }),
        createEnterprise({ id: 'E2', keyVehicleUnit: true, gateSystem: 'networked' }),
      ],
    });
    expect(hitIds(ruleRegistry['gate-not-networked'], facts, createContext())).toEqual(['E1']);
  });
  it('spare enterprises not in production', () => {
    const facts = createFacts({
      enterprises: [
        createEnterprise({ operatingStatus: 'suspended', vocGaps: 3, keyVehicleUnit: true, annualFreightT: 2e6 }),
      ],
    });
    for (const id of ['voc-checklist-gaps', 'gate-not-networked', 'freight-no-rail'] as const)
      expect(hitIds(ruleRegistry[id], facts, createContext())).toEqual([]);
  });
});

describe('illegal-fuel-open', () => {
  const rule = ruleRegistry['illegal-fuel-open'];
  it('hits reports made by as-of and not closed', () => {
    const facts = createFacts({
      fuelPoints: [
        createFuelPoint(),
        createFuelPoint({ id: 'F2', status: 'closed' }),
        createFuelPoint({ id: 'F3', reportedOn: '2023-08-01' }),
      ],
    });
    expect(hitIds(rule, facts, createContext())).toEqual(['F1']);
  });
});
