import type { Actor } from '../db/audit-log.ts';
import type { CoreStore } from '../db/store.ts';
import type { UserChanges } from '../db/users-repository.ts';
import type { UserRecord } from '../schema/auth.ts';
import { auditedUser } from './audited-user.ts';

/**
 * Applies `changes` to account `id` and records before and after (and whether the password
 * changed) in the audit log, in one unit of work. A new password or disabling ends the
 * account's sessions. `before`: the account as the caller read it; `at`: ISO 8601 UTC.
 *
 * @example
 * const after = await updateUser(store, admin, before, { disabled: true }, new Date(now()).toISOString());
 */
export function updateUser(
  store: CoreStore,
  actor: Actor,
  before: UserRecord,
  changes: UserChanges,
  at: string,
): Promise<UserRecord | undefined> {
  return store.transaction(async (tx) => {
    const user = await tx.users.update(before.id, changes, at);
    await tx.audit.record(
      actor,
      {
        action: 'user.update',
        entity: 'user',
        entityId: before.id,
        before: auditedUser(before),
        after: auditedUser(user),
        detail: { passwordChanged: Boolean(changes.passwordHash) },
      },
      at,
    );
    return user;
  });
}
