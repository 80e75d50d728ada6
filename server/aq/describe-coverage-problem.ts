import type { CoverageProblem } from './annual.ts';
import { formatMonth } from '../time/cst.ts';

/**
 * A coverage problem in English words: the API's `validity.reasons` and the console's English wording of the
 * problem codes (pure and zod-free, so the client imports it too).
 *
 * @example
 * describeProblem({ code: 'month-short', month: 3, count: 26, required: 27 }, 2023);
 * // '2023-03: 26 valid days, 27 required'
 */
export function describeProblem(problem: CoverageProblem, year: number): string {
  switch (problem.code) {
    case 'too-few-days':
      return `${year}: ${problem.count} valid days, ${problem.required} required`;
    case 'month-short':
      return `${formatMonth(year, problem.month)}: ${problem.count} valid days, ${problem.required} required`;
    case 'malformed-date':
      return `malformed date ${problem.date}`;
    case 'date-outside-year':
      return `date ${problem.date} outside ${year}`;
    case 'duplicate-date':
      return `date ${problem.date} given twice`;
  }
}
