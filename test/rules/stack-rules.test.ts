import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../server/rules/evaluate-rules.ts';
import type { OutletFacts } from '../../server/rules/rule-definition.ts';
import { stackDataQualityRule } from '../../server/rules/stack-data-quality-rule.ts';
import { stackExceedanceRule } from '../../server/rules/stack-exceedance-rule.ts';
import { stackUleExceedanceRule } from '../../server/rules/stack-ule-exceedance-rule.ts';
import { movesRuleFacts } from '../../server/services/alert-scheduler.ts';
import { hoursFrom, reading } from '../monitoring/stack-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const asOf = '2023-05-02T00:00';
const context = createContext({ asOf });
/** The 24 hours up to as-of, distinct valid values (no flat line). */
const day = (pm = (i: number) => 5 + i / 10) =>
  hoursFrom('2023-05-01T01:00', 24).map((ts, i) => reading(ts, { pm: pm(i), so2: 20 + i, nox: 40 + i }));

function outlet(overrides: Partial<OutletFacts['outlet']> = {}, hours = day()): OutletFacts {
  return {
    outlet: {
      id: 'E0001-DA001',
      enterpriseId: 'E0001',
      township: '140902105',
      name: '1#水泥磨排气筒',
      limits: { pm: 20 },
      uleLimits: { pm: 10 },
      referenceO2: null,
      planRequirement: null,
      reportingSince: '2023-04-01T01:00',
      ...overrides,
    },
    hours,
  };
}

describe('stack-ule-exceedance (task 3)', () => {
  it('hits a ULE outlet over its ULE limit in the latest valid hour, naming value, limit and since', () => {
    // the last three hours at 12, 15, 12.5 mg/m³: over the ULE 10, within the standard's 20
    const hours = day((i) => (i >= 21 ? ([12, 15, 12.5][i - 21] ?? 0) : 5 + i / 10));
    const facts = createFacts({ outlets: [outlet({}, hours)] });
    expect(stackUleExceedanceRule.evaluate(facts, context)).toEqual([
      {
        entityId: 'E0001',
        township: '140902105',
        since: '2023-05-01T21:00',
        detail: {
          zh:
            '1#水泥磨排气筒 颗粒物 12.5 mg/m³超过超低排放限值 10 mg/m³' +
            '（2023-05-01 21:00 起连续3小时，最新 2023-05-02 00:00）',
          en:
            '1#水泥磨排气筒 particulate 12.5 mg/m³ above the ULE limit 10 mg/m³ ' +
            '(since 2023-05-01 21:00, 3 h; latest 2023-05-02 00:00)',
        },
      },
    ]);
    expect(stackExceedanceRule.evaluate(facts, context)).toEqual([]);
    const [hit] = evaluateRules(facts, context).filter((h) => h.rule === 'stack-ule-exceedance');
    expect(hit).toMatchObject({ task: 3, severity: 'violation', layer: 'enterprises' });
    expect(hit?.basis).toContainEqual({ kind: 'plan', requirement: 'T3.1' });
  });

  it('judges the latest VALID hour: over-limit then flagged still counts; a clean one clears', () => {
    const flaggedLast = day((i) => (i === 22 ? 14 : 5)).map((h, i) =>
      i === 23 ? { ...h, pm: 40, flags: { ...h.flags, pm: 'C' } } : h,
    );
    expect(stackUleExceedanceRule.evaluate(createFacts({ outlets: [outlet({}, flaggedLast)] }), context)).toHaveLength(
      1,
    );
    const clean = day((i) => (i === 22 ? 14 : 5 + i / 100));
    expect(stackUleExceedanceRule.evaluate(createFacts({ outlets: [outlet({}, clean)] }), context)).toEqual([]);
  });

  it('judges 禹王 (T3.3) against its standard after O2 correction', () => {
    // 40 mg/m³ at 12 % O2 → 40 × 12 / 9 = 53.3 at 9 %: over the GB 13271 50
    const hours = day().map((h, i) => (i === 23 ? { ...h, pm: 40, o2: 12 } : { ...h, o2: 12 }));
    const yuwang = outlet(
      { id: 'E0003-DA001', enterpriseId: 'E0003', name: '1#锅炉排气筒', limits: { pm: 50, so2: 300, nox: 300 } },
      hours,
    );
    yuwang.outlet.uleLimits = null;
    yuwang.outlet.referenceO2 = 9;
    const asStandard = { ...yuwang, outlet: { ...yuwang.outlet, planRequirement: null } };
    expect(stackUleExceedanceRule.evaluate(createFacts({ outlets: [asStandard] }), context)).toEqual([]);
    const named = { ...yuwang, outlet: { ...yuwang.outlet, planRequirement: 'T3.3' } };
    const [hit] = stackUleExceedanceRule.evaluate(createFacts({ outlets: [named] }), context);
    expect(hit?.detail.zh).toContain('颗粒物 53.33 mg/m³（折算至9%氧）超过排放标准限值 50 mg/m³');
    expect(stackExceedanceRule.evaluate(createFacts({ outlets: [named] }), context)).toEqual([]);
  });
});

