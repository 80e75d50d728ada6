import type { UserRecord } from '../schema/auth.ts';

/** A user as the audit log keeps them: no hash, no timestamps. */
export interface AuditedUser {
  username: string;
  displayName: string;
  role: UserRecord['role'];
  townships: string[];
  disabled: boolean;
  /** Issue 17: the user's department id, when one is assigned. */
  departmentId?: string;
}

/**
 * The audit log's view of a user (undefined stays undefined).
 *
 * @example
 * auditedUser(record); // { username: 'li', displayName: '李', role: 'analyst', townships: [], disabled: false }
 */
export function auditedUser(user: UserRecord | undefined): AuditedUser | undefined {
  return (
    user && {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      townships: user.townships,
      disabled: user.disabled,
      ...(user.department ? { departmentId: user.department.id } : {}),
    }
  );
}
