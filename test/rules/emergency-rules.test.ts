import { describe, expect, it } from 'vitest';
import type { EmergencyFacts } from '../../server/rules/rule-definition.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import type { EnterpriseCompliance, Evidence } from '../../server/schema/emergency-compliance.ts';
import {
  createContext,
  createEmergencyFacts,
  createEnterprise,
  createFacts,
  createListEntry,
} from './rule-fixtures.ts';

const zero = { pm: 0, so2: 0, nox: 0, vocs: 0 };
const list = { id: 2, version: '2023年秋冬季（第2版）', entries: [createListEntry()] };
const orangeWarning: NonNullable<EmergencyFacts['warning']> = {
  id: 7,
  level: 'orange',
  levelFrom: '2023-12-10T12:00',
  start: '2023-12-10T00:00',
  issuedAt: '2023-12-09T16:00',
  plannedEnd: '2023-12-13T00:00',
  basis: 'forecast',
};
const winter = createContext({ asOf: '2023-12-11T18:00' });

const evidence = (over: Partial<Evidence>): Evidence => ({
  source: 'cems',
  at: '2023-12-10T06:00',
  verdict: 'non-compliant',
  detail: { zh: 'DA001停产期间仍有烟气流量（14小时）', en: 'DA001 shows flow while stopped (14 h)' },
  ref: { outletId: 'E1-DA001' },
  ...over,
});

const compliance = (over: Partial<EnterpriseCompliance>, pieces: Evidence[]): EnterpriseCompliance => ({
  enterpriseId: 'E1',
  enterpriseName: 'Test cement',
  township: '140902100',
  grade: 'C',
  builtUpArea: false,
  heavyPolluter: false,
  verdict: pieces.some((p) => p.verdict === 'non-compliant') ? 'non-compliant' : 'compliant',
  checkedBy: [...new Set(pieces.map((p) => p.source))],
  supervisor: '李明',
  measures: [
    {
      level: 'orange',
      line: '1#窑',
      kind: 'stop',
      limitPct: null,
      text: '1#窑停产',
      verdict: 'compliant',
      evidence: pieces,
    },
  ],
  expected: zero,
  achieved: zero,
  ...over,
});

describe('heavy-pollution-measure: the list’s measures at the level in force', () => {
  const rule = ruleRegistry['heavy-pollution-measure'];
  const enterprises = [createEnterprise(), createEnterprise({ id: 'E2' })];

  it('under the issued level: the listed enterprise’s measures, since the level began, citing the list', () => {
    const facts = createFacts({ enterprises, emergency: createEmergencyFacts({ warning: orangeWarning, list }) });
    expect(rule.evaluate(facts, { ...winter, alertLevel: 'orange' })).toEqual([
      {
        entityId: 'E1',
        township: enterprises[0]?.township,
        since: '2023-12-10T12:00',
        detail: {
          zh: '橙色预警：1#窑停产；2#窑限产30%（清单2023年秋冬季（第2版））',
          en: 'orange warning: 1#窑: stop; 2#窑: limit output 30% (list 2023年秋冬季（第2版）)',
        },
      },
    ]);
  });

  it('under a level asked (not the issued one): that level’s measures, since unknown', () => {
    const facts = createFacts({ enterprises, emergency: createEmergencyFacts({ warning: orangeWarning, list }) });
    const [hit] = rule.evaluate(facts, { ...winter, alertLevel: 'red' });
    expect(hit?.since).toBeNull();
    expect(hit?.detail.zh).toBe('红色预警：全厂停产；禁止国五及以下柴油货车运输（清单2023年秋冬季（第2版））');
  });

  it('a heavy polluter in the built-up area is named as task 2’s stricter case', () => {
    const entries = [createListEntry({ builtUpArea: true, heavyPolluter: true })];
    const facts = createFacts({ enterprises, emergency: createEmergencyFacts({ list: { ...list, entries } }) });
    const [hit] = rule.evaluate(facts, { ...winter, alertLevel: 'yellow' });
    expect(hit?.detail.zh).toBe('黄色预警：1#窑限产30%；建成区内重污染企业（任务2从严）（清单2023年秋冬季（第2版））');
    expect(hit?.detail.en).toContain('task 2: stricter');
    // built up alone (not a heavy polluter) is not the stricter case
    const plain = [createListEntry({ builtUpArea: true, heavyPolluter: false })];
    const [other] = rule.evaluate(
      createFacts({ enterprises, emergency: createEmergencyFacts({ list: { ...list, entries: plain } }) }),
      {
        ...winter,
        alertLevel: 'yellow',
      },
    );
    expect(other?.detail.zh).not.toContain('任务2');
  });

  it('no list held, no level, or a listed enterprise the register no longer holds: no hit', () => {
    const noList = createFacts({ enterprises, emergency: createEmergencyFacts({ warning: orangeWarning }) });
    expect(rule.evaluate(noList, { ...winter, alertLevel: 'orange' })).toEqual([]);
    const withList = createFacts({ enterprises, emergency: createEmergencyFacts({ list }) });
    expect(rule.evaluate(withList, { ...winter, alertLevel: 'none' })).toEqual([]);
    const gone = createFacts({
      enterprises: [createEnterprise({ id: 'E9' })],
      emergency: createEmergencyFacts({ list }),
    });
    expect(rule.evaluate(gone, { ...winter, alertLevel: 'orange' })).toEqual([]);
  });
});

