import { describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { defaultSessionLifetime } from '../../server/db/sessions-repository.ts';
import { createSqliteStore } from '../../server/db/sqlite-store.ts';
import type { CoreStore } from '../../server/db/store.ts';
import { createWriter } from '../../server/db/writer.ts';
import { bootstrapReference } from '../../server/services/bootstrap-reference.ts';
import { createUser } from '../../server/services/create-user.ts';

const AT = '2026-12-03T23:00:00.000Z';
const admin = { id: null, username: 'admin', role: null };
const newUser = (username: string) => ({
  username,
  displayName: username,
  role: 'analyst' as const,
  townships: [],
  passwordHash: '!',
});

function createStore(): { db: Db; store: CoreStore; commits: () => number } {
  const db = openDatabase(':memory:');
  migrate(db);
  let commits = 0;
  const store = createSqliteStore(db, createWriter(db, { afterCommit: () => void (commits += 1) }));
  return { db, store, commits: () => commits };
}

const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('createSqliteStore', () => {
  it('writes through the writer: parallel writes share transactions and all land', async () => {
    const { db, store, commits } = createStore();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.users.insert(newUser(`u${i}`), AT)));
    expect(count(db, 'users')).toBe(20);
    expect(commits()).toBe(1);
  });

  it('commits a unit of work together: the user and its audit entry', async () => {
    const { db, store } = createStore();
    const user = await createUser(store, admin, newUser('li'), AT);
    expect(user?.username).toBe('li');
    const audit = await store.audit.list({ limit: 10 });
    expect(audit.entries.map((e) => [e.action, e.entityId])).toEqual([['user.create', String(user?.id)]]);
    expect(count(db, 'users')).toBe(1);
  });

  it('rolls a whole unit of work back when it throws', async () => {
    const { db, store } = createStore();
    const failing = store.transaction(async (tx) => {
      await tx.users.insert(newUser('half'), AT);
      await tx.audit.record(admin, { action: 'user.create', entity: 'user' }, AT);
      throw new Error('after two writes');
    });
    await expect(failing).rejects.toThrow('after two writes');
    expect([count(db, 'users'), count(db, 'audit_log')]).toEqual([0, 0]);
  });

  it('refuses a unit of work that awaits I/O, writing nothing, and refuses its late calls', async () => {
    const { db, store } = createStore();
    let late: Promise<unknown> | null = null;
    const unit = store.transaction(async (tx) => {
      await tx.users.insert(newUser('early'), AT);
      await new Promise((resolve) => setTimeout(resolve, 5));
      late = tx.users.insert(newUser('late'), AT);
      return late;
    });
    await expect(unit).rejects.toThrow(/awaited I\/O/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(late).rejects.toThrow(/unit of work has ended/);
    expect(count(db, 'users')).toBe(0);
  });

  it('a taken username comes back undefined and writes no audit entry', async () => {
    const { db, store } = createStore();
    await createUser(store, admin, newUser('li'), AT);
    expect(await createUser(store, admin, newUser('li'), AT)).toBeUndefined();
    expect(count(db, 'audit_log')).toBe(1);
  });

  it('resumes a session, slides it through the writer at most once a minute, and ends an expired one', async () => {
    const { db, store } = createStore();
    const user = await store.users.insert(newUser('li'), AT);
    const t0 = Date.parse(AT);
    const { token } = await store.sessions.start(user?.id ?? 0, t0, defaultSessionLifetime);
    const expiry = () => db.prepare('SELECT expires_at FROM sessions').pluck().get() as number;
    const first = expiry();
    expect(await store.sessions.resume(token, t0 + 30_000, defaultSessionLifetime)).toMatchObject({
      user: { username: 'li' },
    });
    expect(expiry()).toBe(first);
    await store.sessions.resume(token, t0 + 120_000, defaultSessionLifetime);
    expect(expiry()).toBe(first + 120_000);
    expect(await store.sessions.resume(token, t0 + 25 * 3600_000, defaultSessionLifetime)).toBe('expired');
    expect(count(db, 'sessions')).toBe(0);
    expect(await store.sessions.resume('no-such-token', t0, defaultSessionLifetime)).toBeUndefined();
  });

  it('names the townships that do not exist', async () => {
    const { db, store } = createStore();
    expect(await store.townships.unknown(['140902001', '999999999'])).toEqual(['140902001', '999999999']);
    expect(bootstrapReference(db)).toBe(true);
    expect(await store.townships.unknown(['140902001', '999999999'])).toEqual(['999999999']);
    expect(bootstrapReference(db)).toBe(false);
  });
});
