import type { CoreStore } from '../db/store.ts';
import type { SessionLifetime } from '../db/sessions-repository.ts';
import type { SessionUser } from '../schema/auth.ts';

/**
 * One's own new password: stores the hash (which ends every session of the account, a stolen one
 * too), audits it and starts a fresh session for this browser, in one unit of work.
 * `now`: epoch ms from the app's clock.
 *
 * @example
 * const { token, csrfToken } = await changeOwnPassword(store, user, await hashPassword(next), now(), lifetime);
 */
export function changeOwnPassword(
  store: CoreStore,
  user: SessionUser,
  passwordHash: string,
  now: number,
  lifetime: SessionLifetime,
): Promise<{ token: string; csrfToken: string }> {
  const at = new Date(now).toISOString();
  return store.transaction(async (tx) => {
    await tx.users.update(user.id, { passwordHash }, at);
    await tx.audit.record(
      user,
      { action: 'user.password', entity: 'user', entityId: user.id, detail: { by: 'self' } },
      at,
    );
    return tx.sessions.start(user.id, now, lifetime);
  });
}
