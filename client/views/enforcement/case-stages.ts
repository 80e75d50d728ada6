import { stepAllowedFrom, stepPermission } from '../../../server/cases/case-life-cycle.ts';
import { type CaseStage, type CaseStepKind, caseStepKinds } from '../../../server/schema/enums/enforcement-case.ts';

/** The milestones of a case's timeline, in order: 立案 → 调查取证 → 处罚决定/不予处罚 → 责令整改 → 复查 → 结案. */
export const timelineMilestones = [
  'file',
  'investigate',
  'decision',
  'order-rectification',
  'reinspect',
  'close',
] as const;
export type Milestone = (typeof timelineMilestones)[number];

/** The milestone a step completes (`decide` and `no-penalty` both complete the decision); null for a note. */
export function milestoneOf(step: CaseStepKind): Milestone | null {
  if (step === 'decide' || step === 'no-penalty') return 'decision';
  if (step === 'note') return null;
  return step;
}

/** The milestone a case at `stage` works on now; null once closed. */
export function currentMilestone(stage: CaseStage, reinspectionPassed: boolean): Milestone | null {
  switch (stage) {
    case 'filed':
      return 'investigate';
    case 'investigating':
      return 'decision';
    case 'decided':
    case 'no-penalty':
      return 'order-rectification';
    case 'rectifying':
      return reinspectionPassed ? 'close' : 'reinspect';
    case 'closed':
      return null;
  }
}

/** Who may record a step: `cases` (open and work a case) or `decide` (the penalty decision, no penalty, closing). */
export type StepPermission = 'cases' | 'decide';

/**
 * The steps legal at `stage`, as the server's life cycle allows them (server/cases/case-life-cycle.ts; the server
 * decides, the console offers only these): 调查取证 once filed; then 处罚决定 or 不予处罚; then 责令整改 (or 结案
 * straight away when nothing is to rectify); while rectifying 复查, and 结案 only after a passed one; a 备注 until
 * closed.
 *
 * @example
 * legalSteps('investigating', false); // ['decide', 'no-penalty', 'note']
 */
export function legalSteps(stage: CaseStage, reinspectionPassed: boolean): CaseStepKind[] {
  return caseStepKinds.filter(
    (step) =>
      stepAllowedFrom[step].includes(stage) &&
      !(step === 'close' && stage === 'rectifying' && !reinspectionPassed) &&
      !(step === 'reinspect' && reinspectionPassed),
  );
}

/** The legal steps at `stage` that a user holding `can` may record. */
export function allowedSteps(
  stage: CaseStage,
  reinspectionPassed: boolean,
  can: (permission: StepPermission) => boolean,
): CaseStepKind[] {
  return legalSteps(stage, reinspectionPassed).filter((step) => can(stepPermission[step]));
}
