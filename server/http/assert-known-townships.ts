import type { Db } from '../db/open-database.ts';
import { townshipExists } from '../db/township-exists.ts';
import { ApiError } from './api-error.ts';

/**
 * Throws a 400 ApiError naming the `township=` codes (a layer query's list, or undefined) that no stored township
 * has; the one check behind the filter of GET /api/layers/:id and the layer exports.
 *
 * @example
 * assertKnownTownships(db, ['140902001', '999999999']);
 * // throws ApiError 400 'township: no township has code 999999999'
 */
export function assertKnownTownships(db: Db, codes: readonly string[] | undefined): void {
  const unknown = (codes ?? []).filter((code) => !townshipExists(db, code));
  if (unknown.length === 0) return;
  throw new ApiError(400, 'invalid_request', {
    zh: `乡镇：没有代码为 ${unknown.join('、')} 的乡镇`,
    en: `township: no township has code ${unknown.join(', ')}`,
  });
}
