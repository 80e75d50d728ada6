import type { Plan } from '../../server/schema/plan.ts';
import type { DocumentParagraph, Requirement, RequirementsRegister } from '../../server/schema/plan-requirements.ts';
import { normaliseBrackets } from './normalise-brackets.ts';
import { requirementAnnotations, type RequirementAnnotation } from './requirements-annotations.ts';

/** Thrown when an annotation does not fit the document (names the requirement id). */
export class RequirementsExtractionError extends Error {
  override name = 'RequirementsExtractionError';
}

/** Where the shown text starts: section 一 is shown but is all preamble. */
export const FIRST_SHOWN_HEADING = '一、指导思想';
const PART_HEADING = /^[一二三四五六七八九十]+、[^。]+$/;
const SECTION_HEADING = /^[（(][一二三四五六七八九十]+[）)][^。]+$/;
/** `（一）加强组织领导，压实各级责任。`: the heading sentence a safeguard paragraph opens with. */
const SAFEGUARD_HEADING = /^（[一二三四五六七八九十]+）[^。]+。/;
const TASK_NUMBER = /^(\d{1,2})、/;
const UNITS_PARENTHESIS = /（(?:牵头单位|配合单位|责任单位)：[^（）]+）$/;
const REQUIREMENT_ID = /^(G\d+|T(\d{1,2})\.\d+|S\d+)$/;

/** A paragraph cut into structure before and after, and the body text quotes are found in. */
interface Cut {
  kind: DocumentParagraph['kind'];
  part: string;
  task: number | null;
  head: string;
  body: string;
  tail: string;
}

interface Located {
  annotation: RequirementAnnotation;
  paragraph: number;
  start: number;
  end: number;
}