describe('emergency-noncompliance: a listed enterprise not carrying out its measures during the warning', () => {
  const rule = ruleRegistry['emergency-noncompliance'];
  const visit = evidence({
    source: 'visit',
    at: '2023-12-10T15:00',
    detail: { zh: '现场检查：1#窑正常生产', en: 'visit: 1# kiln running' },
    ref: { visitId: 3, photoId: 4 },
  });
  const gate = evidence({
    source: 'gate',
    at: '2023-12-11T08:00',
    detail: { zh: '国五柴油货车晋H12345进厂', en: 'China V diesel truck in' },
    ref: { plate: '晋H12345' },
  });

  it('cites the first two pieces of non-compliant evidence, since the first', () => {
    const facts = createFacts({
      enterprises: [createEnterprise()],
      emergency: createEmergencyFacts({
        warning: orangeWarning,
        list,
        compliance: [
          compliance({}, [gate, visit, evidence({}), evidence({ verdict: 'compliant', at: '2023-12-10T01:00' })]),
        ],
      }),
    });
    expect(rule.evaluate(facts, winter)).toEqual([
      {
        entityId: 'E1',
        township: '140902100',
        since: '2023-12-10T06:00',
        detail: {
          zh: 'DA001停产期间仍有烟气流量（14小时）；现场检查：1#窑正常生产',
          en: 'DA001 shows flow while stopped (14 h); visit: 1# kiln running',
        },
      },
    ]);
  });

  it('names task 2 for a heavy polluter in the built-up area', () => {
    const facts = createFacts({
      enterprises: [createEnterprise()],
      emergency: createEmergencyFacts({
        warning: orangeWarning,
        compliance: [compliance({ builtUpArea: true, heavyPolluter: true }, [evidence({})])],
      }),
    });
    expect(rule.evaluate(facts, winter)[0]?.detail.zh).toBe(
      'DA001停产期间仍有烟气流量（14小时）；任务2：建成区内重污染企业从严',
    );
  });

  it('a compliant or unverified enterprise, or no warning in force: no hit', () => {
    const ok = compliance({}, [evidence({ verdict: 'compliant' })]);
    const unverified = compliance({ enterpriseId: 'E2', verdict: 'unverified', checkedBy: [] }, []);
    const facts = createFacts({
      enterprises: [createEnterprise(), createEnterprise({ id: 'E2' })],
      emergency: createEmergencyFacts({ warning: orangeWarning, compliance: [ok, unverified] }),
    });
    expect(rule.evaluate(facts, winter)).toEqual([]);
    const noWarning = createFacts({
      enterprises: [createEnterprise()],
      emergency: createEmergencyFacts({ compliance: [compliance({}, [evidence({})])] }),
    });
    expect(rule.evaluate(noWarning, winter)).toEqual([]);
  });

  it('takes the township from the register when the check has none', () => {
    const facts = createFacts({
      enterprises: [createEnterprise({ township: '140902200' })],
      emergency: createEmergencyFacts({
        warning: orangeWarning,
        compliance: [compliance({ township: null }, [evidence({})])],
      }),
    });
    expect(rule.evaluate(facts, winter)[0]?.township).toBe('140902200');
  });
});

