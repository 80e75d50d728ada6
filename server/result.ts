/**
 * One shape for expected failures (style guide habit 3): a function that can fail in a way the caller must handle
 * returns a `Result`, a discriminated union narrowed on `ok`; only bugs throw. The error carries a `code` from a
 * closed union, so the HTTP edge maps it to a status in one table (`server/http/status-of.ts`), and a human
 * `message`; lists of problems (an import's rows, a road file's features) travel inside the error.
 *
 * @module
 */
import type { Localized } from './schema/localized.ts';

/**
 * An expected failure: a code from a closed union and a sentence saying what to do about it (`message`, English),
 * with the sentence in both languages (`text`) where it is shown to users.
 */
export interface Problem {
  readonly code: string;
  readonly message: string;
  readonly text?: Localized;
}

/** The success arm of a {@link Result}. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** The failure arm of a {@link Result}. */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * A value, or why there is none.
 *
 * @example
 * function half(n: number): Result<number, { code: 'odd'; message: string }> {
 *   return n % 2 === 0 ? ok(n / 2) : err({ code: 'odd', message: `${n} is odd` });
 * }
 * const r = half(3);
 * if (!r.ok) r.error.code; // 'odd'
 */
export type Result<T, E extends { code: string } = Problem> = Ok<T> | Err<E>;

/**
 * A success.
 *
 * @example
 * ok(42); // { ok: true, value: 42 }
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * A failure; the code keeps its literal type.
 *
 * @example
 * err({ code: 'not-found', message: 'no alert 7' }); // { ok: false, error: { code: 'not-found', … } }
 */
export function err<const E extends { code: string }>(error: E): Err<E> {
  return { ok: false, error };
}
