/**
 * The life cycle of an enforcement case (执法案件, S8, S10, T17.6) as a pure state machine over plain values:
 * 立案 filed → 调查 investigating → 处罚决定 decided | 不予处罚 no-penalty → 整改 rectifying → 结案 closed.
 *
 * Legal steps (any other is refused, naming the stage and the step):
 * - `investigate`: filed → investigating;
 * - `decide`, `no-penalty`: investigating → decided / no-penalty;
 * - `order-rectification`: decided | no-penalty → rectifying (a deadline not before the step's day);
 * - `reinspect`: rectifying → rectifying; `failed` needs a new deadline (the order goes on), `passed` fulfils the
 *   order (the deadline is cleared: nothing is due any more) and allows closing;
 * - `close`: decided | no-penalty (no rectification ordered) or rectifying after a passed re-inspection → closed;
 * - `note`: any stage but closed, the stage unchanged.
 * `file` is implicit on opening and never a later step. Step times never precede the previous step.
 *
 * @module
 */
import { err, ok, type Result } from '../result.ts';
import type { CaseMeasure, CaseStage, CaseStepKind, ReinspectionResult } from '../schema/enums/enforcement-case.ts';
import type { Localized } from '../schema/localized.ts';
import { caseStageLabels, caseStepLabels } from '../schema/enums/enforcement-case.ts';

/** What a case's current state holds, as far as the life cycle needs it. */
export interface CaseState {
  stage: CaseStage;
  /** When the latest step happened, `YYYY-MM-DDTHH:mm` CST (the opening for a new case). */
  lastStepAt: string;
  /** The pending rectification order's deadline `YYYY-MM-DD`; null when none is pending. */
  rectificationDueOn: string | null;
  /** The latest re-inspection's result; null before the first. */
  reinspectionResult: ReinspectionResult | null;
  /** The decision's fine (元); null without a decision. */
  fineYuan: number | null;
  /** When the penalty decision was made; null without one. */
  decidedAt: string | null;
  /** When the latest re-inspection happened; null before the first. */
  reinspectedAt: string | null;
  closedAt: string | null;
}

/** The fields of each step kind after validation (`at`: CST minute; dates `YYYY-MM-DD`). */
export type CaseStepInput =
  | { step: 'investigate'; at: string; note: string }
  | {
      step: 'decide';
      at: string;
      note: string;
      legalBasis: string;
      decisionNo: string;
      fineYuan: number;
      measures: readonly CaseMeasure[];
    }
  | { step: 'no-penalty'; at: string; note: string; legalBasis: string }
  | { step: 'order-rectification'; at: string; note: string; dueOn: string; requirement: string }
  | { step: 'reinspect'; at: string; note: string; result: ReinspectionResult; newDueOn: string | null }
  | { step: 'close'; at: string; note: string }
  | { step: 'note'; at: string; note: string };

/** Why a step is refused: `illegal-transition` (409: the stage does not allow it) or `invalid` (400). */
export interface CaseStepProblem {
  code: 'illegal-transition' | 'invalid';
  message: string;
  text: Localized;
}

/** The stages each step may be recorded in (`file` in none: it is the opening itself). */
export const stepAllowedFrom: Readonly<Record<CaseStepKind, readonly CaseStage[]>> = {
  file: [],
  investigate: ['filed'],
  decide: ['investigating'],
  'no-penalty': ['investigating'],
  'order-rectification': ['decided', 'no-penalty'],
  reinspect: ['rectifying'],
  close: ['decided', 'no-penalty', 'rectifying'],
  note: ['filed', 'investigating', 'decided', 'no-penalty', 'rectifying'],
};

/** The permission each step needs: the penalty decision, no penalty and closing are the bureau's (`decide`). */
export const stepPermission: Readonly<Record<CaseStepKind, 'cases' | 'decide'>> = {
  file: 'cases',
  investigate: 'cases',
  decide: 'decide',
  'no-penalty': 'decide',
  'order-rectification': 'cases',
  reinspect: 'cases',
  close: 'decide',
  note: 'cases',
};

/** The state of a case just opened at `openedAt`. */
export function openedCaseState(openedAt: string): CaseState {
  return {
    stage: 'filed',
    lastStepAt: openedAt,
    rectificationDueOn: null,
    reinspectionResult: null,
    fineYuan: null,
    decidedAt: null,
    reinspectedAt: null,
    closedAt: null,
  };
}

