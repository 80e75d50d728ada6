import { describe, expect, it } from 'vitest';
import {
  applyCaseStep,
  isCaseOverdue,
  openedCaseState,
  stepAllowedFrom,
  stepPermission,
  type CaseState,
  type CaseStepInput,
} from '../../server/cases/case-life-cycle.ts';
import { formatCaseNumber, parseCaseNumber } from '../../server/cases/case-number.ts';
import { caseStateAt } from '../../server/cases/case-replay.ts';
import {
  caseStages,
  caseStepKinds,
  type CaseStage,
  type CaseStepKind,
} from '../../server/schema/enums/enforcement-case.ts';

const AT = '2023-12-10T10:00';

/** A valid input of each step kind at `at` (deadlines in the future of it). */
function stepOf(step: Exclude<CaseStepKind, 'file'>, at = AT): CaseStepInput {
  switch (step) {
    case 'decide':
      return {
        step,
        at,
        note: '',
        legalBasis: '《大气污染防治法》第一百零八条',
        decisionNo: '忻环罚字〔2023〕1号',
        fineYuan: 50_000,
        measures: [],
      };
    case 'no-penalty':
      return { step, at, note: '', legalBasis: '首违不罚' };
    case 'order-rectification':
      return { step, at, note: '', dueOn: '2023-12-20', requirement: '安装喷淋' };
    case 'reinspect':
      return { step, at, note: '', result: 'passed', newDueOn: null };
    default:
      return { step, at, note: '记录' };
  }
}

/** A case in `stage` (a rectifying one before any re-inspection; passed: after a passed one). */
function stateIn(stage: CaseStage, passed = false): CaseState {
  return {
    ...openedCaseState('2023-12-01T09:00'),
    stage,
    rectificationDueOn: stage === 'rectifying' && !passed ? '2023-12-20' : null,
    reinspectionResult: passed ? 'passed' : null,
  };
}

/** Stage reached by each legal (stage, step); absent = refused. */
const expected: Partial<Record<CaseStage, Partial<Record<Exclude<CaseStepKind, 'file'>, CaseStage>>>> = {
  filed: { investigate: 'investigating', note: 'filed' },
  investigating: { decide: 'decided', 'no-penalty': 'no-penalty', note: 'investigating' },
  decided: { 'order-rectification': 'rectifying', close: 'closed', note: 'decided' },
  'no-penalty': { 'order-rectification': 'rectifying', close: 'closed', note: 'no-penalty' },
  rectifying: { reinspect: 'rectifying', note: 'rectifying' },
  closed: {},
};

