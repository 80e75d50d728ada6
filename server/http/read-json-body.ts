import type { Context } from 'hono';
import { findExcessNestingInText, MAX_JSON_DEPTH } from '../schema/json-nesting.ts';
import { ApiError } from './api-error.ts';

/**
 * The request body parsed as JSON: a 400 ApiError for an empty body or malformed JSON (quoting the
 * parser), a 422 for JSON nesting arrays and objects more than {@link MAX_JSON_DEPTH} levels deep
 * (found by scanning the text before it is parsed, so neither the parser nor anything that walks
 * the value afterwards meets such depth).
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') throw new ApiError(400, 'invalid_request', 'body: expected a JSON object, got an empty body');
  const excess = findExcessNestingInText(text, MAX_JSON_DEPTH);
  if (excess) {
    throw new ApiError(422, 'invalid_request', `body: nested more than ${MAX_JSON_DEPTH} levels deep (arrays and objects) at character ${excess.offset + 1}; no valid request nests that deep`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError(400, 'invalid_request', `body: malformed JSON (${error instanceof Error ? error.message : String(error)}); send JSON with Content-Type: application/json`);
  }
}
