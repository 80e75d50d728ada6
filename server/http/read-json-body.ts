import type { Context } from 'hono';
import { ApiError } from './api-error.ts';

/** The request body parsed as JSON, or a 400 ApiError saying it is not JSON. */
export async function readJsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_request', 'body: must be JSON (Content-Type: application/json)');
  }
}
