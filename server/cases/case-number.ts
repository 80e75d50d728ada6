/** The prefix of every case number (忻府区生态环境执法, 罚 for the penalty file). */
export const CASE_NUMBER_PREFIX = '忻府环罚';

/**
 * A case number: `忻府环罚〔YYYY〕NNNN号`, sequential per year (`seq` from 1, four digits, more when needed).
 *
 * @example
 * formatCaseNumber(2023, 12); // '忻府环罚〔2023〕0012号'
 */
export function formatCaseNumber(year: number, seq: number): string {
  return `${CASE_NUMBER_PREFIX}〔${year}〕${String(seq).padStart(4, '0')}号`;
}

/**
 * The year and sequence of a case number, or null for any other text.
 *
 * @example
 * parseCaseNumber('忻府环罚〔2023〕0012号'); // { year: 2023, seq: 12 }
 */
export function parseCaseNumber(text: string): { year: number; seq: number } | null {
  const match = /^忻府环罚〔(\d{4})〕(\d{4,})号$/.exec(text);
  return match ? { year: Number(match[1]), seq: Number(match[2]) } : null;
}
