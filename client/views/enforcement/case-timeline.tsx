import { caseStepLabels } from '../../../server/schema/enums/enforcement-case.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';
import type { Language } from '../../state/app-state.ts';
import { currentMilestone, type Milestone, milestoneOf, timelineMilestones } from './case-stages.ts';
import type { CaseListItem, CaseStep } from '../../../server/schema/cases.ts';

/** How a milestone stands: done (ticked), current (highlighted), or not reached (grey). */
export type MilestoneState = 'done' | 'current' | 'pending';

/** A milestone of the timeline with its latest step, if done. */
export interface TimelineEntry {
  milestone: Milestone;
  state: MilestoneState;
  step: CaseStep | null;
}

/** A step's moment as shown: `YYYY-MM-DD HH:mm` (CST), or the date alone. */
export function shownAt(at: string): string {
  return at.slice(0, 16).replace('T', ' ');
}

/**
 * The timeline of a case: each milestone with its latest step (done), the one the case works on now (current), the
 * rest not reached.
 *
 * @example
 * caseTimeline({ stage: 'filed', … }, [fileStep])[1]; // { milestone: 'investigate', state: 'current', step: null }
 */
export function caseTimeline(
  row: Pick<CaseListItem, 'stage' | 'reinspectionResult'>,
  steps: CaseStep[],
): TimelineEntry[] {
  const latest = new Map<Milestone, CaseStep>();
  for (const step of steps) {
    const milestone = milestoneOf(step.step);
    if (milestone) latest.set(milestone, step);
  }
  const current = currentMilestone(row.stage, row.reinspectionResult === 'passed');
  return timelineMilestones.map((milestone) => {
    const step = latest.get(milestone) ?? null;
    // a milestone worked again (a new rectification order after a failed re-inspection) is current, not done
    const state: MilestoneState = milestone === current ? 'current' : step ? 'done' : 'pending';
    return { milestone, state, step };
  });
}

/** The label of a milestone: the decision is 处罚决定 or 不予处罚 as taken, both while open. */
function milestoneLabel(entry: TimelineEntry, lang: Language): string {
  if (entry.milestone !== 'decision') return caseStepLabels[entry.milestone][lang];
  if (entry.step) return caseStepLabels[entry.step.step][lang];
  return `${caseStepLabels.decide[lang]} / ${caseStepLabels['no-penalty'][lang]}`;
}

/** The case's timeline: 立案 → 调查取证 → 处罚决定/不予处罚 → 责令整改 → 复查 → 结案. */
export function CaseTimeline({ row, steps, lang }: { row: CaseListItem; steps: CaseStep[]; lang: Language }) {
  const m = enforcementCasesMessages(lang);
  const notes = steps.filter((s) => s.step === 'note');
  return (
    <section class="case-timeline" data-case-timeline="">
      <h4>{m.timeline}</h4>
      <ol>
        {caseTimeline(row, steps).map((entry) => (
          <li key={entry.milestone} class={`milestone milestone-${entry.state}`} data-milestone={entry.milestone}>
            <span class="milestone-mark" aria-hidden="true">
              {entry.state === 'done' ? '✓' : entry.state === 'current' ? '●' : '○'}
            </span>
            <span class="milestone-name">{milestoneLabel(entry, lang)}</span>
            <span class="muted milestone-when" data-milestone-state={entry.state}>
              {entry.step && entry.state === 'done'
                ? m.stepDone(shownAt(entry.step.at), entry.step.actor)
                : entry.state === 'current'
                  ? m.stepCurrent
                  : m.stepPending}
            </span>
            {entry.step?.note && entry.state === 'done' ? <span class="milestone-note">{entry.step.note}</span> : null}
          </li>
        ))}
      </ol>
      {notes.length > 0 && (
        <details class="case-notes">
          <summary>
            {m.notes} {notes.length}
          </summary>
          <ul>
            {notes.map((n) => (
              <li key={n.id}>
                <span class="muted">{m.stepDone(shownAt(n.at), n.actor)}</span> {n.note}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
