import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ErrorBody, ErrorCode } from '../schema/common.ts';
import type { Localized } from '../schema/localized.ts';
import { describeZodIssue, subjectLabel } from './zod-issue-text.ts';

/** What each error code means, in both languages: the Chinese of a message that has none of its own. */
export const errorCodeText: Readonly<Record<ErrorCode, Localized>> = {
  invalid_request: { zh: '请求无效', en: 'invalid request' },
  unauthenticated: { zh: '请先登录', en: 'sign in first' },
  forbidden: { zh: '无此权限', en: 'not allowed' },
  csrf_failed: { zh: '请求来源未获允许，请刷新页面后重新登录', en: 'request origin not allowed' },
  rate_limited: { zh: '操作过于频繁，请稍后再试', en: 'too many attempts; try again later' },
  not_found: { zh: '未找到', en: 'not found' },
  conflict: { zh: '与当前状态冲突，请刷新后重试', en: 'conflicts with the current state' },
  payload_too_large: { zh: '提交的内容过大', en: 'too large' },
  internal_error: { zh: '服务器内部错误', en: 'internal server error' },
  worker_failed: { zh: '后台任务失败，请重试', en: 'background task failed; try again' },
};

/**
 * A message in both languages; a plain string (English, not yet translated) gets the meaning of `code` as its
 * Chinese, so no English reaches the Chinese UI.
 *
 * @example
 * localizeMessage('not_found', 'no user 7'); // { zh: '未找到', en: 'no user 7' }
 */
export function localizeMessage(code: ErrorCode, message: string | Localized): Localized {
  return typeof message === 'string' ? { zh: errorCodeText[code].zh, en: message } : message;
}

/**
 * An expected failure of a request, answered as `{"error":{"code","message","text":{"zh","en"}}}` with `status`
 * (`message` is the English, for API users and logs). Thrown from handlers and turned into a response by the app's
 * one error handler. Give the message as {@link Localized}; a plain string is English only (see localizeMessage).
 *
 * @example
 * throw new ApiError(404, 'not_found', { zh: '没有编号为 7 的用户', en: 'no user 7' });
 */
export class ApiError extends Error {
  /** The message in both languages. */
  readonly text: Localized;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string | Localized,
  ) {
    const text = localizeMessage(code, message);
    super(text.en);
    this.name = 'ApiError';
    this.text = text;
  }
}

/** Type guard for ApiError. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * The JSON body of an error response; `text` defaults to the code's meaning in Chinese beside `message`.
 *
 * @example
 * errorBody('not_found', 'no route for GET /api/x');
 * // { error: { code: 'not_found', message: 'no route for GET /api/x', text: { zh: '未找到', en: '…' } } }
 */
export function errorBody(code: ErrorCode, message: string, text?: Localized): ErrorBody {
  return { error: { code, message, text: text ?? localizeMessage(code, message) } };
}

/**
 * One readable sentence from a zod error, in both languages: each issue as `where: what` (English, the field's key)
 * and `字段：问题` (Chinese, the field's label; see zod-issue-text.ts). `input` is what was parsed, to tell a missing
 * field from one of the wrong type.
 *
 * @example
 * describeZodError(userCreateSchema.safeParse({}).error, 'body', {}).zh; // '用户名：必填；…'
 */
export function describeZodError(error: z.ZodError, subject: string, input?: unknown): Localized {
  const parts = error.issues.map((issue) => describeZodIssue(issue, subject, input));
  const subjectZh = subjectLabel(subject);
  return {
    zh: parts.map((part) => part.zh).join('；') || `${subjectZh}无效`,
    en: parts.map((part) => part.en).join('; '),
  };
}
