import type { UserRecord } from '../schema/auth.ts';
import type { Assignee } from '../schema/alerts.ts';
import { DISTRICT_ENTITY } from '../schema/enums/rule-id.ts';

/**
 * The accounts an alert in `township` may be assigned to: the enabled inspectors whose townships include it, by
 * display name; for a district-level alert (township {@link DISTRICT_ENTITY}, which no inspector holds) the enabled
 * admins, who alone act on it. An assignee is always one of these (POST /api/alerts/:id/assign refuses anyone else).
 *
 * @example
 * alertAssignees(await store.users.list(), '140902103'); // [{ username: 'inspector', displayName: '演示·巡查员' }]
 */
export function alertAssignees(users: readonly UserRecord[], township: string): Assignee[] {
  const district = township === DISTRICT_ENTITY;
  return users
    .filter(
      (u) => !u.disabled && (district ? u.role === 'admin' : u.role === 'inspector' && u.townships.includes(township)),
    )
    .map((u) => ({ username: u.username, displayName: u.displayName }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
}
