import { describe, expect, it } from 'vitest';
import type { CaseFact, RecordedCaseStep } from '../../server/cases/case-replay.ts';
import { caseRectificationOverdueRule } from '../../server/rules/case-rectification-overdue-rule.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

/** A case on a stockyard (task 12), ordered to rectify by `dueOn`, with `later` steps after the order. */
function createCase(dueOn: string, later: RecordedCaseStep[] = [], overrides: Partial<CaseFact> = {}): CaseFact {
  return {
    id: 1,
    number: '忻府环罚〔2023〕0001号',
    entityLayer: 'stockyards',
    entityId: 'SY-1',
    entityName: '示例堆场',
    township: '140902001',
    townshipName: '示例街道',
    industry: null,
    task: 12,
    departmentId: 'eco-env',
    departmentName: '市生态环境局忻府分局',
    openedAt: '2023-12-01T09:00',
    steps: [
      { step: 'file', at: '2023-12-01T09:00', data: {} },
      { step: 'investigate', at: '2023-12-02T09:00', data: {} },
      { step: 'decide', at: '2023-12-05T09:00', data: { fineYuan: 20_000, measures: [] } },
      { step: 'order-rectification', at: '2023-12-05T10:00', data: { dueOn, requirement: '苫盖' } },
      ...later,
    ],
    ...overrides,
  };
}

const evaluate = (cases: CaseFact[] | undefined, asOf = '2023-12-20T12:00') =>
  caseRectificationOverdueRule.evaluate(createFacts(cases ? { cases } : {}), createContext({ asOf }));

describe('case-rectification-overdue (S8)', () => {
  it('is silent on the deadline day itself', () => {
    expect(evaluate([createCase('2023-12-20')])).toEqual([]);
  });

  it('fires the day after the deadline, on the case’s entity, layer and task', () => {
    const [hit, ...rest] = evaluate([createCase('2023-12-19')]);
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      entityId: 'SY-1',
      layer: 'stockyards',
      task: 12,
      township: '140902001',
      since: '2023-12-19',
    });
    expect(hit?.detail.zh).toContain('忻府环罚〔2023〕0001号');
  });

  it('is silent once a passed re-inspection closed the case', () => {
    const closed = createCase('2023-12-10', [
      { step: 'reinspect', at: '2023-12-12T10:00', data: { result: 'passed', newDueOn: null } },
      { step: 'close', at: '2023-12-13T10:00', data: {} },
    ]);
    expect(evaluate([closed])).toEqual([]);
  });

  it('a failed re-inspection sets the new deadline the rule judges', () => {
    const failed = createCase('2023-12-10', [
      { step: 'reinspect', at: '2023-12-11T10:00', data: { result: 'failed', newDueOn: '2023-12-25' } },
    ]);
    expect(evaluate([failed])).toEqual([]);
    expect(evaluate([failed], '2023-12-26T08:00')).toHaveLength(1);
  });

  it('reads the case as of as-of: later steps have not happened, later cases do not exist', () => {
    const closedLater = createCase('2023-12-10', [
      { step: 'reinspect', at: '2023-12-28T10:00', data: { result: 'passed', newDueOn: null } },
      { step: 'close', at: '2023-12-29T10:00', data: {} },
    ]);
    expect(evaluate([closedLater], '2023-12-20T12:00')).toHaveLength(1);
    expect(evaluate([closedLater], '2023-12-31T23:00')).toEqual([]);
    expect(evaluate([createCase('2023-12-10', [], { openedAt: '2023-12-21T09:00' })], '2023-12-20T12:00')).toEqual([]);
  });

  it('is silent without case facts', () => {
    expect(evaluate(undefined)).toEqual([]);
  });
});
