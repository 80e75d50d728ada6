import type { Task } from '../../server/schema/plan.ts';
import { normaliseBrackets } from './normalise-brackets.ts';

/** The part of a task that is read from the document text (the rest comes from annotations). */
export type ParsedTask = Pick<
  Task,
  'number' | 'part' | 'section' | 'title' | 'requirement' | 'leadUnits' | 'cooperatingUnits' | 'responsibleUnits'
>;

/** How many numbered tasks the plan has (`1、` … `17、`). */
export const TASK_COUNT = 17;

/** Thrown when the plan document does not have the shape the parser expects. */
export class PlanDocumentError extends Error {
  override name = 'PlanDocumentError';
}

/** `三、重点任务`: a Chinese numeral, `、`, a heading without a full stop. */
const PART_HEADING = /^[一二三四五六七八九十]+、[^。]+$/;
/** `（一）产业结构…` (or with ASCII parentheses), a heading without a full stop. */
const SECTION_HEADING = /^[（(][一二三四五六七八九十]+[）)][^。]+$/;
/** `12、开展降尘专项整治。…` */
const TASK_LINE = /^(\d+)、(.+)$/;
/** The trailing `（牵头单位：…，配合单位：…，责任单位：…）` of a task. */
const UNITS_PARENTHESIS = /（((?:牵头单位|配合单位|责任单位)：[^（）]+)）$/;

const UNIT_ROLES = {
  牵头单位: 'leadUnits',
  配合单位: 'cooperatingUnits',
  责任单位: 'responsibleUnits',
} as const;
type UnitRole = (typeof UNIT_ROLES)[keyof typeof UNIT_ROLES];

function isUnitLabel(label: string): label is keyof typeof UNIT_ROLES {
  return Object.hasOwn(UNIT_ROLES, label);
}

/**
 * Splits the inside of a units parenthesis, e.g. `牵头单位：区发改局、区行政审批局，配合单位：区工信局`,
 * into the three role lists. Groups are separated by '，', a label from its names by '：',
 * names by '、'. Unit names get their brackets normalised (`<街道>`, `〈街道〉` → `（街道）`).
 */
function parseUnits(taskNumber: number, inside: string): Record<UnitRole, string[]> {
  const units: Record<UnitRole, string[]> = { leadUnits: [], cooperatingUnits: [], responsibleUnits: [] };
  const seen = new Set<UnitRole>();
  for (const group of inside.split('，')) {
    const [label, names, ...rest] = group.split('：');
    if (label === undefined || names === undefined || rest.length > 0 || !isUnitLabel(label)) {
      throw new PlanDocumentError(`Plan document: task ${taskNumber}: cannot read unit group "${group}"`);
    }
    const role = UNIT_ROLES[label];
    if (seen.has(role)) {
      throw new PlanDocumentError(`Plan document: task ${taskNumber}: ${label} given twice`);
    }
    seen.add(role);
    const list = names.split('、').map((name) => normaliseBrackets(name.trim()));
    if (list.some((name) => name === '')) {
      throw new PlanDocumentError(`Plan document: task ${taskNumber}: empty unit name in "${group}"`);
    }
    units[role] = list;
  }
  return units;
}

/** Parses one task paragraph (without its `N、` prefix). */
function parseTask(number: number, body: string, part: string, section: string): ParsedTask {
  const units = UNITS_PARENTHESIS.exec(body);
  if (units === null || units[1] === undefined) {
    throw new PlanDocumentError(`Plan document: task ${number} has no trailing units parenthesis`);
  }
  const requirement = body.slice(0, units.index);
  const stop = requirement.indexOf('。');
  if (stop < 0) {
    throw new PlanDocumentError(`Plan document: task ${number} has no full stop ending its first sentence`);
  }
  return { number, part, section, title: requirement.slice(0, stop + 1), requirement, ...parseUnits(number, units[1]) };
}

/** Throws unless `numbers` is exactly 1 … TASK_COUNT in order, naming what is wrong. */
function checkNumbering(numbers: readonly number[]): void {
  const expected = Array.from({ length: TASK_COUNT }, (_, index) => index + 1);
  const missing = expected.filter((number) => !numbers.includes(number));
  if (missing.length > 0) {
    const label = missing.length === 1 ? 'task' : 'tasks';
    const verb = missing.length === 1 ? 'is' : 'are';
    throw new PlanDocumentError(`Plan document: ${label} ${missing.join(', ')} ${verb} missing`);
  }
  const duplicate = numbers.find((number, index) => numbers.indexOf(number) !== index);
  if (duplicate !== undefined) throw new PlanDocumentError(`Plan document: task ${duplicate} appears twice`);
  const extra = numbers.find((number) => !expected.includes(number));
  if (extra !== undefined) throw new PlanDocumentError(`Plan document: unexpected task ${extra}`);
  const misplaced = numbers.findIndex((number, index) => number !== index + 1);
  if (misplaced >= 0) {
    throw new PlanDocumentError(`Plan document: task ${numbers[misplaced]} is out of order`);
  }
}

/**
 * Reads the numbered tasks `1、` … `17、` of the plan document, with the part heading
 * (e.g. `三、重点任务`) and section heading (e.g. `（一）产业结构和布局进一步调整优化`,
 * brackets normalised) each falls under. Each task is one paragraph (line) ending in its
 * units parenthesis. Throws {@link PlanDocumentError} naming the task when the text does
 * not have that shape, e.g. when a task number is missing.
 *
 * @example
 * parseTasks(documentText)[0]?.leadUnits; // ['区发改局', '区行政审批局']
 */
export function parseTasks(documentText: string): ParsedTask[] {
  const tasks: ParsedTask[] = [];
  let part: string | null = null;
  let section: string | null = null;
  for (const rawLine of documentText.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (PART_HEADING.test(line)) {
      part = line;
      section = null;
      continue;
    }
    if (SECTION_HEADING.test(line)) {
      section = normaliseBrackets(line);
      continue;
    }
    const task = TASK_LINE.exec(line);
    if (task === null || task[1] === undefined || task[2] === undefined) continue;
    const number = Number(task[1]);
    if (part === null || section === null) {
      throw new PlanDocumentError(`Plan document: task ${number} is not under a part and section heading`);
    }
    tasks.push(parseTask(number, task[2], part, section));
  }
  checkNumbering(tasks.map((task) => task.number));
  return tasks;
}
