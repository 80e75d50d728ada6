import type { CoreStore } from '../db/store.ts';
import type { SessionUser } from '../schema/auth.ts';

/**
 * Sign-out: ends the session (when the request had one) and records it in the audit log, in one
 * unit of work. `at`: ISO 8601 UTC from the app's clock.
 *
 * @example
 * await endSession(store, user, c.get('sessionTokenHash'), new Date(now()).toISOString());
 */
export function endSession(store: CoreStore, user: SessionUser, tokenHash: string | null, at: string): Promise<void> {
  return store.transaction(async (tx) => {
    if (tokenHash) await tx.sessions.end(tokenHash);
    await tx.audit.record(user, { action: 'auth.logout', entity: 'session' }, at);
  });
}
