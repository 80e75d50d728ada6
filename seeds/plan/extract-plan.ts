import type { Plan, Task } from '../../server/schema/plan.ts';
import { planAnnotations } from './annotations.ts';
import type { PlanAnnotations, TaskAnnotation } from './annotations.ts';
import { PlanDocumentError, parseTasks } from './parse-tasks.ts';
import type { ParsedTask } from './parse-tasks.ts';

/** `2023-05-05` → `2023年5月5日`, the way the document writes dates. */
function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Every piece of annotation text that must occur verbatim in the document, with a label for errors. */
function verbatimTexts(annotations: PlanAnnotations): [label: string, text: string][] {
  const texts: [string, string][] = [
    ['titleZh', annotations.titleZh],
    ['issuedBy', annotations.issuedBy],
    ['issued', chineseDate(annotations.issued)],
    ...annotations.targets.map((target): [string, string] => [`target ${target.id} quote`, target.quote]),
  ];
  for (const [number, task] of Object.entries(annotations.tasks)) {
    for (const deadline of task.deadlines ?? []) {
      texts.push([`task ${number} deadline ${deadline.date} quote`, deadline.quote]);
      texts.push([`task ${number} deadline ${deadline.date} what`, deadline.what]);
    }
    if (task.schedule) texts.push([`task ${number} schedule quote`, task.schedule.quote]);
    if (task.period) texts.push([`task ${number} period quote`, task.period.quote]);
  }
  return texts;
}

/**
 * Throws unless every deadline's strength matches its wording: a `strive` deadline's quote contains 力争, a `firm`
 * one's does not.
 */
function checkDeadlineStrengths(annotations: PlanAnnotations): void {
  for (const [number, task] of Object.entries(annotations.tasks)) {
    for (const deadline of task.deadlines ?? []) {
      const strives = deadline.quote.includes('力争');
      if (strives !== (deadline.strength === 'strive')) {
        throw new PlanDocumentError(
          `Plan annotations: task ${number} deadline ${deadline.date} is '${deadline.strength}' but its quote ` +
            `"${deadline.quote}" ${strives ? 'says' : 'does not say'} 力争`,
        );
      }
    }
  }
}

/** Merges a parsed task with its annotation, in the key order of `taskSchema`. */
function annotateTask(parsed: ParsedTask, annotation: TaskAnnotation): Task {
  return {
    number: parsed.number,
    part: parsed.part,
    section: parsed.section,
    title: parsed.title,
    requirement: parsed.requirement,
    leadUnits: parsed.leadUnits,
    cooperatingUnits: parsed.cooperatingUnits,
    responsibleUnits: parsed.responsibleUnits,
    deadlines: structuredClone(annotation.deadlines ?? []),
    schedule: annotation.schedule ? structuredClone(annotation.schedule) : null,
    period: annotation.period ? structuredClone(annotation.period) : null,
    titleEn: annotation.titleEn,
  };
}

/**
 * Builds the structured plan from the plan document's text: parses the 17 tasks (parts,
 * sections, title, requirement, lead / cooperating / responsible units) and merges in the
 * hand-written {@link planAnnotations} (targets, deadlines, schedule, period, English glosses,
 * metadata). Pure: no I/O, same text in, same plan out. Throws {@link PlanDocumentError}
 * if the text lacks a task, if an annotation's quote (or title, issuer, date) is not
 * verbatim in the text, if a deadline's strength does not match its quote (力争 ↔ `strive`),
 * or if annotations and tasks do not match one to one.
 * The result is not zod-validated here; `extract-cli.ts` does that.
 *
 * @example
 * const plan = extractPlan(readFileSync('seeds/plan/xinfu-air-quality-2023-action-plan.zh.txt', 'utf8'));
 * plan.tasks[11]?.leadUnits; // ['市生态环境局忻府分局']
 */
export function extractPlan(documentText: string, annotations: PlanAnnotations = planAnnotations): Plan {
  const parsed = parseTasks(documentText);
  for (const [label, text] of verbatimTexts(annotations)) {
    if (text === '' || !documentText.includes(text)) {
      throw new PlanDocumentError(`Plan annotations: ${label} "${text}" is not in the document`);
    }
  }
  checkDeadlineStrengths(annotations);
  const numbers = new Set(parsed.map((task) => task.number));
  const stray = Object.keys(annotations.tasks).find((key) => !numbers.has(Number(key)));
  if (stray !== undefined) throw new PlanDocumentError(`Plan annotations: task ${stray} is not in the document`);
  const tasks = parsed.map((task) => {
    const annotation = annotations.tasks[task.number];
    if (annotation === undefined)
      throw new PlanDocumentError(`Plan annotations: task ${task.number} has no annotation`);
    return annotateTask(task, annotation);
  });
  return {
    titleZh: annotations.titleZh,
    titleEn: annotations.titleEn,
    issuedBy: annotations.issuedBy,
    issued: annotations.issued,
    document: annotations.document,
    targets: structuredClone(annotations.targets),
    tasks,
  };
}
