import { actOnAlert, listAlerts, readAlert, readLedgerSyncedTo, syncAlerts } from './alerts-repository.ts';
import { listAudit, recordAudit } from './audit-log.ts';
import {
  deleteCityIndicators,
  listCityIndicators,
  putCityIndicators,
  readCityIndicators,
} from './city-indicators-repository.ts';
import type { Db } from './open-database.ts';
import { createSession, endSession, inspectSession, slideSession } from './sessions-repository.ts';
import type { CoreAggregates, CoreStore } from './store.ts';
import { readTaskState, updateTask } from './tasks-repository.ts';
import { townshipExists } from './township-exists.ts';
import { departmentExists } from './department-routing-reads.ts';
import { countUsers, findUserForLogin, insertUser, listUsers, readUser, updateUser } from './users-repository.ts';
import type { Writer } from './writer.ts';

/** Runs a synchronous repository call and hands back its result (or its throw) as a promise. */
type Run = <T>(call: (db: Db) => T) => Promise<T>;

function settle<T>(call: () => T): Promise<T> {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The aggregates over `read` (statements that only read) and `write` (statements that write). */
function sqliteAggregates(read: Run, write: Run): CoreAggregates {
  return {
    users: {
      list: () => read((db) => listUsers(db)),
      read: (id) => read((db) => readUser(db, id)),
      findForLogin: (username) => read((db) => findUserForLogin(db, username)),
      count: () => read((db) => countUsers(db)),
      insert: (user, at) => write((db) => insertUser(db, user, at)),
      update: (id, changes, at) => write((db) => updateUser(db, id, changes, at)),
      departmentExists: (id) => read((db) => departmentExists(db, id)),
    },
    sessions: {
      start: (userId, now, lifetime) => write((db) => createSession(db, userId, now, lifetime)),
      resume: async (token, now, lifetime) => {
        const check = await read((db) => inspectSession(db, token, now, lifetime));
        if (!check) return undefined;
        if (check.kind === 'expired') {
          await write((db) => endSession(db, check.tokenHash));
          return 'expired';
        }
        const { slideTo } = check;
        if (slideTo !== null) await write((db) => slideSession(db, check.session.tokenHash, now, slideTo));
        return check.session;
      },
      end: (tokenHash) => write((db) => endSession(db, tokenHash)),
    },
    audit: {
      record: (actor, record, at) => write((db) => recordAudit(db, actor, record, at)),
      list: (query) => read((db) => listAudit(db, query)),
    },
    alerts: {
      list: (at, filters) => read((db) => listAlerts(db, at, filters)),
      read: (id) => read((db) => readAlert(db, id)),
      syncedTo: () => read((db) => readLedgerSyncedTo(db)),
      sync: (at, hits, now) => write((db) => syncAlerts(db, at, hits, now)),
      act: (id, action, input, now) => write((db) => actOnAlert(db, id, action, input, now)),
    },
    tasks: {
      state: (number) => read((db) => readTaskState(db, number)),
      update: (number, change, actor, at) => write((db) => updateTask(db, number, change, actor, at)),
    },
    townships: {
      unknown: (codes) => read((db) => codes.filter((code) => !townshipExists(db, code))),
    },
    cityIndicators: {
      list: () => read((db) => listCityIndicators(db)),
      read: (year) => read((db) => readCityIndicators(db, year)),
      put: (year, input, at, by) => write((db) => putCityIndicators(db, year, input, at, by)),
      remove: (year) => write((db) => deleteCityIndicators(db, year)),
    },
  };
}

/**
 * The SQLite implementation of the store's core aggregates over the main thread's connection:
 * reads run at once on `db`, writes go through `writer` (one `BEGIN IMMEDIATE` per batch of jobs),
 * and `transaction` is the writer's unit of work, in which every call runs on the open transaction
 * (and is refused once it has ended).
 *
 * @example
 * const store = createSqliteStore(db, createWriter(db));
 * const user = await store.transaction(async (tx) => {
 *   const created = await tx.users.insert(newUser, at);
 *   if (created) await tx.audit.record(admin, { action: 'user.create', entity: 'user', entityId: created.id }, at);
 *   return created;
 * });
 */
export function createSqliteStore(db: Db, writer: Writer): CoreStore {
  const read: Run = (call) => settle(() => call(db));
  const write: Run = (call) => writer.write(call);
  return {
    ...sqliteAggregates(read, write),
    transaction: (work) =>
      writer.unit((tx, isOpen) => {
        const inUnit: Run = (call) =>
          isOpen() ? settle(() => call(tx)) : Promise.reject(new Error('store: the unit of work has ended'));
        return work(sqliteAggregates(inUnit, inUnit));
      }),
  };
}
