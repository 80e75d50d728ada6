import bcrypt from 'bcryptjs';

/** bcrypt cost for new passwords: ~0.2 s a hash here, which rate-limited logins can afford. */
export const DEFAULT_BCRYPT_COST = 11;

/** A bcrypt hash of `password` (salted; the cost is kept in the hash). */
export function hashPassword(password: string, cost: number = DEFAULT_BCRYPT_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

/** Whether `password` matches `hash`, in time independent of where they differ. */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash no password matches, compared against when a username is unknown so the answer takes as long. */
export const UNKNOWN_USER_HASH = '$2b$11$VxqJ/MSsa6R5Wgr.Tq9NaeUFgbDhjzi2LQg4K4muoy6dJyo1t180.';
