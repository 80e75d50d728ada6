import { session } from '../../api/session.ts';

/** The signed-in user's department id (GET /api/auth/me's `user.department`), null when signed out or unassigned. */
export function ownDepartmentId(): string | null {
  return session.user?.department?.id ?? null;
}
