import { describe, expect, it } from 'vitest';
import { stockyardControlsFailedRule } from '../../server/rules/stockyard-controls-failed-rule.ts';
import {
  PLAN_ISSUED_ON,
  STOCKYARD_FIRST_INSPECTION_GRACE_DAYS,
  stockyardNeverInspectedRule,
} from '../../server/rules/stockyard-never-inspected-rule.ts';
import { stockyardControls, type StockyardControl, type StockyardProperties } from '../../server/schema/stockyard.ts';
import { addDays } from '../../server/time/cst.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

/** A stockyard inspected on 2023-09-01 with every control in place, unless `missing` names some. */
function createStockyard(
  overrides: Partial<StockyardProperties> = {},
  missing: readonly StockyardControl[] = [],
): StockyardProperties {
  const checks = Object.fromEntries(stockyardControls.map((c) => [c, !missing.includes(c)])) as Record<
    StockyardControl,
    boolean
  >;
  return {
    id: 'Y1',
    name: '示例煤炭堆场',
    kind: 'industrial',
    material: 'coal',
    enterpriseId: 'E1',
    areaM2: 5000,
    township: '140902001',
    townshipName: '秀容街道',
    lastInspection: { date: '2023-09-01', checks, inspector: '张三' },
    compliant: missing.length === 0,
    failedControls: stockyardControls.filter((c) => missing.includes(c)),
    provenance: 'synthetic',
    source: 'test',
    ...overrides,
  };
}

const never = (id = 'Y2') => createStockyard({ id, lastInspection: null, compliant: null, failedControls: [] });

describe('stockyard-controls-failed', () => {
  const context = createContext({ asOf: '2023-12-31T23:00' });

  it('fires when the latest inspection lacks any control, naming the missing ones, since the inspection', () => {
    const hits = stockyardControlsFailedRule.evaluate(
      createFacts({ stockyards: [createStockyard({}, ['cover', 'spraying'])] }),
      context,
    );
    expect(hits).toEqual([
      {
        entityId: 'Y1',
        township: '140902001',
        since: '2023-09-01',
        detail: { zh: '未落实：物料苫盖、喷淋抑尘', en: 'not in place: cover, spraying' },
      },
    ]);
  });

  it('fires on a single missing control (the boundary: four of five in place)', () => {
    const hits = stockyardControlsFailedRule.evaluate(
      createFacts({ stockyards: [createStockyard({}, ['hardSurface'])] }),
      context,
    );
    expect(hits.map((h) => h.detail.zh)).toEqual(['未落实：地面硬化']);
  });

  it('is silent when all five controls are in place, for a yard never inspected, and without stockyard facts', () => {
    expect(
      stockyardControlsFailedRule.evaluate(createFacts({ stockyards: [createStockyard(), never()] }), context),
    ).toEqual([]);
    expect(stockyardControlsFailedRule.evaluate(createFacts(), context)).toEqual([]);
  });

  it('cites task 12 and T12.1 on the stockyards layer', () => {
    expect(stockyardControlsFailedRule.task).toBe(12);
    expect(stockyardControlsFailedRule.layer).toBe('stockyards');
    expect(stockyardControlsFailedRule.basis).toContainEqual({ kind: 'plan', requirement: 'T12.1' });
  });
});

describe('stockyard-never-inspected', () => {
  const due = addDays(PLAN_ISSUED_ON, STOCKYARD_FIRST_INSPECTION_GRACE_DAYS); // 2023-07-04

  it('is silent on the last day of the grace period and fires from the day after', () => {
    const facts = createFacts({ stockyards: [never()] });
    expect(due).toBe('2023-07-04');
    expect(stockyardNeverInspectedRule.evaluate(facts, createContext({ asOf: `${due}T23:59` }))).toEqual([]);
    expect(stockyardNeverInspectedRule.evaluate(facts, createContext({ asOf: '2023-07-05T00:00' }))).toEqual([
      {
        entityId: 'Y2',
        township: '140902001',
        since: '2023-07-05',
        detail: { zh: '登记在册，至今无检查记录', en: 'registered, no inspection on record' },
      },
    ]);
  });

  it('treats an inspection after as-of as none yet, and one on as-of day as an inspection', () => {
    const later = createStockyard({ lastInspection: { ...createStockyard().lastInspection!, date: '2023-12-02' } });
    const onTheDay = createStockyard({ lastInspection: { ...createStockyard().lastInspection!, date: '2023-12-01' } });
    const context = createContext({ asOf: '2023-12-01T08:00' });
    expect(stockyardNeverInspectedRule.evaluate(createFacts({ stockyards: [later] }), context)).toHaveLength(1);
    expect(stockyardNeverInspectedRule.evaluate(createFacts({ stockyards: [onTheDay] }), context)).toEqual([]);
  });

  it('is silent for inspected yards and without stockyard facts', () => {
    const context = createContext({ asOf: '2023-12-31T23:00' });
    expect(stockyardNeverInspectedRule.evaluate(createFacts({ stockyards: [createStockyard()] }), context)).toEqual([]);
    expect(stockyardNeverInspectedRule.evaluate(createFacts(), context)).toEqual([]);
  });
});