describe('stack-exceedance (task 4)', () => {
  const coke = (hours = day()) =>
    outlet(
      {
        id: 'E0100-DA001',
        enterpriseId: 'E0100',
        name: '焦炉烟囱',
        limits: { pm: 30, so2: 50, nox: 500 },
        uleLimits: null,
        referenceO2: 8,
      },
      hours.map((h) => ({ ...h, o2: 8 })),
    );

  it('hits an outlet without ULE limits over its standard, one finding per enterprise', () => {
    const hours = day().map((h, i) => (i >= 22 ? { ...h, nox: 600, so2: 80 } : h));
    const second = { ...coke(hours), outlet: { ...coke().outlet, id: 'E0100-DA002', name: '2#焦炉烟囱' } };
    const hits = stackExceedanceRule.evaluate(createFacts({ outlets: [coke(hours), second] }), context);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.since).toBe('2023-05-01T22:00');
    expect(hits[0]?.detail.zh.split('；')).toHaveLength(4);
    expect(hits[0]?.detail.zh).toContain('焦炉烟囱 氮氧化物 600 mg/m³（折算至8%氧）超过排放标准限值 500 mg/m³');
    expect(stackUleExceedanceRule.evaluate(createFacts({ outlets: [coke(hours)] }), context)).toEqual([]);
  });

  it('a ULE outlet’s pollutant without a ULE limit is judged here against the standard', () => {
    const hours = day().map((h) => ({ ...h, so2: 150 }));
    const facts = createFacts({ outlets: [outlet({ limits: { pm: 20, so2: 100 } }, hours)] });
    expect(stackExceedanceRule.evaluate(facts, context)).toHaveLength(1);
    expect(stackUleExceedanceRule.evaluate(facts, context)).toEqual([]);
  });

  it('no hours, no hit', () => {
    expect(stackExceedanceRule.evaluate(createFacts({ outlets: [coke([])] }), context)).toEqual([]);
  });
});

describe('stack-data-quality (task 4)', () => {
  it('names the outlet and its problems; since the first problem', () => {
    const hours = day()
      .filter((_, i) => i < 4 || i > 8)
      .map((h, i) => (i === 10 ? { ...h, flow: 0 } : h));
    const [hit] = stackDataQualityRule.evaluate(createFacts({ outlets: [outlet({}, hours)] }), context);
    expect(hit).toEqual({
      entityId: 'E0001',
      township: '140902105',
      since: '2023-05-01T04:00',
      detail: {
        zh: '1#水泥磨排气筒：连续5小时无数据，生产中流量为零（1小时）',
        en: '1#水泥磨排气筒: no data for 5 h in a row, zero flow while producing (1 h)',
      },
    });
    expect(stackDataQualityRule.severity).toBe('warning');
  });

  it('a silent device is missing data, but an outlet that never reported is not judged', () => {
    expect(stackDataQualityRule.evaluate(createFacts({ outlets: [outlet({}, [])] }), context)).toHaveLength(1);
    expect(
      stackDataQualityRule.evaluate(createFacts({ outlets: [outlet({ reportingSince: null }, [])] }), context),
    ).toEqual([]);
  });

  it('counts missing hours only from when the device started reporting', () => {
    const hours = day().slice(21);
    const since = outlet({ reportingSince: '2023-05-01T22:00' }, hours);
    expect(stackDataQualityRule.evaluate(createFacts({ outlets: [since] }), context)).toEqual([]);
  });

  it('a clean day has no problem', () => {
    expect(stackDataQualityRule.evaluate(createFacts({ outlets: [outlet()] }), context)).toEqual([]);
  });
});

describe('the alert ledger follows stack data', () => {
  it('a new outlet hour or an outlet edit brings a ledger sync forward', () => {
    expect(movesRuleFacts('outlet-readings')).toBe(true);
    expect(movesRuleFacts('outlets')).toBe(true);
    expect(movesRuleFacts('devices')).toBe(false);
  });
});