describe('case life cycle (立案 → 调查 → 处罚/不予处罚 → 整改 → 结案)', () => {
  const steps = caseStepKinds.filter((s): s is Exclude<CaseStepKind, 'file'> => s !== 'file');
  const table = caseStages.flatMap((stage) => steps.map((step) => [stage, step] as const));

  it.each(table)('from %s, step %s', (stage, step) => {
    const outcome = applyCaseStep(stateIn(stage), stepOf(step));
    const to = expected[stage]?.[step];
    if (to === undefined) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('illegal-transition');
        expect(outcome.error.message).toContain(stage);
        expect(outcome.error.message).toContain(step);
      }
    } else {
      expect(outcome.ok && outcome.value.stage).toBe(to);
    }
  });

  it('agrees with stepAllowedFrom, and file is never a later step', () => {
    for (const stage of caseStages)
      for (const step of steps)
        expect(stepAllowedFrom[step].includes(stage), `${stage} ${step}`).toBe(
          expected[stage]?.[step] !== undefined || (step === 'close' && stage === 'rectifying'),
        );
    expect(stepAllowedFrom.file).toEqual([]);
  });

  it('closes a rectifying case only after a passed re-inspection', () => {
    const refused = applyCaseStep(stateIn('rectifying'), stepOf('close'));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('illegal-transition');
    const closed = applyCaseStep(stateIn('rectifying', true), stepOf('close'));
    expect(closed.ok && closed.value).toMatchObject({ stage: 'closed', closedAt: AT });
  });

  it('a failed re-inspection needs a new deadline not before its day and keeps the case rectifying', () => {
    const base = stateIn('rectifying');
    const fail = (newDueOn: string | null) =>
      applyCaseStep(base, { step: 'reinspect', at: AT, note: '', result: 'failed', newDueOn });
    expect(fail(null).ok).toBe(false);
    expect(fail('2023-12-09').ok).toBe(false);
    const same = fail('2023-12-10');
    expect(same.ok && same.value).toMatchObject({
      stage: 'rectifying',
      rectificationDueOn: '2023-12-10',
      reinspectionResult: 'failed',
    });
  });

  it('a passed re-inspection clears the deadline (nothing is due) and refuses a new one', () => {
    const passed = applyCaseStep(stateIn('rectifying'), stepOf('reinspect'));
    expect(passed.ok && passed.value).toMatchObject({ rectificationDueOn: null, reinspectionResult: 'passed' });
    const withDue = applyCaseStep(stateIn('rectifying'), {
      step: 'reinspect',
      at: AT,
      note: '',
      result: 'passed',
      newDueOn: '2024-01-01',
    });
    expect(withDue.ok).toBe(false);
  });

  it('a rectification deadline may be the order’s day, not before it', () => {
    const order = (dueOn: string) =>
      applyCaseStep(stateIn('decided'), { step: 'order-rectification', at: AT, note: '', dueOn, requirement: '整改' });
    expect(order('2023-12-10').ok).toBe(true);
    const early = order('2023-12-09');
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.code).toBe('invalid');
  });

  it('a decision needs a fine above 0 or a measure', () => {
    const decide = (fineYuan: number, measures: 'order-correct'[]) =>
      applyCaseStep(stateIn('investigating'), {
        ...(stepOf('decide') as Extract<CaseStepInput, { step: 'decide' }>),
        fineYuan,
        measures,
      });
    expect(decide(0, []).ok).toBe(false);
    expect(decide(0, ['order-correct']).ok).toBe(true);
    const fined = decide(20_000, []);
    expect(fined.ok && fined.value).toMatchObject({ stage: 'decided', fineYuan: 20_000, decidedAt: AT });
  });

  it('refuses a step before the previous one, accepts one at the same minute', () => {
    const state = { ...stateIn('filed'), lastStepAt: AT };
    expect(applyCaseStep(state, stepOf('investigate', '2023-12-10T09:59')).ok).toBe(false);
    expect(applyCaseStep(state, stepOf('investigate', AT)).ok).toBe(true);
  });

  it('names who may take each step: decide, no-penalty and close are the bureau’s', () => {
    expect(
      Object.entries(stepPermission)
        .filter(([, p]) => p === 'decide')
        .map(([s]) => s)
        .sort(),
    ).toEqual(['close', 'decide', 'no-penalty']);
  });

  it('is overdue only while rectifying with the deadline before the day', () => {
    expect(isCaseOverdue({ stage: 'rectifying', rectificationDueOn: '2023-12-30' }, '2023-12-31')).toBe(true);
    expect(isCaseOverdue({ stage: 'rectifying', rectificationDueOn: '2023-12-31' }, '2023-12-31')).toBe(false);
    expect(isCaseOverdue({ stage: 'rectifying', rectificationDueOn: null }, '2023-12-31')).toBe(false);
    expect(isCaseOverdue({ stage: 'closed', rectificationDueOn: '2023-01-01' }, '2023-12-31')).toBe(false);
  });
});

describe('case replay and numbers', () => {
  const steps = [
    { step: 'file' as const, at: '2023-12-01T09:00', data: {} },
    { step: 'investigate' as const, at: '2023-12-02T09:00', data: {} },
    { step: 'decide' as const, at: '2023-12-05T09:00', data: { fineYuan: 30_000, measures: [] } },
    { step: 'order-rectification' as const, at: '2023-12-05T10:00', data: { dueOn: '2023-12-15' } },
    { step: 'reinspect' as const, at: '2023-12-16T10:00', data: { result: 'failed', newDueOn: '2023-12-25' } },
    { step: 'reinspect' as const, at: '2023-12-26T10:00', data: { result: 'passed', newDueOn: null } },
    { step: 'close' as const, at: '2023-12-27T10:00', data: {} },
  ];

  it('replays the steps up to as-of only', () => {
    expect(caseStateAt('2023-12-01T09:00', steps, '2023-11-30T23:59')).toBeNull();
    expect(caseStateAt('2023-12-01T09:00', steps, '2023-12-01T12:00')?.stage).toBe('filed');
    expect(caseStateAt('2023-12-01T09:00', steps, '2023-12-10T00:00')).toMatchObject({
      stage: 'rectifying',
      rectificationDueOn: '2023-12-15',
      fineYuan: 30_000,
    });
    expect(caseStateAt('2023-12-01T09:00', steps, '2023-12-20T00:00')?.rectificationDueOn).toBe('2023-12-25');
    expect(caseStateAt('2023-12-01T09:00', steps, '2023-12-31T23:00')?.stage).toBe('closed');
  });

  it('formats and reads case numbers, sequential per year', () => {
    expect(formatCaseNumber(2023, 12)).toBe('忻府环罚〔2023〕0012号');
    expect(parseCaseNumber(formatCaseNumber(2024, 12345))).toEqual({ year: 2024, seq: 12345 });
    expect(parseCaseNumber('忻府环罚〔2023〕12号')).toBeNull();
  });
});
