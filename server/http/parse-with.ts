import type { z } from 'zod';
import { idParamSchema } from '../schema/common.ts';
import { ApiError, describeZodError } from './api-error.ts';
import { subjectLabel } from './zod-issue-text.ts';

/**
 * Validates `input` with `schema`; on failure throws a 400 ApiError whose message names every
 * offending field, in English and Chinese (`subject` says what was parsed: 'query parameter', 'body').
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, subject: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError(400, 'invalid_request', describeZodError(result.error, subject, input));
  return result.data;
}

/**
 * A path id (`/users/:id`, `/alerts/:id`, `/tasks/:n` …) read with {@link idParamSchema}: a plain
 * positive decimal integer, or a 400 ApiError naming the id (`name`, e.g. 'user id') and what was
 * sent. `0x1`, ` 1`, `01` and `1e1` are refused, never read as 1 or 10.
 *
 * @example
 * parseIdParam('12', 'user id'); // 12
 * parseIdParam('0x1', 'user id');
 * // throws ApiError 400 "user id: must be a positive whole number in plain digits (1, 2, 3…); got '0x1'"
 */
export function parseIdParam(text: string, name: string): number {
  const result = idParamSchema.safeParse(text);
  if (!result.success) {
    const got = text.slice(0, 40);
    throw new ApiError(400, 'invalid_request', {
      zh: `${subjectLabel(name)}须为正整数（1、2、3…），收到「${got}」`,
      en: `${name}: ${result.error.issues[0]?.message ?? 'not an id'}; got '${got}'`,
    });
  }
  return result.data;
}
