import type { Actor } from '../db/audit-log.ts';
import type { CoreStore } from '../db/store.ts';
import type { NewUser } from '../db/users-repository.ts';
import type { UserRecord } from '../schema/auth.ts';
import { auditedUser } from './audited-user.ts';

/**
 * Creates an account and its audit entry in one unit of work; undefined (nothing written) when
 * the username is taken. `at`: ISO 8601 UTC, from the app's clock.
 *
 * @example
 * const user = await createUser(store, admin, { username: 'li', displayName: '李', role: 'analyst', townships: [],
 *   passwordHash }, new Date(now()).toISOString());
 */
export function createUser(store: CoreStore, actor: Actor, user: NewUser, at: string): Promise<UserRecord | undefined> {
  return store.transaction(async (tx) => {
    const created = await tx.users.insert(user, at);
    if (created) {
      await tx.audit.record(
        actor,
        { action: 'user.create', entity: 'user', entityId: created.id, after: auditedUser(created) },
        at,
      );
    }
    return created;
  });
}
