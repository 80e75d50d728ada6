import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ErrorBody, ErrorCode } from '../schema/common.ts';

/**
 * An expected failure of a request, answered as `{"error":{"code","message"}}` with `status`.
 * Thrown from handlers and turned into a response by the app's one error handler.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Type guard for ApiError. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The JSON body of an error response. */
export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** One readable sentence from a zod error: each issue as `where: what`. */
export function describeZodError(error: z.ZodError, subject: string): string {
  const parts = error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown ${subject} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    const where = issue.path.length ? issue.path.join('.') : subject;
    return `${where}: ${issue.message}`;
  });
  return parts.join('; ');
}
