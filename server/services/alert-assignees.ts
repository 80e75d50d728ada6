import type { UserRecord } from '../schema/auth.ts';
import type { Assignee } from '../schema/alerts.ts';

/**
 * The accounts an alert in `township` may be assigned to: the enabled inspectors whose townships include it, by
 * display name. An assignee is always one of these (POST /api/alerts/:id/assign refuses anyone else).
 *
 * @example
 * alertAssignees(await store.users.list(), '140902103'); // [{ username: 'inspector', displayName: '演示·巡查员' }]
 */
export function alertAssignees(users: readonly UserRecord[], township: string): Assignee[] {
  return users
    .filter((u) => u.role === 'inspector' && !u.disabled && u.townships.includes(township))
    .map((u) => ({ username: u.username, displayName: u.displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
}
