import type { Db } from './open-database.ts';

/**
 * Whether a township with this 9-digit code is stored: the one check behind the `township=` filter of the
 * layers and their exports and an inspector's township assignments.
 *
 * @example
 * townshipExists(db, '140902001'); // true (秀容街道)
 * townshipExists(db, '999999999'); // false
 */
export function townshipExists(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM townships WHERE code = ?').get(code) !== undefined;
}
