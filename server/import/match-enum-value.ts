import type { Localized } from '../schema/localized.ts';

/** How a source value matched an enum: `exact` (its code or a label) or `keyword` (a word inside a longer name). */
export interface EnumMatch {
  value: string;
  by: 'exact' | 'keyword';
}

/** The enum an import column reads: its codes, their labels, and words that identify a code in a longer name. */
export interface EnumChoices {
  values: readonly string[];
  labels?: Readonly<Record<string, Localized>>;
  keywords?: Readonly<Record<string, readonly string[]>>;
}

/** Lower case, no spaces, `_` and ` ` read as `-`, full-width letters and digits as half-width. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * The enum value a source text means, in either language: its code (`under-construction`, `Under construction`),
 * its Chinese label (`在建`) or its English label, compared without case, spacing or full-width differences; failing
 * those, the first code one of whose keywords the text contains (`砖瓦制造` → `brick-tile`). Undefined when none.
 *
 * @example
 * matchEnumValue('无', { values: railSpurStatuses, labels: railSpurStatusLabels }); // { value: 'none', by: 'exact' }
 */
export function matchEnumValue(text: string, choices: EnumChoices): EnumMatch | undefined {
  const wanted = fold(text);
  if (wanted === '') return undefined;
  const exact = choices.values.find((value) => {
    const label = choices.labels?.[value];
    return fold(value) === wanted || (label !== undefined && (fold(label.zh) === wanted || fold(label.en) === wanted));
  });
  if (exact !== undefined) return { value: exact, by: 'exact' };
  const raw = text.trim();
  const byKeyword = Object.entries(choices.keywords ?? {}).find(([, words]) => words.some((w) => raw.includes(w)));
  return byKeyword ? { value: byKeyword[0], by: 'keyword' } : undefined;
}

/** The Chinese labels of an enum's values, joined with 、 (the codes where a value has no label). */
export function choicesZh(choices: EnumChoices): string {
  return choices.values.map((v) => choices.labels?.[v]?.zh ?? v).join('、');
}

/** The English names of an enum's values: `code (中文)`, joined with commas. */
export function choicesEn(choices: EnumChoices): string {
  return choices.values.map((v) => (choices.labels?.[v] ? `${v} (${choices.labels[v]?.zh})` : v)).join(', ');
}
