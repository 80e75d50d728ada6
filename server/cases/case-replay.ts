import type { CaseStepKind } from '../schema/enums/enforcement-case.ts';
import { applyCaseStep, openedCaseState, type CaseState, type CaseStepInput } from './case-life-cycle.ts';

/** A recorded step as stored: its kind, time (CST minute) and its own fields (`case_steps.data`, parsed). */
export interface RecordedCaseStep {
  step: CaseStepKind;
  at: string;
  data: Readonly<Record<string, unknown>>;
}

/** A case as the rule and the summary replay it: its opening, grouping keys and its steps up to as-of. */
export interface CaseFact {
  id: number;
  number: string;
  entityLayer: string;
  entityId: string;
  entityName: string;
  township: string;
  townshipName: string;
  industry: string | null;
  task: number;
  departmentId: string;
  departmentName: string;
  openedAt: string;
  steps: RecordedCaseStep[];
}

/** The step input a stored step stands for (the fields the life cycle reads; absent ones read as empty). */
export function stepInputOf(recorded: RecordedCaseStep): CaseStepInput | null {
  const d = recorded.data;
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
  const at = recorded.at;
  switch (recorded.step) {
    case 'file':
      return null;
    case 'decide':
      return {
        step: 'decide',
        at,
        note: '',
        legalBasis: text('legalBasis'),
        decisionNo: text('decisionNo'),
        fineYuan: typeof d.fineYuan === 'number' ? d.fineYuan : 0,
        measures: Array.isArray(d.measures) ? (d.measures as never[]) : [],
      };
    case 'no-penalty':
      return { step: 'no-penalty', at, note: '', legalBasis: text('legalBasis') };
    case 'order-rectification':
      return { step: 'order-rectification', at, note: '', dueOn: text('dueOn'), requirement: text('requirement') };
    case 'reinspect':
      return {
        step: 'reinspect',
        at,
        note: '',
        result: d.result === 'passed' ? 'passed' : 'failed',
        newDueOn: typeof d.newDueOn === 'string' ? d.newDueOn : null,
      };
    default:
      return { step: recorded.step, at, note: '' };
  }
}

/**
 * A case's state as of `asOf` (CST minute): its steps up to `asOf` replayed from the opening, in order (steps
 * after `asOf` have not happened yet); null when the case was opened after `asOf`. A stored step the life cycle
 * refuses (a register edited by hand) is skipped.
 *
 * @example
 * caseStateAt('2023-12-01T09:00', [{ step: 'investigate', at: '2023-12-02T10:00', data: {} }], '2023-12-01T23:59')
 *   ?.stage; // 'filed'
 */
export function caseStateAt(openedAt: string, steps: readonly RecordedCaseStep[], asOf: string): CaseState | null {
  if (openedAt > asOf) return null;
  let state = openedCaseState(openedAt);
  for (const recorded of steps) {
    if (recorded.at > asOf) break;
    const input = stepInputOf(recorded);
    if (input === null) continue;
    const next = applyCaseStep(state, input);
    if (next.ok) state = next.value;
  }
  return state;
}
