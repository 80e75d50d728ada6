import type { HttpProblemCode } from '../http/status-of.ts';
import type { Localized } from '../schema/localized.ts';

/**
 * Why a write of the warning mechanism was refused: a value not usable (`invalid`, 400), no such warning or record
 * (`not-found`, 404), not allowed in the warning's state (`conflict`, 409), or understood but contradicting the
 * records (`unsupported`, 422: a moment before the start, an enterprise not on the list, an account that cannot
 * supervise).
 */
export interface WarningProblem {
  code: Extract<HttpProblemCode, 'invalid' | 'not-found' | 'conflict' | 'unsupported'>;
  message: string;
  text: Localized;
}

/** A {@link WarningProblem} from its code and text (the message is the English). */
export const warningProblem = (code: WarningProblem['code'], text: Localized): WarningProblem => ({
  code,
  message: text.en,
  text,
});

/** 404 naming the warning. */
export const warningNotFound = (id: number): WarningProblem =>
  warningProblem('not-found', { zh: `没有编号为 ${id} 的预警`, en: `no warning ${id}` });
