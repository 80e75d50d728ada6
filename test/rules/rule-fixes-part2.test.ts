import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../server/rules/evaluate-rules.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { sixChecks, type SixCheck } from '../../server/schema/construction-site.ts';
import type { KilnBoiler } from '../../server/schema/enterprise.ts';
import { DISTRICT_ENTITY, ruleIds, ruleTitles } from '../../server/schema/enums/rule-id.ts';
import { createContext, createEnterprise, createFacts, createSite } from './rule-fixtures.ts';

const boiler = (over: Partial<KilnBoiler> = {}): KilnBoiler => ({
  id: 'E1-K2',
  kind: 'boiler',
  purpose: '供热',
  fuel: 'biomass',
  capacity: 4,
  capacityUnit: 't/h',
  treatmentProcess: '袋式除尘',
  lowEfficiency: false,
  surveyedOn: '2023-05-10',
  compliant: false,
  buildKind: 'existing',
  builtOn: null,
  ...over,
});

describe('the three rules are registered, titled and listed', () => {
  it.each([
    ['boiler-noncompliant', 4, 'warning', 'enterprises', ['T4.6', 'T4.5']],
    ['site-never-inspected', 11, 'warning', 'construction-sites', ['T11.1']],
    ['district-dustfall-over-limit', 12, 'violation', 'townships', ['G6']],
  ] as const)('%s: task %i, %s, layer %s, basis %j', (id, task, severity, layer, requirements) => {
    expect(ruleIds).toContain(id);
    const rule = ruleRegistry[id];
    expect(rule).toMatchObject({ id, task, severity, layer });
    expect(rule.basis.flatMap((b) => (b.kind === 'plan' ? [b.requirement] : []))).toEqual(requirements);
    expect(ruleTitles[id].zh).toMatch(/\p{Script=Han}/u);
  });

  it('the township dustfall rule says it is the console’s extension, in its title', () => {
    expect(ruleTitles['dustfall-over-limit'].zh).toContain('（乡镇级，本系统延伸）');
    expect(ruleTitles['dustfall-over-limit'].en).toContain('township level');
    expect(ruleTitles['district-dustfall-over-limit'].zh).toContain('全区平均');
  });
});

describe('boiler-noncompliant', () => {
  const rule = ruleRegistry['boiler-noncompliant'];
  const at = (asOf: string, ...enterprises: ReturnType<typeof createEnterprise>[]) =>
    rule.evaluate(createFacts({ enterprises }), createContext({ asOf }));

  it('hits an operating enterprise with a surveyed, non-compliant boiler, naming the boiler', () => {
    const hits = at('2023-07-12T11:00', createEnterprise({ kilnsBoilers: [boiler()] }));
    expect(hits).toEqual([
      {
        entityId: 'E1',
        township: '140902001',
        since: '2023-05-10',
        detail: { zh: '2号锅炉（生物质）：排查不达标', en: 'boiler no. 2 (biomass): not compliant at the survey' },
      },
    ]);
  });

  it('names every failed boiler of the enterprise, and dates the hit from the first failed survey', () => {
    const kilnsBoilers = [
      boiler({ id: 'E1-K3', fuel: 'natural-gas', surveyedOn: '2023-06-01' }),
      boiler({ id: 'E1-K1', surveyedOn: '2023-04-02' }),
      boiler({ id: 'E1-K4', compliant: true }),
    ];
    const [hit] = at('2023-07-12T11:00', createEnterprise({ kilnsBoilers }));
    expect(hit?.detail.zh).toBe('1号锅炉（生物质）：排查不达标；3号锅炉（天然气）：排查不达标');
    expect(hit?.since).toBe('2023-04-02');
  });

  it('does not count a boiler surveyed after as-of, nor one surveyed that very day before it', () => {
    const e = createEnterprise({ kilnsBoilers: [boiler({ surveyedOn: '2023-05-10' })] });
    expect(at('2023-05-09T23:59', e)).toEqual([]);
    expect(at('2023-05-10T00:00', e)).toHaveLength(1);
  });

  it('spares compliant, unsurveyed and unknown boilers, kilns, and enterprises not operating', () => {
    expect(
      at(
        '2023-12-31T23:00',
        createEnterprise({
          id: 'E1',
          kilnsBoilers: [
            boiler({ compliant: true }),
            boiler({ surveyedOn: null, compliant: null }),
            boiler({ compliant: null }),
            boiler({ kind: 'kiln', id: 'E1-K9' }),
          ],
        }),
        createEnterprise({ id: 'E2', operatingStatus: 'suspended', kilnsBoilers: [boiler({ id: 'E2-K1' })] }),
      ),
    ).toEqual([]);
  });
});

