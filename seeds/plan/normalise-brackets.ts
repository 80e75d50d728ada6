/**
 * Bracket normalisation for names read from the plan document.
 *
 * The document writes the same parenthetical three ways: `相关乡镇<街道>` (ASCII angle
 * brackets, task 2), `各乡镇〈街道〉` (CJK angle brackets U+3008/U+3009, tasks 13–15) and
 * `各乡镇（街道）` (full-width parentheses, part 五). One section heading also uses ASCII
 * parentheses: `(三)深入推进能源结构调整`. We keep the document's own majority form, the
 * full-width parentheses `（ ）`, for unit names and section headings. Requirement text and
 * quotes are never normalised: they stay verbatim.
 */

const OPENING = /[<〈(]/g;
const CLOSING = /[>〉)]/g;

/**
 * Rewrites `<`, `〈` and `(` as `（`, and `>`, `〉` and `)` as `）`. Idempotent.
 *
 * @example
 * normaliseBrackets('相关乡镇<街道>'); // '相关乡镇（街道）'
 * normaliseBrackets('(三)深入推进能源结构调整'); // '（三）深入推进能源结构调整'
 */
export function normaliseBrackets(text: string): string {
  return text.replace(OPENING, '（').replace(CLOSING, '）');
}
