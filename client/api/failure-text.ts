import type { Language } from '../state/app-state.ts';
import type { ApiFailure } from './api-result.ts';

const byCode: Record<ApiFailure['code'], { zh: string; en: string }> = {
  invalid_request: { zh: '请求无效', en: 'Invalid request' },
  unauthenticated: { zh: '请先登录', en: 'Please sign in' },
  forbidden: { zh: '无此权限', en: 'Not allowed' },
  not_found: { zh: '未找到', en: 'Not found' },
  conflict: { zh: '与当前状态冲突，请刷新后重试', en: 'Conflicts with the current state; refresh and retry' },
  payload_too_large: { zh: '提交的内容过大', en: 'Too large' },
  rate_limited: { zh: '操作过于频繁，请稍后再试', en: 'Too many attempts; try again later' },
  csrf_failed: { zh: '请求来源未获允许', en: 'Request origin not allowed' },
  internal_error: { zh: '服务器内部错误', en: 'Internal server error' },
  worker_failed: { zh: '后台任务失败，请重试', en: 'Background task failed; try again' },
  network_error: { zh: '无法连接服务器', en: 'Cannot reach the server' },
  aborted: { zh: '已取消', en: 'Cancelled' },
  bad_response: { zh: '服务器应答无法识别', en: 'Unreadable server answer' },
};

/**
 * What to tell the user about a failed API call, in `lang`: the server's own sentence in that language when it sent
 * one (`error.text`), else, in Chinese, the meaning of the error code (never the server's English), and in English
 * the server's message.
 *
 * @example
 * failureText('zh', { code: 'conflict', message: 'alert 3 is verified', status: 409 });
 * // '与当前状态冲突，请刷新后重试'
 */
export function failureText(lang: Language, failure: ApiFailure): string {
  if (failure.text) return failure.text[lang];
  const generic = byCode[failure.code] ?? byCode.bad_response;
  return lang === 'zh' ? generic.zh : failure.message || generic.en;
}
