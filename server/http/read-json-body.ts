import type { Context } from 'hono';
import { findExcessNestingInText, MAX_JSON_DEPTH } from '../schema/json-nesting.ts';
import { ApiError } from './api-error.ts';

/** Media types read as JSON: `application/json` and any `application/*+json`, with or without parameters. */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * The request body parsed as JSON: the one reader of every JSON route, so the same bad body gets the
 * same answer everywhere. Refused, each as an ApiError naming `body`:
 * - a Content-Type other than JSON (or none): 400 (what a cross-site form would send);
 * - an empty body: 400 `expected a JSON object, got an empty body`;
 * - JSON nesting arrays and objects more than {@link MAX_JSON_DEPTH} levels deep: 422, found by scanning the
 *   text before it is parsed, so neither the parser nor anything that walks the value afterwards meets such depth;
 * - malformed JSON: 400 `malformed JSON (<the parser's message>)`.
 *
 * @example
 * const request = parseWith(areaStatsRequestSchema, await readJsonBody(c), 'body');
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(type)) {
    const got = type === '' ? 'no Content-Type' : `Content-Type '${type.slice(0, 60)}'`;
    throw new ApiError(400, 'invalid_request', {
      zh: '请求内容须为 JSON（Content-Type: application/json）',
      en: `body: must be JSON (Content-Type: application/json); got ${got}`,
    });
  }
  const text = await c.req.text();
  if (text.trim() === '')
    throw new ApiError(400, 'invalid_request', {
      zh: '请求内容为空，应为 JSON 对象',
      en: 'body: expected a JSON object, got an empty body',
    });
  const excess = findExcessNestingInText(text, MAX_JSON_DEPTH);
  if (excess) {
    const at = excess.offset + 1;
    const what = `nested more than ${MAX_JSON_DEPTH} levels deep (arrays and objects) at character ${at}`;
    throw new ApiError(422, 'invalid_request', {
      zh: `请求内容嵌套超过 ${MAX_JSON_DEPTH} 层（第 ${at} 个字符处），有效请求不会嵌套这么深`,
      en: `body: ${what}; no valid request nests that deep`,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError(400, 'invalid_request', {
      zh: '请求内容不是有效的 JSON',
      en: `body: malformed JSON (${reason}); send JSON with Content-Type: application/json`,
    });
  }
}
