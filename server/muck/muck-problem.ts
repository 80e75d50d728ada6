import type { Localized } from '../schema/localized.ts';

/** An expected failure of a muck-truck write: answered 400, 404 or 409 (server/http/status-of.ts). */
export interface MuckProblem {
  readonly code: 'invalid' | 'not-found' | 'conflict';
  readonly message: string;
  readonly text: Localized;
}

/** A problem whose English is also its message. */
export function muckProblem(code: MuckProblem['code'], zh: string, en: string): MuckProblem {
  return { code, message: en, text: { zh, en } };
}
