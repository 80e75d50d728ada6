import type { CoreStore } from '../db/store.ts';
import type { SessionLifetime } from '../db/sessions-repository.ts';
import type { SessionUser } from '../schema/auth.ts';

/**
 * A successful sign-in: starts the session and records it in the audit log with the client's
 * address, in one unit of work. `now`: epoch ms from the app's clock.
 *
 * @example
 * const { token, csrfToken } = await startSession(store, found.user, '127.0.0.1', now(), lifetime);
 */
export function startSession(
  store: CoreStore,
  user: SessionUser,
  address: string,
  now: number,
  lifetime: SessionLifetime,
): Promise<{ token: string; csrfToken: string }> {
  return store.transaction(async (tx) => {
    const session = await tx.sessions.start(user.id, now, lifetime);
    await tx.audit.record(
      user,
      { action: 'auth.login', entity: 'session', detail: { address } },
      new Date(now).toISOString(),
    );
    return session;
  });
}
