import type { SessionUser } from '../schema/auth.ts';

/**
 * Whether `user` may see the contact data (name, phone) of a public report in `township`: admins and duty officers
 * always; inspectors only when their townships include it; nobody else (officials, analysts).
 *
 * @example
 * maySeeReporterContact({ role: 'inspector', townships: ['140902001'] } as SessionUser, '140902001'); // true
 * maySeeReporterContact({ role: 'official', townships: [] } as SessionUser, '140902001'); // false
 */
export function maySeeReporterContact(user: Pick<SessionUser, 'role' | 'townships'>, township: string): boolean {
  if (user.role === 'admin' || user.role === 'duty') return true;
  return user.role === 'inspector' && user.townships.includes(township);
}