describe('site-never-inspected', () => {
  const rule = ruleRegistry['site-never-inspected'];
  const never = { lastInspection: null, compliant: null, failedChecks: [] };
  const at = (asOf: string, ...sites: ReturnType<typeof createSite>[]) =>
    rule.evaluate(createFacts({ sites }), createContext({ asOf }));

  it('hits an active site never inspected, started more than 14 days before as-of', () => {
    expect(at('2023-07-12T11:00', createSite({ ...never, startDate: '2023-04-02' }))).toEqual([
      {
        entityId: 'C1',
        township: '140902001',
        since: '2023-04-17',
        detail: { zh: '开工于2023-04-02，至今无巡查记录', en: 'started 2023-04-02, no inspection on record' },
      },
    ]);
  });

  it('does not count a site started 3 days ago, nor one exactly 14 days in; 15 days in it does', () => {
    expect(at('2023-07-12T11:00', createSite({ ...never, startDate: '2023-07-09' }))).toEqual([]);
    expect(at('2023-07-12T11:00', createSite({ ...never, startDate: '2023-06-28' }))).toEqual([]);
    expect(at('2023-07-12T11:00', createSite({ ...never, startDate: '2023-06-27' }))).toHaveLength(1);
  });

  it('spares an inspected site (compliant or not) and an inactive one; an inspection after as-of is none', () => {
    const checks = Object.fromEntries(sixChecks.map((c) => [c, true])) as Record<SixCheck, boolean>;
    const inspection = (date: string) => ({ date, checks, inspector: '王' });
    expect(
      at(
        '2023-07-12T11:00',
        createSite({ id: 'C1', lastInspection: inspection('2023-03-01'), compliant: true }),
        createSite({ id: 'C2', lastInspection: inspection('2023-03-01'), compliant: false, failedChecks: ['cover'] }),
        createSite({ id: 'C3', ...never, active: false }),
      ),
    ).toEqual([]);
    const later = createSite({ id: 'C4', lastInspection: inspection('2023-08-01'), compliant: true });
    expect(at('2023-07-12T11:00', later).map((f) => f.entityId)).toEqual(['C4']);
  });

  it('carries the plan basis and the grace period as a convention', () => {
    const convention = rule.basis.find((b) => b.kind === 'convention');
    expect(convention?.kind === 'convention' && convention.note.zh).toContain('14');
  });
});

describe('district-dustfall-over-limit', () => {
  const rule = ruleRegistry['district-dustfall-over-limit'];
  const at = (value: number | null) =>
    rule.evaluate(createFacts({ districtDustfall: [{ month: '2023-04', value }] }), createContext());

  it('is not a hit at exactly 7, nor without a reading', () => {
    expect(at(7)).toEqual([]);
    expect(at(null)).toEqual([]);
    expect(at(6.5)).toEqual([]);
  });

  it('is a hit at 7.01, on the district itself (entity and township 140902)', () => {
    expect(DISTRICT_ENTITY).toBe('140902');
    expect(at(7.01)).toEqual([
      {
        entityId: '140902',
        township: '140902',
        since: '2023-04',
        detail: { zh: '2023-04：全区平均 7.01（限值 7）', en: '2023-04: district average 7.01 (limit 7)' },
      },
    ]);
  });

  it('looks at the district value only: a township above 7 under a district mean of 7 is the township rule’s', () => {
    const facts = createFacts({
      townshipDustfall: [{ code: '140902001', month: '2023-04', value: 9 }],
      districtDustfall: [{ month: '2023-04', value: 7 }],
    });
    const rules = evaluateRules(facts, { asOf: '2023-04-30T12:00', alertLevel: 'none' }).map((h) => h.rule);
    expect(rules).toContain('dustfall-over-limit');
    expect(rules).not.toContain('district-dustfall-over-limit');
  });
});