function cutParagraphs(documentText: string): Cut[] {
  const lines = documentText.split('\n');
  const first = lines.indexOf(FIRST_SHOWN_HEADING);
  if (first < 0) throw new RequirementsExtractionError(`Plan document: no line "${FIRST_SHOWN_HEADING}"`);
  const cuts: Cut[] = [];
  let part = '';
  for (const line of lines.slice(first)) {
    if (line.trim() === '') continue;
    if (PART_HEADING.test(line)) {
      part = line;
      cuts.push({ kind: 'part', part, task: null, head: line, body: '', tail: '' });
      continue;
    }
    if (SECTION_HEADING.test(line)) {
      cuts.push({ kind: 'section', part, task: null, head: line, body: '', tail: '' });
      continue;
    }
    const number = TASK_NUMBER.exec(line);
    if (number?.[1] !== undefined) {
      const units = UNITS_PARENTHESIS.exec(line);
      const head = number[0];
      const tail = units?.[0] ?? '';
      const body = line.slice(head.length, line.length - tail.length);
      cuts.push({ kind: 'paragraph', part, task: Number(number[1]), head, body, tail });
      continue;
    }
    const head = SAFEGUARD_HEADING.exec(line)?.[0] ?? '';
    cuts.push({ kind: 'paragraph', part, task: null, head, body: line.slice(head.length), tail: '' });
  }
  return cuts;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** The paragraphs a requirement's quote is looked for in: its task's, or its part's (G: 二, S: 五). */
function scopeOf(annotation: RequirementAnnotation, cuts: readonly Cut[]): { name: string; paragraphs: number[] } {
  const match = REQUIREMENT_ID.exec(annotation.id);
  if (!match) throw new RequirementsExtractionError(`Requirement ${annotation.id}: malformed id`);
  const task = match[2] !== undefined ? Number(match[2]) : annotation.task;
  const indices = cuts.map((_, index) => index);
  if (task !== undefined) {
    return { name: `task ${task}`, paragraphs: indices.filter((index) => cuts[index]?.task === task) };
  }
  const part = annotation.id.startsWith('G') ? '二、主要目标' : '五、保障措施';
  return { name: part, paragraphs: indices.filter((index) => cuts[index]?.part === part) };
}

function locate(annotation: RequirementAnnotation, cuts: readonly Cut[]): Located {
  const scope = scopeOf(annotation, cuts);
  const hits = scope.paragraphs.flatMap((paragraph) =>
    occurrences(cuts[paragraph]?.body ?? '', annotation.quote).map((start) => ({ paragraph, start })),
  );
  const [hit, ...more] = hits;
  if (hit === undefined) {
    throw new RequirementsExtractionError(
      `Requirement ${annotation.id}: quote not found verbatim in ${scope.name}: "${annotation.quote}"`,
    );
  }
  if (more.length > 0) {
    throw new RequirementsExtractionError(
      `Requirement ${annotation.id}: quote found ${hits.length} times in ${scope.name}: "${annotation.quote}"`,
    );
  }
  return { annotation, ...hit, end: hit.start + annotation.quote.length };
}

function check(annotation: RequirementAnnotation, cut: Cut, isTask: boolean): void {
  const { id } = annotation;
  const paragraphText = cut.head + cut.body + cut.tail;
  if (annotation.strength !== null && !paragraphText.includes(annotation.strength)) {
    throw new RequirementsExtractionError(
      `Requirement ${id}: strength "${annotation.strength}" is not in its paragraph`,
    );
  }
  if (isTask && annotation.units !== undefined) {
    throw new RequirementsExtractionError(
      `Requirement ${id}: units of a task row come from plan.json, not annotations`,
    );
  }
  for (const unit of annotation.units ?? []) {
    if (!normaliseBrackets(paragraphText).includes(unit)) {
      throw new RequirementsExtractionError(`Requirement ${id}: unit "${unit}" is not named in its paragraph`);
    }
  }
  if ((annotation.status === 'covered') !== (annotation.gap === null)) {
    throw new RequirementsExtractionError(`Requirement ${id}: a gap is given exactly when the status is not covered`);
  }
  if (annotation.status !== 'missing' && annotation.supports.length === 0) {
    throw new RequirementsExtractionError(`Requirement ${id}: ${annotation.status} needs at least one support`);
  }
  if (annotation.status === 'missing' && annotation.supports.length > 0) {
    throw new RequirementsExtractionError(`Requirement ${id}: missing means nothing supports it`);
  }
}

function unitsOf(annotation: RequirementAnnotation, task: number | null, plan: Plan): Requirement['units'] {
  if (task === null) return { lead: [], cooperating: [], responsible: [...(annotation.units ?? [])] };
  const planTask = plan.tasks.find((candidate) => candidate.number === task);
  if (!planTask) throw new RequirementsExtractionError(`Requirement ${annotation.id}: plan has no task ${task}`);
  return {
    lead: [...planTask.leadUnits],
    cooperating: [...planTask.cooperatingUnits],
    responsible: [...planTask.responsibleUnits],
  };
}

function spansOf(cut: Cut, located: readonly Located[]): DocumentParagraph['spans'] {
  const spans: DocumentParagraph['spans'] = [];
  if (cut.head !== '') spans.push({ text: cut.head, requirement: null, role: 'structure' });
  let at = 0;
  const preambleUpTo = (end: number) => {
    if (end > at) spans.push({ text: cut.body.slice(at, end), requirement: null, role: 'preamble' });
  };
  for (const { annotation, start, end } of located) {
    preambleUpTo(start);
    spans.push({ text: annotation.quote, requirement: annotation.id, role: 'requirement' });
    at = end;
  }
  preambleUpTo(cut.body.length);
  if (cut.tail !== '') spans.push({ text: cut.tail, requirement: null, role: 'structure' });
  return spans;
}

/**
 * The requirements register: every annotation's quote located in the plan document (verbatim, once,
 * in its task's paragraph or its part), with part, task and units derived; and the document from
 * 一、指导思想 to the end of 五、保障措施 cut into paragraphs of spans (requirement, preamble, structure)
 * whose texts concatenate to each paragraph exactly. Pure: same text in, same register out.
 * Throws {@link RequirementsExtractionError} naming the requirement id when an annotation does not fit.
 *
 * @example
 * const register = extractRequirements(documentText, plan);
 * register.requirements.find((r) => r.id === 'T3.2')?.strength; // '力争'
 */
export function extractRequirements(
  documentText: string,
  plan: Plan,
  annotations: readonly RequirementAnnotation[] = requirementAnnotations,
): RequirementsRegister {
  const cuts = cutParagraphs(documentText);
  const seen = new Set<string>();
  for (const { id } of annotations) {
    if (seen.has(id)) throw new RequirementsExtractionError(`Requirement ${id}: id given twice`);
    seen.add(id);
  }
  const located = annotations
    .map((annotation) => locate(annotation, cuts))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (let index = 1; index < located.length; index += 1) {
    const previous = located[index - 1];
    const current = located[index];
    if (previous && current && previous.paragraph === current.paragraph && current.start < previous.end) {
      throw new RequirementsExtractionError(
        `Requirements ${previous.annotation.id} and ${current.annotation.id} overlap`,
      );
    }
  }
  const requirements = located.map(({ annotation, paragraph }): Requirement => {
    const cut = cuts[paragraph];
    if (!cut) throw new RequirementsExtractionError(`Requirement ${annotation.id}: no paragraph ${paragraph}`);
    check(annotation, cut, cut.task !== null && annotation.id.startsWith('T'));
    return {
      id: annotation.id,
      part: cut.part,
      task: cut.task,
      quote: annotation.quote,
      kind: annotation.kind,
      strength: annotation.strength,
      units: unitsOf(annotation, cut.task, plan),
      status: annotation.status,
      supports: annotation.supports.map(({ kind, id }) => ({ kind, id })),
      gap: annotation.gap === null ? null : { zh: annotation.gap.zh, en: annotation.gap.en },
    };
  });
  const paragraphs = cuts.map(
    (cut, index): DocumentParagraph => ({
      kind: cut.kind,
      task: cut.task,
      spans: spansOf(
        cut,
        located.filter((entry) => entry.paragraph === index),
      ),
    }),
  );
  return { requirements, paragraphs };
}

/**
 * Serialises the register the way `requirements.json` is committed: 2-space indent, keys in schema
 * order, one trailing newline. Same register in, same bytes out.
 */
export function formatRequirementsJson(register: RequirementsRegister): string {
  return `${JSON.stringify(register, null, 2)}\n`;
}