const illegal = (state: CaseState, step: CaseStepKind, why?: Localized): Result<CaseState, CaseStepProblem> => {
  const stage = caseStageLabels[state.stage];
  const label = caseStepLabels[step];
  const allowed = stepAllowedFrom[step];
  const en =
    `step '${step}' is not allowed in stage '${state.stage}'` +
    (why ? `: ${why.en}` : allowed.length > 0 ? ` (only in ${allowed.join(', ')})` : '');
  const zh =
    `案件当前为「${stage.zh}」，不能进行「${label.zh}」` +
    (why ? `：${why.zh}` : allowed.length > 0 ? `（仅限${allowed.map((s) => caseStageLabels[s].zh).join('、')}）` : '');
  return err({ code: 'illegal-transition', message: en, text: { zh, en } });
};

const invalid = (zh: string, en: string): Result<CaseState, CaseStepProblem> =>
  err({ code: 'invalid', message: en, text: { zh, en } });

/**
 * The state after `input` is recorded on a case in `state`, or why it is refused. Pure; `input` is already
 * validated field by field (the zod schema): this checks the order of steps, times and deadlines.
 *
 * @example
 * const filed = openedCaseState('2023-12-01T09:00');
 * applyCaseStep(filed, { step: 'investigate', at: '2023-12-02T10:00', note: '现场勘查' }).ok; // true
 * applyCaseStep(filed, { step: 'close', at: '2023-12-02T10:00', note: '' }).ok; // false (illegal-transition)
 */
export function applyCaseStep(state: CaseState, input: CaseStepInput): Result<CaseState, CaseStepProblem> {
  if (!stepAllowedFrom[input.step].includes(state.stage)) return illegal(state, input.step);
  if (input.at < state.lastStepAt)
    return invalid(
      `步骤时间 ${input.at} 早于上一步骤（${state.lastStepAt}）`,
      `at: ${input.at} precedes the previous step (${state.lastStepAt})`,
    );
  const day = input.at.slice(0, 10);
  const next: CaseState = { ...state, lastStepAt: input.at };
  switch (input.step) {
    case 'investigate':
      return ok({ ...next, stage: 'investigating' });
    case 'decide':
      if (input.fineYuan <= 0 && input.measures.length === 0)
        return invalid('处罚决定须有罚款（大于 0）或至少一项其他措施', 'decide: needs a fine above 0 or a measure');
      return ok({ ...next, stage: 'decided', fineYuan: input.fineYuan, decidedAt: input.at });
    case 'no-penalty':
      return ok({ ...next, stage: 'no-penalty' });
    case 'order-rectification':
      if (input.dueOn < day)
        return invalid(
          `整改期限 ${input.dueOn} 早于责令整改之日（${day}）`,
          `dueOn: ${input.dueOn} precedes the order's day (${day})`,
        );
      return ok({ ...next, stage: 'rectifying', rectificationDueOn: input.dueOn, reinspectionResult: null });
    case 'reinspect':
      if (input.result === 'passed') {
        if (input.newDueOn !== null)
          return invalid('复查整改到位时不能再设整改期限', 'newDueOn: must be empty when the re-inspection passed');
        return ok({ ...next, rectificationDueOn: null, reinspectionResult: 'passed', reinspectedAt: input.at });
      }
      if (input.newDueOn === null)
        return invalid('复查整改不到位时须给出新的整改期限', 'newDueOn: required when the re-inspection failed');
      if (input.newDueOn < day)
        return invalid(
          `新的整改期限 ${input.newDueOn} 早于复查之日（${day}）`,
          `newDueOn: ${input.newDueOn} precedes the re-inspection's day (${day})`,
        );
      return ok({ ...next, rectificationDueOn: input.newDueOn, reinspectionResult: 'failed', reinspectedAt: input.at });
    case 'close':
      if (state.stage === 'rectifying' && state.reinspectionResult !== 'passed')
        return illegal(state, 'close', {
          zh: '整改须经复查确认到位后方可结案',
          en: 'a rectifying case closes only after a passed re-inspection',
        });
      return ok({ ...next, stage: 'closed', rectificationDueOn: null, closedAt: input.at });
    case 'note':
      return ok(next);
  }
}

/**
 * Whether a case is overdue on `day` (`YYYY-MM-DD`, as-of's day): rectifying with its deadline before that day
 * (the deadline day itself is not late).
 *
 * @example
 * isCaseOverdue({ stage: 'rectifying', rectificationDueOn: '2023-12-30' }, '2023-12-31'); // true
 * isCaseOverdue({ stage: 'rectifying', rectificationDueOn: '2023-12-31' }, '2023-12-31'); // false
 */
export function isCaseOverdue(state: Pick<CaseState, 'stage' | 'rectificationDueOn'>, day: string): boolean {
  return state.stage === 'rectifying' && state.rectificationDueOn !== null && state.rectificationDueOn < day;
}