describe('stagger-production and stagger-breach', () => {
  const schedule = (over: Partial<EmergencyFacts['stagger'][number]>): EmergencyFacts['stagger'][number] => ({
    id: 1,
    enterpriseId: 'E1',
    line: '1#窑',
    outletCode: 'DA001',
    from: '2023-11-15',
    to: '2024-03-15',
    production: 'stop',
    limitPct: null,
    stricterBuiltUp: false,
    ...over,
  });
  const enterprises = [createEnterprise(), createEnterprise({ id: 'E2' })];

  it('one hit per enterprise bound today, its lines and until when; the stricter schedule says so', () => {
    const stagger = [
      schedule({}),
      schedule({ id: 2, line: '2#窑', production: 'limit', limitPct: 30, from: '2023-12-01', to: '2024-02-29' }),
      schedule({ id: 3, enterpriseId: 'E2', line: '焦炉', stricterBuiltUp: true, from: '2023-11-01' }),
    ];
    const facts = createFacts({ enterprises, emergency: createEmergencyFacts({ stagger }) });
    const hits = ruleRegistry['stagger-production'].evaluate(facts, winter);
    expect(hits.map((h) => [h.entityId, h.since, h.detail.zh])).toEqual([
      ['E1', '2023-11-15', '1#窑停产至2024-03-15；2#窑限产30%至2024-02-29'],
      ['E2', '2023-11-01', '焦炉停产至2024-03-15（建成区内重污染企业从严，任务2）'],
    ]);
    expect(hits[0]?.detail.en).toBe('1#窑: stopped until 2024-03-15; 2#窑: limited 30% until 2024-02-29');
    expect(ruleRegistry['stagger-production'].basis).toEqual([
      { kind: 'plan', requirement: 'T15.1' },
      { kind: 'plan', requirement: 'T2.2' },
    ]);
  });

  it('no schedule in force: no hit', () => {
    const facts = createFacts({ enterprises, emergency: createEmergencyFacts() });
    expect(ruleRegistry['stagger-production'].evaluate(facts, winter)).toEqual([]);
    expect(ruleRegistry['stagger-production'].evaluate(createFacts({ enterprises }), winter)).toEqual([]);
  });

  it('breaches: one hit per enterprise with each breach’s detail, task 2 for a stricter schedule', () => {
    const staggerBreaches = [
      { scheduleId: 1, enterpriseId: 'E1', line: '1#窑', since: '2023-12-11T02:00', detail: { zh: 'A', en: 'a' } },
      { scheduleId: 3, enterpriseId: 'E2', line: '焦炉', since: '2023-12-11T05:00', detail: { zh: 'B', en: 'b' } },
      { scheduleId: 4, enterpriseId: 'E2', line: '2#焦炉', since: '2023-12-11T01:00', detail: { zh: 'C', en: 'c' } },
    ];
    const stagger = [schedule({}), schedule({ id: 3, enterpriseId: 'E2', stricterBuiltUp: true })];
    const facts = createFacts({ enterprises, emergency: createEmergencyFacts({ stagger, staggerBreaches }) });
    const hits = ruleRegistry['stagger-breach'].evaluate(facts, winter);
    expect(hits.map((h) => [h.entityId, h.since, h.detail.zh])).toEqual([
      ['E1', '2023-12-11T02:00', 'A'],
      ['E2', '2023-12-11T01:00', 'B；C；任务2：建成区内重污染企业从严'],
    ]);
    expect(ruleRegistry['stagger-breach'].severity).toBe('violation');
    expect(ruleRegistry['stagger-breach'].evaluate(createFacts({ enterprises }), winter)).toEqual([]);
  });
});
