import type { z } from 'zod';
import { ApiError, describeZodError } from './api-error.ts';

/**
 * Validates `input` with `schema`; on failure throws a 400 ApiError whose message names every
 * offending field (`subject` says what was parsed: 'query parameter', 'body').
 */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, subject: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ApiError(400, 'invalid_request', describeZodError(result.error, subject));
  return result.data;
}
